package org.ccioacademy.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ccioacademy.identity.CurrentUser;

/**
 * /trainee/home.xhtml says what is next; a trainee who has not yet given their professional details
 * is sent to give them first (courses and the pathway depend on them).
 */
@Named
@RequestScoped
public class TraineeHomeView {

  @Inject CurrentUser currentUser;

  private String welcome;

  /** The view action. */
  public String route() {
    if (!currentUser.getAccount().hasProfessionalProfile()) {
      return "/trainee/profile?faces-redirect=true"
          + (welcome == null ? "" : "&welcome=" + (welcome.equals("sso") ? "sso" : "yes"));
    }
    return null;
  }

  public String getWelcome() {
    return welcome;
  }

  public void setWelcome(String welcome) {
    this.welcome = welcome;
  }
}
