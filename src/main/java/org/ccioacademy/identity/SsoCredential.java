package org.ccioacademy.identity;

import org.ccioacademy.platform.security.SessionCredential;

/**
 * An account a single sign-on has just signed in to ({@link SingleSignOn#finish}, after the
 * provider's ID token was checked). Made only by the callback servlet, after that check; {@link
 * SsoIdentityStore} turns it into the caller and their roles.
 */
public final class SsoCredential implements SessionCredential {

  private final long accountId;

  public SsoCredential(long accountId) {
    this.accountId = accountId;
  }

  public long accountId() {
    return accountId;
  }
}
