package org.ccioacademy.catalogue.format;

import java.util.List;
import org.ccioacademy.identity.ProfessionalGroup;

/**
 * A whole course as written in its folder: the course file and every module. {@code
 * certificateValidMonths} is how long its certificate stays valid (null: for ever); {@code
 * quizFeedback} what a trainee sees after a failed quiz attempt (null: the default); {@code
 * assignment} the assessed assignment a trainee must pass too (null: none).
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
    List<ModuleDefinition> modules,
    AssignmentDefinition assignment) {

  /** A course without an assessed assignment. */
  public CourseDefinition(
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
    this(
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
        modules,
        null);
  }

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
        others,
        assignment);
  }

  /** The same course with another assessed assignment (null for none). */
  public CourseDefinition withAssignment(AssignmentDefinition other) {
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
        modules,
        other);
  }

  /** Minutes of learning that count toward the CPD hours: required modules and the assignment. */
  public int countedMinutes() {
    int minutes =
        modules.stream()
            .filter(ModuleDefinition::required)
            .mapToInt(ModuleDefinition::minutes)
            .sum();
    return minutes + (assignment == null ? 0 : assignment.minutes());
  }
}
