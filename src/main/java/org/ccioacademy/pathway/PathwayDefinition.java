package org.ccioacademy.pathway;

import java.math.BigDecimal;
import java.util.List;
import org.ccioacademy.catalogue.format.CompetencyRef;

/**
 * The career pathway as written in {@code courses/pathway.yaml}: stages in order, each with what
 * meets it. A stage is met when every requirement is, and the stage before it is met.
 */
public record PathwayDefinition(String id, String title, String description, List<Stage> stages) {

  /** One stage of the pathway. */
  public record Stage(String id, String title, String summary, Requirements requires) {}

  /**
   * What meets a stage: courses completed, events attended (of a kind, or any), CPD hours in all
   * and participatory, competency domains evidenced by completed courses, and current professional
   * registration.
   */
  public record Requirements(
      List<String> courses,
      List<EventRequirement> events,
      BigDecimal cpdHours,
      BigDecimal participatoryHours,
      List<CompetencyRef> competencies,
      boolean registration) {}

  /** Attend {@code count} events of {@code kind} ({@code any} for any kind). */
  public record EventRequirement(String kind, int count) {}
}
