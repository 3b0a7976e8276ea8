package org.ccioacademy.platform.security;

import jakarta.security.enterprise.credential.Credential;

/**
 * A credential that signs a browser session in, like a password does (single sign-on), rather than
 * one request (an API token): {@link SessionSignInMechanism} keeps the caller in the session.
 */
public interface SessionCredential extends Credential {}
