package org.ccioacademy.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ccioacademy.catalogue.Catalogue;
import org.ccioacademy.catalogue.Course;
import org.ccioacademy.catalogue.CourseVersion;
import org.ccioacademy.catalogue.CourseVersionPublished;
import org.ccioacademy.catalogue.Module;
import org.ccioacademy.catalogue.Question;
import org.ccioacademy.platform.audit.Actor;
import org.ccioacademy.platform.audit.AuditLog;
import org.ccioacademy.platform.database.Sql;
import org.ccioacademy.platform.web.UkTime;

/**
 * Enrolment, reading, quizzes and completion: thin use cases that load, call one method of {@link
 * Enrolment} and store. Marking happens here on the server only.
 */
@ApplicationScoped
public class DeliveryService {

  /** How often reopening the same module is written down as activity. */
  static final java.time.Duration VISIT_WRITE_INTERVAL = java.time.Duration.ofMinutes(5);

  @PersistenceContext private EntityManager em;
  @Inject jakarta.enterprise.event.Event<CourseCompleted> completions;
  @Inject Catalogue catalogue;
  @Inject AuditLog audit;
  @Inject org.ccioacademy.platform.mail.Mail mail;
  @Inject org.ccioacademy.identity.UserAccountRepository accounts;
  @Inject QuizAllowances allowances;

  /** Days before a certificate expires that re-certification opens (and the reminder is sent). */
  @Inject
  @org.eclipse.microprofile.config.inject.ConfigProperty(
      name = "ccio.certificates.reminder-days",
      defaultValue = "60")
  int reminderDays;

