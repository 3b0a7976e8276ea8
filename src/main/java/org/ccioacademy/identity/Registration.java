package org.ccioacademy.identity;

import java.io.Serializable;
import org.ccioacademy.platform.kernel.FieldErrors;

/** A trainee's registration as typed, before it is checked. */
public class Registration implements Serializable {

  private static final long serialVersionUID = 1L;

  private String fullName;
  private String email;
  private String password;
  private String passwordConfirmation;
  private final ProfileInput profile = new ProfileInput();

  /**
   * Checks every field and returns all problems found, keyed by field name ({@code fullName},
   * {@code email}, {@code password}, {@code passwordConfirmation} and the profile's fields).
   * Whether the email is already registered is checked by the service.
   */
  public FieldErrors check() {
    FieldErrors errors = new FieldErrors();
    Names.checkFullName(fullName).ifPresent(m -> errors.add("fullName", m));
    String normalisedEmail = EmailAddress.normalise(email);
    EmailAddress.check(normalisedEmail).ifPresent(m -> errors.add("email", m));
    PasswordPolicy.check(password, normalisedEmail, fullName)
        .ifPresent(m -> errors.add("password", m));
    if (password != null && !password.equals(passwordConfirmation)) {
      errors.add("passwordConfirmation", "The two passwords are not the same. Type it again.");
    }
    profile.check(errors);
    return errors;
  }

  /** Clears both passwords (after a mistake: the page asks for them again). */
  public void forgetPasswords() {
    password = null;
    passwordConfirmation = null;
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
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

  public String getPasswordConfirmation() {
    return passwordConfirmation;
  }

  public void setPasswordConfirmation(String passwordConfirmation) {
    this.passwordConfirmation = passwordConfirmation;
  }

  public ProfileInput getProfile() {
    return profile;
  }
}
