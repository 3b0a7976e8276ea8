package org.ccioacademy.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.ccioacademy.platform.audit.Actor;
import org.ccioacademy.platform.audit.AuditLog;
import org.ccioacademy.platform.kernel.FieldErrors;
import org.ccioacademy.platform.kernel.InvalidInputException;
import org.ccioacademy.platform.mail.Mail;
import org.ccioacademy.platform.security.PasswordHasher;
import org.ccioacademy.platform.security.Throttle;
import org.ccioacademy.platform.security.Throttle.Rule;
import org.ccioacademy.platform.web.PublicUrl;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * "Forgotten your password?": a single-use link by email, then a new password under the password
 * policy. The link's token is 32 random bytes; only its SHA-256 hash is kept. It works for {@code
 * ccio.password-reset.minutes} (30), once, and only until a newer link is sent. Asking gives the
 * same answer whether or not the address has an account, and at most {@code
 * ccio.throttle.reset-email} links a window go to one address. Setting the password ends every
 * signed-in session and revokes every API token of the account, and lifts a sign-in pause.
 */
@ApplicationScoped
public class PasswordResets {

  /** The form field a link that no longer works is reported on. */
  public static final String LINK = "link";

  private static final Logger LOG = Logger.getLogger(PasswordResets.class.getName());
  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext private EntityManager em;
  @Inject UserAccountRepository accounts;
  @Inject PasswordHasher hasher;
  @Inject AuditLog audit;
  @Inject Mail mail;
  @Inject PublicUrl publicUrl;
  @Inject SsoRequiredDomains ssoOnly;
  @Inject Throttle throttle;
  @Inject ApiTokens tokens;

  @Inject
  @ConfigProperty(name = "ccio.password-reset.minutes", defaultValue = "30")
  int minutes;

  @Inject
  @ConfigProperty(name = "ccio.invitations.days", defaultValue = "7")
  int invitationDays;

  /** How long a link works, in minutes. */
  public int minutes() {
    return minutes;
  }

  /**
   * Someone asks for a link for {@code email}. Nothing in the outcome (but a malformed address)
   * tells whether it has an account: a link is emailed only to an enabled account's owner, at most
   * {@code ccio.throttle.reset-email} a window.
   *
   * @throws InvalidInputException when the address is not an email address at all
   */
  @Transactional
  public void request(String email) {
    String normalised = EmailAddress.normalise(email);
    EmailAddress.check(normalised)
        .ifPresent(
            m -> {
              throw InvalidInputException.of("email", m);
            });
    Throttle.Hits hits = throttle.count(Map.of(Rule.RESET_EMAIL, normalised)).get(Rule.RESET_EMAIL);
    if (hits.over()) {
      throttle.refused(Rule.RESET_EMAIL);
      LOG.info("Password reset link not sent: " + hits.count() + " asked this window");
      return;
    }
    Optional<UserAccount> found = accounts.findByEmailForUpdate(normalised);
    if (found.isEmpty() || !found.get().isEnabled()) {
      LOG.fine("Password reset asked for an address with no enabled account");
      return;
    }
    Optional<OidcProvider> sso = ssoOnly.requiredFor(normalised);
    if (sso.isPresent()) {
      mail.queue(
          found.get().getEmail(),
          "Sign in to CCIO Academy with " + sso.get().getLabel(),
          AccountMail.signInWithProvider(
              found.get().getFullName(), sso.get().getLabel(), publicUrl.base()),
          "user.password-reset");
      return;
    }
    send(found.get(), null);
    audit.record(
        Actor.SYSTEM,
        "user.password-reset-sent",
        AccountService.TYPE,
        found.get().getId(),
        found.get().getEmail(),
        null,
        "asked for on the sign-in page; the link works for " + minutes + " minutes");
  }

