package org.ccioacademy.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ccioacademy.identity.EmailChanges;
import org.ccioacademy.identity.UserAccount;
import org.ccioacademy.platform.kernel.InvalidInputException;
import org.ccioacademy.platform.web.FacesForms;

/**
 * The page the link sent to a new email address opens: the address, and a button that makes it the
 * account's (a press, so a mail scanner following links confirms nothing).
 */
@Named
@RequestScoped
public class ConfirmEmailView {

  @Inject EmailChanges changes;

  private String token;
  private String newEmail;
  private String problem;

  /** f:viewAction: whether the link still works, and for which address. */
  public void check() {
    try {
      newEmail = changes.pending(token);
    } catch (InvalidInputException e) {
      problem = e.errors().asMap().get(EmailChanges.LINK);
    }
  }

  public String confirm() {
    UserAccount account;
    try {
      account = changes.confirm(token);
    } catch (InvalidInputException e) {
      problem = e.errors().asMap().get(EmailChanges.LINK);
      return null;
    }
    FacesForms.flashInfo(
        "Your email address is now " + account.getEmail() + ". Sign in with it from now on.");
    return "/sign-in?faces-redirect=true";
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getNewEmail() {
    return newEmail;
  }

  public String getProblem() {
    return problem;
  }
}
