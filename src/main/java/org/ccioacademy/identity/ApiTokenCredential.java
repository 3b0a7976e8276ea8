package org.ccioacademy.identity;

import jakarta.security.enterprise.credential.Credential;

/** A reviewer API token as a program presents it ({@code Authorization: Bearer <token>}). */
public final class ApiTokenCredential implements Credential {

  private final String token;

  public ApiTokenCredential(String token) {
    this.token = token;
  }

  public String token() {
    return token;
  }
}
