package org.ccioacademy.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.ccioacademy.identity.AccountService;
import org.ccioacademy.identity.InvalidInputException;
import org.ccioacademy.identity.Registration;
import org.ccioacademy.platform.web.FacesForms;

/**
 * Self-registration for trainees. View scoped, so everything typed stays in the form when there are
 * problems; every problem is shown at once beside its field.
 */
@Named
@ViewScoped
public class RegistrationView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AccountService accounts;

  private final Registration form = new Registration();

  /** The profession list changes with the group; a profession from another group is cleared. */
  public void groupChanged() {
    form.getProfile().keepChoicesInGroup();
  }

  public String register() {
    try {
      accounts.register(form);
    } catch (InvalidInputException e) {
      FacesForms.showErrors("register", e.errors().asMap());
      return null;
    }
    FacesForms.flashInfo(
        "Your account has been created. Sign in with your email address and password.");
    return "/sign-in?faces-redirect=true";
  }

  public Registration getForm() {
    return form;
  }
}
