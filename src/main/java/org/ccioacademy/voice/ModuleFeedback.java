package org.ccioacademy.voice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.ccioacademy.catalogue.Catalogue;
import org.ccioacademy.catalogue.Course;
import org.ccioacademy.catalogue.Module;
import org.ccioacademy.platform.audit.AuditLog;
import org.ccioacademy.platform.database.Row;
import org.ccioacademy.platform.kernel.Caller;
import org.ccioacademy.platform.kernel.InvalidInputException;
import org.ccioacademy.platform.kernel.NotAllowedException;
import org.ccioacademy.platform.kernel.RefusedException;
import org.ccioacademy.platform.notify.Notice;
import org.ccioacademy.platform.notify.Notifications;

/**
 * Trainees' feedback on the modules they take (clear, useful, accurate, a comment: one per person
 * and module, changed by giving it again) and the errors they flag; tutors see the figures per
 * module, which modules to improve first, and answer flags, which tells whoever raised them. Tutors
 * never see who gave feedback or raised a flag.
 */
@ApplicationScoped
public class ModuleFeedback {

  @PersistenceContext private EntityManager em;
  @Inject Catalogue catalogue;
  @Inject AuditLog audit;
  @Inject Notifications notifications;

  /** The trainee's own feedback on a module, to show it again. */
  public record Given(int clear, int useful, int accurate, String comment, OffsetDateTime at) {}

  /** A flag as its raiser sees it. */
  public record MyFlag(String description, OffsetDateTime raisedAt, String status, String answer) {}

  /** Records (or changes) a trainee's feedback on a module of a course they are enrolled on. */
  @Transactional
  public void give(Caller trainee, String courseCode, String moduleCode, FeedbackInput in) {
    var e = in.problems();
    if (!e.isEmpty()) {
      throw new InvalidInputException(e);
    }
    Target t = target(trainee, courseCode, moduleCode);
    em.createNativeQuery(
            "insert into module_feedback as f (user_id, course_id, module_code,"
                + " course_version_id, clear, useful, accurate, comment, rated_at)"
                + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"
                + " on conflict (user_id, course_id, module_code) do update set"
                + " course_version_id = excluded.course_version_id, clear = excluded.clear,"
                + " useful = excluded.useful, accurate = excluded.accurate,"
                + " comment = excluded.comment, rated_at = excluded.rated_at,"
                + " version = f.version + 1")
        .setParameter(1, trainee.userId())
        .setParameter(2, t.course().getId())
        .setParameter(3, t.module().getCode())
        .setParameter(4, t.course().getCurrentVersion().getId())
        .setParameter(5, in.clear())
        .setParameter(6, in.useful())
        .setParameter(7, in.accurate())
        .setParameter(8, in.comment())
        .setParameter(9, OffsetDateTime.now())
        .executeUpdate();
  }

  /** A trainee flags an error in a module; returns the flag's id. */
  @Transactional
  public long flag(Caller trainee, String courseCode, String moduleCode, String description) {
    Target t = target(trainee, courseCode, moduleCode);
    ModuleFlag f =
        new ModuleFlag(
            trainee.userId(),
            t.course().getId(),
            t.module().getCode(),
            t.course().getCurrentVersion().getId(),
            description,
            OffsetDateTime.now());
    em.persist(f);
    em.flush();
    audit.record(
        trainee.actor(),
        "voice.module-flagged",
        "module_flag",
        f.getId(),
        t.module().getTitle(),
        null,
        "an error flagged");
    // the course's tutors are told in the app (their home lists what needs them too)
    Notice notice =
        Notice.inApp(
            "module.flagged",
            "An error was flagged in " + t.module().getTitle() + ": answer it",
            "/author/feedback.xhtml?id=" + t.course().getCode() + "#flags-heading");
    for (Row tutor :
        Row.list(
            em.createNativeQuery(
                    "select p.id, p.email from tutor_of_course t join person p on p.id = t.user_id"
                        + " where t.course_id = ?1 and p.enabled")
                .setParameter(1, t.course().getId()))) {
      notifications.tell(tutor.longAt(0), tutor.stringAt(1), notice);
    }
    return f.getId();
  }

