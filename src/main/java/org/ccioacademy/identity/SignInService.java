package org.ccioacademy.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.ccioacademy.platform.audit.Actor;
import org.ccioacademy.platform.audit.AuditLog;
import org.ccioacademy.platform.security.PasswordHasher;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Checks an email and password. After {@value UserAccount#MAX_FAILED_SIGN_INS} wrong passwords in a
 * row the account is locked for {@code ccio.signin.lock-minutes}; while locked, even the right
 * password is refused. Counting happens in the database under a row lock, so it holds across
 * several application instances and concurrent attempts.
 */
@ApplicationScoped
public class SignInService {

  @Inject UserAccountRepository accounts;
  @Inject PasswordHasher hasher;
  @Inject AuditLog audit;
  @Inject MetricRegistry metrics;

  @Inject
  @ConfigProperty(name = "ccio.signin.lock-minutes", defaultValue = "15")
  int lockMinutes;

  /** A hash of a random password, checked when the email is unknown, so timing tells nothing. */
  private volatile String decoyHash;

  @Transactional(dontRollbackOn = RuntimeException.class)
  public SignInOutcome attempt(String email, char[] password) {
    SignInOutcome outcome = check(email, password);
    // ccio_signin_total{outcome=...} on /metrics: a rise in failures or lock-outs is worth an alert
    metrics
        .counter(
            "ccio.signin",
            new Tag("outcome", outcome.result().name().toLowerCase(java.util.Locale.ROOT)))
        .inc();
    return outcome;
  }

  private SignInOutcome check(String email, char[] password) {
    OffsetDateTime now = OffsetDateTime.now();
    Optional<UserAccount> found = accounts.findByEmailForUpdate(EmailAddress.normalise(email));
    if (found.isEmpty()) {
      hasher.verify(password, decoy());
      return SignInOutcome.wrong();
    }
    UserAccount account = found.get();
    if (account.isLockedAt(now)) {
      return SignInOutcome.locked(account.getLockedUntil());
    }
    if (!hasher.verify(password, account.passwordHash())) {
      if (account.recordFailedSignIn(now, Duration.ofMinutes(lockMinutes))) {
        audit.record(
            Actor.SYSTEM,
            "user.locked",
            AccountService.TYPE,
            account.getId(),
            account.getEmail(),
            null,
            UserAccount.MAX_FAILED_SIGN_INS
                + " failed sign-ins; locked until "
                + account.getLockedUntil().truncatedTo(ChronoUnit.SECONDS));
        return SignInOutcome.locked(account.getLockedUntil());
      }
      return SignInOutcome.wrong();
    }
    if (!account.isEnabled()) {
      return SignInOutcome.disabled();
    }
    account.recordSuccessfulSignIn(now);
    if (hasher.needsRehash(account.passwordHash())) {
      account.upgradePasswordHash(hasher.hash(password));
    }
    return SignInOutcome.signedIn(account);
  }

  private String decoy() {
    String hash = decoyHash;
    if (hash == null) {
      hash = hasher.hash(java.util.UUID.randomUUID().toString().toCharArray());
      decoyHash = hash;
    }
    return hash;
  }
}
