package org.ccioacademy.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The sign-in dialogue inside {@link SessionSignInMechanism}: what
 * {@code @CustomFormAuthenticationMechanismDefinition} did without its {@code @AutoApplySession}. A
 * credential given to {@code SecurityContext.authenticate} is checked by the identity stores; a
 * request for a protected page while signed out is redirected to the sign-in page (Jakarta
 * Security's {@code @LoginToContinue}).
 *
 * <p>Not a mechanism of its own ({@code @Typed}): the application has exactly one,
 * SessionSignInMechanism, which calls this one.
 */
@Typed(FormSignIn.class)
@ApplicationScoped
@LoginToContinue(loginPage = "/sign-in.xhtml", errorPage = "", useForwardToLogin = false)
public class FormSignIn implements HttpAuthenticationMechanism {

  @Inject IdentityStoreHandler identityStores;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (credential == null) {
      return context.doNothing();
    }
    return context.notifyContainerAboutLogin(identityStores.validate(credential));
  }
}
