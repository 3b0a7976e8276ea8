package org.ccioacademy.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ccioacademy.identity.CurrentUser;

/** /home.xhtml sends each person to the home page of their most senior role. */
@Named
@RequestScoped
public class HomeView {

  @Inject CurrentUser currentUser;

  public String route() {
    if (!currentUser.isSignedIn()) {
      return "/sign-in?faces-redirect=true";
    }
    return currentUser.getAccount().primaryRole().homePage() + "?faces-redirect=true";
  }
}
