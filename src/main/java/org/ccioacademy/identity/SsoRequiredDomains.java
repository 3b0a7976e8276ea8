package org.ccioacademy.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ccioacademy.platform.audit.Actor;
import org.ccioacademy.platform.audit.AuditLog;
import org.ccioacademy.platform.database.Row;
import org.ccioacademy.platform.kernel.InvalidInputException;

/**
 * Email domains whose people must sign in through their single sign-on provider (an administrator
 * sets this, audited): for them a password never signs in, no password reset link is sent, and
 * registering with a password is refused. A domain counts only while a configured provider serves
 * it, so a provider taken out of configuration never locks its people out.
 */
@ApplicationScoped
public class SsoRequiredDomains {

  private static final String TYPE = "sso-domain";

  @PersistenceContext private EntityManager em;
  @Inject OidcProviders providers;
  @Inject AuditLog audit;

  /** One domain a provider serves, and whether its people must use the provider. */
  public record Rule(
      String domain,
      OidcProvider provider,
      boolean required,
      String requiredBy,
      OffsetDateTime requiredAt) {}

  /** The provider the person with this address must sign in with, if they must. */
  public Optional<OidcProvider> requiredFor(String email) {
    Optional<OidcProvider> provider = providers.servingAddress(email);
    if (provider.isEmpty()) {
      return Optional.empty();
    }
    boolean required =
        !em.createNativeQuery("select 1 from sso_required_domain where domain = ?1")
            .setParameter(1, EmailAddress.domain(email))
            .getResultList()
            .isEmpty();
    return required ? provider : Optional.empty();
  }

  /** Every domain of every configured provider, with its rule. */
  public List<Rule> rules() {
    Map<String, Row> set = new HashMap<>();
    for (Row r :
        Row.list(
            em.createNativeQuery(
                "select d.domain, p.email, d.required_at from sso_required_domain d"
                    + " left join person p on p.id = d.required_by"))) {
      set.put(r.stringAt(0), r);
    }
    List<Rule> rules = new ArrayList<>();
    for (OidcProvider provider : providers.all()) {
      for (String domain : provider.getDomains()) {
        Row r = set.get(domain);
        rules.add(
            new Rule(
                domain,
                provider,
                r != null,
                r == null ? null : r.stringAt(1),
                r == null ? null : r.momentAt(2)));
      }
    }
    return rules;
  }

  /** From now on people with addresses in {@code domain} sign in only through its provider. */
  @Transactional
  public void require(Actor admin, String domain) {
    OidcProvider provider = served(domain);
    int added =
        em.createNativeQuery(
                "insert into sso_required_domain (domain, provider, required_by) values (?1, ?2, ?3)"
                    + " on conflict (domain) do nothing")
            .setParameter(1, domain)
            .setParameter(2, provider.getId())
            .setParameter(3, admin.userId())
            .executeUpdate();
    if (added > 0) {
      audit.record(
          admin,
          "sso.domain-required",
          TYPE,
          null,
          domain,
          null,
          "people with @" + domain + " addresses must sign in with " + provider.getLabel());
    }
  }

  /** People with addresses in {@code domain} may use a password again. */
  @Transactional
  public void release(Actor admin, String domain) {
    int removed =
        em.createNativeQuery("delete from sso_required_domain where domain = ?1")
            .setParameter(1, domain)
            .executeUpdate();
    if (removed > 0) {
      audit.record(
          admin,
          "sso.domain-released",
          TYPE,
          null,
          domain,
          null,
          "people with @" + domain + " addresses may sign in with a password again");
    }
  }

  private OidcProvider served(String domain) {
    return providers.all().stream()
        .filter(p -> p.serves(domain))
        .findFirst()
        .orElseThrow(
            () ->
                InvalidInputException.of(
                    "domain", "No single sign-on provider here serves the domain " + domain + "."));
  }
}