  private static final java.time.format.DateTimeFormatter DAY =
      java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK);

  @Inject
  @org.eclipse.microprofile.config.inject.ConfigProperty(
      name = "ccio.public-url",
      defaultValue = "http://localhost:8080")
  String publicUrl;

  /** The trainee's enrolment on a course, whatever its status. */
  public Optional<Enrolment> enrolment(long userId, Course course) {
    return em.createNamedQuery("Enrolment.find", Enrolment.class)
        .setParameter("user", userId)
        .setParameter("course", course)
        .getResultStream()
        .findFirst();
  }

  /** Enrols (or re-enrols after leaving, keeping earlier progress). */
  @Transactional
  public Enrolment enrol(Actor trainee, String courseCode) {
    Course course = course(courseCode);
    OffsetDateTime now = OffsetDateTime.now();
    Optional<Enrolment> existing = enrolment(trainee.userId(), course);
    if (existing.isPresent()) {
      Enrolment e = existing.get();
      if (e.rejoin(now)) {
        audit.record(
            trainee, "course.rejoined", "enrolment", e.getId(), title(course), "LEFT", "ACTIVE");
        e.evaluate(course.getCurrentVersion(), now);
      }
      return e;
    }
    Enrolment e = new Enrolment(trainee.userId(), course, now);
    em.persist(e);
    em.flush();
    audit.record(trainee, "course.enrolled", "enrolment", e.getId(), title(course), null, "ACTIVE");
    return e;
  }

  @Transactional
  public void leave(Actor trainee, String courseCode) {
    Course course = course(courseCode);
    Enrolment e = enrolment(trainee.userId(), course).orElse(null);
    if (e != null) {
      String before = e.getStatus().name();
      if (e.leave(OffsetDateTime.now())) {
        audit.record(trainee, "course.left", "enrolment", e.getId(), title(course), before, "LEFT");
      }
    }
  }

  /**
   * Records that the trainee opened a module (for "continue where you left off"). Reopening the
   * same module within a few minutes writes nothing, so reading a page costs no write.
   */
  @Transactional
  public void visit(Enrolment e, Module module) {
    OffsetDateTime now = OffsetDateTime.now();
    if (module.getCode().equals(e.getLastModuleCode())
        && e.getLastActivityAt().isAfter(now.minus(VISIT_WRITE_INTERVAL))) {
      return;
    }
    em.createQuery(
            "update Enrolment e set e.lastModuleCode = :m, e.lastActivityAt = :t where e.id = :id")
        .setParameter("m", module.getCode())
        .setParameter("t", now)
        .setParameter("id", e.getId())
        .executeUpdate();
  }

  /**
   * Records that the trainee read a module to the end, then applies the completion rules.
   *
   * @return true when this completed the course
   */
  @Transactional
  public boolean markRead(Actor trainee, String courseCode, String moduleCode) {
    Course course = course(courseCode);
    Enrolment e = activeEnrolment(trainee, course);
    Module module = module(course, moduleCode);
    OffsetDateTime now = OffsetDateTime.now();
    e.markRead(module, now);
    e.visit(module.getCode(), now);
    return evaluate(trainee, e, course, now);
  }

  /** How long after a quiz's deadline its answers are still taken (the page's last moments). */
  @Inject
  @org.eclipse.microprofile.config.inject.ConfigProperty(
      name = "ccio.quiz.grace-seconds",
      defaultValue = "30")
  int graceSeconds;

  private final java.security.SecureRandom random = new java.security.SecureRandom();

  /** A sitting of a quiz as shown: its questions in order, and its deadline (null if untimed). */
  public record Sitting(long id, OffsetDateTime deadline, List<Question> questions) {}

  /**
   * The trainee's open sitting of a module's quiz, if any. A sitting whose time has run out is
   * closed first, as an attempt that is used and not marked.
   */
  @Transactional
  public Optional<Sitting> openSitting(Actor trainee, String courseCode, String moduleCode) {
    Course course = course(courseCode);
    Enrolment e = lockedEnrolment(trainee, course);
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
    Course course = course(courseCode);
    Enrolment e = lockedEnrolment(trainee, course);
    Module module = module(course, moduleCode);
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
    Course course = course(courseCode);
    // one submission at a time per trainee and course, so attempt numbers never clash
    Enrolment e = lockedEnrolment(trainee, course);
    CourseVersion version = course.getCurrentVersion();
    Module current = module(course, moduleCode);
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
    if (sitting.isOverdue(now, java.time.Duration.ofSeconds(graceSeconds))) {
      return timeOut(trainee, e, course, sitting, number, now);
    }
    Module module = sitting.getModule();
    QuizAttempt attempt =
        QuizAttempt.mark(
            e,
            module,
            sitting.questions(catalogue.questions(module)),
            number,
            version.getPassMark(),
            answers,
            now);
    em.persist(attempt);
    sitting.close(attempt, now);
    e.quizScored(module, attempt.getScore(), attempt.isPassed(), now);
    e.visit(module.getCode(), now);
    evaluate(trainee, e, course, now);
    em.flush();
    return attempt;
  }

  private Enrolment lockedEnrolment(Actor trainee, Course course) {
    Enrolment e = activeEnrolment(trainee, course);
    em.lock(e, LockModeType.PESSIMISTIC_WRITE);
    em.refresh(e);
    return e;
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
    if (open.isPresent() && open.get().isOverdue(now, java.time.Duration.ofSeconds(graceSeconds))) {
      timeOut(trainee, e, course, open.get(), lastAttemptNumber(e, moduleCode) + 1, now);
      return Optional.empty();
    }
    return open;
  }

  private QuizAttempt timeOut(
      Actor trainee,
      Enrolment e,
      Course course,
      QuizSitting sitting,
      int number,
      OffsetDateTime now) {
    QuizAttempt attempt =
        QuizAttempt.timedOut(e, sitting.getModule(), sitting.questionIds().size(), number, now);
    em.persist(attempt);
    sitting.close(attempt, now);
    e.quizScored(sitting.getModule(), 0, false, now);
    audit.record(
        trainee,
        "quiz.timed-out",
        "enrolment",
        e.getId(),
        title(course) + ": " + sitting.getModuleCode(),
        null,
        "attempt " + number + " not marked: time ran out at " + sitting.getDeadline());
    em.flush();
    return attempt;
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

  /** A tutor's override of a quiz score, as kept. */
  public record QuizOverride(
      int score, Integer previous, String reason, String by, OffsetDateTime at) {}

  /** The enrolment of {@code id}, whoever it belongs to (callers check who may see it). */
  public Optional<Enrolment> enrolmentById(long id) {
    return Optional.ofNullable(em.find(Enrolment.class, id));
  }

  /**
   * Sets a trainee's score on a module's quiz, with the reason, for a tutor of the course (or an
   * admin): kept, audited, and the module's best score from now on. A pass can complete the module
   * and the course; a fail never takes a completion back.
   *
   * @throws org.ccioacademy.identity.InvalidInputException with every problem, by field
   * @throws SecurityException for someone who does not teach the course
   */
  @Transactional
  public void overrideQuizScore(
      Actor tutor,
      java.util.Set<org.ccioacademy.identity.Role> roles,
      long enrolmentId,
      String moduleCode,
      Integer score,
      String reason) {
    Enrolment e = em.find(Enrolment.class, enrolmentId, LockModeType.PESSIMISTIC_WRITE);
    if (e == null
        || !org.ccioacademy.catalogue.CoursePermissions.canEdit(
            e.getCourse(), tutor.userId(), roles)) {
      throw new SecurityException("Not a tutor of this course");
    }
    Course course = e.getCourse();
    Module module = module(course, moduleCode);
    org.ccioacademy.identity.FieldErrors errors = new org.ccioacademy.identity.FieldErrors();
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
      throw new org.ccioacademy.identity.InvalidInputException(errors);
    }
    ModuleProgress p = e.getProgress().get(moduleCode);
    Integer previous = p == null ? null : p.getBestScore();
    OffsetDateTime now = OffsetDateTime.now();
    CourseVersion version = course.getCurrentVersion();
    e.quizOverridden(module, score, score >= version.getPassMark(), now);
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
        tutor,
        "quiz.score-overridden",
        "enrolment",
        e.getId(),
        title(course) + ": " + module.getTitle(),
        previous == null ? null : previous + "%",
        score + "% (" + why + ")");
    evaluate(tutor, e, course, now);
  }

  /** A module's quiz overrides for an enrolment, newest first. */
  @SuppressWarnings("unchecked")
  public List<QuizOverride> overrides(long enrolmentId, String moduleCode) {
    List<Object[]> rows =
        em.createNativeQuery(
                "select score, previous, reason, by_label, at from quiz_override"
                    + " where enrolment_id = ?1 and module_code = ?2 order by id desc")
            .setParameter(1, enrolmentId)
            .setParameter(2, moduleCode)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new QuizOverride(
                    ((Number) r[0]).intValue(),
                    r[1] == null ? null : ((Number) r[1]).intValue(),
                    (String) r[2],
                    (String) r[3],
                    org.ccioacademy.platform.database.Sql.offsetDateTime(r[4])))
        .toList();
  }

  /** True when the trainee may start re-certifying today (see {@link Enrolment#mayRecertify}). */
  public boolean mayRecertify(Enrolment e) {
    return e.mayRecertify(LocalDate.now(UkTime.UK), reminderDays);
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

  /**
   * Starts a re-certification round: the course is taken again from the start, with fresh quiz
   * attempts, while the earlier completion (and its certificate) stands. The earlier completion is
   * kept for the CPD portfolio.
   *
   * @throws RecertificationClosedException when the certificate does not expire, or not soon
   */
  @Transactional
  public void recertify(Actor trainee, String courseCode) {
    Course course = course(courseCode);
    Enrolment e = activeEnrolment(trainee, course);
    em.lock(e, LockModeType.PESSIMISTIC_WRITE);
    em.refresh(e);
    LocalDate today = LocalDate.now(UkTime.UK);
    if (!e.mayRecertify(today, reminderDays)) {
      throw new RecertificationClosedException(
          e.isRecertifying()
              ? "You are already taking " + title(course) + " again to re-certify."
              : e.certificateExpiresOn() == null
                  ? "Your certificate for " + title(course) + " does not expire."
                  : "Re-certification opens "
                      + reminderDays
                      + " days before your certificate expires on "
                      + e.certificateExpiresOn().format(DAY)
                      + ".");
    }
    OffsetDateTime now = OffsetDateTime.now();
    em.createNativeQuery(
            "insert into course_completion"
                + " (enrolment_id, user_id, course_version_id, started_at, completed_at)"
                + " values (?1, ?2, ?3, ?4, ?5) on conflict do nothing")
        .setParameter(1, e.getId())
        .setParameter(2, e.getUserId())
        .setParameter(3, e.getCompletedVersion().getId())
        .setParameter(4, e.roundStart())
        .setParameter(5, e.getCompletedAt())
        .executeUpdate();
    e.startRecertification(now);
    audit.record(
        trainee,
        "course.recertifying",
        "enrolment",
        e.getId(),
        title(course),
        "COMPLETED " + e.getCompletedAt().toLocalDate(),
        "re-certifying");
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

  /** "My learning": courses in progress first (most recent activity first), then completed. */
  public List<LearningRow> learning(long userId, int first, int size) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select c.code, v.title, e.status,"
                    + " (select count(*) from module m join module_progress p"
                    + "    on p.enrolment_id = e.id and p.module_code = m.code"
                    + "   where m.course_version_id = v.id and m.required"
                    + "     and p.completed_at is not null),"
                    + " (select count(*) from module m"
                    + "   where m.course_version_id = v.id and m.required),"
                    + " e.last_activity_at, e.completed_at,"
                    // where to continue: the module last opened if it is not done, else the
                    // first module not done (as on the course page)
                    + " coalesce((select m.code from module m where m.course_version_id = v.id"
                    + "   and m.code = e.last_module_code and not exists (select 1"
                    + "   from module_progress p where p.enrolment_id = e.id"
                    + "   and p.module_code = m.code and p.completed_at is not null)),"
                    + " (select m.code from module m where m.course_version_id = v.id"
                    + "   and not exists (select 1 from module_progress p"
                    + "   where p.enrolment_id = e.id and p.module_code = m.code"
                    + "   and p.completed_at is not null) order by m.position limit 1))"
                    + " from enrolment e join course c on c.id = e.course_id"
                    + " join course_version v on v.id = c.current_version_id"
                    + " where e.user_id = ?1 and e.status <> 'LEFT'"
                    + " order by case e.status when 'ACTIVE' then 0 else 1 end,"
                    + " e.last_activity_at desc, e.id"
                    + " limit ?2 offset ?3")
            .setParameter(1, userId)
            .setParameter(2, size)
            .setParameter(3, first)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new LearningRow(
                    (String) r[0],
                    (String) r[1],
                    Enrolment.Status.valueOf((String) r[2]),
                    ((Number) r[3]).intValue(),
                    ((Number) r[4]).intValue(),
                    Sql.offsetDateTime(r[5]),
                    Sql.offsetDateTime(r[6]),
                    (String) r[7]))
        .toList();
  }

  public long learningCount(long userId) {
    return em.createQuery(
            "select count(e) from Enrolment e where e.userId = :u and e.status <> :left",
            Long.class)
        .setParameter("u", userId)
        .setParameter("left", Enrolment.Status.LEFT)
        .getSingleResult();
  }

  /**
   * A new version of a course was published: trainees part-way through move onto it at once. Their
   * completed modules still count; those whose remaining required modules are all complete are
   * completed now. (Runs inside the publishing transaction.)
   */
  void onPublished(@Observes CourseVersionPublished event) {
    CourseVersion version = em.find(CourseVersion.class, event.versionId());
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(
                "select e.id from enrolment e where e.course_id = ?1 and (e.status = 'ACTIVE'"
                    + "   or e.round_started_at > e.completed_at)"
                    + " and not exists (select 1 from module m where m.course_version_id = ?2"
                    + "   and m.required and not exists (select 1 from module_progress p"
                    + "     where p.enrolment_id = e.id and p.module_code = m.code"
                    + "       and p.completed_at is not null))")
            .setParameter(1, event.courseId())
            .setParameter(2, event.versionId())
            .getResultList();
    OffsetDateTime now = OffsetDateTime.now();
    for (Number id : ids) {
      Enrolment e = em.find(Enrolment.class, id.longValue());
      if (e.evaluate(version, now)) {
        completed(Actor.SYSTEM, e, version);
      }
    }
  }

  private boolean evaluate(Actor trainee, Enrolment e, Course course, OffsetDateTime now) {
    CourseVersion current = course.getCurrentVersion();
    if (e.evaluate(current, now)) {
      completed(trainee, e, current);
      return true;
    }
    return false;
  }

  /** A course completion: its audit row, and an email to the trainee (queued, never blocking). */
  private void completed(Actor actor, Enrolment e, CourseVersion version) {
    completions.fire(new CourseCompleted(e.getId(), e.getUserId(), e.getCourse().getCode()));
    audit.record(
        actor,
        "course.completed",
        "enrolment",
        e.getId(),
        version.getTitle(),
        "ACTIVE",
        "COMPLETED (version " + version.getNumber() + ")");
    accounts
        .find(e.getUserId())
        .ifPresent(
            a ->
                mail.queue(
                    a.getEmail(),
                    "You have completed " + version.getTitle(),
                    CompletionNotice.text(a.getFullName(), version, e, publicUrl),
                    "course.completed"));
  }

  private Enrolment activeEnrolment(Actor trainee, Course course) {
    return enrolment(trainee.userId(), course)
        .filter(e -> !e.isLeft())
        .orElseThrow(() -> new NotEnrolledException(title(course)));
  }

  private Course course(String code) {
    return catalogue
        .course(code)
        .orElseThrow(() -> new IllegalArgumentException("No such course: " + code));
  }

  private static Module module(Course course, String moduleCode) {
    return course
        .getCurrentVersion()
        .module(moduleCode)
        .orElseThrow(() -> new IllegalArgumentException("No such module: " + moduleCode));
  }

  private static String title(Course course) {
    return course.getCurrentVersion().getTitle();
  }
}
