package org.ccioacademy.delivery;

import java.time.OffsetDateTime;

/**
 * One line of "My learning": a course, how far through the trainee is, and the module to continue
 * with (null when every module is done).
 */
public record LearningRow(
    String courseCode,
    String title,
    Enrolment.Status status,
    int requiredDone,
    int requiredTotal,
    OffsetDateTime lastActivityAt,
    OffsetDateTime completedAt,
    String nextModuleCode) {

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
