package org.ccioacademy.voice.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ccioacademy.catalogue.Catalogue;
import org.ccioacademy.catalogue.Course;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.voice.ModuleFeedbackFigures;

/**
 * The trainees' feedback beside a course's statistics: each module's ratings and open flags, and
 * the modules to improve first, for the course's tutors (the whole of it on the Feedback page).
 */
@Named
@RequestScoped
public class FeedbackSummaryView {

  @Inject ModuleFeedbackFigures figures;
  @Inject Catalogue catalogue;
  @Inject CurrentUser currentUser;

  private List<ModuleFeedbackFigures.Figures> modules;
  private List<ModuleFeedbackFigures.ToImprove> toImprove;

  /** Loads the course's feedback, for its tutors and admins only (nothing for anyone else). */
  public void load(String courseCode) {
    Course course = catalogue.course(courseCode).orElse(null);
    if (course == null || !course.mayBeEditedBy(currentUser.caller())) {
      return;
    }
    modules = figures.figures(course);
    toImprove = ModuleFeedbackFigures.toImprove(modules);
  }

  public List<ModuleFeedbackFigures.Figures> getModules() {
    return modules;
  }

  public List<ModuleFeedbackFigures.ToImprove> getToImprove() {
    return toImprove;
  }
}
