package org.ccioacademy.delivery.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ccioacademy.catalogue.Catalogue;
import org.ccioacademy.catalogue.Course;
import org.ccioacademy.catalogue.CourseVersion;
import org.ccioacademy.catalogue.Module;
import org.ccioacademy.catalogue.Question;
import org.ccioacademy.delivery.Completions;
import org.ccioacademy.delivery.Enrolment;
import org.ccioacademy.delivery.Enrolments;
import org.ccioacademy.delivery.LearningStatements;
import org.ccioacademy.delivery.ModuleProgress;
import org.ccioacademy.delivery.NotEnrolledException;
import org.ccioacademy.platform.audit.Actor;
import org.ccioacademy.platform.audit.AuditLog;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Taking a module's quiz: a sitting is started (questions drawn, clock started), takes the answers
 * and returns the attempt, marked on the server; attempts are kept, never overwritten. The result
 * goes to the enrolment through {@link Completions}.
 */
@ApplicationScoped
public class Quizzes {

  @PersistenceContext private EntityManager em;
  @Inject Catalogue catalogue;
  @Inject LearningStatements statements;
  @Inject AuditLog audit;
  @Inject Enrolments enrolments;
  @Inject Completions completions;
  @Inject QuizAllowances allowances;

  /** How long after a quiz's deadline its answers are still taken (the page's last moments). */
  @Inject
  @ConfigProperty(name = "ccio.quiz.grace-seconds", defaultValue = "30")
  int graceSeconds;

  private final SecureRandom random = new SecureRandom();

  /** A sitting of a quiz as shown: its questions in order, and its deadline (null if untimed). */
  public record Sitting(long id, OffsetDateTime deadline, List<Question> questions) {}

  /**
   * Where a trainee stands at a module's quiz, as its page shows it: attempts allowed in this round
   * (0: unlimited) and used, the time allowed (null when untimed), whether it is passed, the open
   * sitting if any, and the last attempt when it timed out with no sitting open since.
   */
  public record Standing(
      int attemptsAllowed,
      int attemptsUsed,
      Long secondsAllowed,
      boolean passed,
      Optional<Sitting> sitting,
      QuizAttempt timedOut) {

    /** May the trainee answer now: not passed, and a sitting open or an attempt left. */
    public boolean open() {
      return !passed
          && (sitting.isPresent() || attemptsAllowed == 0 || attemptsUsed < attemptsAllowed);
    }
  }

  /**
   * The trainee's standing at a module's quiz. A sitting whose time has run out is closed first (an
   * attempt used, not marked), so the counts are as they stand now.
   *
   * @throws NotEnrolledException unless enrolled (and not left)
   */
  @Transactional
  public Standing standing(Actor trainee, String courseCode, String moduleCode) {
    Course course = enrolments.course(courseCode);
    Enrolment e = enrolments.lockedActive(trainee, course);
    Module module = Enrolments.module(course, moduleCode);
    ModuleProgress progress = e.getProgress().get(moduleCode);
    boolean passed = progress != null && progress.getQuizPassedAt() != null;
    Optional<Sitting> sitting =
        passed
            ? Optional.empty()
            : closeIfOverdue(trainee, e, course, moduleCode, OffsetDateTime.now())
                .map(this::sitting);
    QuizAttempt timedOut =
        sitting.isPresent()
            ? null
            : attempts(e, moduleCode).stream()
                .findFirst()
                .filter(QuizAttempt::isTimedOut)
                .orElse(null);
    return new Standing(
        attemptsAllowed(e, course.getCurrentVersion(), moduleCode),
        attemptsUsed(e, moduleCode),
        secondsAllowed(e, module),
        passed,
        sitting,
        timedOut);
  }

  /**
   * The trainee's open sitting of a module's quiz, if any. A sitting whose time has run out is
   * closed first, as an attempt that is used and not marked.
   */
  @Transactional
  public Optional<Sitting> openSitting(Actor trainee, String courseCode, String moduleCode) {
    Course course = enrolments.course(courseCode);
    Enrolment e = enrolments.lockedActive(trainee, course);
    OffsetDateTime now = OffsetDateTime.now();
    QuizSitting open = closeIfOverdue(trainee, e, course, moduleCode, now).orElse(null);
    return Optional.ofNullable(open).map(this::sitting);
  }

