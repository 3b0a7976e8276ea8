package org.ccioacademy.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ccioacademy.catalogue.Catalogue;
import org.ccioacademy.catalogue.Course;
import org.ccioacademy.catalogue.CourseAssignment;
import org.ccioacademy.catalogue.CourseVersion;
import org.ccioacademy.catalogue.CourseVersionPublished;
import org.ccioacademy.catalogue.Module;
import org.ccioacademy.catalogue.format.ModuleActivity;
import org.ccioacademy.identity.UserAccountRepository;
import org.ccioacademy.platform.audit.Actor;
import org.ccioacademy.platform.audit.AuditLog;
import org.ccioacademy.platform.kernel.AssessedWorkPassed;
import org.ccioacademy.platform.kernel.ClinicalSystemRated;
import org.ccioacademy.platform.notify.Notice;
import org.ccioacademy.platform.notify.Notifications;
import org.ccioacademy.platform.web.PublicUrl;

/**
 * The completion rules applied, and what follows a completion: the {@link CourseCompleted} event
 * (certificates listen), the audit row and the email. Trainees part-way through a course move onto
 * a newly published version at once.
 */
@ApplicationScoped
public class Completions {

  @PersistenceContext private EntityManager em;
  @Inject Event<CourseCompleted> completed;
  @Inject LearningStatements statements;
  @Inject AuditLog audit;
  @Inject Notifications notifications;
  @Inject UserAccountRepository accounts;
  @Inject Catalogue catalogue;

  @Inject PublicUrl publicUrl;

  /** The completion of an enrolment, as other features may read it; empty when not completed. */
  public Optional<Completion> completion(long enrolmentId) {
    return Completion.of(em.find(Enrolment.class, enrolmentId));
  }

  /**
   * A new version of a course was published: trainees part-way through move onto it at once. Their
   * completed modules still count; those whose remaining required modules are all complete are
   * completed now. (Runs inside the publishing transaction.)
   */
  void onPublished(@Observes CourseVersionPublished event) {
    CourseVersion version = catalogue.version(event.versionId()).orElseThrow();
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(
                "select e.id from enrolment e where e.course_id = ?1 and (e.status = 'ACTIVE'"
                    + "   or e.round_started_at > e.completed_at)"
                    + " and not exists (select 1 from course_module m where m.course_version_id = ?2"
                    + "   and m.required and not exists (select 1 from module_progress p"
                    + "     where p.enrolment_id = e.id and p.module_code = m.code"
                    + "       and p.completed_at is not null))")
            .setParameter(1, event.courseId())
            .setParameter(2, event.versionId())
            .getResultList();
    OffsetDateTime now = OffsetDateTime.now();
    for (Number id : ids) {
      Enrolment e = em.find(Enrolment.class, id.longValue());
      if (e.evaluate(version, now, assessedWorkPassed(e, version), activitiesDone(e, version))) {
        completed(Actor.SYSTEM, e, version);
      }
    }
  }

  /**
   * Applies the completion rules of the course's current version to an enrolment, and when that
   * completes the course, says so (event, audit row, email).
   *
   * @return true when this completed the course
   */
  public boolean evaluate(Actor trainee, Enrolment e, Course course, OffsetDateTime now) {
    CourseVersion current = course.getCurrentVersion();
    if (e.evaluate(current, now, assessedWorkPassed(e, current), activitiesDone(e, current))) {
      completed(trainee, e, current);
      return true;
    }
    return false;
  }

  /**
   * Whether the trainee passed the version's assessed assignment in the current round (a pass
   * released before a re-certification round began does not count); true when it has none.
   */
  boolean assessedWorkPassed(Enrolment e, CourseVersion version) {
    String code = version.assignment().map(CourseAssignment::getCode).orElse(null);
    if (code == null) {
      return true;
    }
    return !em.createNativeQuery(
            "select 1 from assessed_work_passed w where w.user_id = ?1 and w.course_id = ?2"
                + " and w.course_file_code = ?3 and w.passed_at >= ?4")
        .setParameter(1, e.getUserId())
        .setParameter(2, e.getCourse().getId())
        .setParameter(3, code)
        .setParameter(4, e.roundStart())
        .getResultList()
        .isEmpty();
  }

