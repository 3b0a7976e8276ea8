package org.ccioacademy.delivery.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import org.ccioacademy.catalogue.Course;
import org.ccioacademy.catalogue.CourseVersion;
import org.ccioacademy.catalogue.Module;
import org.ccioacademy.delivery.Completions;
import org.ccioacademy.delivery.Enrolment;
import org.ccioacademy.delivery.Enrolments;
import org.ccioacademy.delivery.ModuleProgress;
import org.ccioacademy.platform.audit.AuditLog;
import org.ccioacademy.platform.database.Row;
import org.ccioacademy.platform.kernel.Caller;
import org.ccioacademy.platform.kernel.FieldErrors;
import org.ccioacademy.platform.kernel.InvalidInputException;

/**
 * A tutor of the course (or an admin) sets a trainee's quiz score by hand, with the reason: kept
 * beside the attempts, audited, and the module's best score from now on.
 */
@ApplicationScoped
public class ScoreOverrides {

  @PersistenceContext private EntityManager em;
  @Inject AuditLog audit;
  @Inject Enrolments enrolments;
  @Inject Completions completions;

  /** A tutor's override of a quiz score, as kept. */
  public record QuizOverride(
      int score, Integer previous, String reason, String by, OffsetDateTime at) {}

  /**
   * Sets a trainee's score on a module's quiz, with the reason, for a tutor of the course (or an
   * admin): kept, audited, and the module's best score from now on. A pass can complete the module
   * and the course; a fail never takes a completion back.
   *
   * @throws InvalidInputException with every problem, by field
   * @throws SecurityException for someone who does not teach the course
   */
  @Transactional
  public void overrideQuizScore(
      Caller tutor, long enrolmentId, String moduleCode, Integer score, String reason) {
    Enrolment e = em.find(Enrolment.class, enrolmentId, LockModeType.PESSIMISTIC_WRITE);
    if (e == null || !e.getCourse().mayBeEditedBy(tutor)) {
      throw new SecurityException("Not a tutor of this course");
    }
    Course course = e.getCourse();
    Module module = Enrolments.module(course, moduleCode);
    FieldErrors errors = new FieldErrors();
    if (!module.hasQuiz()) {
      errors.add("score", "This module has no quiz.");
    } else if (score == null || score < 0 || score > 100) {
      errors.add("score", "Give the score as a whole per cent, from 0 to 100.");
    }
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty()) {
      errors.add("reason", "Say why the score is set by hand: it is kept with the score.");
    } else if (why.length() > 500) {
      errors.add("reason", "Keep the reason to 500 characters.");
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    ModuleProgress p = e.getProgress().get(moduleCode);
    Integer previous = p == null ? null : p.getBestScore();
    OffsetDateTime now = OffsetDateTime.now();
    CourseVersion version = course.getCurrentVersion();
    em.createNativeQuery(
            "insert into quiz_override (enrolment_id, module_code, score, previous, reason,"
                + " by_id, by_label) values (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
        .setParameter(1, e.getId())
        .setParameter(2, moduleCode)
        .setParameter(3, score)
        .setParameter(4, previous == null ? -1 : previous)
        .setParameter(5, why)
        .setParameter(6, tutor.userId())
        .setParameter(7, tutor.label())
        .executeUpdate();
    em.createNativeQuery(
            "update quiz_override set previous = null where previous = -1 and enrolment_id = ?1")
        .setParameter(1, e.getId())
        .executeUpdate();
    audit.record(
        tutor.actor(),
        "quiz.score-overridden",
        "enrolment",
        e.getId(),
        course.getCurrentVersion().getTitle() + ": " + module.getTitle(),
        previous == null ? null : previous + "%",
        score + "% (" + why + ")");
    completions.quizOverridden(
        tutor.actor(), e, module, score, score >= version.getPassMark(), now);
  }

  /** A module's quiz overrides for an enrolment, newest first. */
  public List<QuizOverride> overrides(long enrolmentId, String moduleCode) {
    List<Row> rows =
        Row.list(
            em.createNativeQuery(
                    "select score, previous, reason, by_label, at from quiz_override"
                        + " where enrolment_id = ?1 and module_code = ?2 order by id desc")
                .setParameter(1, enrolmentId)
                .setParameter(2, moduleCode));
    return rows.stream()
        .map(
            r ->
                new QuizOverride(
                    r.intAt(0), r.nullableIntAt(1), r.stringAt(2), r.stringAt(3), r.momentAt(4)))
        .toList();
  }
}
