package org.ccioacademy.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.identity.OidcProvider;
import org.ccioacademy.identity.OidcProviders;
import org.ccioacademy.identity.SsoRequiredDomains;
import org.ccioacademy.platform.kernel.InvalidInputException;
import org.ccioacademy.platform.web.FacesForms;

/**
 * The administrators' single sign-on page: the providers in configuration, and for each email
 * domain a provider serves, whether its people must sign in with it.
 */
@Named
@RequestScoped
public class SingleSignOnAdminView {

  @Inject CurrentUser currentUser;
  @Inject OidcProviders providers;
  @Inject SsoRequiredDomains domains;

  private List<SsoRequiredDomains.Rule> rules;

  @PostConstruct
  void load() {
    rules = domains.rules();
  }

  public String require(String domain) {
    try {
      domains.require(currentUser.actor(), domain);
    } catch (InvalidInputException e) {
      FacesForms.error(e.getMessage());
      return null;
    }
    FacesForms.flashInfo(
        "People with @" + domain + " addresses now sign in with single sign-on only.");
    return "/admin/single-sign-on?faces-redirect=true";
  }

  public String release(String domain) {
    domains.release(currentUser.actor(), domain);
    FacesForms.flashInfo("People with @" + domain + " addresses may use a password again.");
    return "/admin/single-sign-on?faces-redirect=true";
  }

  public List<OidcProvider> getProviders() {
    return providers.all();
  }

  public List<SsoRequiredDomains.Rule> getRules() {
    return rules;
  }
}