  /**
   * Starts a sitting of a module's quiz: the questions are drawn (when the quiz draws) and the
   * clock starts (when it is timed). An open sitting is returned as it is, so starting twice never
   * draws again or restarts the clock.
   *
   * @throws QuizClosedException when every allowed attempt has been used
   */
  @Transactional
  public Sitting startQuiz(Actor trainee, String courseCode, String moduleCode) {
    Course course = enrolments.course(courseCode);
    Enrolment e = enrolments.lockedActive(trainee, course);
    Module module = Enrolments.module(course, moduleCode);
    if (!module.hasQuiz()) {
      throw new QuizClosedException("This module has no quiz.");
    }
    OffsetDateTime now = OffsetDateTime.now();
    Optional<QuizSitting> open = closeIfOverdue(trainee, e, course, moduleCode, now);
    if (open.isPresent()) {
      return sitting(open.get());
    }
    refuseWhenNoAttemptsLeft(e, course.getCurrentVersion(), moduleCode);
    QuizSitting started =
        QuizSitting.start(
            e, module, catalogue.questions(module), random, now, secondsAllowed(e, module));
    em.persist(started);
    e.visit(moduleCode, now);
    em.flush();
    statements.quizStarted(e, course, module, started.getId(), now);
    return sitting(started);
  }

  /** Marks answers to every question of a quiz that draws none and has no time limit. */
  @Transactional
  public QuizAttempt submitQuiz(
      Actor trainee, String courseCode, String moduleCode, Map<Long, String> answers) {
    return submitQuiz(trainee, courseCode, moduleCode, null, answers);
  }

  /**
   * Marks an attempt at a module's quiz and stores it (never overwriting earlier attempts). Only
   * the questions of the sitting are marked; answers arriving after the sitting's deadline (and the
   * grace allowed) are not marked, and the attempt is stored as timed out.
   *
   * @param sittingId the sitting the answers belong to; null for the open one, or (for a quiz that
   *     draws none and has no time limit) a sitting started now
   * @param answers question id to response, in the form {@link org.ccioacademy.catalogue.Question}
   *     describes
   * @throws QuizClosedException when every allowed attempt has been used, or the sitting has
   *     already been submitted
   */
  @Transactional
  public QuizAttempt submitQuiz(
      Actor trainee,
      String courseCode,
      String moduleCode,
      Long sittingId,
      Map<Long, String> answers) {
    Course course = enrolments.course(courseCode);
    // one submission at a time per trainee and course, so attempt numbers never clash
    Enrolment e = enrolments.lockedActive(trainee, course);
    CourseVersion version = course.getCurrentVersion();
    Module current = Enrolments.module(course, moduleCode);
    if (!current.hasQuiz()) {
      throw new QuizClosedException("This module has no quiz.");
    }
    QuizSitting sitting = openSittingOf(e, moduleCode).orElse(null);
    if (sittingId != null && (sitting == null || !sitting.getId().equals(sittingId))) {
      throw new QuizClosedException(
          "These answers belong to an attempt that has already been submitted (perhaps in another"
              + " window), so they were not marked again. Your result is under Your attempts.");
    }
    OffsetDateTime now = OffsetDateTime.now();
    if (sitting == null) {
      if (current.needsSitting()) {
        throw new QuizClosedException(
            "Start this quiz from its page: its questions are drawn, or timed, for each attempt.");
      }
      refuseWhenNoAttemptsLeft(e, version, moduleCode);
      sitting = QuizSitting.start(e, current, catalogue.questions(current), random, now, null);
      em.persist(sitting);
    }
    int number = lastAttemptNumber(e, moduleCode) + 1;
    Module module = sitting.getModule();
    QuizAttempt attempt =
        sitting.submit(
            catalogue.questions(module), answers, number, version.getPassMark(), now, grace());
    em.persist(attempt);
    if (attempt.isTimedOut()) {
      timedOut(trainee, e, course, sitting, attempt, now);
    } else {
      e.visit(module.getCode(), now);
      completions.quizScored(trainee, e, module, attempt.getScore(), attempt.isPassed(), now);
    }
    em.flush();
    statements.quizStarted(e, course, module, sitting.getId(), sitting.getStartedAt());
    statements.quizMarked(e, course, module, attempt);
    return attempt;
  }

  private void refuseWhenNoAttemptsLeft(Enrolment e, CourseVersion version, String moduleCode) {
    int allowed = attemptsAllowed(e, version, moduleCode);
    if (allowed > 0 && attemptsUsed(e, moduleCode) >= allowed) {
      throw new QuizClosedException(
          "You have used all "
              + allowed
              + (allowed == 1 ? " attempt" : " attempts")
              + " at this quiz, so this answer was not marked. Ask your tutor if you need another.");
    }
  }

