package org.ccioacademy.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.ccioacademy.identity.AccountService;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.identity.InvalidInputException;
import org.ccioacademy.identity.SessionGuardFilter;
import org.ccioacademy.identity.UserAccount;
import org.ccioacademy.platform.web.FacesForms;

/** Changing one's own password. Other signed-in sessions of the same account end. */
@Named
@RequestScoped
public class PasswordView {

  @Inject CurrentUser currentUser;
  @Inject AccountService accounts;

  private String currentPassword;
  private String newPassword;
  private String confirmation;

  public String change() {
    UserAccount account;
    try {
      account =
          accounts.changePassword(
              currentUser.actor(), currentUser.id(), currentPassword, newPassword, confirmation);
    } catch (InvalidInputException e) {
      FacesForms.showErrors("password", e.errors().asMap());
      return null;
    }
    // this session goes on; the others see the new stamp and end
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    request.changeSessionId();
    request.getSession().setAttribute(SessionGuardFilter.STAMP, account.getSessionStamp());
    FacesForms.flashInfo("Your password has been changed. You are still signed in here.");
    return account.primaryRole().homePage() + "?faces-redirect=true";
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
