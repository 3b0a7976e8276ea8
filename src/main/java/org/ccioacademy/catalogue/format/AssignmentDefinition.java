package org.ccioacademy.catalogue.format;

import java.util.List;

/**
 * A course's assessed assignment as written in {@code <id>.assignment.md}: a piece of work a tutor
 * marks with its rubric, which a trainee must pass to complete the course. {@code minutes} is the
 * estimated time to do it (it counts toward the course's CPD hours); {@code passMark} is the
 * percentage of the rubric's points needed; {@code rubric} is in the form {@link RubricText} reads;
 * {@code instructions} are Markdown.
 */
public record AssignmentDefinition(
    String id,
    String title,
    int minutes,
    int passMark,
    List<CompetencyRef> competencies,
    String rubric,
    String instructions) {

  public AssignmentDefinition {
    competencies = List.copyOf(competencies);
  }

  /** The rubric's highest total of points. */
  public int maxPoints() {
    return RubricText.read(rubric).maxPoints();
  }

  /** The fewest points that pass: the pass mark's share of the highest total, rounded up. */
  public int passPoints() {
    int max = maxPoints();
    return (max * passMark + 99) / 100;
  }
}
