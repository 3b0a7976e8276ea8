package org.ccioacademy.assessment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.ccioacademy.assessment.Rubric;
import org.ccioacademy.assessment.Rubrics;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.platform.kernel.InvalidInputException;
import org.ccioacademy.platform.web.FacesForms;

/** A tutor's rubrics: each shown as a grid, and a new one written as text. */
@Named
@ViewScoped
public class RubricsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Rubrics rubrics;
  @Inject CurrentUser currentUser;

  static final int PAGE_SIZE = 10;

  private transient List<Rubric> list;
  private transient Map<Long, String> owners;
  private String title;
  private String criteria;
  private int page = 1;
  private long total;

  public void load() {
    page = Math.max(1, page);
    total = rubrics.countUsable(currentUser.caller());
    list = rubrics.usable(currentUser.caller(), (page - 1) * PAGE_SIZE, PAGE_SIZE);
    owners = rubrics.ownerNames(list);
  }

  /** Shares rubric {@code id} with every tutor, or stops sharing it. */
  public String share(long id, boolean with) {
    try {
      Rubric r = rubrics.share(currentUser.caller(), id, with);
      FacesForms.flashInfo(
          with
              ? "The rubric " + r.getTitle() + " is shared: every tutor can now mark with it."
              : "The rubric "
                  + r.getTitle()
                  + " is no longer shared. Assignments that already use it keep it.");
      return "/author/rubrics?faces-redirect=true&page=" + page;
    } catch (SecurityException e) {
      FacesForms.error("Only the rubric's owner or an admin can change its sharing.");
      return null;
    }
  }

  /** Whether the person signed in may share rubric {@code r} or stop sharing it. */
  public boolean mayShare(Rubric r) {
    return r.isOwnedBy(currentUser.id()) || currentUser.caller().isAdmin();
  }

  public String ownerOf(Rubric r) {
    if (r.isOwnedBy(currentUser.id())) {
      return "yours";
    }
    String name = r.getOwnerId() == null ? null : owners.get(r.getOwnerId());
    return name == null ? "a former tutor's" : name + "'s";
  }

  public boolean isLastPage() {
    return (long) page * PAGE_SIZE >= total;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }

  public long getTotal() {
    return total;
  }

  public String create() {
    try {
      Rubric r = rubrics.create(currentUser.actor(), title, criteria);
      FacesForms.flashInfo(
          "The rubric " + r.getTitle() + " is ready, out of " + r.maxPoints() + ".");
      return "/author/rubrics?faces-redirect=true";
    } catch (InvalidInputException e) {
      FacesForms.showErrors("rubric", e.errors());
      return null;
    }
  }

  public List<Rubric> getList() {
    return list;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getCriteria() {
    return criteria;
  }

  public void setCriteria(String criteria) {
    this.criteria = criteria;
  }
}