  /**
   * Attempts the trainee may make at a module's quiz in this round: the course's limit plus any
   * extra a tutor allowed (0: unlimited).
   */
  public int attemptsAllowed(Enrolment e, CourseVersion version, String moduleCode) {
    return allowances.current(e.getId(), moduleCode).attempts(version.getMaxAttempts());
  }

  /** How long an attempt at a timed quiz may last for this trainee (null when untimed). */
  public Long secondsAllowed(Enrolment e, Module module) {
    return module.getTimeLimitMinutes() == null
        ? null
        : allowances.current(e.getId(), module.getCode()).seconds(module.getTimeLimitMinutes());
  }

  private Optional<QuizSitting> openSittingOf(Enrolment e, String moduleCode) {
    return em.createQuery(
            "select s from QuizSitting s where s.enrolment = :e and s.moduleCode = :m"
                + " and s.closedAt is null",
            QuizSitting.class)
        .setParameter("e", e)
        .setParameter("m", moduleCode)
        .getResultStream()
        .findFirst();
  }

  /** The open sitting, after closing it as timed out if its time has run out. */
  private Optional<QuizSitting> closeIfOverdue(
      Actor trainee, Enrolment e, Course course, String moduleCode, OffsetDateTime now) {
    Optional<QuizSitting> open = openSittingOf(e, moduleCode);
    if (open.isPresent() && open.get().isOverdue(now, grace())) {
      QuizSitting overdue = open.get();
      QuizAttempt attempt =
          overdue.submit(
              List.of(), Map.of(), lastAttemptNumber(e, moduleCode) + 1, 100, now, grace());
      em.persist(attempt);
      timedOut(trainee, e, course, overdue, attempt, now);
      return Optional.empty();
    }
    return open;
  }

  /** The sitting's time ran out: the attempt is used, scores 0, and is audited. */
  private void timedOut(
      Actor trainee,
      Enrolment e,
      Course course,
      QuizSitting sitting,
      QuizAttempt attempt,
      OffsetDateTime now) {
    completions.quizScored(trainee, e, sitting.getModule(), 0, false, now);
    em.flush();
    statements.quizMarked(e, course, sitting.getModule(), attempt);
    audit.record(
        trainee,
        "quiz.timed-out",
        "enrolment",
        e.getId(),
        course.getCurrentVersion().getTitle() + ": " + sitting.getModuleCode(),
        null,
        "attempt "
            + attempt.getAttemptNo()
            + " not marked: time ran out at "
            + sitting.getDeadline());
    em.flush();
  }

  private Duration grace() {
    return Duration.ofSeconds(graceSeconds);
  }

  private Sitting sitting(QuizSitting s) {
    return new Sitting(s.getId(), s.getDeadline(), s.questions(catalogue.questions(s.getModule())));
  }

  /** Attempts at a module's quiz in the current round (a re-certification starts afresh). */
  public int attemptsUsed(Enrolment e, String moduleCode) {
    return em.createQuery(
            "select count(a) from QuizAttempt a where a.enrolment = :e and a.moduleCode = :m"
                + " and a.submittedAt >= :since",
            Long.class)
        .setParameter("e", e)
        .setParameter("m", moduleCode)
        .setParameter("since", e.roundStart())
        .getSingleResult()
        .intValue();
  }

  /** The number of the last attempt ever made at a module's quiz (0 when none). */
  private int lastAttemptNumber(Enrolment e, String moduleCode) {
    Integer last =
        em.createQuery(
                "select max(a.attemptNo) from QuizAttempt a where a.enrolment = :e"
                    + " and a.moduleCode = :m",
                Integer.class)
            .setParameter("e", e)
            .setParameter("m", moduleCode)
            .getSingleResult();
    return last == null ? 0 : last;
  }

  /** The trainee's attempts at a module's quiz, newest first. */
  public List<QuizAttempt> attempts(Enrolment e, String moduleCode) {
    return em.createQuery(
            "select a from QuizAttempt a where a.enrolment = :e and a.moduleCode = :m"
                + " order by a.attemptNo desc",
            QuizAttempt.class)
        .setParameter("e", e)
        .setParameter("m", moduleCode)
        .getResultList();
  }

  /** One attempt of the trainee's own; empty when it is someone else's. */
  public Optional<QuizAttempt> attempt(long userId, long attemptId) {
    return em.createQuery(
            "select a from QuizAttempt a join fetch a.module where a.id = :id"
                + " and a.enrolment.userId = :user",
            QuizAttempt.class)
        .setParameter("id", attemptId)
        .setParameter("user", userId)
        .getResultStream()
        .findFirst();
  }
}
