package org.ccioacademy.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.ccioacademy.platform.audit.AuditLog;
import org.ccioacademy.platform.database.Row;
import org.ccioacademy.platform.database.Sql;
import org.ccioacademy.platform.kernel.Caller;
import org.ccioacademy.platform.search.SearchRequest;

/**
 * Accounts for an administrator's search, by a part of the name, the email address or the
 * registration number, each a link to the account; names shown are an audited read.
 */
@ApplicationScoped
public class PeopleSearchHits {

  @PersistenceContext private EntityManager em;
  @Inject AuditLog audit;

  void onSearch(@Observes SearchRequest search) {
    Caller who = search.caller();
    if (who == null || !who.isAdmin()) {
      return;
    }
    List<Row> rows =
        Row.list(
            em.createNativeQuery(
                    "select u.id, u.full_name, u.email, count(*) over () from users u"
                        + " where u.erased_at is null and (lower(u.full_name) like ?1"
                        + " or lower(u.email) like ?1 or lower(u.registration_number) like ?1)"
                        + " order by lower(u.full_name), u.id limit ?2")
                .setParameter(1, Sql.containsPattern(search.text()))
                .setParameter(2, SearchRequest.PER_KIND));
    if (rows.isEmpty()) {
      return;
    }
    audit.read(
        who.actor(),
        "read.account-list",
        "names",
        null,
        null,
        "search for \"" + search.text() + "\"",
        rows.size());
    search.found(
        SearchRequest.Kind.PERSON,
        rows.get(0).longAt(3),
        rows.stream()
            .map(
                r ->
                    new SearchRequest.Hit(
                        r.stringAt(1), r.stringAt(2), "/admin/user.xhtml?id=" + r.longAt(0)))
            .toList());
  }
}
