package org.ccioacademy.identity;

import java.time.OffsetDateTime;

/** What happened when someone tried to sign in, so the page can say so plainly. */
public record SignInOutcome(Result result, UserAccount account, OffsetDateTime lockedUntil) {

  public enum Result {
    SIGNED_IN,
    WRONG_CREDENTIALS,
    LOCKED,
    DISABLED
  }

  static SignInOutcome signedIn(UserAccount account) {
    return new SignInOutcome(Result.SIGNED_IN, account, null);
  }

  static SignInOutcome wrong() {
    return new SignInOutcome(Result.WRONG_CREDENTIALS, null, null);
  }

  static SignInOutcome locked(OffsetDateTime until) {
    return new SignInOutcome(Result.LOCKED, null, until);
  }

  static SignInOutcome disabled() {
    return new SignInOutcome(Result.DISABLED, null, null);
  }
}
