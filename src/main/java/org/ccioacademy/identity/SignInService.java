package org.ccioacademy.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.ccioacademy.platform.audit.Actor;
import org.ccioacademy.platform.audit.AuditLog;
import org.ccioacademy.platform.security.ClientAddress;
import org.ccioacademy.platform.security.ClientAddresses;
import org.ccioacademy.platform.security.PasswordHasher;
import org.ccioacademy.platform.security.Throttle;
import org.ccioacademy.platform.security.Throttle.Rule;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Checks an email and password. Wrong passwords are counted ({@link Throttle}) by client address,
 * by its network, and by email address from that client address: after {@code
 * ccio.throttle.signin-email} (5 in 15 minutes) sign-in for that email address is paused from that
 * client address only, even with the right password, so a stranger elsewhere cannot lock the owner
 * out; an unknown email address is treated exactly the same, so no answer tells whether an account
 * exists. Counts are kept in the database, so they hold across instances and concurrent attempts.
 */
@ApplicationScoped
public class SignInService {

  @Inject UserAccountRepository accounts;
  @Inject PasswordHasher hasher;
  @Inject AuditLog audit;
  @Inject MetricRegistry metrics;
  @Inject Throttle throttle;
  @Inject ClientAddresses clients;
  @Inject HttpServletRequest request;
  @Inject SsoRequiredDomains ssoOnly;

  /** A hash of a random password, checked when the email is unknown, so timing tells nothing. */
  private volatile String decoyHash;

  @Transactional(dontRollbackOn = RuntimeException.class)
  public SignInOutcome attempt(String email, char[] password) {
    SignInOutcome outcome = check(email, password);
    // ccio_signin_total{outcome=...} on /metrics: a rise in failures or lock-outs is worth an alert
    metrics
        .counter(
            "ccio.signin", new Tag("outcome", outcome.result().name().toLowerCase(Locale.ROOT)))
        .inc();
    return outcome;
  }

  private SignInOutcome check(String email, char[] password) {
    OffsetDateTime now = OffsetDateTime.now();
    String normalised = EmailAddress.normalise(email);
    String address = clients.of(request);
    // wrong passwords pause sign-in for an email address from the address they came from, never
    // everywhere: a stranger cannot lock the owner out. Known and unknown addresses alike, so the
    // answer never tells whether an account exists.
    String pair = normalised + "|" + address;
    Optional<Instant> paused = throttle.refusedUntil(Map.of(Rule.SIGNIN_EMAIL, pair));
    if (paused.isPresent()) {
      hasher.verify(password, decoy());
      throttle.refused(Rule.SIGNIN_EMAIL);
      return SignInOutcome.locked(paused.get().atOffset(ZoneOffset.UTC));
    }
    Optional<OidcProvider> sso = ssoOnly.requiredFor(normalised);
    if (sso.isPresent()) {
      // by domain, whether or not the address has an account: the answer tells nothing
      return SignInOutcome.ssoRequired(sso.get().getLabel());
    }
    Optional<UserAccount> found = accounts.findByEmailForUpdate(normalised);
    if (found.isEmpty()) {
      hasher.verify(password, decoy());
      return failed(null, pair, address);
    }
    UserAccount account = found.get();
    if (!hasher.verify(password, account.passwordHash())) {
      return failed(account, pair, address);
    }
    if (!account.isEnabled()) {
      return SignInOutcome.disabled();
    }
    account.recordSuccessfulSignIn(now);
    throttle.forgive(Rule.SIGNIN_EMAIL, pair);
    if (hasher.needsRehash(account.passwordHash())) {
      account.upgradePasswordHash(hasher.hash(password));
    }
    return SignInOutcome.signedIn(account);
  }

  /** Counts a failed sign-in from this address; the pause it starts, if it starts one. */
  private SignInOutcome failed(UserAccount account, String pair, String address) {
    Throttle.Hits hits =
        throttle
            .count(
                Map.of(
                    Rule.SIGNIN_EMAIL,
                    pair,
                    Rule.SIGNIN_ADDRESS,
                    address,
                    Rule.SIGNIN_NETWORK,
                    ClientAddress.network(address)))
            .get(Rule.SIGNIN_EMAIL);
    if (!hits.reached()) {
      return SignInOutcome.wrong();
    }
    if (account != null && hits.count() == hits.limit()) {
      audit.record(
          Actor.SYSTEM,
          "user.locked",
          AccountService.TYPE,
          account.getId(),
          account.getEmail(),
          null,
          hits.limit()
              + " failed sign-ins from "
              + address
              + "; paused there until "
              + hits.windowEnd().truncatedTo(ChronoUnit.SECONDS));
    }
    return SignInOutcome.locked(hits.windowEnd().atOffset(ZoneOffset.UTC));
  }

  private String decoy() {
    String hash = decoyHash;
    if (hash == null) {
      hash = hasher.hash(UUID.randomUUID().toString().toCharArray());
      decoyHash = hash;
    }
    return hash;
  }
}
