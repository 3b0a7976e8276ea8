package org.ccioacademy.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ccioacademy.platform.audit.Actor;
import org.ccioacademy.platform.audit.AuditLog;
import org.ccioacademy.platform.kernel.InvalidInputException;
import org.ccioacademy.platform.kernel.Role;
import org.ccioacademy.platform.mail.Mail;
import org.ccioacademy.platform.security.SecretsKey;
import org.ccioacademy.platform.security.Throttle;
import org.ccioacademy.platform.security.Throttle.Rule;
import org.ccioacademy.platform.web.PublicUrl;
import org.ccioacademy.platform.web.UkTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Multi-factor sign-in: a TOTP authenticator app (RFC 6238) enrolled with a QR code and confirmed
 * with a first code, and ten one-time recovery codes (only their SHA-256 hashes kept). Required for
 * the roles in {@code ccio.mfa.required-roles} (comma-separated, or {@code none}), optional for
 * everyone else. Wrong codes are counted per account ({@code ccio.throttle.second-factor-account});
 * every enrolment, use of a recovery code, pause and reset is audited, and the person is emailed
 * when their second factor changes. The TOTP key is sealed (AES-256-GCM) under the secrets key, as
 * the application's own secrets are.
 */
@ApplicationScoped
public class SecondFactors {

  private static final String ISSUER = "CCIO Academy";
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm").withZone(UkTime.UK);
  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext private EntityManager em;
  @Inject UserAccountRepository accounts;
  @Inject SecretsKey secretsKey;
  @Inject AuditLog audit;
  @Inject Mail mail;
  @Inject PublicUrl publicUrl;
  @Inject Throttle throttle;
  @Inject RecoveryCodes recoveryCodes;

  private final Set<Role> requiredRoles;

  @Inject
  public SecondFactors(
      @ConfigProperty(name = "ccio.mfa.required-roles", defaultValue = "ADMIN,REVIEWER,TUTOR")
          Optional<String> requiredRoles) {
    this.requiredRoles = parseRoles(requiredRoles.orElse(""));
  }

  /** For CDI's proxy. */
  protected SecondFactors() {
    this.requiredRoles = EnumSet.noneOf(Role.class);
  }

  static Set<Role> parseRoles(String setting) {
    EnumSet<Role> roles = EnumSet.noneOf(Role.class);
    for (String part : setting.split(",")) {
      String name = part.strip().toUpperCase(Locale.ROOT);
      if (!name.isEmpty() && !name.equals("NONE")) {
        try {
          roles.add(Role.valueOf(name));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(
              "ccio.mfa.required-roles: " + part.strip() + " is not a role", e);
        }
      }
    }
    return roles;
  }

  /** Whether this account must have a second factor to sign in (one of its roles needs it). */
  public boolean requiredFor(UserAccount account) {
    return account.getRoles().stream().anyMatch(requiredRoles::contains);
  }

  /**
   * The second step this account takes after its password: {@code CODE} when it has an
   * authenticator app, {@code ENROL} when its role needs one it has not set up, null for none.
   */
  @Transactional
  public String secondStep(UserAccount account) {
    if (enrolled(account.getId())) {
      return "CODE";
    }
    return requiredFor(account) ? "ENROL" : null;
  }

  /** Whether the account has a confirmed second factor. */
  @Transactional
  public boolean enrolled(long userId) {
    SecondFactor f = em.find(SecondFactor.class, userId);
    return f != null && f.isConfirmed();
  }

  /** Recovery codes not yet used. */
  public long recoveryCodesLeft(long userId) {
    return recoveryCodes.left(userId);
  }

  /** An enrolment begun: the key as text, and the otpauth address its QR code carries. */
  public record Enrolment(String key, String otpauthUri) {}

  /**
   * Begins (or begins again) enrolling an authenticator app: a new random key, shown once.
   *
   * @throws InvalidInputException when the account already has a confirmed one
   */
  @Transactional
  public Enrolment begin(long userId) {
    UserAccount account =
        accounts.findForUpdate(userId).orElseThrow(() -> new NoSuchAccountException(userId));
    byte[] secret = new byte[Totp.SECRET_BYTES];
    RANDOM.nextBytes(secret);
    byte[] sealed = secretsKey.box().seal(name(userId), secret);
    OffsetDateTime now = OffsetDateTime.now();
    SecondFactor existing = em.find(SecondFactor.class, userId);
    if (existing == null) {
      em.persist(SecondFactor.begin(userId, sealed, now));
    } else if (existing.isConfirmed()) {
      throw InvalidInputException.of(
          "code", "You already have an authenticator app set up. Turn it off first to change it.");
    } else {
      existing.restart(sealed, now);
    }
    return new Enrolment(Totp.base32(secret), Totp.uri(ISSUER, account.getEmail(), secret));
  }

