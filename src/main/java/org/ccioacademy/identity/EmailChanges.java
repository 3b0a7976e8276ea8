package org.ccioacademy.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Optional;
import org.ccioacademy.platform.audit.Actor;
import org.ccioacademy.platform.audit.AuditLog;
import org.ccioacademy.platform.database.Row;
import org.ccioacademy.platform.kernel.InvalidInputException;
import org.ccioacademy.platform.mail.Mail;
import org.ccioacademy.platform.web.PublicUrl;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A person's email address (their sign-in name) changed by an administrator: the new address gets a
 * link, and becomes the account's only when its owner follows it, within {@code
 * ccio.email-change.hours}; the old address is told at once and again when it is done. Only the
 * link's hash is kept; a newer change ends the older. Audited.
 */
@ApplicationScoped
public class EmailChanges {

  /** The field a problem with the link is reported on. */
  public static final String LINK = "link";

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext private EntityManager em;
  @Inject UserAccountRepository accounts;
  @Inject AuditLog audit;
  @Inject Mail mail;
  @Inject PublicUrl publicUrl;

  @Inject
  @ConfigProperty(name = "ccio.email-change.hours", defaultValue = "48")
  int hours;

  /**
   * Asks the owner of {@code newEmail} to confirm it as the account's address.
   *
   * @throws InvalidInputException on {@code email} when the address is malformed, the same, or
   *     another account's
   */
  @Transactional
  public void request(Actor admin, long userId, String newEmail) {
    String email = EmailAddress.normalise(newEmail);
    EmailAddress.check(email)
        .ifPresent(
            m -> {
              throw InvalidInputException.of("email", m);
            });
    UserAccount account =
        accounts.findForUpdate(userId).orElseThrow(() -> new NoSuchAccountException(userId));
    if (email.equals(account.getEmail())) {
      throw InvalidInputException.of("email", "That is already this person's address.");
    }
    if (accounts.emailTaken(email)) {
      throw InvalidInputException.of("email", "Another account has this address already.");
    }
    OffsetDateTime now = OffsetDateTime.now();
    endOpen(userId, now);
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    em.createNativeQuery(
            "insert into email_change (user_id, new_email, token_hash, requested_by, expires_at)"
                + " values (?1, ?2, ?3, cast(?4 as bigint), ?5)")
        .setParameter(1, userId)
        .setParameter(2, email)
        .setParameter(3, ApiTokens.hash(token))
        .setParameter(4, admin.userId())
        .setParameter(5, now.plusHours(hours))
        .executeUpdate();
    mail.queue(
        email,
        "Confirm your new email address for CCIO Academy",
        AccountMail.confirmNewEmail(
            account.getFullName(),
            publicUrl.link("/confirm-email.xhtml?token=" + token),
            hours,
            publicUrl.base()),
        "user.email-change");
    mail.queue(
        account.getEmail(),
        "Your CCIO Academy email address is being changed",
        AccountMail.emailChanging(account.getFullName(), email, publicUrl.base()),
        "user.email-change");
    audit.record(
        admin,
        "user.email-change-requested",
        AccountService.TYPE,
        userId,
        account.getEmail(),
        account.getEmail(),
        email + " (waiting for its owner to confirm, " + hours + " hours)");
  }

  /** The address a link would confirm, when it works; else why not, as {@link #LINK}'s problem. */
  @Transactional
  public String pending(String token) {
    return open(token).map(r -> r.stringAt(1)).orElseThrow(EmailChanges::unusable);
  }

  /**
   * Makes the link's address the account's.
   *
   * @return the account, with its new address
   * @throws InvalidInputException on {@link #LINK} when the link does not work (nothing changes)
   */
  @Transactional
  public UserAccount confirm(String token) {
    Row change = open(token).orElseThrow(EmailChanges::unusable);
    long id = change.longAt(0);
    String email = change.stringAt(1);
    long userId = change.longAt(2);
    UserAccount account = accounts.findForUpdate(userId).orElseThrow(EmailChanges::unusable);
    accounts.lockEmail(email);
    // the change's row again, locked: two presses of one link confirm it once
    int taken =
        em.createNativeQuery(
                "update email_change set confirmed_at = now() where id = ?1 and confirmed_at is"
                    + " null and ended_at is null and expires_at > now()")
            .setParameter(1, id)
            .executeUpdate();
    if (taken == 0) {
      throw unusable();
    }
    if (accounts.emailTaken(email)) {
      throw InvalidInputException.of(
          LINK,
          "Another account started using this address since the link was sent, so it cannot be"
              + " yours here. Ask your administrator.");
    }
    String before = account.getEmail();
    account.changeEmail(email);
    audit.record(
        Actor.user(userId, email),
        "user.email-changed",
        AccountService.TYPE,
        userId,
        email,
        before,
        email + " (confirmed by its owner)");
    mail.queue(
        before,
        "Your CCIO Academy email address has changed",
        AccountMail.emailChanged(account.getFullName(), email, publicUrl.base()),
        "user.email-change");
    return account;
  }

  private Optional<Row> open(String token) {
    if (token == null || token.isBlank() || token.length() > 100) {
      return Optional.empty();
    }
    return Row.list(
            em.createNativeQuery(
                    "select id, new_email, user_id from email_change where token_hash = ?1 and"
                        + " confirmed_at is null and ended_at is null and expires_at > now()")
                .setParameter(1, ApiTokens.hash(token.strip())))
        .stream()
        .findFirst();
  }

  private void endOpen(long userId, OffsetDateTime now) {
    em.createNativeQuery(
            "update email_change set ended_at = ?2 where user_id = ?1 and confirmed_at is null"
                + " and ended_at is null")
        .setParameter(1, userId)
        .setParameter(2, now)
        .executeUpdate();
  }

  private static InvalidInputException unusable() {
    return InvalidInputException.of(
        LINK,
        "It was used already, a newer one was sent, it ran out, or it was copied incompletely."
            + " Ask your administrator to send another.");
  }
}
