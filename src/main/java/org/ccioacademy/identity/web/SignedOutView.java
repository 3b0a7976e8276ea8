package org.ccioacademy.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The page between signing out here and signing out at the single sign-on provider: it sends the
 * browser on to the provider's sign-out address at once (a refresh, not a redirect of the sign-out
 * form's post, which the form-action policy forbids), with a link in case it does not.
 */
@Named
@RequestScoped
public class SignedOutView {

  /**
   * Session attribute (of the fresh session after signing out): the provider's sign-out address.
   */
  static final String AT_PROVIDER = "ccio.signOutAtProvider";

  private String providerUrl;

  /** Takes the address; with none (a reload, a bookmark) the sign-in page is shown instead. */
  public String load() {
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(AT_PROVIDER) instanceof String url) {
      session.removeAttribute(AT_PROVIDER);
      providerUrl = url;
      return null;
    }
    return "/sign-in?faces-redirect=true&signedOut=true";
  }

  public String getProviderUrl() {
    return providerUrl;
  }
}