  /**
   * An administrator sends a person a link (for someone who cannot get in and asked by phone, say).
   * Not limited by the per-address count, and the person is told who sent it.
   */
  @Transactional
  public void sendFor(Actor admin, long userId) {
    UserAccount account =
        accounts.findForUpdate(userId).orElseThrow(() -> new NoSuchAccountException(userId));
    if (!account.isEnabled()) {
      throw InvalidInputException.of(
          "enabled", "This account is disabled: enable it before sending a password reset link.");
    }
    Optional<OidcProvider> sso = ssoOnly.requiredFor(account.getEmail());
    if (sso.isPresent()) {
      throw InvalidInputException.of(
          "enabled",
          "People with this email address sign in with "
              + sso.get().getLabel()
              + " only, so a password would not work. Their "
              + sso.get().getLabel()
              + " helpdesk can reset their password there.");
    }
    send(account, admin.userId());
    audit.record(
        admin,
        "user.password-reset-sent",
        AccountService.TYPE,
        userId,
        account.getEmail(),
        null,
        "sent by an administrator; the link works for " + minutes + " minutes");
  }

  /** Why this link does not work (to show instead of the form), or empty when it does. */
  @Transactional
  public Optional<String> whyNot(String token) {
    OffsetDateTime now = OffsetDateTime.now();
    return find(token)
        .map(link -> Optional.ofNullable(link.whyNotAt(now)))
        .orElse(Optional.of("This link is not one we sent, or it was copied incompletely."));
  }

