package org.ccioacademy.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.ccioacademy.platform.database.Row;
import org.ccioacademy.platform.privacy.PersonErasure;
import org.ccioacademy.platform.privacy.RetentionSweep;
import org.ccioacademy.platform.privacy.SubjectAccess;

/**
 * A person's hand-ins in their copy of their data: what they wrote, the files as uploaded, and the
 * marks and feedback released to them. On erasure the text and files go and the feedback on them is
 * emptied; the marks stay, naming no one, for the gradebook's and cohort figures.
 */
@ApplicationScoped
public class AssessmentPersonalData {

  @PersistenceContext private EntityManager em;

  void onAccess(@Observes SubjectAccess copy) {
    copy.rows(
        em,
        "assessment/hand-ins.json",
        "select s.id, a.title as assignment, s.attempt_no, s.status, s.body as text, s.saved_at,"
            + " s.submitted_at, s.late, s.released_at,"
            + " (select f.file_name from submission_file f where f.submission_id = s.id) as file"
            + " from submission s join assignment a on a.id = s.assignment_id"
            + " where s.user_id = ?1 order by s.id");
    copy.rows(
        em,
        "assessment/marks.json",
        "select g.submission_id, g.mark, a.max_mark, g.feedback, g.marker_label as marked_by,"
            + " g.marked_at from grade g join submission s on s.id = g.submission_id"
            + " join assignment a on a.id = s.assignment_id"
            + " where s.user_id = ?1 and s.released_at is not null order by g.id");
    for (Row f :
        Row.list(
            em.createNativeQuery(
                    "select f.submission_id, f.file_name, f.content from submission_file f"
                        + " join submission s on s.id = f.submission_id where s.user_id = ?1"
                        + " order by f.submission_id")
                .setParameter(1, copy.personId()))) {
      copy.file("assessment/files", f.longAt(0), f.stringAt(1), (byte[]) f.at(2));
    }
  }

  void onRetention(@Observes RetentionSweep sweep) {
    String where =
        " from submission_file where submission_id in (select id from submission"
            + " where coalesce(submitted_at, saved_at) < ?1)";
    sweep.removeOlder(
        em,
        where,
        sweep.filesBefore(),
        "hand-in file past its time",
        "hand-in files past their time");
  }

  void onErasure(@Observes PersonErasure erasure) {
    long id = erasure.personId();
    int files =
        count(
            "select count(*) from submission_file f join submission s"
                + " on s.id = f.submission_id where s.user_id = ?1",
            id);
    int handIns = count("select count(*) from submission where user_id = ?1", id);
    erasure.removed(
        handIns,
        "hand-in's text and the feedback on it",
        "hand-ins' text and the feedback on them");
    erasure.removed(files, "uploaded hand-in file", "uploaded hand-in files");
    erasure.kept(handIns, "hand-in's mark", "hand-ins' marks", "for the gradebook's figures");
    if (erasure.isErase()) {
      em.createNativeQuery(
              "delete from submission_file where submission_id in"
                  + " (select id from submission where user_id = ?1)")
          .setParameter(1, id)
          .executeUpdate();
      em.createNativeQuery("update submission set body = '' where user_id = ?1")
          .setParameter(1, id)
          .executeUpdate();
      em.createNativeQuery(
              "update grade set feedback = '', reason = null where submission_id in"
                  + " (select id from submission where user_id = ?1)")
          .setParameter(1, id)
          .executeUpdate();
      erasure.scrub(em, "grade", "feedback", "reason", "marker_label");
      erasure.scrub(em, "submission", "body");
    }
  }

  private int count(String sql, long id) {
    return ((Number) em.createNativeQuery(sql).setParameter(1, id).getSingleResult()).intValue();
  }
}
