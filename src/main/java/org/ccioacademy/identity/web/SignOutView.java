package org.ccioacademy.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

/** Signing out: a POST (so a link or an image cannot sign anyone out), then the sign-in page. */
@Named
@RequestScoped
public class SignOutView {

  public String signOut() throws ServletException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    request.logout();
    external.invalidateSession();
    return "/sign-in?faces-redirect=true&signedOut=true";
  }
}
