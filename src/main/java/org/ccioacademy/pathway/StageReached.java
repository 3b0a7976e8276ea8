package org.ccioacademy.pathway;

import java.math.BigDecimal;
import java.util.List;

/**
 * Announced (a CDI event, in the caller's transaction) when a trainee has met a stage of the
 * pathway that no certificate records yet; the certificates feature listens and issues one. The
 * hours are the trainee's evidence at the time: participatory CPD, and the rest.
 */
public record StageReached(
    long userId,
    String pathwayId,
    String pathwayTitle,
    String stageId,
    String stageTitle,
    List<String> requirementsMet,
    BigDecimal participatoryHours,
    BigDecimal otherHours) {

  /** What a certificate for this stage records as its achievement, one per stage. */
  public String achievement() {
    return "stage:" + pathwayId + ":" + stageId;
  }
}
