package org.ccioacademy.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.identity.OidcProvider;
import org.ccioacademy.identity.OidcProviders;
import org.ccioacademy.identity.SecondFactors;
import org.ccioacademy.identity.SessionGuardFilter;
import org.ccioacademy.identity.SignInAttempt;
import org.ccioacademy.identity.SignInOutcome;
import org.ccioacademy.identity.SsoRefusal;
import org.ccioacademy.platform.security.ReturnTo;
import org.ccioacademy.platform.web.FacesForms;
import org.ccioacademy.platform.web.UkTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The sign-in page. */
@Named
@RequestScoped
public class SignInView {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm").withZone(UkTime.UK);

  @Inject SecurityContext security;
  @Inject SignInAttempt attempt;
  @Inject CurrentUser currentUser;
  @Inject SecondFactors secondFactors;
  @Inject OidcProviders providers;

  @Inject
  @ConfigProperty(name = "ccio.session.lifetime", defaultValue = "PT12H")
  Duration lifetime;

  private String email;
  private String password;
  private boolean ended;
  private String why;
  private boolean signedOut;
  private String sso;
  private String provider;
  private String ssoMessage;

  /** Someone already signed in has nothing to do here. */
  public String redirectIfSignedIn() {
    return currentUser.isSignedIn() ? "/home?faces-redirect=true" : null;
  }

  public String signIn() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    HttpServletResponse response = (HttpServletResponse) external.getResponse();
    if (email == null || email.isBlank() || password == null || password.isEmpty()) {
      FacesForms.error("Enter your email address and your password.");
      return null;
    }
    // a new session id before the session becomes signed in: a fixed or stolen id is useless
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    AuthenticationStatus status =
        security.authenticate(
            request,
            response,
            AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(new UsernamePasswordCredential(email.trim(), new Password(password))));
    password = null;
    SignInOutcome outcome = attempt.outcome();
    if (status == AuthenticationStatus.SUCCESS || status == AuthenticationStatus.SEND_CONTINUE) {
      request
          .getSession()
          .setAttribute(SessionGuardFilter.STAMP, outcome.account().getSessionStamp());
      request
          .getSession()
          .setAttribute(SessionGuardFilter.SIGNED_IN_AT, System.currentTimeMillis());
      String secondStep = secondFactors.secondStep(outcome.account());
      if (secondStep != null) {
        // signed in, but nothing answers until the second step is taken (SessionGuardFilter)
        request.getSession().setAttribute(SessionGuardFilter.SECOND_STEP, secondStep);
      }
      if (status == AuthenticationStatus.SEND_CONTINUE) {
        // the mechanism is sending the browser on to the page it first asked for (after the
        // second step, if there is one: the page is remembered until then)
        if (secondStep == null) {
          ReturnTo.forget(request);
        }
        faces.responseComplete();
        return null;
      }
      if (secondStep != null) {
        return SessionGuardFilter.secondStepPage(secondStep).replace(".xhtml", "")
            + "?faces-redirect=true";
      }
      Optional<String> back = ReturnTo.take(request);
      if (back.isPresent()) {
        external.redirect(back.get());
        faces.responseComplete();
        return null;
      }
      return outcome.account().primaryRole().homePage() + "?faces-redirect=true";
    }
    FacesForms.error(messageFor(outcome));
    return null;
  }

  static String messageFor(SignInOutcome outcome) {
    if (outcome == null) {
      return "Sign-in is not available just now. Try again in a moment.";
    }
    return switch (outcome.result()) {
      case LOCKED ->
          "There have been too many failed sign-ins with this email address from here, so"
              + " signing in with it is paused here until "
              + TIME.format(outcome.lockedUntil())
              + " (UK time). Try again then. If you have forgotten your password, choose"
              + " \"Forgotten your password?\" to set a new one.";
      case DISABLED -> "This account has been disabled. Ask an administrator if you need it again.";
      case SSO_REQUIRED ->
          "People with your email address sign in with "
              + outcome.provider()
              + ", not with a password. Choose \"Sign in with "
              + outcome.provider()
              + "\" below.";
      default -> "The email address or password is not right. Check them and try again.";
    };
  }

  /** The single sign-on buttons, in the configured order. */
  public List<OidcProvider> getProviders() {
    return providers.all();
  }

  /** Reads why a single sign-on just failed, from the page address, into words to show. */
  public void readSsoAnswer() {
    SsoRefusal refusal = SsoRefusal.named(sso);
    if (refusal != null) {
      String label = providers.find(provider).map(OidcProvider::getLabel).orElse("your provider");
      ssoMessage = refusal.message(label);
    }
  }

  /** Why a single sign-on just failed, in words; null if none did. */
  public String getSsoMessage() {
    return ssoMessage;
  }

  public String getSso() {
    return sso;
  }

  public void setSso(String sso) {
    this.sso = sso;
  }

  public String getProvider() {
    return provider;
  }

  public void setProvider(String provider) {
    this.provider = provider;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  /** Why the previous session was ended by the application, if it was: a known word, or null. */
  public String getWhy() {
    return why;
  }

  public void setWhy(String why) {
    this.why = why;
  }

  /** The longest a session lasts, as people say it ("12 hours"). */
  public String getLifetime() {
    long hours = lifetime.toHours();
    long minutes = lifetime.toMinutes();
    return hours >= 1
        ? hours + (hours == 1 ? " hour" : " hours")
        : minutes >= 1 ? minutes + (minutes == 1 ? " minute" : " minutes") : "a few seconds";
  }

  public boolean isEnded() {
    return ended;
  }

  public void setEnded(boolean ended) {
    this.ended = ended;
  }

  public boolean isSignedOut() {
    return signedOut;
  }

  public void setSignedOut(boolean signedOut) {
    this.signedOut = signedOut;
  }
}
