package org.ccioacademy.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ccioacademy.platform.audit.AuditLog;
import org.ccioacademy.platform.database.Row;
import org.ccioacademy.platform.kernel.Caller;
import org.ccioacademy.platform.kernel.ConcurrentEditException;
import org.ccioacademy.platform.kernel.FieldErrors;
import org.ccioacademy.platform.kernel.InvalidInputException;
import org.ccioacademy.platform.kernel.NotAllowedException;
import org.ccioacademy.platform.kernel.RefusedException;

/**
 * A tutor changes an assignment once set: edits or re-dates it (those still to hand in are told of
 * a new deadline), gives one trainee more time, or withdraws it (nothing more is handed in; work
 * handed in and its marks stay). Each audited; two tutors changing one assignment at once: the
 * second is told.
 */
@ApplicationScoped
public class AssignmentChanges {

  @PersistenceContext private EntityManager em;
  @Inject Assignments assignments;
  @Inject Rubrics rubrics;
  @Inject AuditLog audit;
  @Inject AssessmentNotices notices;

  /** One trainee's extension, as the tutor's list shows it. */
  public record Extension(
      long userId,
      String name,
      String email,
      OffsetDateTime dueAt,
      OffsetDateTime cutoffAt,
      String reason,
      OffsetDateTime grantedAt) {}

  /**
   * Changes an assignment. {@code version} is the one the tutor's form showed. Once anything is
   * marked, the highest mark and the rubric stay as they are.
   *
   * @throws InvalidInputException with every problem, by field
   */
  @Transactional
  public Assignment change(Caller tutor, long id, long version, AssignmentInput in) {
    Assignment a = locked(tutor, id);
    if (a.getVersion() != version) {
      throw new ConcurrentEditException(
          "Someone else changed this assignment while you had it open: check it again.");
    }
    if (a.isWithdrawn()) {
      throw new RefusedException("This assignment has been withdrawn, so it cannot be changed.");
    }
    Rubric rubric = null;
    if (in.rubricId() != null) {
      // the rubric it has stays usable, even if another tutor's
      boolean same = a.getRubric() != null && a.getRubric().getId().equals(in.rubricId());
      rubric =
          same
              ? a.getRubric()
              : rubrics
                  .usable(tutor, in.rubricId())
                  .orElseThrow(
                      () ->
                          InvalidInputException.of(
                              "rubricId", "Choose one of your rubrics, or none."));
      in = in.outOf(rubric.maxPoints());
    }
    assignments.check(a.getCourse(), in);
    boolean marked = marked(id);
    if (marked
        && (in.maxMark() != a.getMaxMark()
            || !Objects.equals(
                in.rubricId(), a.getRubric() == null ? null : a.getRubric().getId()))) {
      throw InvalidInputException.of(
          in.rubricId() == null ? "maxMark" : "rubricId",
          "Some work is already marked, so the highest mark and the rubric cannot change.");
    }
    String before = Assignments.summary(a);
    OffsetDateTime dueBefore = a.getDueAt();
    a.apply(in);
    a.markWith(rubric);
    em.flush();
    audit.record(
        tutor.actor(),
        "assignment.changed",
        "assignment",
        id,
        a.getTitle(),
        before,
        Assignments.summary(a));
    if (!dueBefore.isEqual(a.getDueAt())) {
      notices.redated(a);
    }
    return a;
  }

