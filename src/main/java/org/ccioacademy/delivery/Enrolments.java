package org.ccioacademy.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.ccioacademy.catalogue.Catalogue;
import org.ccioacademy.catalogue.Course;
import org.ccioacademy.catalogue.Module;
import org.ccioacademy.platform.audit.Actor;
import org.ccioacademy.platform.audit.AuditLog;
import org.ccioacademy.platform.web.UkTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Taking a course: enrolling, leaving and coming back, reading its modules, and re-certifying. Each
 * use case loads the enrolment, calls one method of {@link Enrolment} and stores it; the completion
 * rules run through {@link Completions}.
 */
@ApplicationScoped
public class Enrolments {

  @PersistenceContext private EntityManager em;
  @Inject Catalogue catalogue;
  @Inject AuditLog audit;
  @Inject Completions completions;
  @Inject LearningStatements statements;

  /** How often reopening the same module is written down as activity. */
  static final Duration VISIT_WRITE_INTERVAL = Duration.ofMinutes(5);

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  /** Days before a certificate expires that re-certification opens (and the reminder is sent). */
  @Inject
  @ConfigProperty(name = "ccio.certificates.reminder-days", defaultValue = "60")
  int reminderDays;

  /** The trainee's enrolment on a course, whatever its status. */
  public Optional<Enrolment> enrolment(long userId, Course course) {
    return find("Enrolment.find", userId, course);
  }

  /**
   * As {@link #enrolment}, with the progress of every module read in the same statement (the module
   * reader shows it all, on every page).
   */
  public Optional<Enrolment> enrolmentWithProgress(long userId, Course course) {
    return find("Enrolment.findWithProgress", userId, course);
  }

  private Optional<Enrolment> find(String query, long userId, Course course) {
    return em.createNamedQuery(query, Enrolment.class)
        .setParameter("user", userId)
        .setParameter("course", course)
        .getResultStream()
        .findFirst();
  }

  /** The enrolment of {@code id}, whoever it belongs to (callers check who may see it). */
  public Optional<Enrolment> enrolmentById(long id) {
    return Optional.ofNullable(em.find(Enrolment.class, id));
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
        completions.evaluate(trainee, e, course, now);
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
    Enrolment e = active(trainee, course);
    Module module = module(course, moduleCode);
    OffsetDateTime now = OffsetDateTime.now();
    ModuleProgress before = e.getProgress().get(module.getCode());
    boolean firstRead = before == null || before.getReadAt() == null;
    e.markRead(module, now);
    e.visit(module.getCode(), now);
    if (firstRead) {
      statements.moduleRead(e, course, module, now);
    }
    return completions.evaluate(trainee, e, course, now);
  }

  /** True when the trainee may start re-certifying today (see {@link Enrolment#mayRecertify}). */
  /** Whether the trainee has done what a module's activity asks (its header's activity:). */
  public boolean activityDone(Enrolment e, Module m) {
    return m.getActivity() == null
        || completions
            .activitiesDone(e, e.getCourse().getCurrentVersion())
            .contains(m.getActivity());
  }

  public boolean mayRecertify(Enrolment e) {
    return e.mayRecertify(LocalDate.now(UkTime.UK), reminderDays);
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
    Enrolment e = lockedActive(trainee, course);
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

  /**
   * The trainee's enrolment on a course, unless they left it.
   *
   * @throws NotEnrolledException when there is none
   */
  public Enrolment active(Actor trainee, Course course) {
    return enrolment(trainee.userId(), course)
        .filter(e -> !e.isLeft())
        .orElseThrow(() -> new NotEnrolledException(title(course)));
  }

  /**
   * The same, locked for the rest of the transaction and read afresh: one change at a time per
   * trainee and course (two windows, a double click), so attempt numbers and rounds never clash.
   */
  public Enrolment lockedActive(Actor trainee, Course course) {
    Enrolment e = active(trainee, course);
    em.lock(e, LockModeType.PESSIMISTIC_WRITE);
    em.refresh(e);
    return e;
  }

  /** A course by code; an unknown one is a programming error (pages check before calling). */
  public Course course(String code) {
    return catalogue
        .course(code)
        .orElseThrow(() -> new IllegalArgumentException("No such course: " + code));
  }

  /** A module of the course's current version. */
  public static Module module(Course course, String moduleCode) {
    return course
        .getCurrentVersion()
        .module(moduleCode)
        .orElseThrow(() -> new IllegalArgumentException("No such module: " + moduleCode));
  }

  static String title(Course course) {
    return course.getCurrentVersion().getTitle();
  }
}
