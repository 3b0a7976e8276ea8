package org.ccioacademy.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.identity.SecondFactors;
import org.ccioacademy.identity.SessionGuardFilter;
import org.ccioacademy.platform.security.ReturnTo;
import org.ccioacademy.platform.web.FacesForms;

/**
 * The second step of signing in: a code from the authenticator app, or a recovery code. Until it is
 * taken the session answers nothing else (SessionGuardFilter).
 */
@Named
@RequestScoped
public class SignInCodeView {

  @Inject CurrentUser currentUser;
  @Inject SecondFactors secondFactors;

  private static final String LOCK = "ccio.secondStepLock";

  private String code;

  /** f:viewAction: someone with no second step to take has nothing to do here. */
  public String redirectIfDone() {
    return waiting() ? null : "/home?faces-redirect=true";
  }

  public String check() {
    HttpSession session = request().getSession();
    // one code at a time per session: a double click's second press finds the first signed in
    synchronized (lockOf(session)) {
      return checkOnce(session);
    }
  }

  private String checkOnce(HttpSession session) {
    if (!waiting()) {
      return "/home?faces-redirect=true";
    }
    SecondFactors.Check result = secondFactors.verify(currentUser.id(), code);
    switch (result) {
      case APP_CODE, RECOVERY_CODE -> {
        session.removeAttribute(SessionGuardFilter.SECOND_STEP);
        // a new session id now the session is fully signed in
        request().changeSessionId();
        if (result == SecondFactors.Check.RECOVERY_CODE) {
          long left = secondFactors.recoveryCodesLeft(currentUser.id());
          FacesForms.flashInfo(
              "You signed in with a recovery code, which now no longer works. You have "
                  + left
                  + " left: make new ones under Two-step sign-in if you are running out.");
        }
        Optional<String> back = ReturnTo.take(request());
        if (back.isPresent()) {
          redirect(back.get());
          return null;
        }
        return currentUser.getAccount().primaryRole().homePage() + "?faces-redirect=true";
      }
      case PAUSED -> {
        FacesForms.error(SecondFactors.pausedMessage(secondFactors.pausedUntil(currentUser.id())));
        return null;
      }
      default -> {
        FacesForms.showErrors(
            "secondStep",
            Map.of(
                "code",
                "That code is not right. Type the 6-digit code your app shows now, or one of"
                    + " your recovery codes."));
        return null;
      }
    }
  }

  /** What a session's code checks synchronise on. */
  private static final class Lock implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** The session's own lock object (kept in the session, so it outlives a new session id). */
  private static Object lockOf(HttpSession session) {
    synchronized (SignInCodeView.class) {
      Object lock = session.getAttribute(LOCK);
      if (lock == null) {
        lock = new Lock();
        session.setAttribute(LOCK, lock);
      }
      return lock;
    }
  }

  private boolean waiting() {
    HttpSession session = request().getSession(false);
    return session != null
        && currentUser.isSignedIn()
        && "CODE".equals(session.getAttribute(SessionGuardFilter.SECOND_STEP));
  }

  private static void redirect(String address) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      faces.getExternalContext().redirect(address);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }

  private static HttpServletRequest request() {
    return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
