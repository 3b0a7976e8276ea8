package org.ccioacademy.review.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ccioacademy.catalogue.Catalogue;
import org.ccioacademy.catalogue.Course;
import org.ccioacademy.delivery.ModuleFigures;
import org.ccioacademy.review.Cohort;
import org.ccioacademy.review.Dashboard;
import org.ccioacademy.review.Viewer;
import org.omnifaces.util.Faces;

/** One course on the dashboard: module by module, completion and quiz pass rates. */
@Named
@RequestScoped
public class CourseFiguresView {

  @Inject Dashboard dashboard;
  @Inject Viewer viewer;
  @Inject Catalogue catalogue;

  private String course;
  private String cohort;
  private Cohort chosen;
  private String title;
  private List<ModuleFigures> modules;
  private String chart;

  public void load() {
    Viewer.Chosen about = viewer.choose(cohort).orElse(null);
    if (about == null) {
      Faces.responseSendError(404, "No such cohort");
      return;
    }
    chosen = about.cohort();
    Course c = course == null ? null : catalogue.course(course).orElse(null);
    if (c == null) {
      Faces.responseSendError(404, "No such course");
      return;
    }
    title = c.getCurrentVersion().getTitle();
    modules = dashboard.modules(about.population(), c.getId());
    chart =
        Charts.percentBars(
            "Module completion rate (%)",
            modules.stream().map(ModuleFigures::title).toList(),
            modules.stream().map(ModuleFigures::completionRate).toList());
  }

  public String getCourse() {
    return course;
  }

  public void setCourse(String course) {
    this.course = course;
  }

  public String getCohort() {
    return cohort;
  }

  public void setCohort(String cohort) {
    this.cohort = cohort;
  }

  public Cohort getChosen() {
    return chosen;
  }

  public String getTitle() {
    return title;
  }

  public List<ModuleFigures> getModules() {
    return modules;
  }

  public String getChart() {
    return chart;
  }
}
