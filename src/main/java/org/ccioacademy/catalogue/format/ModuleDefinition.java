package org.ccioacademy.catalogue.format;

import java.time.LocalDate;
import java.util.List;

/**
 * A module as written in its Markdown file (header and body) and its quiz file. The quiz file is
 * the module's question bank: {@code draw} (when set) is how many of its questions each attempt
 * takes at random, and {@code timeLimitMinutes} (when set) how long an attempt may last. {@code
 * reviewed} is the day its text was last checked against its sources; {@code activity}, when set,
 * is something more the module asks of the trainee before it is complete; {@code content}, when
 * set, is the SCORM package the module plays (its text is then the introduction shown above it).
 */
public record ModuleDefinition(
    String id,
    boolean required,
    String title,
    int minutes,
    LocalDate reviewed,
    List<String> outcomes,
    List<CompetencyRef> competencies,
    List<SourceLink> sources,
    String body,
    List<QuestionDefinition> questions,
    Integer draw,
    Integer timeLimitMinutes,
    ModuleActivity activity,
    ContentRef content) {

  /** A module written in Markdown (not a content package). */
  public ModuleDefinition(
      String id,
      boolean required,
      String title,
      int minutes,
      LocalDate reviewed,
      List<String> outcomes,
      List<CompetencyRef> competencies,
      List<SourceLink> sources,
      String body,
      List<QuestionDefinition> questions,
      Integer draw,
      Integer timeLimitMinutes,
      ModuleActivity activity) {
    this(
        id,
        required,
        title,
        minutes,
        reviewed,
        outcomes,
        competencies,
        sources,
        body,
        questions,
        draw,
        timeLimitMinutes,
        activity,
        null);
  }

  /** A module that asks for no activity besides reading and its quiz. */
  public ModuleDefinition(
      String id,
      boolean required,
      String title,
      int minutes,
      LocalDate reviewed,
      List<String> outcomes,
      List<CompetencyRef> competencies,
      List<SourceLink> sources,
      String body,
      List<QuestionDefinition> questions,
      Integer draw,
      Integer timeLimitMinutes) {
    this(
        id,
        required,
        title,
        minutes,
        reviewed,
        outcomes,
        competencies,
        sources,
        body,
        questions,
        draw,
        timeLimitMinutes,
        null);
  }

  /** A module whose quiz (if any) uses every question, with no time limit. */
  public ModuleDefinition(
      String id,
      boolean required,
      String title,
      int minutes,
      LocalDate reviewed,
      List<String> outcomes,
      List<CompetencyRef> competencies,
      List<SourceLink> sources,
      String body,
      List<QuestionDefinition> questions) {
    this(
        id,
        required,
        title,
        minutes,
        reviewed,
        outcomes,
        competencies,
        sources,
        body,
        questions,
        null,
        null,
        null);
  }

  public ModuleDefinition {
    outcomes = List.copyOf(outcomes);
    competencies = List.copyOf(competencies);
    sources = List.copyOf(sources);
    questions = questions == null ? List.of() : List.copyOf(questions);
  }

  public boolean hasQuiz() {
    return !questions.isEmpty();
  }

  /** Whether the module is a content package, complete by the package's own rule. */
  public boolean isPackage() {
    return content != null;
  }

  /** The same module with its package replaced by {@code ref} (null: no package). */
  public ModuleDefinition withContent(ContentRef ref) {
    return new ModuleDefinition(
        id,
        required,
        title,
        minutes,
        reviewed,
        outcomes,
        competencies,
        sources,
        body,
        questions,
        draw,
        timeLimitMinutes,
        activity,
        ref);
  }
}
