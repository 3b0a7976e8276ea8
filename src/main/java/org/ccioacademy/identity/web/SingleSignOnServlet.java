package org.ccioacademy.identity.web;

import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.identity.OidcProvider;
import org.ccioacademy.identity.OidcProviders;
import org.ccioacademy.identity.SecondFactors;
import org.ccioacademy.identity.SessionGuardFilter;
import org.ccioacademy.identity.SingleSignOn;
import org.ccioacademy.identity.SsoCredential;
import org.ccioacademy.identity.SsoPending;
import org.ccioacademy.identity.SsoRefusal;
import org.ccioacademy.identity.SsoRefusedException;
import org.ccioacademy.identity.UserAccount;
import org.ccioacademy.platform.security.ReturnTo;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Single sign-on in the browser. {@code GET /sso/start?provider=<id>} sends the browser to the
 * provider (with {@code &link=true}, a signed-in person links a provider account to theirs); the
 * provider sends it back to {@code GET /sso/callback}, which checks the answer ({@link
 * SingleSignOn}) and signs the session in, as the sign-in form does: a new session id, the
 * account's session stamp, then the second step when one is due. Every refusal goes to the sign-in
 * page (or the sign-in methods page when linking) with a plain message.
 */
@WebServlet("/sso/*")
public class SingleSignOnServlet extends HttpServlet {

  /** Session attribute: the provider this session signed in with (for signing out there too). */
  public static final String PROVIDER = "ccio.ssoProvider";

  /** Session attribute: the ID token of that sign-in (the provider's sign-out hint). */
  public static final String ID_TOKEN = "ccio.ssoIdToken";

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(SingleSignOnServlet.class.getName());
  private static final String METHODS_PAGE = "/account/sign-in-methods.xhtml";

  @Inject OidcProviders providers;
  @Inject SingleSignOn sso;
  @Inject SecurityContext security;
  @Inject SecondFactors secondFactors;
  @Inject CurrentUser currentUser;
  @Inject MetricRegistry metrics;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("Cache-Control", "no-store");
    String path = request.getPathInfo() == null ? "" : request.getPathInfo();
    switch (path) {
      case "/start" -> start(request, response);
      case "/callback" -> callback(request, response);
      default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
  }

