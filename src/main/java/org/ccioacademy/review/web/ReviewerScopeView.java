package org.ccioacademy.review.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.identity.Region;
import org.ccioacademy.platform.kernel.InvalidInputException;
import org.ccioacademy.platform.web.FacesForms;
import org.ccioacademy.review.ReviewerScopes;
import org.ccioacademy.review.Scope;

/**
 * On an admin's page of a reviewer: what the reviewer may see (every trainee, or regions and
 * organisations; nobody until given).
 */
@Named
@ViewScoped
public class ReviewerScopeView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ReviewerScopes scopes;
  @Inject CurrentUser currentUser;

  private long reviewerId;
  private boolean national;
  private String[] regions = {};
  private String organisations;
  private String current;

  /** Loads the scope of reviewer {@code id} (called from the page's view action). */
  public void load(String id) {
    if (id == null || !id.strip().matches("\\d{1,18}")) {
      return;
    }
    reviewerId = Long.parseLong(id.strip());
    Scope s = scopes.ofReviewer(reviewerId);
    national = s.isNational();
    regions = s.regions().stream().sorted().toArray(String[]::new);
    organisations = String.join(" ", s.organisations().stream().sorted().toList());
    current = ReviewerScopes.describe(s);
  }

  public String save() {
    Set<String> codes = new LinkedHashSet<>();
    if (organisations != null) {
      Arrays.stream(organisations.split("[\\s,;]+")).filter(c -> !c.isBlank()).forEach(codes::add);
    }
    try {
      scopes.set(
          currentUser.actor(),
          reviewerId,
          national,
          new LinkedHashSet<>(Arrays.asList(regions)),
          codes);
      FacesForms.flashInfo(
          "Saved: this reviewer now sees "
              + ReviewerScopes.describe(scopes.ofReviewer(reviewerId))
              + ".");
      return "/admin/user?faces-redirect=true&id=" + reviewerId;
    } catch (InvalidInputException e) {
      FacesForms.showErrors("scope", e.errors());
      return null;
    }
  }

  public Region[] getRegionChoices() {
    return Region.values();
  }

  public boolean isNational() {
    return national;
  }

  public void setNational(boolean national) {
    this.national = national;
  }

  public String[] getRegions() {
    return regions;
  }

  public void setRegions(String[] regions) {
    this.regions = regions == null ? new String[0] : regions;
  }

  public String getOrganisations() {
    return organisations;
  }

  public void setOrganisations(String organisations) {
    this.organisations = organisations;
  }

  public String getCurrent() {
    return current;
  }
}
