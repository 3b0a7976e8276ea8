package org.ccioacademy.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.ccioacademy.lrs.LearningRecords;
import org.ccioacademy.platform.database.Row;

/**
 * Assessed work as learning records (xAPI statements, {@link LearningRecords}): an assignment
 * handed in, and marked once the mark is released (with the mark, whether it passes, and the marker
 * as instructor). Called inside the transaction that makes the change.
 */
@ApplicationScoped
public class AssessmentStatements {

  @PersistenceContext EntityManager em;
  @Inject LearningRecords records;

  /** Work handed in. */
  void submitted(long userId, Assignment a, long submissionId, OffsetDateTime at) {
    records.record(
        new LearningRecords.Learned(
            "submitted:" + submissionId,
            userId,
            LearningRecords.Verb.SUBMITTED,
            records.assignment(a.getId(), a.getTitle()),
            records.course(a.getCourse().getCode(), a.getCourse().getCurrentVersion().getTitle()),
            null,
            null,
            null,
            at));
  }

  /** The learning records of released marks: the trainee was marked, with the mark released. */
  void released(List<Long> ids) {
    if (ids.isEmpty()) {
      return;
    }
    List<Row> rows =
        Row.list(
            em.createNativeQuery(
                    "select s.id, s.user_id, a.id, a.title, a.max_mark, a.pass_mark, g.mark,"
                        + " g.marker_id, s.released_at, c.code, c.title"
                        + " from submission s join assignment a on a.id = s.assignment_id"
                        + " join current_course c on c.course_id = a.course_id"
                        + " join lateral (select g.mark, g.marker_id from grade g"
                        + "   where g.submission_id = s.id and (not a.moderated or g.kind = 'AGREED')"
                        + "   order by g.id desc limit 1) g on true"
                        + " where s.id in (select cast(jsonb_array_elements_text(cast(?1 as jsonb))"
                        + " as bigint))")
                .setParameter(1, Json.createArrayBuilder(ids).build().toString()));
    for (Row r : rows) {
      BigDecimal mark = r.decimalAt(6);
      records.record(
          new LearningRecords.Learned(
              "released:" + r.longAt(0),
              r.longAt(1),
              LearningRecords.Verb.SCORED,
              records.assignment(r.longAt(2), r.stringAt(3)),
              records.course(r.stringAt(9), r.stringAt(10)),
              null,
              new LearningRecords.Result(
                  mark,
                  new BigDecimal(r.intAt(4)),
                  mark.compareTo(new BigDecimal(r.intAt(5))) >= 0,
                  true),
              r.nullableLongAt(7),
              r.momentAt(8)));
    }
  }
}