  /**
   * Confirms the enrolment with a first code from the app; returns the new recovery codes, shown
   * once.
   *
   * @throws InvalidInputException on {@code code} when it is not right
   */
  @Transactional(dontRollbackOn = InvalidInputException.class)
  public List<String> confirm(Actor self, long userId, String code) {
    UserAccount account =
        accounts.findForUpdate(userId).orElseThrow(() -> new NoSuchAccountException(userId));
    SecondFactor factor = em.find(SecondFactor.class, userId);
    if (factor == null || factor.isConfirmed()) {
      throw InvalidInputException.of("code", "Start again: choose Set up an authenticator app.");
    }
    checkNotPaused(userId);
    if (!factor.accept(open(factor), code, OffsetDateTime.now())) {
      countWrong(account);
      throw InvalidInputException.of(
          "code",
          "That code is not right. Type the 6-digit code your app shows now for CCIO Academy.");
    }
    factor.confirm(OffsetDateTime.now());
    throttle.forgive(Rule.SECOND_FACTOR_ACCOUNT, key(userId));
    List<String> codes = recoveryCodes.replace(userId);
    audit.record(
        self,
        "user.second-factor-enrolled",
        AccountService.TYPE,
        userId,
        account.getEmail(),
        null,
        "an authenticator app; " + RecoveryCodes.COUNT + " recovery codes made");
    notify(account, "An authenticator app was set up for signing in to your account.");
    return codes;
  }

  /** What a code typed at sign-in turned out to be. */
  public enum Check {
    APP_CODE,
    RECOVERY_CODE,
    WRONG,
    PAUSED
  }

  /**
   * Checks a code typed at sign-in: a code from the app, or one of the recovery codes (used up).
   * Wrong codes count against the account; past the limit every code is refused until the window
   * ends (audited once).
   */
  @Transactional(dontRollbackOn = RuntimeException.class)
  public Check verify(long userId, String typed) {
    UserAccount account =
        accounts.findForUpdate(userId).orElseThrow(() -> new NoSuchAccountException(userId));
    if (throttle.refusedUntil(Map.of(Rule.SECOND_FACTOR_ACCOUNT, key(userId))).isPresent()) {
      throttle.refused(Rule.SECOND_FACTOR_ACCOUNT);
      return Check.PAUSED;
    }
    SecondFactor factor = em.find(SecondFactor.class, userId);
    if (factor != null
        && factor.isConfirmed()
        && factor.accept(open(factor), typed, OffsetDateTime.now())) {
      throttle.forgive(Rule.SECOND_FACTOR_ACCOUNT, key(userId));
      return Check.APP_CODE;
    }
    if (recoveryCodes.use(userId, typed)) {
      throttle.forgive(Rule.SECOND_FACTOR_ACCOUNT, key(userId));
      audit.record(
          Actor.user(userId, account.getEmail()),
          "user.recovery-code-used",
          AccountService.TYPE,
          userId,
          account.getEmail(),
          null,
          recoveryCodes.left(userId) + " left");
      notify(
          account,
          "A recovery code was used to sign in to your account. "
              + recoveryCodes.left(userId)
              + " recovery codes are left; make new ones on the Two-step sign-in page if you"
              + " are running out.");
      return Check.RECOVERY_CODE;
    }
    return countWrong(account) ? Check.PAUSED : Check.WRONG;
  }

  /** New recovery codes in place of the old ones (all of which stop working); shown once. */
  @Transactional
  public List<String> newRecoveryCodes(Actor self, long userId) {
    UserAccount account =
        accounts.findForUpdate(userId).orElseThrow(() -> new NoSuchAccountException(userId));
    if (!enrolled(userId)) {
      throw InvalidInputException.of("code", "Set up an authenticator app first.");
    }
    List<String> codes = recoveryCodes.replace(userId);
    audit.record(
        self,
        "user.recovery-codes-replaced",
        AccountService.TYPE,
        userId,
        account.getEmail(),
        null,
        RecoveryCodes.COUNT + " new recovery codes; the old ones no longer work");
    return codes;
  }

