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
import java.util.logging.Logger;

/**
 * Ends a signed-in session as soon as its account is disabled, its roles change or its password
 * changes (the account's session stamp moves on), instead of at the session's time-out. Mapped in
 * web.xml after the request filter.
 */
public class SessionGuardFilter extends HttpFilter {

  /** Session attribute: the account's session stamp when this session signed in. */
  public static final String STAMP = "ccio.sessionStamp";

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(SessionGuardFilter.class.getName());

  /** The request's signed-in account, loaded once and reused by the pages after this filter. */
  @Inject CurrentUser currentUser;

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
      UserAccount account = currentUser.getAccount();
      boolean valid =
          stamp instanceof Integer signedInStamp
              && account != null
              && account.isEnabled()
              && account.getSessionStamp() == signedInStamp;
      if (!valid) {
        LOG.info("Ending the session of account " + principal.getName() + ": account changed");
        request.logout();
        session.invalidate();
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
          response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
        } else {
          response.sendRedirect(request.getContextPath() + "/sign-in.xhtml?ended=true");
        }
        return;
      }
    }
    chain.doFilter(request, response);
  }
}
