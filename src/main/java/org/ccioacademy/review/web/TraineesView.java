package org.ccioacademy.review.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.ccioacademy.review.Dimension;
import org.ccioacademy.review.Drilldown;
import org.ccioacademy.review.Population;
import org.ccioacademy.review.Viewer;
import org.omnifaces.util.Faces;

/**
 * The trainees behind a dashboard figure (names appear only here), paged in the database; each
 * opens the trainee's read-only record.
 */
@Named
@RequestScoped
public class TraineesView {

  static final int PAGE_SIZE = 25;

  @Inject Drilldown drilldown;
  @Inject Viewer viewer;

  private String cohort;
  private String by;
  private String value;
  private String show;
  private String course;
  private String module;
  private String event;
  private String stage;
  private int page = 1;
  private String heading;
  private long total;
  private List<Drilldown.Line> lines;

  public void load() {
    Viewer.Chosen chosen = viewer.choose(cohort).orElse(null);
    if (chosen == null) {
      Faces.responseSendError(404, "No such cohort");
      return;
    }
    Drilldown.Show what = Drilldown.Show.of(show);
    show = what.name();
    List<String> about = new ArrayList<>();
    about.add(chosen.about());
    Drilldown.Of of = drilldown.of(what, course, module, event, stage).orElse(null);
    if (of == null) {
      Faces.responseSendError(
          404,
          what.perModule()
              ? "No such module"
              : what.perCourse()
                  ? "No such course"
                  : what.perEvent() ? "No such event" : "No such stage");
      return;
    }
    Population p = chosen.population();
    Dimension d = Dimension.of(by);
    if (d != null && value != null) {
      p = Drilldown.narrow(p, by, value);
      about.add(d.getLabel() + ": " + d.describe(Drilldown.NOT_GIVEN.equals(value) ? null : value));
    }
    // "Completed: Clinical safety (London nurses · Region: London)"
    heading =
        what.getLabel()
            + (of.label() == null ? "" : ": " + of.label())
            + " ("
            + String.join(" · ", about)
            + ")";
    page = Math.max(1, page);
    total = drilldown.count(p, what, of);
    lines = drilldown.page(p, what, of, (page - 1) * PAGE_SIZE, PAGE_SIZE);
    viewer.read("read.trainee-list", null, heading + ", page " + page, lines.size());
  }

  public boolean isLastPage() {
    return (long) page * PAGE_SIZE >= total;
  }

  public String getHeading() {
    return heading;
  }

  public long getTotal() {
    return total;
  }

  public List<Drilldown.Line> getLines() {
    return lines;
  }

  public String getCohort() {
    return cohort;
  }

  public void setCohort(String cohort) {
    this.cohort = cohort;
  }

  public String getBy() {
    return by;
  }

  public void setBy(String by) {
    this.by = by;
  }

  public String getValue() {
    return value;
  }

  public void setValue(String value) {
    this.value = value;
  }

  public String getShow() {
    return show;
  }

  public void setShow(String show) {
    this.show = show;
  }

  public String getCourse() {
    return course;
  }

  public void setCourse(String course) {
    this.course = course;
  }

  public String getModule() {
    return module;
  }

  public void setModule(String module) {
    this.module = module;
  }

  public String getEvent() {
    return event;
  }

  public void setEvent(String event) {
    this.event = event;
  }

  public String getStage() {
    return stage;
  }

  public void setStage(String stage) {
    this.stage = stage;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }
}
