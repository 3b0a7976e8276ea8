package org.ccioacademy.voice.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.identity.Region;
import org.ccioacademy.review.ReviewerScopes;
import org.ccioacademy.review.Scope;
import org.ccioacademy.voice.Area;
import org.ccioacademy.voice.ClinicalSystem;
import org.ccioacademy.voice.ClinicalSystems;
import org.ccioacademy.voice.UsabilityFigures;
import org.omnifaces.util.Faces;

/**
 * Reviewer → Clinical systems: the usability figures of the regions and organisations in the
 * reviewer's scope beside the national ones, and for one product its figures area by area and the
 * comments admins have published (never with a name).
 */
@Named
@RequestScoped
public class ReviewerUsabilityView {

  static final int COMMENTS = 50;

  @Inject UsabilityFigures figures;
  @Inject ClinicalSystems systems;
  @Inject ReviewerScopes scopes;
  @Inject CurrentUser currentUser;

  /** A product's figures in the area beside its national ones. */
  public record Beside(
      String key,
      String label,
      String detail,
      UsabilityFigures.Group national,
      UsabilityFigures.Group area) {}

  private String area;
  private Long system;
  private boolean noScope;
  private Area chosen;
  private final Map<String, String> areas = new LinkedHashMap<>();
  private List<Beside> rows;
  private ClinicalSystem product;
  private List<UsabilityFigures.Group> breakdown;
  private String breakdownOf;
  private List<UsabilityFigures.Comment> comments;

  @Transactional
  public void load() {
    Scope scope = scopes.of(currentUser.caller());
    if (scope.isNone()) {
      noScope = true;
      return;
    }
    if (scope.isNational()) {
      areas.put(key(Area.NATIONAL), "England");
      for (Region r : Region.values()) {
        areas.put(key(Area.region(r)), r.getLabel());
      }
    } else {
      for (String r : new TreeSet<>(scope.regions())) {
        areas.put("REGION:" + r, Area.regionLabel(r));
      }
      for (String o : new TreeSet<>(scope.organisations())) {
        areas.put("ORGANISATION:" + o, "Organisation " + o);
      }
    }
    String k = area != null && areas.containsKey(area) ? area : areas.keySet().iterator().next();
    area = k;
    chosen = parse(k);
    if (system != null) {
      product =
          systems
              .find(system)
              .filter(s -> s.getStatus() != ClinicalSystem.Status.PROPOSED)
              .orElse(null);
      if (product == null) {
        Faces.responseSendError(404, "No such system");
        return;
      }
      Area.Kind finer =
          chosen.kind() == Area.Kind.NATIONAL ? Area.Kind.REGION : Area.Kind.ORGANISATION;
      if (chosen.kind() != Area.Kind.ORGANISATION) {
        breakdown = figures.byArea(system, finer, chosen);
        breakdownOf = finer == Area.Kind.REGION ? "Region" : "Organisation (ODS code)";
      }
      comments = figures.comments(system, chosen, 0, COMMENTS);
    }
    Map<String, UsabilityFigures.Group> here = new LinkedHashMap<>();
    for (UsabilityFigures.Group g : figures.byProduct(chosen)) {
      here.put(g.key(), g);
    }
    rows = new ArrayList<>();
    for (UsabilityFigures.Group n : figures.byProduct(Area.NATIONAL)) {
      if (system == null || n.key().equals(system.toString())) {
        rows.add(new Beside(n.key(), n.label(), n.detail(), n, here.get(n.key())));
      }
    }
  }

  private static String key(Area a) {
    return a.kind() == Area.Kind.NATIONAL ? "NATIONAL" : a.kind().name() + ":" + a.code();
  }

  private static Area parse(String key) {
    if ("NATIONAL".equals(key)) {
      return Area.NATIONAL;
    }
    int colon = key.indexOf(':');
    return new Area(Area.Kind.valueOf(key.substring(0, colon)), key.substring(colon + 1));
  }

  public Set<Map.Entry<String, String>> getAreaChoices() {
    return areas.entrySet();
  }

  public String getAreaLabel() {
    return chosen == null ? null : areas.get(area);
  }

  public boolean isNationalChosen() {
    return chosen != null && chosen.kind() == Area.Kind.NATIONAL;
  }

  public String getArea() {
    return area;
  }

  public void setArea(String area) {
    this.area = area;
  }

  public Long getSystem() {
    return system;
  }

  public void setSystem(Long system) {
    this.system = system;
  }

  public boolean isNoScope() {
    return noScope;
  }

  public List<Beside> getRows() {
    return rows;
  }

  public ClinicalSystem getProduct() {
    return product;
  }

  public List<UsabilityFigures.Group> getBreakdown() {
    return breakdown;
  }

  public String getBreakdownOf() {
    return breakdownOf;
  }

  public List<UsabilityFigures.Comment> getComments() {
    return comments;
  }
}
