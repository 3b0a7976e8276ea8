package org.ccioacademy.identity;

import java.time.OffsetDateTime;

/** What happened when someone tried to sign in, so the page can say so plainly. */
public record SignInOutcome(
    Result result, UserAccount account, OffsetDateTime lockedUntil, String provider) {

  public enum Result {
    SIGNED_IN,
    WRONG_CREDENTIALS,
    LOCKED,
    DISABLED,
    /** The address's domain signs in only through its single sign-on provider (named). */
    SSO_REQUIRED
  }

  static SignInOutcome signedIn(UserAccount account) {
    return new SignInOutcome(Result.SIGNED_IN, account, null, null);
  }

  static SignInOutcome wrong() {
    return new SignInOutcome(Result.WRONG_CREDENTIALS, null, null, null);
  }

  static SignInOutcome locked(OffsetDateTime until) {
    return new SignInOutcome(Result.LOCKED, null, until, null);
  }

  static SignInOutcome disabled() {
    return new SignInOutcome(Result.DISABLED, null, null, null);
  }

  static SignInOutcome ssoRequired(String providerLabel) {
    return new SignInOutcome(Result.SSO_REQUIRED, null, null, providerLabel);
  }
}
