package org.ccioacademy.delivery;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * A completed course as delivery publishes it to other features (the certificates feature prints
 * it): whose enrolment, which course and version, the round it was taken in, and when its
 * certificate lapses (null when it never does).
 */
public record Completion(
    long enrolmentId,
    long userId,
    String courseCode,
    long courseVersionId,
    OffsetDateTime startedAt,
    OffsetDateTime completedAt,
    LocalDate certificateExpiresOn) {

  /** Reads the completion of an enrolment; empty when it is not completed. */
  static Optional<Completion> of(Enrolment e) {
    if (e == null || e.getCompletedAt() == null || e.getCompletedVersion() == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Completion(
            e.getId(),
            e.getUserId(),
            e.getCourse().getCode(),
            e.getCompletedVersion().getId(),
            e.roundStart(),
            e.getCompletedAt(),
            e.certificateExpiresOn()));
  }
}
