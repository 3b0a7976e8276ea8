package org.ccioacademy.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import org.ccioacademy.lrs.LearningRecords;
import org.ccioacademy.platform.database.Row;

/**
 * Attendance as learning records (xAPI statements, {@link LearningRecords}). Called inside the
 * transaction that appends a mark.
 */
@ApplicationScoped
public class AttendanceStatements {

  @PersistenceContext EntityManager em;
  @Inject LearningRecords records;

  /**
   * The learning record of a mark: "attended" when the trainee becomes attended (the statement
   * keyed by the mark that made them so), and that statement voided when a correction makes them
   * not attended.
   */
  void marked(
      long sessionId, long userId, AttendanceStatus status, long markId, List<Row> history) {
    boolean was =
        !history.isEmpty() && AttendanceStatus.valueOf(history.get(0).stringAt(1)).isAttended();
    if (was == status.isAttended()) {
      return;
    }
    if (!was) {
      EventSession session = em.find(EventSession.class, sessionId);
      Event event = session.getEvent();
      records.record(
          new LearningRecords.Learned(
              "attended:" + sessionId + ":" + userId + ":" + markId,
              userId,
              LearningRecords.Verb.ATTENDED,
              records.session(
                  event.getId(), sessionId, event.getTitle() + ": " + session.getTitle()),
              records.event(event.getId(), event.getTitle()),
              null,
              null,
              null,
              OffsetDateTime.now()));
      return;
    }
    // the mark that began the run of attended marks now corrected
    long began = history.get(0).longAt(0);
    for (Row r : history) {
      if (!AttendanceStatus.valueOf(r.stringAt(1)).isAttended()) {
        break;
      }
      began = r.longAt(0);
    }
    records.retract("attended:" + sessionId + ":" + userId + ":" + began, OffsetDateTime.now());
  }
}
