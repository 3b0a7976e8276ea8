package org.ccioacademy.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.identity.ExternalIdentities;
import org.ccioacademy.identity.ExternalIdentity;
import org.ccioacademy.identity.OidcProvider;
import org.ccioacademy.identity.OidcProviders;
import org.ccioacademy.identity.SsoRefusal;
import org.ccioacademy.identity.SsoRequiredDomains;
import org.ccioacademy.platform.kernel.RefusedException;
import org.ccioacademy.platform.web.FacesForms;

/**
 * A person's ways of signing in: their password (unless their domain must use single sign-on) and
 * the provider accounts linked to theirs, which they may link and unlink.
 */
@Named
@RequestScoped
public class SignInMethodsView {

  @Inject CurrentUser currentUser;
  @Inject OidcProviders providers;
  @Inject ExternalIdentities identities;
  @Inject SsoRequiredDomains ssoOnly;

  /** A linked provider account, with its provider's label. */
  public record Link(ExternalIdentity identity, String providerLabel) {}

  private List<Link> links;
  private List<OidcProvider> linkable;
  private String passwordProvider;
  private String linked;
  private String sso;
  private String provider;

  @PostConstruct
  void load() {
    long me = currentUser.id();
    links =
        identities.of(me).stream()
            .map(
                i ->
                    new Link(
                        i,
                        providers
                            .find(i.getProvider())
                            .map(OidcProvider::getLabel)
                            .orElse(i.getProvider())))
            .toList();
    Set<String> have =
        links.stream().map(l -> l.identity().getProvider()).collect(Collectors.toSet());
    linkable = providers.all().stream().filter(p -> !have.contains(p.getId())).toList();
    passwordProvider =
        ssoOnly
            .requiredFor(currentUser.getAccount().getEmail())
            .map(OidcProvider::getLabel)
            .orElse(null);
  }

  /** Says what the provider's answer came to (from the page address: linked, or why not). */
  public void showAnswer() {
    Optional<OidcProvider> named = providers.find(linked != null ? linked : provider);
    String label = named.map(OidcProvider::getLabel).orElse("your provider");
    if (linked != null && named.isPresent()) {
      FacesForms.info("Your " + label + " account is now linked: you can sign in with it.");
    }
    SsoRefusal refusal = SsoRefusal.named(sso);
    if (refusal != null) {
      FacesForms.error(refusal.message(label));
    }
  }

  public String unlink(long linkId, String label) {
    try {
      identities.unlink(currentUser.actor(), currentUser.id(), linkId, label);
    } catch (RefusedException e) {
      FacesForms.error(e.getMessage());
      return null;
    }
    FacesForms.flashInfo(
        "Your " + label + " account is no longer linked. You can link it again at any time.");
    return "/account/sign-in-methods?faces-redirect=true";
  }

  public List<Link> getLinks() {
    return links;
  }

  public List<OidcProvider> getLinkable() {
    return linkable;
  }

  /** The provider this person must sign in with instead of a password, if they must. */
  public String getPasswordProvider() {
    return passwordProvider;
  }

  public String getLinked() {
    return linked;
  }

  public void setLinked(String linked) {
    this.linked = linked;
  }

  public String getSso() {
    return sso;
  }

  public void setSso(String sso) {
    this.sso = sso;
  }

  public String getProvider() {
    return provider;
  }

  public void setProvider(String provider) {
    this.provider = provider;
  }
}
