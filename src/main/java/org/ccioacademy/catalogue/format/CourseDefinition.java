package org.ccioacademy.catalogue.format;

import java.util.List;
import org.ccioacademy.identity.ProfessionalGroup;

/**
 * A whole course as written in its folder: the course file and every module. {@code
 * certificateValidMonths} is how long its certificate stays valid (null: for ever); {@code
 * quizFeedback} what a trainee sees after a failed quiz attempt (null: the default).
 */
public record CourseDefinition(
    String id,
    String title,
    String summary,
    List<ProfessionalGroup> audience,
    CourseLevel level,
    int cpdHours,
    List<CompetencyRef> competencies,
    ModuleRule moduleRule,
    int passMark,
    int attempts,
    Integer certificateValidMonths,
    QuizFeedback quizFeedback,
    List<ModuleDefinition> modules) {

  public CourseDefinition {
    quizFeedback = quizFeedback == null ? QuizFeedback.AFTER_PASS : quizFeedback;
    audience = List.copyOf(audience);
    competencies = List.copyOf(competencies);
    modules = List.copyOf(modules);
  }

  /** The same course with other modules. */
  public CourseDefinition withModules(List<ModuleDefinition> others) {
    return new CourseDefinition(
        id,
        title,
        summary,
        audience,
        level,
        cpdHours,
        competencies,
        moduleRule,
        passMark,
        attempts,
        certificateValidMonths,
        quizFeedback,
        others);
  }
}
