package org.ccioacademy.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.net.URI;
import java.util.Optional;
import org.ccioacademy.identity.SingleSignOn;

/**
 * Signing out: a POST (so a link or an image cannot sign anyone out), then the sign-in page. A
 * session that signed in with a single sign-on provider which offers it is also signed out there
 * (OpenID Connect RP-Initiated Logout), by way of {@link SignedOutView}; the provider then sends
 * the browser back to the sign-in page.
 */
@Named
@RequestScoped
public class SignOutView {

  @Inject SingleSignOn sso;

  public String signOut() throws ServletException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    HttpSession session = request.getSession(false);
    Optional<URI> atProvider =
        session == null || !(session.getAttribute(SingleSignOnServlet.PROVIDER) instanceof String p)
            ? Optional.empty()
            : sso.providerSignOut(
                p, (String) session.getAttribute(SingleSignOnServlet.ID_TOKEN), request);
    request.logout();
    external.invalidateSession();
    if (atProvider.isPresent()) {
      // not a redirect from this form post: the page's form-action policy would block it
      request.getSession(true).setAttribute(SignedOutView.AT_PROVIDER, atProvider.get().toString());
      return "/signed-out?faces-redirect=true";
    }
    return "/sign-in?faces-redirect=true&signedOut=true";
  }
}
