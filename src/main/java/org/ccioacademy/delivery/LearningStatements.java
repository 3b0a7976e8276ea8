package org.ccioacademy.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import org.ccioacademy.catalogue.Course;
import org.ccioacademy.catalogue.Module;
import org.ccioacademy.delivery.quiz.QuizAttempt;
import org.ccioacademy.lrs.LearningRecords;
import org.ccioacademy.lrs.LearningRecords.Learned;
import org.ccioacademy.lrs.LearningRecords.Result;
import org.ccioacademy.lrs.LearningRecords.Verb;

/**
 * What a trainee does on a course, as learning records (xAPI statements, {@link LearningRecords}):
 * a module read, a quiz attempted and passed or failed, a course completed. Called inside the
 * transaction that makes the change; each event's key makes it one statement however often the
 * request is repeated.
 */
@ApplicationScoped
public class LearningStatements {

  @Inject LearningRecords records;

  /** A module read to the end (the first time in this round). */
  public void moduleRead(Enrolment e, Course course, Module module, OffsetDateTime at) {
    records.record(
        new Learned(
            "read:" + e.getId() + ":" + module.getCode() + ":" + at.toInstant().toEpochMilli(),
            e.getUserId(),
            Verb.READ,
            records.module(course.getCode(), module.getCode(), module.getTitle()),
            courseActivity(course),
            e.getId(),
            null,
            null,
            at));
  }

  /** A sitting of a quiz begun. */
  public void quizStarted(
      Enrolment e, Course course, Module module, long sittingId, OffsetDateTime at) {
    records.record(
        new Learned(
            "quiz-sitting:" + sittingId,
            e.getUserId(),
            Verb.ATTEMPTED,
            records.quiz(course.getCode(), module.getCode(), module.getTitle()),
            courseActivity(course),
            e.getId(),
            null,
            null,
            at));
  }

  /** A quiz attempt marked: passed or failed, with its score (a percentage). */
  public void quizMarked(Enrolment e, Course course, Module module, QuizAttempt a) {
    records.record(
        new Learned(
            "quiz-attempt:" + a.getId(),
            e.getUserId(),
            a.isPassed() ? Verb.PASSED : Verb.FAILED,
            records.quiz(course.getCode(), module.getCode(), module.getTitle()),
            courseActivity(course),
            e.getId(),
            new Result(
                new java.math.BigDecimal(a.getScore()),
                new java.math.BigDecimal(100),
                a.isPassed(),
                true),
            null,
            a.getSubmittedAt()));
  }

  /** A course completed (each round of re-certification is a completion of its own). */
  public void courseCompleted(Enrolment e, Course course, OffsetDateTime at) {
    records.record(
        new Learned(
            "course-completed:" + e.getId() + ":" + at.toInstant().toEpochMilli(),
            e.getUserId(),
            Verb.COMPLETED,
            courseActivity(course),
            null,
            e.getId(),
            new Result(null, null, null, true),
            null,
            at));
  }

  private LearningRecords.Activity courseActivity(Course course) {
    return records.course(course.getCode(), course.getCurrentVersion().getTitle());
  }
}
