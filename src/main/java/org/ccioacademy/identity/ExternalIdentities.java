package org.ccioacademy.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.ccioacademy.platform.audit.Actor;
import org.ccioacademy.platform.audit.AuditLog;
import org.ccioacademy.platform.kernel.RefusedException;
import org.ccioacademy.platform.security.PasswordHasher;

/**
 * Accounts at single sign-on providers and the accounts here they sign in to. On a first sign-in
 * the provider account is linked to the account with the email address the provider vouches for
 * ({@link SsoClaims}: never an unverified claim), or a trainee account is made for the person, who
 * then completes their professional profile. A signed-in person may also link a provider account to
 * their own. Each link and each account made is audited.
 */
@ApplicationScoped
public class ExternalIdentities {

  static final String TYPE = "user";

  @PersistenceContext private EntityManager em;
  @Inject UserAccountRepository accounts;
  @Inject AuditLog audit;

  /** What a single sign-on came to. */
  public record Outcome(UserAccount account, boolean created, boolean linked) {}

  /**
   * The account a provider's checked ID token signs in to (linked or made now), or, with {@code
   * linkTo}, that account with the provider account linked to it. One provider account at a time:
   * two answers for the same person at once (two tabs) run one after the other.
   *
   * @throws SsoRefusedException when nobody can be signed in, and why
   */
  @Transactional
  public Outcome signIn(OidcProvider provider, SsoClaims claims, Long linkTo) {
    OffsetDateTime now = OffsetDateTime.now();
    em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 78))")
        .setParameter(1, provider.getId() + "|" + claims.subject())
        .getSingleResult();
    Optional<ExternalIdentity> existing = find(provider.getId(), claims.subject());
    UserAccount account;
    ExternalIdentity link;
    boolean created = false;
    boolean linked = false;
    if (existing.isPresent()) {
      link = existing.get();
      if (linkTo != null && link.getUserId() != linkTo) {
        throw new SsoRefusedException(
            SsoRefusal.LINKED_ELSEWHERE,
            provider.getId() + " subject is linked to account " + link.getUserId());
      }
      account = accounts.findForUpdate(link.getUserId()).orElseThrow();
    } else {
      if (linkTo != null) {
        account =
            accounts
                .findForUpdate(linkTo)
                .orElseThrow(() -> new IllegalStateException("No account " + linkTo));
      } else {
        Matched matched = matchOrCreate(provider, claims);
        account = matched.account();
        created = matched.created();
      }
      link =
          ExternalIdentity.link(
              provider.getId(), claims.subject(), account.getId(), claims.email(), now);
      em.persist(link);
      linked = true;
      audit.record(
          linkTo != null ? Actor.user(account.getId(), account.getEmail()) : Actor.SYSTEM,
          "user.sso-linked",
          TYPE,
          account.getId(),
          account.getEmail(),
          null,
          provider.getLabel()
              + " account "
              + (claims.email() == null ? claims.subject() : claims.email())
              + (linkTo != null
                  ? " linked by its owner"
                  : created ? " (account made at first sign-in)" : " matched by its address"));
    }
    if (!account.isEnabled()) {
      throw new SsoRefusedException(
          SsoRefusal.DISABLED, "account " + account.getId() + " disabled");
    }
    link.used(claims.email(), now);
    if (linkTo == null) {
      account.recordSuccessfulSignIn(now);
    }
    return new Outcome(account, created, linked);
  }

  private record Matched(UserAccount account, boolean created) {}

  private Matched matchOrCreate(OidcProvider provider, SsoClaims claims) {
    String email = claims.trustedEmail();
    if (email == null) {
      throw new SsoRefusedException(
          SsoRefusal.EMAIL_NOT_CONFIRMED,
          provider.getId()
              + " subject "
              + claims.subject()
              + " with unverified address "
              + claims.email());
    }
    accounts.lockEmail(email);
    Optional<UserAccount> found = accounts.findByEmailForUpdate(email);
    if (found.isPresent()) {
      return new Matched(found.get(), false);
    }
    // no password signs in to it (the person may set one later with "Forgotten your password?",
    // unless their domain must use single sign-on)
    UserAccount account =
        UserAccount.trainee(email, claims.nameForAccount(), PasswordHasher.NONE, null);
    accounts.add(account);
    audit.record(
        Actor.user(account.getId(), email),
        "user.registered",
        TYPE,
        account.getId(),
        email,
        null,
        account.describe() + "; first sign-in with " + provider.getLabel());
    return new Matched(account, true);
  }

  public Optional<ExternalIdentity> find(String provider, String subject) {
    return em.createQuery(
            "select e from ExternalIdentity e where e.provider = :p and e.subject = :s",
            ExternalIdentity.class)
        .setParameter("p", provider)
        .setParameter("s", subject)
        .getResultStream()
        .findFirst();
  }

  /** A person's links, oldest first. */
  public List<ExternalIdentity> of(long userId) {
    return em.createQuery(
            "select e from ExternalIdentity e where e.userId = :u order by e.linkedAt, e.id",
            ExternalIdentity.class)
        .setParameter("u", userId)
        .getResultList();
  }

  /**
   * Removes one of a person's own links (the person, or an admin). Removing a link already gone
   * does nothing.
   */
  @Transactional
  public void unlink(Actor actor, long userId, long linkId, String providerLabel) {
    ExternalIdentity link = em.find(ExternalIdentity.class, linkId);
    if (link == null) {
      return;
    }
    if (link.getUserId() != userId) {
      throw new RefusedException("That sign-in method belongs to someone else.");
    }
    UserAccount account = accounts.findForUpdate(userId).orElseThrow();
    em.remove(link);
    audit.record(
        actor,
        "user.sso-unlinked",
        TYPE,
        userId,
        account.getEmail(),
        null,
        providerLabel
            + " account "
            + (link.getEmail() == null ? link.getSubject() : link.getEmail()));
  }
}
