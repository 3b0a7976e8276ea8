package org.ccioacademy.identity;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import java.time.Duration;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Ends a signed-in session as soon as its account is disabled, its roles change or its password
 * changes (the account's session stamp moves on), instead of at the session's time-out. Mapped in
 * web.xml after the request filter.
 */
public class SessionGuardFilter extends HttpFilter {

  /** Session attribute: the account's session stamp when this session signed in. */
  public static final String STAMP = "ccio.sessionStamp";

  /**
   * Session attribute: the password was right but the second step is still to come: {@code CODE} (a
   * code from the authenticator app, at {@code /sign-in-code.xhtml}) or {@code ENROL} (the person's
   * role needs an app they have not set up, at {@code /account/second-factor.xhtml}). Until it is
   * removed, nothing else answers.
   */
  public static final String SECOND_STEP = "ccio.secondStep";

  /** Session attribute: when this session signed in (epoch milliseconds). */
  public static final String SIGNED_IN_AT = "ccio.signedInAt";

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(SessionGuardFilter.class.getName());

  /** The request's signed-in account, loaded once and reused by the pages after this filter. */
  @Inject CurrentUser currentUser;

  /** The longest a signed-in session lasts, however busy (ASVS 3.3.2); idle ones end sooner. */
  @Inject
  @ConfigProperty(name = "ccio.session.lifetime", defaultValue = "PT12H")
  Duration lifetime;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Principal principal = request.getUserPrincipal();
    HttpSession session = request.getSession(false);
    if (principal != null
        && session != null
        && !request.getRequestURI().contains("/jakarta.faces.resource/")) {
      Object stamp = session.getAttribute(STAMP);
      Object signedInAt = session.getAttribute(SIGNED_IN_AT);
      boolean tooOld =
          !(signedInAt instanceof Long at) || System.currentTimeMillis() - at > lifetime.toMillis();
      UserAccount account = tooOld ? null : currentUser.getAccount();
      boolean valid =
          !tooOld
              && stamp instanceof Integer signedInStamp
              && account != null
              && account.isEnabled()
              && account.getSessionStamp() == signedInStamp;
      if (!valid) {
        LOG.info(
            "Ending the session of account "
                + principal.getName()
                + (tooOld ? ": signed in longer than " + lifetime : ": account changed"));
        try {
          request.logout();
          session.invalidate();
        } catch (IllegalStateException alreadyEnded) {
          // a parallel request of the same session ended it first
        }
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
          response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
        } else {
          response.sendRedirect(
              request.getContextPath()
                  + (tooOld ? "/sign-in.xhtml?why=lifetime" : "/sign-in.xhtml?ended=true"));
        }
        return;
      }
      Object step = session.getAttribute(SECOND_STEP);
      if (step != null && !allowedBeforeSecondStep(request, step)) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
          response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
        } else {
          response.sendRedirect(request.getContextPath() + secondStepPage(step));
        }
        return;
      }
    }
    chain.doFilter(request, response);
  }

  /** The page that takes the second step. */
  public static String secondStepPage(Object step) {
    return "ENROL".equals(step) ? "/account/second-factor.xhtml" : "/sign-in-code.xhtml";
  }

  /** Before the second step only its own page (and the pages' scripts and styles) answers. */
  private static boolean allowedBeforeSecondStep(HttpServletRequest request, Object step) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.equals(secondStepPage(step))
        || path.startsWith("/jakarta.faces.resource/")
        || path.startsWith("/resources/");
  }
}