  /**
   * Gives one trainee on the course a later deadline (and cut-off for late work, if any); a second
   * extension for the same trainee replaces the first.
   */
  @Transactional
  public void extend(
      Caller tutor,
      long id,
      String traineeEmail,
      OffsetDateTime dueAt,
      OffsetDateTime cutoffAt,
      String reason) {
    Assignment a = locked(tutor, id);
    if (a.isWithdrawn()) {
      throw new RefusedException("This assignment has been withdrawn: there is nothing to extend.");
    }
    FieldErrors errors = new FieldErrors();
    Long traineeId = null;
    if (traineeEmail == null || traineeEmail.isBlank()) {
      errors.add("trainee", "Give the trainee's email address.");
    } else {
      List<?> found =
          em.createNativeQuery(
                  "select p.id from person p join open_enrolment o on o.user_id = p.id"
                      + " where lower(p.email) = lower(?1) and o.course_id = ?2")
              .setParameter(1, traineeEmail.strip())
              .setParameter(2, a.getCourse().getId())
              .getResultList();
      if (found.isEmpty()) {
        errors.add(
            "trainee",
            "Nobody with the address " + traineeEmail.strip() + " is taking this course.");
      } else {
        traineeId = ((Number) found.get(0)).longValue();
      }
    }
    if (dueAt == null) {
      errors.add("extendedDue", "Give the trainee's new deadline.");
    } else if (!dueAt.isAfter(a.getDueAt())) {
      errors.add("extendedDue", "An extension ends after the assignment's own deadline.");
    }
    if (cutoffAt != null && dueAt != null && cutoffAt.isBefore(dueAt)) {
      errors.add("extendedCutoff", "Late work cannot stop before the new deadline.");
    }
    if (reason == null || reason.isBlank()) {
      errors.add("reason", "Say why, for the record (for example, \"sick leave\").");
    } else if (reason.strip().length() > 500) {
      errors.add("reason", "Keep the reason to 500 characters.");
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    OffsetDateTime cutoff = a.getLatePolicy() == Assignment.LatePolicy.ACCEPT ? cutoffAt : null;
    em.createNativeQuery(
            "insert into assignment_extension (assignment_id, user_id, due_at, cutoff_at,"
                + " reason, granted_by) values (?1, ?2, ?3, cast(nullif(?4, '') as timestamptz), ?5, ?6)"
                + " on conflict (assignment_id, user_id) do update set due_at = excluded.due_at,"
                + " cutoff_at = excluded.cutoff_at, reason = excluded.reason,"
                + " granted_by = excluded.granted_by, granted_at = now()")
        .setParameter(1, id)
        .setParameter(2, traineeId)
        .setParameter(3, dueAt)
        .setParameter(4, cutoff == null ? "" : cutoff.toString())
        .setParameter(5, reason.strip())
        .setParameter(6, tutor.userId())
        .executeUpdate();
    audit.record(
        tutor.actor(),
        "assignment.extended",
        "assignment",
        id,
        a.getTitle(),
        null,
        "user " + traineeId + " until " + dueAt + ": " + reason.strip());
    notices.extended(a, traineeId, dueAt);
  }

  /** Withdraws an assignment: nobody hands in any more; handed-in work and marks are kept. */
  @Transactional
  public void withdraw(Caller tutor, long id, long version, String reason) {
    Assignment a = locked(tutor, id);
    if (a.getVersion() != version) {
      throw new ConcurrentEditException(
          "Someone else changed this assignment while you had it open: check it again.");
    }
    if (reason == null || reason.isBlank()) {
      throw InvalidInputException.of(
          "withdrawReason", "Say why it is withdrawn: the trainees are told.");
    }
    if (a.isWithdrawn()) {
      return;
    }
    a.withdraw(OffsetDateTime.now(), reason.length() > 500 ? reason.substring(0, 500) : reason);
    em.flush();
    audit.record(
        tutor.actor(),
        "assignment.withdrawn",
        "assignment",
        id,
        a.getTitle(),
        "SET",
        "WITHDRAWN: " + a.getWithdrawnReason());
    notices.withdrawn(a);
  }

  /** The assignment's extensions, by the trainee's name. */
  public List<Extension> extensions(long id) {
    return Row.list(
            em.createNativeQuery(
                    "select p.id, p.full_name, p.email, x.due_at, x.cutoff_at, x.reason,"
                        + " x.granted_at from assignment_extension x join person p"
                        + " on p.id = x.user_id where x.assignment_id = ?1"
                        + " order by lower(p.full_name), p.id")
                .setParameter(1, id))
        .stream()
        .map(
            r ->
                new Extension(
                    r.longAt(0),
                    r.stringAt(1),
                    r.stringAt(2),
                    r.momentAt(3),
                    r.isNull(4) ? null : r.momentAt(4),
                    r.stringAt(5),
                    r.momentAt(6)))
        .toList();
  }

  /** A trainee's own deadline for an assignment, when they have an extension. */
  public Optional<Assignment.Deadline> deadline(long assignmentId, long userId) {
    return Row.list(
            em.createNativeQuery(
                    "select due_at, cutoff_at from assignment_extension"
                        + " where assignment_id = ?1 and user_id = ?2")
                .setParameter(1, assignmentId)
                .setParameter(2, userId))
        .stream()
        .findFirst()
        .map(r -> new Assignment.Deadline(r.momentAt(0), r.isNull(1) ? null : r.momentAt(1)));
  }

  /** Whether any work handed in to it has a mark. */
  public boolean marked(long id) {
    return !em.createNativeQuery(
            "select 1 from grade g join submission s on s.id = g.submission_id"
                + " where s.assignment_id = ?1 limit 1")
        .setParameter(1, id)
        .getResultList()
        .isEmpty();
  }

  private Assignment locked(Caller tutor, long id) {
    Assignment a = em.find(Assignment.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (a == null || !a.getCourse().mayBeEditedBy(tutor)) {
      throw new NotAllowedException(
          "Only the course's tutors and admins can change its assignments.");
    }
    if (a.isFromCourseFiles()) {
      throw new NotAllowedException(
          "This is the course's assessed assignment: it is changed in the course files (its"
              + " .assignment.md file), and it has no deadline to move or extend.");
    }
    return a;
  }
}
