package org.ccioacademy.voice.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.util.List;
import org.ccioacademy.voice.Area;
import org.ccioacademy.voice.ClinicalSystem;
import org.ccioacademy.voice.ClinicalSystems;
import org.ccioacademy.voice.UsabilityFigures;
import org.omnifaces.util.Faces;

/**
 * The public page of the national usability figures (no sign-in): every product and supplier, and
 * for one product its distribution of scores and its trend by quarter.
 */
@Named
@RequestScoped
public class UsabilityView {

  @Inject UsabilityFigures figures;
  @Inject ClinicalSystems systems;

  private Long system;
  private List<UsabilityFigures.Group> products;
  private List<UsabilityFigures.Group> suppliers;
  private UsabilityFigures.Group product;
  private List<UsabilityFigures.Band> distribution;
  private List<UsabilityFigures.Quarter> trend;
  private long bandMax;

  @Transactional
  public void load() {
    if (system != null) {
      ClinicalSystem s = systems.find(system).orElse(null);
      if (s == null || s.getStatus() == ClinicalSystem.Status.PROPOSED) {
        Faces.responseSendError(404, "No such system");
        return;
      }
      product =
          figures
              .product(system, Area.NATIONAL)
              .orElse(
                  new UsabilityFigures.Group(
                      system.toString(),
                      s.getProduct(),
                      s.getSupplier(),
                      0,
                      null,
                      null,
                      null,
                      null));
      distribution = figures.distribution(system, Area.NATIONAL);
      bandMax = distribution.stream().mapToLong(UsabilityFigures.Band::ratings).max().orElse(0);
      trend = figures.trend(system, Area.NATIONAL);
      return;
    }
    products = figures.byProduct(Area.NATIONAL);
    suppliers = figures.bySupplier(Area.NATIONAL);
  }

  /** A band's bar as a percentage of the fullest band's. */
  public long barPercent(UsabilityFigures.Band b) {
    return bandMax == 0 ? 0 : Math.round(100.0 * b.ratings() / bandMax);
  }

  public Long getSystem() {
    return system;
  }

  public void setSystem(Long system) {
    this.system = system;
  }

  public List<UsabilityFigures.Group> getProducts() {
    return products;
  }

  public List<UsabilityFigures.Group> getSuppliers() {
    return suppliers;
  }

  public UsabilityFigures.Group getProduct() {
    return product;
  }

  public List<UsabilityFigures.Band> getDistribution() {
    return distribution;
  }

  public List<UsabilityFigures.Quarter> getTrend() {
    return trend;
  }
}
