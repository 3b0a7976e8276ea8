package org.ccioacademy.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Set;

/**
 * The application's authentication mechanism: sign-in with the sign-in form ({@link FormSignIn}),
 * then the signed-in caller, with their groups, kept in the HTTP session and given to the container
 * again, groups included, on every request of that session.
 *
 * <p>Why not {@code @CustomFormAuthenticationMechanismDefinition}: its {@code @AutoApplySession}
 * gives the container only the session's principal, and Payara 6 finds that principal's groups
 * again through the "additional principal" of one {@code SecurityContext} that all request threads
 * share ({@code JaspicRealm.setAdditionalPrincipalInContext}, read back in {@code
 * BaseContainerCallbackHandler.processCallerPrincipal}). Under concurrent requests another thread
 * overwrites or clears it in between, so now and then a signed-in request got the principal without
 * any group: every role refused, 403 (payara/Payara#6145; fixed by FISH-7515, payara/Payara#7928,
 * which Payara 6 does not have). Here each request states its own groups, so nothing shared is
 * consulted.
 */
@ApplicationScoped
public class SessionSignInMechanism implements HttpAuthenticationMechanism {

  /** Session attribute: the {@link SignedIn} caller. */
  static final String SIGNED_IN = "ccio.signedIn";

  /** The caller of a signed-in session: their principal's name (the account id) and groups. */
  record SignedIn(String caller, Set<String> groups) implements Serializable {}

  @Inject FormSignIn form;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    Credential credential = context.getAuthParameters().getCredential();
    if (credential == null) {
      HttpSession session = request.getSession(false);
      if (session != null && session.getAttribute(SIGNED_IN) instanceof SignedIn signedIn) {
        return context.notifyContainerAboutLogin(
            new CallerPrincipal(signedIn.caller()), signedIn.groups());
      }
    }
    if (credential == null && context.isProtected() && !"GET".equals(request.getMethod())) {
      // a form post to a protected page while signed out (a session that ended): to the sign-in
      // page, without keeping the post to replay (reading a broken body there failed with 500)
      return context.redirect(request.getContextPath() + "/sign-in.xhtml");
    }
    if (credential == null && context.isProtected()) {
      // a signed-out request for a page: back there once signed in, whichever way
      ReturnTo.remember(request);
    }
    AuthenticationStatus status = form.validateRequest(request, response, context);
    // a sign-in with a password or by single sign-on, or the page a sign-in continues to, makes the
    // session signed in;
    // a credential for one request only (an API token) does not
    if (status == AuthenticationStatus.SUCCESS
        && context.getCallerPrincipal() != null
        && (credential == null
            || credential instanceof UsernamePasswordCredential
            || credential instanceof SessionCredential)) {
      Set<String> groups = context.getGroups() == null ? Set.of() : Set.copyOf(context.getGroups());
      request
          .getSession()
          .setAttribute(SIGNED_IN, new SignedIn(context.getCallerPrincipal().getName(), groups));
    }
    return status;
  }

  /** {@code HttpServletRequest.logout}: the session is no longer signed in. */
  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(SIGNED_IN);
    }
    HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
  }
}
