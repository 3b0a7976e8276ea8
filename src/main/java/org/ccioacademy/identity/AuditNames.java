package org.ccioacademy.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ccioacademy.platform.audit.PersonNames;

/** People's current names for the audit log (platform.audit reads them through this). */
@ApplicationScoped
public class AuditNames implements PersonNames {

  @PersistenceContext private EntityManager em;

  @Override
  public Map<Long, String> names(Collection<Long> ids) {
    Map<Long, String> names = new HashMap<>();
    if (ids.isEmpty()) {
      return names;
    }
    for (Object[] r :
        em.createQuery(
                "select u.id, u.fullName from UserAccount u where u.id in :ids", Object[].class)
            .setParameter("ids", List.copyOf(ids))
            .getResultList()) {
      names.put((Long) r[0], (String) r[1]);
    }
    return names;
  }

  @Override
  public Set<Long> matching(String text, int max) {
    String q = "%" + text.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
    Set<Long> ids = new LinkedHashSet<>();
    for (Object id :
        em.createNativeQuery(
                "select id from users where lower(full_name) like ?1 or email like ?1"
                    + " order by id limit ?2")
            .setParameter(1, q)
            .setParameter(2, max)
            .getResultList()) {
      ids.add(((Number) id).longValue());
    }
    return ids;
  }
}
