package org.ccioacademy.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ccioacademy.identity.PasswordResets;
import org.ccioacademy.platform.kernel.InvalidInputException;
import org.ccioacademy.platform.web.FacesForms;

/** "Forgotten your password?": asks for a reset link; the answer is the same for any address. */
@Named
@RequestScoped
public class ForgottenPasswordView {

  @Inject PasswordResets resets;

  private String email;
  private boolean sent;

  public String send() {
    try {
      resets.request(email);
    } catch (InvalidInputException e) {
      FacesForms.showErrors("forgotten", e.errors());
      return null;
    }
    return "/forgotten-password?faces-redirect=true&sent=true";
  }

  public int getMinutes() {
    return resets.minutes();
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public boolean isSent() {
    return sent;
  }

  public void setSent(boolean sent) {
    this.sent = sent;
  }
}
