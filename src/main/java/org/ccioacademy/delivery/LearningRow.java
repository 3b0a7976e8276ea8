package org.ccioacademy.delivery;

import java.time.OffsetDateTime;

/** One line of "My learning": a course, where the trainee is, and how far through. */
public record LearningRow(
    String courseCode,
    String title,
    Enrolment.Status status,
    int requiredDone,
    int requiredTotal,
    OffsetDateTime lastActivityAt,
    OffsetDateTime completedAt,
    String lastModuleCode) {

  public int getPercent() {
    if (status == Enrolment.Status.COMPLETED) {
      return 100;
    }
    return requiredTotal == 0 ? 0 : requiredDone * 100 / requiredTotal;
  }

  public boolean isCompleted() {
    return status == Enrolment.Status.COMPLETED;
  }
}