  /**
   * Sets the password of the link's account, and ends the link, every session and every API token
   * of the account.
   *
   * @throws InvalidInputException on {@link #LINK} when the link does not work (nothing changes),
   *     or on {@code newPassword} and {@code confirmation} (the link still works)
   */
  @Transactional
  public UserAccount reset(String token, String newPassword, String confirmation) {
    OffsetDateTime now = OffsetDateTime.now();
    PasswordResetLink link =
        find(token)
            .orElseThrow(
                () ->
                    InvalidInputException.of(
                        LINK, "This link is not one we sent, or it was copied incompletely."));
    // the account's row first, then the link's, as asking for a link does: two submissions of one
    // link (or a new link asked for meanwhile) wait for each other instead of deadlocking
    UserAccount account =
        accounts.findForUpdate(link.getUserId()).filter(UserAccount::isEnabled).orElse(null);
    em.refresh(link, LockModeType.PESSIMISTIC_WRITE);
    if (!link.worksAt(now)) {
      throw InvalidInputException.of(LINK, link.whyNotAt(now));
    }
    if (account == null) {
      throw InvalidInputException.of(
          LINK, "This account has been disabled. Ask your CCIO Academy administrator.");
    }
    Optional<OidcProvider> sso = ssoOnly.requiredFor(account.getEmail());
    if (sso.isPresent()) {
      throw InvalidInputException.of(
          LINK,
          "People with your email address sign in with "
              + sso.get().getLabel()
              + ", so there is no password to set here. Choose \"Sign in with "
              + sso.get().getLabel()
              + "\" on the sign-in page.");
    }
    FieldErrors errors = new FieldErrors();
    PasswordPolicy.check(newPassword, account.getEmail(), account.getFullName())
        .ifPresent(m -> errors.add("newPassword", m));
    if (newPassword != null && !newPassword.equals(confirmation)) {
      errors.add("confirmation", "The two passwords are not the same. Type it again.");
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    account.changePassword(hasher.hash(newPassword.toCharArray()));
    link.use(now);
    endOpenLinks(account.getId(), now);
    Actor self = Actor.user(account.getId(), account.getEmail());
    if (link.isInvitation()) {
      audit.record(
          self,
          "user.invitation-accepted",
          AccountService.TYPE,
          account.getId(),
          account.getEmail(),
          null,
          "the first password chosen with the invitation's link");
      return account;
    }
    audit.record(
        self,
        "user.password-reset",
        AccountService.TYPE,
        account.getId(),
        account.getEmail(),
        null,
        "a new password set with an emailed link; every session ended");
    tokens.revokeAll(self, account.getId(), "the password was reset");
    mail.queue(
        account.getEmail(),
        "Your CCIO Academy password was changed",
        AccountMail.passwordChanged(
            account.getFullName(), "set again with an emailed link", publicUrl.base()),
        "user.password-changed");
    // a sign-in pause for this address (from any client address) no longer stands
    throttle.forgive(Rule.SIGNIN_EMAIL, account.getEmail() + "|");
    return account;
  }

  /** Ends the account's earlier links, makes a new one and queues the email with it. */
  private void send(UserAccount account, Long requestedBy) {
    String token =
        issue(account, requestedBy, Duration.ofMinutes(minutes), PasswordResetLink.RESET);
    mail.queue(
        account.getEmail(),
        "Set a new password for CCIO Academy",
        AccountMail.passwordReset(
            account.getFullName(),
            publicUrl.link("/reset-password.xhtml?token=" + token),
            minutes,
            requestedBy != null,
            publicUrl.base()),
        "user.password-reset");
  }

  /**
   * Emails an account an administrator has just made (without a password) a link to choose its
   * first password, lasting {@code ccio.invitations.days}. Runs in the transaction that made it.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void invite(Actor admin, UserAccount account) {
    Optional<OidcProvider> sso = ssoOnly.requiredFor(account.getEmail());
    if (sso.isPresent()) {
      mail.queue(
          account.getEmail(),
          "You are invited to CCIO Academy",
          AccountMail.invitationWithProvider(
              account.getFullName(), account.rolesLabel(), sso.get().getLabel(), publicUrl.base()),
          "user.invitation");
      audit.record(
          admin,
          "user.invited",
          AccountService.TYPE,
          account.getId(),
          account.getEmail(),
          null,
          "an invitation to sign in with " + sso.get().getLabel());
      return;
    }
    String token =
        issue(
            account, admin.userId(), Duration.ofDays(invitationDays), PasswordResetLink.INVITATION);
    mail.queue(
        account.getEmail(),
        "You are invited to CCIO Academy",
        AccountMail.invitation(
            account.getFullName(),
            account.rolesLabel(),
            publicUrl.link("/reset-password.xhtml?token=" + token),
            invitationDays,
            publicUrl.base()),
        "user.invitation");
    audit.record(
        admin,
        "user.invited",
        AccountService.TYPE,
        account.getId(),
        account.getEmail(),
        null,
        "an invitation link, valid " + invitationDays + " days");
  }

  /** Whether this link came in an invitation (the page then welcomes its holder). */
  @Transactional
  public boolean isInvitation(String token) {
    return find(token).map(PasswordResetLink::isInvitation).orElse(false);
  }

  /** Ends the account's earlier links and makes a new one; returns its token. */
  private String issue(UserAccount account, Long requestedBy, Duration lifetime, String purpose) {
    OffsetDateTime now = OffsetDateTime.now();
    endOpenLinks(account.getId(), now);
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    em.persist(
        PasswordResetLink.issue(
            account.getId(), ApiTokens.hash(token), requestedBy, now, lifetime, purpose));
    return token;
  }

  private void endOpenLinks(long userId, OffsetDateTime now) {
    List<PasswordResetLink> open =
        em.createQuery(
                "select l from PasswordResetLink l where l.userId = :user"
                    + " and l.usedAt is null and l.endedAt is null",
                PasswordResetLink.class)
            .setParameter("user", userId)
            .getResultList();
    open.forEach(l -> l.end(now));
  }

  private Optional<PasswordResetLink> find(String token) {
    if (token == null || token.isBlank() || token.length() > 100) {
      return Optional.empty();
    }
    return em
        .createQuery(
            "select l from PasswordResetLink l where l.tokenHash = :hash", PasswordResetLink.class)
        .setParameter("hash", ApiTokens.hash(token.strip()))
        .getResultList()
        .stream()
        .findFirst();
  }
}
