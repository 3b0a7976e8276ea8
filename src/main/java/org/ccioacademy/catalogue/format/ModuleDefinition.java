package org.ccioacademy.catalogue.format;

import java.util.List;

/** A module as written in its Markdown file (header and body) and its quiz file. */
public record ModuleDefinition(
    String id,
    boolean required,
    String title,
    int minutes,
    List<String> outcomes,
    List<CompetencyRef> competencies,
    List<SourceLink> sources,
    String body,
    List<QuestionDefinition> questions) {

  public ModuleDefinition {
    outcomes = List.copyOf(outcomes);
    competencies = List.copyOf(competencies);
    sources = List.copyOf(sources);
    questions = questions == null ? List.of() : List.copyOf(questions);
  }

  public boolean hasQuiz() {
    return !questions.isEmpty();
  }
}
