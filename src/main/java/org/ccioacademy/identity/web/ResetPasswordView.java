package org.ccioacademy.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ccioacademy.identity.PasswordResets;
import org.ccioacademy.platform.kernel.InvalidInputException;
import org.ccioacademy.platform.web.FacesForms;

/**
 * The page an emailed reset link opens: a new password, twice. A link that no longer works says why
 * and offers a new one instead of the form.
 */
@Named
@RequestScoped
public class ResetPasswordView {

  @Inject PasswordResets resets;

  private String token;
  private String newPassword;
  private String confirmation;
  private String problem;
  private boolean invitation;

  /** f:viewAction: whether the link still works. */
  public void check() {
    problem = resets.whyNot(token).orElse(null);
    invitation = problem == null && resets.isInvitation(token);
  }

  public String reset() {
    try {
      resets.reset(token, newPassword, confirmation);
    } catch (InvalidInputException e) {
      if (e.errors().has(PasswordResets.LINK)) {
        problem = e.errors().asMap().get(PasswordResets.LINK);
      } else {
        FacesForms.showErrors("reset", e.errors());
      }
      return null;
    }
    FacesForms.flashInfo(
        "Your new password is set, and you have been signed out everywhere else. Sign in with it"
            + " now.");
    return "/sign-in?faces-redirect=true";
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
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

  public boolean isInvitation() {
    return invitation;
  }

  public String getProblem() {
    return problem;
  }
}
