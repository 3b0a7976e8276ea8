package org.ccioacademy.voice.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.platform.kernel.ConcurrentEditException;
import org.ccioacademy.platform.kernel.InvalidInputException;
import org.ccioacademy.platform.kernel.RefusedException;
import org.ccioacademy.platform.web.FacesForms;
import org.ccioacademy.voice.ClinicalSystem;
import org.ccioacademy.voice.ClinicalSystems;
import org.ccioacademy.voice.SystemKind;

/**
 * Admin → Clinical systems: the reference list trainees rate from, the systems trainees proposed as
 * "other" (list, merge into a listed one, or retire), and the retired ones.
 */
@Named
@ViewScoped
public class ClinicalSystemsView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String HERE = "/admin/systems?faces-redirect=true";

  @Inject ClinicalSystems systems;
  @Inject CurrentUser currentUser;

  private transient List<ClinicalSystem> listed;
  private transient List<ClinicalSystem> proposed;
  private transient List<ClinicalSystem> retired;
  private final Map<Long, Long> mergeInto = new HashMap<>();

  private String product;
  private String supplier;
  private SystemKind kind;

  public void load() {
    listed = systems.byStatus(ClinicalSystem.Status.LISTED);
    proposed = systems.byStatus(ClinicalSystem.Status.PROPOSED);
    retired = systems.byStatus(ClinicalSystem.Status.RETIRED);
  }

  public String add() {
    try {
      systems.add(currentUser.actor(), product, supplier, kind);
    } catch (InvalidInputException e) {
      FacesForms.showErrors("add", e.errors());
      return null;
    }
    FacesForms.flashInfo(product.strip() + " (" + supplier.strip() + ") is on the list.");
    return HERE;
  }

  public String list(ClinicalSystem s) {
    return act(
        () ->
            systems.list(
                currentUser.actor(),
                s.getId(),
                s.getVersion(),
                s.getProduct(),
                s.getSupplier(),
                s.getKind()),
        s.describe() + " is on the list, and its ratings count in the figures.");
  }

  public String merge(ClinicalSystem s) {
    Long into = mergeInto.get(s.getId());
    if (into == null) {
      FacesForms.error("Choose the listed system to merge " + s.describe() + " into.");
      return null;
    }
    return act(
        () -> systems.merge(currentUser.actor(), s.getId(), s.getVersion(), into),
        s.describe() + " is merged: its ratings now count for the system chosen.");
  }

  public String retire(ClinicalSystem s) {
    return act(
        () -> systems.retire(currentUser.actor(), s.getId(), s.getVersion()),
        s.describe() + " is retired: it is no longer offered for rating.");
  }

  public String restore(ClinicalSystem s) {
    return act(
        () -> systems.restore(currentUser.actor(), s.getId(), s.getVersion()),
        s.describe() + " is offered for rating again.");
  }

  private String act(Runnable change, String done) {
    try {
      change.run();
    } catch (InvalidInputException e) {
      FacesForms.error(String.join(" ", e.errors().asMap().values()));
      return null;
    } catch (RefusedException | ConcurrentEditException e) {
      FacesForms.flashError(e.getMessage());
      return HERE;
    }
    FacesForms.flashInfo(done);
    return HERE;
  }

  public List<ClinicalSystem> getListed() {
    return listed;
  }

  public List<ClinicalSystem> getProposed() {
    return proposed;
  }

  public List<ClinicalSystem> getRetired() {
    return retired;
  }

  public Map<Long, Long> getMergeInto() {
    return mergeInto;
  }

  public SystemKind[] getKinds() {
    return SystemKind.values();
  }

  public String getProduct() {
    return product;
  }

  public void setProduct(String product) {
    this.product = product;
  }

  public String getSupplier() {
    return supplier;
  }

  public void setSupplier(String supplier) {
    this.supplier = supplier;
  }

  public SystemKind getKind() {
    return kind;
  }

  public void setKind(SystemKind kind) {
    this.kind = kind;
  }
}