  /**
   * A tutor of the course answers a flag; the trainee who raised it is told (in the app and by
   * email).
   */
  @Transactional
  public void answer(Caller tutor, long flagId, String text) {
    ModuleFlag f = em.find(ModuleFlag.class, flagId, LockModeType.PESSIMISTIC_WRITE);
    if (f == null) {
      throw new RefusedException("That flag is no longer there.");
    }
    Course course = catalogue.courseById(f.getCourseId()).orElseThrow();
    if (!course.mayBeEditedBy(tutor)) {
      throw new NotAllowedException("Only the course's tutors answer its flags.");
    }
    // the row is locked, and answering is its one change: a flag answered meanwhile refuses
    OffsetDateTime now = OffsetDateTime.now();
    f.answer(tutor.userId(), text, now);
    String title =
        course
            .getCurrentVersion()
            .module(f.getModuleCode())
            .map(Module::getTitle)
            .orElse(f.getModuleCode());
    audit.record(
        tutor.actor(), "voice.flag-answered", "module_flag", flagId, title, "open", "answered");
    if (f.getUserId() != null) {
      String email =
          (String)
              em.createNativeQuery("select email from person where id = ?1 and enabled")
                  .setParameter(1, f.getUserId())
                  .getResultStream()
                  .findFirst()
                  .orElse(null);
      String link =
          "/learn/module.xhtml?course="
              + course.getCode()
              + "&module="
              + f.getModuleCode()
              + "#feedback-heading";
      notifications.tell(
          f.getUserId(),
          email,
          Notice.emailed(
              "module.flag-answered",
              "Your flag on " + title + " has been answered",
              link,
              "You flagged an error in the module \""
                  + title
                  + "\" on "
                  + course.getCurrentVersion().getTitle()
                  + ":\n\n"
                  + f.getDescription()
                  + "\n\nThe tutor's answer:\n\n"
                  + f.getAnswer()
                  + "\n\nThank you: flags like yours keep the course right."));
    }
  }

  /** Whether the person is (or was) enrolled on the course, and so may give feedback on it. */
  public boolean mayGive(long userId, long courseId) {
    return !em.createNativeQuery(
            "select 1 from enrolment_standing where user_id = ?1 and course_id = ?2")
        .setParameter(1, userId)
        .setParameter(2, courseId)
        .getResultList()
        .isEmpty();
  }

  /** The trainee's own feedback on a module, if given. */
  public Optional<Given> given(long userId, long courseId, String moduleCode) {
    return Row.list(
            em.createNativeQuery(
                    "select clear, useful, accurate, comment, rated_at from module_feedback"
                        + " where user_id = ?1 and course_id = ?2 and module_code = ?3")
                .setParameter(1, userId)
                .setParameter(2, courseId)
                .setParameter(3, moduleCode))
        .stream()
        .findFirst()
        .map(r -> new Given(r.intAt(0), r.intAt(1), r.intAt(2), r.stringAt(3), r.momentAt(4)));
  }

  /** The flags a trainee raised on a module, newest first. */
  public List<MyFlag> myFlags(long userId, long courseId, String moduleCode) {
    return Row.list(
            em.createNativeQuery(
                    "select description, raised_at, status, answer from module_flag"
                        + " where user_id = ?1 and course_id = ?2 and module_code = ?3"
                        + " order by raised_at desc, id desc limit 20")
                .setParameter(1, userId)
                .setParameter(2, courseId)
                .setParameter(3, moduleCode))
        .stream()
        .map(r -> new MyFlag(r.stringAt(0), r.momentAt(1), r.stringAt(2), r.stringAt(3)))
        .toList();
  }

  private record Target(Course course, Module module) {}

  private Target target(Caller trainee, String courseCode, String moduleCode) {
    Course course =
        catalogue
            .course(courseCode)
            .filter(c -> c.getCurrentVersion() != null)
            .orElseThrow(() -> new RefusedException("That course is not offered any more."));
    Module module =
        course
            .getCurrentVersion()
            .module(moduleCode)
            .orElseThrow(
                () -> new RefusedException("That module is no longer part of the course."));
    if (!mayGive(trainee.userId(), course.getId())) {
      throw new NotAllowedException("Enrol on the course to give feedback on its modules.");
    }
    return new Target(course, module);
  }
}
