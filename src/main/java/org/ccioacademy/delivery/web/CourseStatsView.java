package org.ccioacademy.delivery.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ccioacademy.catalogue.Catalogue;
import org.ccioacademy.catalogue.Course;
import org.ccioacademy.delivery.CourseStatistics;
import org.ccioacademy.delivery.ModuleFigures;
import org.ccioacademy.identity.CurrentUser;
import org.omnifaces.util.Faces;

/** A course's statistics for its tutors and administrators. */
@Named
@RequestScoped
public class CourseStatsView {

  static final int HARDEST = 10;
  static final int MIN_ANSWERS = 1;

  @Inject Catalogue catalogue;
  @Inject CourseStatistics statistics;
  @Inject CurrentUser currentUser;

  private String id;
  private String title;
  private CourseStatistics.Headcount headcount;
  private List<ModuleFigures> modules;
  private List<CourseStatistics.QuestionFigures> hardest;

  public void load() {
    Course course = catalogue.course(id).orElse(null);
    if (course == null) {
      Faces.responseSendError(404, "No such course");
      return;
    }
    if (!course.mayBeEditedBy(currentUser.caller())) {
      Faces.responseSendError(403, "Not a tutor of this course");
      return;
    }
    title = course.getCurrentVersion().getTitle();
    headcount = statistics.headcount(course.getId());
    modules = statistics.modules(course.getId());
    hardest = statistics.hardestQuestions(course.getId(), HARDEST, MIN_ANSWERS);
  }

  public String getTitle() {
    return title;
  }

  public CourseStatistics.Headcount getHeadcount() {
    return headcount;
  }

  public List<ModuleFigures> getModules() {
    return modules;
  }

  public List<CourseStatistics.QuestionFigures> getHardest() {
    return hardest;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
