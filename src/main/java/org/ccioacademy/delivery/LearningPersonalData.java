package org.ccioacademy.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.ccioacademy.platform.privacy.PersonErasure;
import org.ccioacademy.platform.privacy.SubjectAccess;

/**
 * A person's learning in their copy of their data (enrolments, modules, completions, quiz attempts
 * and answers, extra time given, content package attempts and what the packages stored); on
 * erasure, kept without a name for cohort and course figures, with the person's name taken out of
 * the reasons tutors wrote and what the packages stored (answers, comments) emptied.
 */
@ApplicationScoped
public class LearningPersonalData {

  private static final String MINE = "select id from enrolment where user_id = ?1";

  @PersistenceContext private EntityManager em;

  void onAccess(@Observes SubjectAccess copy) {
    copy.rows(
        em,
        "learning/enrolments.json",
        "select e.id, (select distinct f.code from course_version_fact f"
            + " where f.course_id = e.course_id) as course, e.status, e.enrolled_at, e.left_at,"
            + " e.completed_at, e.last_module_code, e.last_activity_at from enrolment e"
            + " where e.user_id = ?1 order by e.id");
    copy.rows(
        em,
        "learning/modules.json",
        "select p.enrolment_id, p.module_code, p.read_at, p.quiz_passed_at, p.best_score,"
            + " p.completed_at from module_progress p where p.enrolment_id in ("
            + MINE
            + ") order by p.enrolment_id, p.id");
    copy.rows(
        em,
        "learning/completions.json",
        "select enrolment_id, course_version_id, started_at, completed_at from course_completion"
            + " where user_id = ?1 order by completed_at");
    copy.rows(
        em,
        "learning/quiz-attempts.json",
        "select a.id, a.enrolment_id, a.module_code, a.attempt_no, a.correct, a.total, a.score,"
            + " a.passed, a.timed_out, a.submitted_at from quiz_attempt a where a.enrolment_id in ("
            + MINE
            + ") order by a.id");
    copy.rows(
        em,
        "learning/quiz-answers.json",
        "select r.attempt_id, q.text as question, r.response as your_answer, r.correct"
            + " from quiz_response r join quiz_question q on q.question_id = r.question_id"
            + " where r.attempt_id in (select a.id from quiz_attempt a where a.enrolment_id in ("
            + MINE
            + ")) order by r.attempt_id, r.question_id");
    copy.rows(
        em,
        "learning/quiz-adjustments.json",
        "select enrolment_id, module_code, extra_attempts, extra_time_percent, reason, at"
            + " from quiz_allowance where enrolment_id in ("
            + MINE
            + ") union all select enrolment_id, module_code, null, null, reason, at"
            + " from quiz_override where enrolment_id in ("
            + MINE
            + ") order by at");
    copy.rows(
        em,
        "learning/package-attempts.json",
        "select a.id, a.enrolment_id, a.module_code, a.number, a.started_at, a.updated_at,"
            + " a.completed_at, a.score_percent from scorm_attempt a where a.enrolment_id in ("
            + MINE
            + ") order by a.id");
    copy.rows(
        em,
        "learning/package-data.json",
        "select s.attempt_id, s.item_identifier as part, s.completion, s.success, s.score_raw,"
            + " s.score_scaled, s.total_seconds, s.sessions, s.satisfied_at, s.data::text as data"
            + " from scorm_sco s where s.attempt_id in (select a.id from scorm_attempt a"
            + " where a.enrolment_id in ("
            + MINE
            + ")) order by s.attempt_id, s.item_identifier");
  }

  void onErasure(@Observes PersonErasure erasure) {
    int enrolments =
        ((Number)
                em.createNativeQuery("select count(*) from enrolment where user_id = ?1")
                    .setParameter(1, erasure.personId())
                    .getSingleResult())
            .intValue();
    erasure.kept(
        enrolments,
        "course enrolment with its progress and quiz scores",
        "course enrolments with their progress and quiz scores",
        "for course and cohort figures");
    if (erasure.isErase()) {
      erasure.scrub(em, "quiz_allowance", "reason", "by_label");
      erasure.scrub(em, "quiz_override", "reason", "by_label");
      erasure.scrub(em, "quiz_response", "response");
      // what content packages stored (answers, comments, notes): their statuses and scores stay
      em.createNativeQuery(
              "update scorm_sco set data = '{}'::jsonb where attempt_id in (select a.id from"
                  + " scorm_attempt a where a.enrolment_id in ("
                  + MINE
                  + "))")
          .setParameter(1, erasure.personId())
          .executeUpdate();
      em.createNativeQuery("delete from scorm_launch where user_id = ?1")
          .setParameter(1, erasure.personId())
          .executeUpdate();
    }
  }
}
