package org.ccioacademy.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ccioacademy.identity.AccountService;
import org.ccioacademy.identity.Registration;
import org.ccioacademy.platform.kernel.InvalidInputException;
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
      // a password is never sent back to the browser, not even after a mistake elsewhere
      Map<String, String> errors = new LinkedHashMap<>(e.errors().asMap());
      errors.putIfAbsent("password", "Type your password again (we never show it back).");
      FacesForms.showErrors("register", errors);
      form.forgetPasswords();
      return null;
    }
    // the same answer whether or not the address already had an account: only its owner is told
    FacesForms.flashInfo(
        "Thank you. If this email address was new to us, your account is ready: sign in with it"
            + " and your password. If it already had an account, we have emailed its owner.");
    return "/sign-in?faces-redirect=true";
  }

  public Registration getForm() {
    return form;
  }
}
