package org.ccioacademy.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Map;
import org.ccioacademy.identity.AccountService;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.identity.SessionGuardFilter;
import org.ccioacademy.identity.UserAccount;
import org.ccioacademy.platform.kernel.InvalidInputException;
import org.ccioacademy.platform.security.ClientAddress;
import org.ccioacademy.platform.security.ClientAddresses;
import org.ccioacademy.platform.security.Throttle;
import org.ccioacademy.platform.security.Throttle.Rule;
import org.ccioacademy.platform.web.FacesForms;

/** Changing one's own password. Other signed-in sessions of the same account end. */
@Named
@RequestScoped
public class PasswordView {

  @Inject CurrentUser currentUser;
  @Inject AccountService accounts;
  @Inject Throttle throttle;
  @Inject ClientAddresses clients;

  /** Wrong current passwords in one session before it is ended. */
  static final int MAX_WRONG = UserAccount.MAX_FAILED_SIGN_INS;

  private static final String WRONG_TRIES = "ccio.passwordChange.wrongTries";

  private String currentPassword;
  private String newPassword;
  private String confirmation;

  public String change() throws IOException, ServletException {
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    AccountService.PasswordChanged changed;
    try {
      changed =
          accounts.changePassword(
              currentUser.actor(), currentUser.id(), currentPassword, newPassword, confirmation);
    } catch (InvalidInputException e) {
      if (e.errors().has("currentPassword")) {
        String address = clients.of(request);
        throttle.count(
            Map.of(
                Rule.PASSWORD_ADDRESS,
                address,
                Rule.PASSWORD_NETWORK,
                ClientAddress.network(address)));
      }
      if (e.errors().has("currentPassword") && wrongTries(request) >= MAX_WRONG) {
        // someone at this session is guessing: end it (the owner elsewhere is not locked out)
        request.logout();
        request.getSession().invalidate();
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .redirect(request.getContextPath() + "/sign-in.xhtml?why=password-guessed");
        FacesContext.getCurrentInstance().responseComplete();
        return null;
      }
      FacesForms.showErrors("password", e.errors());
      return null;
    }
    UserAccount account = changed.account();
    // this session goes on; the others see the new stamp and end
    request.changeSessionId();
    request.getSession().setAttribute(SessionGuardFilter.STAMP, account.getSessionStamp());
    FacesForms.flashInfo(
        "Your password has been changed. You are still signed in here."
            + (changed.tokensRevoked() == 0
                ? ""
                : " Your "
                    + (changed.tokensRevoked() == 1
                        ? "API token was"
                        : changed.tokensRevoked() + " API tokens were")
                    + " revoked with the old password: make new ones under API tokens."));
    return account.primaryRole().homePage() + "?faces-redirect=true";
  }

  /** Counts one more wrong current password in this session (one at a time: parallel posts). */
  private static int wrongTries(HttpServletRequest request) {
    HttpSession session = request.getSession();
    synchronized (session.getId().intern()) {
      Integer before = (Integer) session.getAttribute(WRONG_TRIES);
      int tries = (before == null ? 0 : before) + 1;
      session.setAttribute(WRONG_TRIES, tries);
      return tries;
    }
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }
}