  /**
   * The activities modules may ask for that the trainee has done: rating a clinical system, read
   * from what the voice feature publishes ({@code system_rated}); asked only when a module of
   * {@code version} asks for an activity, so reading and quizzes cost no extra query.
   */
  Set<ModuleActivity> activitiesDone(Enrolment e, CourseVersion version) {
    if (version.getModules().stream().allMatch(m -> m.getActivity() == null)) {
      return EnumSet.noneOf(ModuleActivity.class);
    }
    boolean rated =
        !em.createNativeQuery("select 1 from system_rated where user_id = ?1")
            .setParameter(1, e.getUserId())
            .getResultList()
            .isEmpty();
    return rated ? EnumSet.of(ModuleActivity.RATE_A_SYSTEM) : EnumSet.noneOf(ModuleActivity.class);
  }

  /**
   * A trainee rated a clinical system: modules asking for that are complete if read (and their quiz
   * passed), and so may their courses be. (Runs in the rating's transaction.)
   */
  void onSystemRated(@Observes ClinicalSystemRated event) {
    List<Enrolment> open =
        em.createQuery(
                "select e from Enrolment e where e.userId = :u and e.leftAt is null"
                    + " and (e.completedAt is null or e.roundStartedAt > e.completedAt)"
                    + " order by e.id",
                Enrolment.class)
            .setParameter("u", event.userId())
            .getResultList();
    for (Enrolment e : open) {
      CourseVersion current = e.getCourse().getCurrentVersion();
      if (current.getModules().stream()
          .noneMatch(m -> m.getActivity() == ModuleActivity.RATE_A_SYSTEM)) {
        continue;
      }
      // one change at a time per enrolment, as for reading, quizzes and assessed work
      em.lock(e, LockModeType.PESSIMISTIC_WRITE);
      em.refresh(e);
      evaluate(Actor.SYSTEM, e, e.getCourse(), event.at());
    }
  }

  /**
   * A trainee's assessed course work was released with a pass: the course is complete if its
   * modules are. (Runs in the transaction that released the mark.)
   */
  void onAssessedWorkPassed(@Observes AssessedWorkPassed event) {
    em.createQuery(
            "select e from Enrolment e where e.userId = :u and e.course.id = :c", Enrolment.class)
        .setParameter("u", event.userId())
        .setParameter("c", event.courseId())
        .getResultStream()
        .findFirst()
        .ifPresent(
            e -> {
              // one change at a time per trainee and course, as for reading and quizzes: the last
              // module read at the same moment completes the course once, not twice
              em.lock(e, LockModeType.PESSIMISTIC_WRITE);
              em.refresh(e);
              evaluate(Actor.SYSTEM, e, e.getCourse(), OffsetDateTime.now());
            });
  }

  /** A course completion: its audit row, and an email to the trainee (queued, never blocking). */
  private void completed(Actor actor, Enrolment e, CourseVersion version) {
    completed.fire(new CourseCompleted(e.getId(), e.getUserId(), e.getCourse().getCode()));
    statements.courseCompleted(e, e.getCourse(), OffsetDateTime.now());
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
                notifications.tell(
                    a.getId(),
                    a.getEmail(),
                    Notice.emailed(
                        "course.completed",
                        "You have completed " + version.getTitle(),
                        "/course.xhtml?id=" + e.getCourse().getCode(),
                        CompletionNotice.text(a.getFullName(), version, e, publicUrl.base()))));
  }

  /**
   * A quiz result for a module (marked, or 0 when the time ran out), then the completion rules.
   *
   * @return true when this completed the course
   */
  public boolean quizScored(
      Actor trainee, Enrolment e, Module module, int score, boolean passed, OffsetDateTime now) {
    e.quizScored(module, score, passed, now);
    return evaluate(trainee, e, e.getCourse(), now);
  }

  /**
   * A content package module's attempt was scored ({@code percent}, null when the package reports
   * none) and, when {@code done}, satisfied every SCO: the module and the course may be complete.
   * The caller holds the enrolment's lock.
   *
   * @return true when this completed the course
   */
  public boolean packageScored(
      Actor trainee,
      Enrolment e,
      Module module,
      Integer percent,
      boolean done,
      OffsetDateTime now) {
    e.packageScored(module, percent, done, now);
    return evaluate(trainee, e, e.getCourse(), now);
  }

  /**
   * A tutor set a module's quiz score by hand: from now on it is the best score; a pass can
   * complete the module and the course, a fail never takes a completion back.
   */
  public boolean quizOverridden(
      Actor tutor, Enrolment e, Module module, int score, boolean passed, OffsetDateTime now) {
    e.quizOverridden(module, score, passed, now);
    return evaluate(tutor, e, e.getCourse(), now);
  }
}