  private void start(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Optional<OidcProvider> provider = providers.find(request.getParameter("provider"));
    if (provider.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    boolean link = "true".equals(request.getParameter("link"));
    if (link && !currentUser.isSignedIn()) {
      redirect(request, response, "/sign-in.xhtml");
      return;
    }
    if (!link && currentUser.isSignedIn()) {
      redirect(request, response, currentUser.getAccount().primaryRole().homePage());
      return;
    }
    HttpSession session = request.getSession();
    SsoPending pending = SsoPending.of(session);
    try {
      URI to = sso.begin(provider.get(), pending, link ? currentUser.id() : null, request);
      session.setAttribute(SsoPending.ATTRIBUTE, pending);
      response.sendRedirect(to.toString());
    } catch (SsoRefusedException e) {
      refuse(request, response, provider.get(), e, link);
    }
  }

  private void callback(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    HttpSession session = request.getSession(false);
    SsoPending pending =
        session == null ? null : (SsoPending) session.getAttribute(SsoPending.ATTRIBUTE);
    Optional<SsoPending.Started> started =
        pending == null
            ? Optional.empty()
            : pending.take(request.getParameter("state"), sso.answerTime());
    if (started.isEmpty()) {
      LOG.info("Single sign-on answer for a state this session is not waiting for");
      count("expired");
      redirect(request, response, "/sign-in.xhtml?sso=" + SsoRefusal.EXPIRED.urlName());
      return;
    }
    session.setAttribute(SsoPending.ATTRIBUTE, pending);
    SsoPending.Started one = started.get();
    Optional<OidcProvider> provider = providers.find(one.providerId());
    boolean link = one.linkAccountId() != null;
    String error = request.getParameter("error");
    if (error != null || provider.isEmpty()) {
      SsoRefusal reason =
          "access_denied".equals(error) || "login_required".equals(error)
              ? SsoRefusal.CANCELLED
              : SsoRefusal.UNAVAILABLE;
      refuse(
          request,
          response,
          provider.orElse(null),
          new SsoRefusedException(
              reason,
              one.providerId()
                  + " answered "
                  + error
                  + ": "
                  + request.getParameter("error_description")),
          link);
      return;
    }
    if (link && (!currentUser.isSignedIn() || currentUser.id() != one.linkAccountId())) {
      // signed out, or someone else signed in, while the provider was asked
      refuse(
          request,
          response,
          provider.get(),
          new SsoRefusedException(SsoRefusal.EXPIRED, "link for another session"),
          false);
      return;
    }
    SingleSignOn.Finished finished;
    try {
      finished = sso.finish(one, request.getParameter("code"), request);
    } catch (SsoRefusedException e) {
      refuse(request, response, provider.get(), e, link);
      return;
    }
    if (link) {
      count("linked");
      redirect(request, response, METHODS_PAGE + "?linked=" + provider.get().getId());
      return;
    }
    signIn(request, response, finished);
  }

  private void signIn(
      HttpServletRequest request, HttpServletResponse response, SingleSignOn.Finished finished)
      throws IOException {
    UserAccount account = finished.outcome().account();
    // a new session id before the session becomes signed in, as for a password
    request.changeSessionId();
    AuthenticationStatus status =
        security.authenticate(
            request,
            response,
            AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(new SsoCredential(account.getId())));
    if (status != AuthenticationStatus.SUCCESS) {
      refuse(
          request,
          response,
          finished.provider(),
          new SsoRefusedException(SsoRefusal.DISABLED, "authenticate gave " + status),
          false);
      return;
    }
    HttpSession session = request.getSession();
    session.setAttribute(SessionGuardFilter.STAMP, account.getSessionStamp());
    session.setAttribute(SessionGuardFilter.SIGNED_IN_AT, System.currentTimeMillis());
    session.setAttribute(PROVIDER, finished.provider().getId());
    session.setAttribute(ID_TOKEN, finished.idToken());
    boolean providerDidMfa = finished.mfa() && finished.provider().trustsMfa();
    String secondStep = providerDidMfa ? null : secondFactors.secondStep(account);
    count(finished.outcome().created() ? "sso_new" : "sso");
    if (secondStep != null) {
      session.setAttribute(SessionGuardFilter.SECOND_STEP, secondStep);
      redirect(request, response, SessionGuardFilter.secondStepPage(secondStep));
    } else if (finished.outcome().created()) {
      // a new account completes its professional profile first, on its home page
      ReturnTo.forget(request);
      redirect(request, response, account.primaryRole().homePage() + "?welcome=sso");
    } else {
      Optional<String> back = ReturnTo.take(request);
      if (back.isPresent()) {
        response.sendRedirect(back.get());
      } else {
        redirect(request, response, account.primaryRole().homePage());
      }
    }
  }

  private void refuse(
      HttpServletRequest request,
      HttpServletResponse response,
      OidcProvider provider,
      SsoRefusedException refused,
      boolean link)
      throws IOException {
    LOG.warning("Single sign-on refused: " + refused.getMessage());
    count(refused.reason().name().toLowerCase(Locale.ROOT));
    String query =
        "?sso="
            + refused.reason().urlName()
            + (provider == null ? "" : "&provider=" + provider.getId());
    redirect(request, response, (link ? METHODS_PAGE : "/sign-in.xhtml") + query);
  }

  private void count(String outcome) {
    metrics.counter("ccio.signin", new Tag("outcome", outcome)).inc();
  }

  private static void redirect(HttpServletRequest request, HttpServletResponse response, String to)
      throws IOException {
    response.sendRedirect(request.getContextPath() + to);
  }
}
