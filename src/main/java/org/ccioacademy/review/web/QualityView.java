package org.ccioacademy.review.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.util.List;
import org.ccioacademy.review.Cohort;
import org.ccioacademy.review.Cohorts;
import org.ccioacademy.review.DataQuality;
import org.ccioacademy.review.Population;
import org.ccioacademy.review.Viewer;
import org.omnifaces.util.Faces;

/**
 * The data quality panel: each check's figures, and the trainees whose records need putting right.
 */
@Named
@RequestScoped
public class QualityView {

  static final int PAGE_SIZE = 25;

  @Inject DataQuality quality;
  @Inject Cohorts cohorts;
  @Inject Viewer viewer;

  private String cohort;
  private String check;
  private int page = 1;
  private Cohort chosen;
  private List<Cohort> cohortChoices;
  private List<DataQuality.Figure> figures;
  private long total;
  private List<DataQuality.Problem> problems;

  @Transactional
  public void load() {
    Viewer.Chosen about = viewer.choose(cohort).orElse(null);
    if (about == null) {
      Faces.responseSendError(404, "No such cohort");
      return;
    }
    chosen = about.cohort();
    cohortChoices = cohorts.all();
    DataQuality.Check only = DataQuality.Check.of(check);
    check = only == null ? null : only.name();
    Population p = about.population();
    page = Math.max(1, page);
    DataQuality.Panel panel = quality.panel(p, only, (page - 1) * PAGE_SIZE, PAGE_SIZE);
    figures = panel.figures();
    total = panel.total();
    problems = panel.problems();
    if (!problems.isEmpty()) {
      viewer.read(
          "read.quality-list",
          null,
          about.about() + (only == null ? "" : ", " + only.getLabel()) + ", page " + page,
          problems.size());
    }
  }

  public boolean isLastPage() {
    return (long) page * PAGE_SIZE >= total;
  }

  public DataQuality.Check[] getChecks() {
    return DataQuality.Check.values();
  }

  public String getCohort() {
    return cohort;
  }

  public void setCohort(String cohort) {
    this.cohort = cohort;
  }

  public String getCheck() {
    return check;
  }

  public void setCheck(String check) {
    this.check = check;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }

  public Cohort getChosen() {
    return chosen;
  }

  public List<Cohort> getCohortChoices() {
    return cohortChoices;
  }

  public List<DataQuality.Figure> getFigures() {
    return figures;
  }

  public long getTotal() {
    return total;
  }

  public List<DataQuality.Problem> getProblems() {
    return problems;
  }
}