  /**
   * The person turns their second factor off, with a current code; refused when their role needs
   * one.
   */
  @Transactional(dontRollbackOn = InvalidInputException.class)
  public void turnOff(Actor self, long userId, String code) {
    UserAccount account =
        accounts.findForUpdate(userId).orElseThrow(() -> new NoSuchAccountException(userId));
    if (requiredFor(account)) {
      throw InvalidInputException.of(
          "code", "Your role needs two-step sign-in, so it cannot be turned off.");
    }
    SecondFactor factor = em.find(SecondFactor.class, userId);
    if (factor == null) {
      return;
    }
    checkNotPaused(userId);
    if (!factor.accept(open(factor), code, OffsetDateTime.now())) {
      countWrong(account);
      throw InvalidInputException.of(
          "code", "That code is not right. Type the 6-digit code your app shows now.");
    }
    remove(userId);
    throttle.forgive(Rule.SECOND_FACTOR_ACCOUNT, key(userId));
    audit.record(
        self,
        "user.second-factor-removed",
        AccountService.TYPE,
        userId,
        account.getEmail(),
        "authenticator app",
        "none");
    notify(account, "Two-step sign-in was turned off for your account.");
  }

  /**
   * An administrator resets a person's second factor (a lost phone): app and recovery codes
   * removed, the person's sessions ended; if their role needs one they set up a new app at their
   * next sign-in.
   */
  @Transactional
  public void reset(Actor admin, long userId) {
    UserAccount account =
        accounts.findForUpdate(userId).orElseThrow(() -> new NoSuchAccountException(userId));
    if (em.find(SecondFactor.class, userId) == null) {
      throw InvalidInputException.of("secondFactor", "This person has no second factor to reset.");
    }
    remove(userId);
    account.endSessions();
    throttle.forgive(Rule.SECOND_FACTOR_ACCOUNT, key(userId));
    audit.record(
        admin,
        "user.second-factor-reset",
        AccountService.TYPE,
        userId,
        account.getEmail(),
        "authenticator app",
        "none; set up again at next sign-in");
    notify(
        account,
        "An administrator reset two-step sign-in for your account (for a lost or new phone, say)."
            + " You have been signed out; "
            + (requiredFor(account)
                ? "you will set up your authenticator app again when you next sign in."
                : "you can set up an authenticator app again on the Two-step sign-in page."));
  }

  private void remove(long userId) {
    em.createQuery("delete from SecondFactor f where f.userId = :user")
        .setParameter("user", userId)
        .executeUpdate();
    recoveryCodes.remove(userId);
  }

  private void checkNotPaused(long userId) {
    throttle
        .refusedUntil(Map.of(Rule.SECOND_FACTOR_ACCOUNT, key(userId)))
        .ifPresent(
            until -> {
              throw InvalidInputException.of("code", pausedMessage(until));
            });
  }

  /** When a pause after too many wrong codes ends (now, if there is none). */
  public Instant pausedUntil(long userId) {
    return throttle
        .refusedUntil(Map.of(Rule.SECOND_FACTOR_ACCOUNT, key(userId)))
        .orElse(Instant.now());
  }

  /** The words for a pause after too many wrong codes. */
  public static String pausedMessage(Instant until) {
    return "Too many wrong codes have been typed for this account, so codes are refused until "
        + TIME.format(until)
        + " (UK time). If you have lost your phone, use a recovery code then, or ask an"
        + " administrator to reset two-step sign-in.";
  }

  /** Counts a wrong code; true when that started a pause (audited). */
  private boolean countWrong(UserAccount account) {
    Throttle.Hits hits =
        throttle
            .count(Map.of(Rule.SECOND_FACTOR_ACCOUNT, key(account.getId())))
            .get(Rule.SECOND_FACTOR_ACCOUNT);
    if (hits.count() == hits.limit()) {
      audit.record(
          Actor.SYSTEM,
          "user.second-factor-paused",
          AccountService.TYPE,
          account.getId(),
          account.getEmail(),
          null,
          hits.limit() + " wrong codes; refused until " + hits.windowEnd());
    }
    return hits.reached();
  }

  private byte[] open(SecondFactor factor) {
    return secretsKey.box().open(name(factor.getUserId()), factor.sealedSecret());
  }

  private void notify(UserAccount account, String what) {
    mail.queue(
        account.getEmail(),
        "Two-step sign-in changed on your CCIO Academy account",
        AccountMail.secondFactorChanged(account.getFullName(), what, publicUrl.base()),
        "user.second-factor");
  }

  private static String name(long userId) {
    return "second-factor:" + userId;
  }

  private static String key(long userId) {
    return Long.toString(userId);
  }
}
