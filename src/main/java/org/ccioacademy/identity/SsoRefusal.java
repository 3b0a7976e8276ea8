package org.ccioacademy.identity;

import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.BadJWSException;
import java.util.Locale;

/**
 * Why a single sign-on did not sign anyone in, each with what we tell the person. The reason's name
 * goes in the sign-in page's address ({@code ?sso=...}), so only these fixed messages can appear
 * there; the details are in the log.
 */
public enum SsoRefusal {
  /** The answer's {@code state} is not one this browser is waiting for: used, too old or forged. */
  EXPIRED(
      "That sign-in has already been used or took too long, so it cannot be used again."
          + " Start again from this page."),
  /** The person chose not to sign in at the provider, or was not allowed to. */
  CANCELLED("You did not finish signing in with %s. You can try again, or sign in another way."),
  /** The provider answered with an error, or could not be reached. */
  UNAVAILABLE("Signing in with %s is not working just now. Try again in a few minutes."),
  /** The ID token's signature is not one of the provider's published keys. */
  BAD_SIGNATURE(
      "The answer from %s was not signed with its keys, so we did not sign you in."
          + " Try again, and tell us if this keeps happening."),
  /** The ID token was made for another application. */
  WRONG_AUDIENCE(
      "The answer from %s was meant for another service, so we did not sign you in."
          + " Start again with the %s button."),
  /** The ID token's time ran out (or had not started: a clock far out). */
  TOKEN_EXPIRED("The answer from %s had run out before it reached us. Start again."),
  /** Another fault in the ID token: issuer, nonce, a missing claim. */
  BAD_TOKEN(
      "The answer from %s could not be checked, so we did not sign you in."
          + " Start again, and tell us if this keeps happening."),
  /** No account is linked, and the provider did not vouch for an email address to match on. */
  EMAIL_NOT_CONFIRMED(
      "%s did not confirm your email address, so we cannot match you to an account. Sign in with"
          + " your password, then link %s from \"Sign-in methods\" on your account."),
  /** Linking: this provider account is already linked to someone else here. */
  LINKED_ELSEWHERE(
      "That %s account is already linked to another CCIO Academy account. Sign in with it, or"
          + " ask an administrator to merge the two accounts."),
  /** The account is disabled. */
  DISABLED("This account has been disabled. Ask an administrator if you need it again.");

  private final String message;

  SsoRefusal(String message) {
    this.message = message;
  }

  /** What the person is told, naming the provider by its button label. */
  public String message(String providerLabel) {
    return message.replace("%s", providerLabel);
  }

  /** The reason named in the page address, or null for none or one we do not know. */
  public static SsoRefusal named(String name) {
    if (name == null) {
      return null;
    }
    try {
      return valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The name used in the page address. */
  public String urlName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The reason an ID token was refused, from the checker's exception. */
  static SsoRefusal of(BadJOSEException refused) {
    if (refused instanceof BadJWSException) {
      return BAD_SIGNATURE;
    }
    String why = String.valueOf(refused.getMessage()).toLowerCase(Locale.ROOT);
    if (why.contains("audience")) {
      return WRONG_AUDIENCE;
    }
    if (why.contains("expired") || why.contains("before use time")) {
      return TOKEN_EXPIRED;
    }
    if (why.contains("signature") || why.contains("no matching key")) {
      return BAD_SIGNATURE;
    }
    return BAD_TOKEN;
  }
}
