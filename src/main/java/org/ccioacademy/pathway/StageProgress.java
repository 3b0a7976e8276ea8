package org.ccioacademy.pathway;

import java.util.List;

/**
 * Where a trainee is on one stage: met, in progress (with exactly what is missing), or not started.
 */
public record StageProgress(
    PathwayDefinition.Stage stage, Status status, List<Requirement> requirements) {

  /** A stage's standing. */
  public enum Status {
    MET("Met"),
    IN_PROGRESS("In progress"),
    NOT_STARTED("Not started");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    public String getLabel() {
      return label;
    }
  }

  /**
   * One requirement and whether it is met; {@code progress} is how far along (e.g. "1 of 3"), or
   * null; {@code link} is where to go to meet it (a course's page, the events list, My attendance),
   * or null; {@code started} whether it counts as having started the stage.
   */
  public record Requirement(
      String text, boolean met, String progress, String link, boolean started) {}

  public List<Requirement> missing() {
    return requirements.stream().filter(r -> !r.met()).toList();
  }

  public boolean isMet() {
    return status == Status.MET;
  }
}
