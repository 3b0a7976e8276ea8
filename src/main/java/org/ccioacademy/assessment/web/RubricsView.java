package org.ccioacademy.assessment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.ccioacademy.assessment.Rubric;
import org.ccioacademy.assessment.Rubrics;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.identity.InvalidInputException;
import org.ccioacademy.platform.web.FacesForms;

/** A tutor's rubrics: each shown as a grid, and a new one written as text. */
@Named
@ViewScoped
public class RubricsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Rubrics rubrics;
  @Inject CurrentUser currentUser;

  private transient List<Rubric> list;
  private String title;
  private String criteria;

  public void load() {
    list = rubrics.usable(currentUser.actor(), currentUser.getAccount().getRoles());
  }

  public String create() {
    try {
      Rubric r = rubrics.create(currentUser.actor(), title, criteria);
      FacesForms.flashInfo(
          "The rubric " + r.getTitle() + " is ready, out of " + r.maxPoints() + ".");
      return "/author/rubrics?faces-redirect=true";
    } catch (InvalidInputException e) {
      FacesForms.showErrors("rubric", e.errors().asMap());
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
