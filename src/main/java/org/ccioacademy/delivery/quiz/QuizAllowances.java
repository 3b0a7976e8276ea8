package org.ccioacademy.delivery.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import org.ccioacademy.catalogue.Module;
import org.ccioacademy.delivery.Enrolment;
import org.ccioacademy.platform.audit.AuditLog;
import org.ccioacademy.platform.database.Row;
import org.ccioacademy.platform.kernel.Caller;
import org.ccioacademy.platform.kernel.FieldErrors;
import org.ccioacademy.platform.kernel.InvalidInputException;

/**
 * Allowances for one trainee at one module's quiz, set by a tutor of the course with a reason:
 * extra attempts beyond the course's limit, and extra time on a timed quiz (a reasonable
 * adjustment). Every allowance is kept; the newest applies.
 */
@ApplicationScoped
public class QuizAllowances {

  @PersistenceContext private EntityManager em;
  @Inject AuditLog audit;

  /** An allowance as kept; {@link #NONE} when none was ever given. */
  public record Allowance(
      int extraAttempts, int extraTimePercent, String reason, String by, OffsetDateTime at) {

    public static final Allowance NONE = new Allowance(0, 0, null, null, null);

    /** Attempts allowed with this allowance, from the course's limit (0 stays unlimited). */
    public int attempts(int courseLimit) {
      return courseLimit == 0 ? 0 : courseLimit + extraAttempts;
    }

    /** Seconds an attempt may last with this allowance, from the quiz's limit in minutes. */
    public long seconds(int limitMinutes) {
      return limitMinutes * 60L * (100 + extraTimePercent) / 100;
    }
  }

  /** The allowance that applies to an enrolment at a module's quiz. */
  public Allowance current(long enrolmentId, String moduleCode) {
    List<Allowance> newest = history(enrolmentId, moduleCode, 1);
    return newest.isEmpty() ? Allowance.NONE : newest.get(0);
  }

  /** Every allowance given, newest first. */
  public List<Allowance> history(long enrolmentId, String moduleCode) {
    return history(enrolmentId, moduleCode, 100);
  }

  private List<Allowance> history(long enrolmentId, String moduleCode, int limit) {
    List<Row> rows =
        Row.list(
            em.createNativeQuery(
                    "select extra_attempts, extra_time_percent, reason, by_label, at"
                        + " from quiz_allowance where enrolment_id = ?1 and module_code = ?2"
                        + " order by id desc limit "
                        + limit)
                .setParameter(1, enrolmentId)
                .setParameter(2, moduleCode));
    return rows.stream()
        .map(
            r -> new Allowance(r.intAt(0), r.intAt(1), r.stringAt(2), r.stringAt(3), r.momentAt(4)))
        .toList();
  }

  /**
   * Gives a trainee extra attempts and extra time at a module's quiz, replacing the allowance
   * before (which is kept): for a tutor of the course or an admin. The extra time applies to
   * attempts started from now on.
   *
   * @throws InvalidInputException with every problem, by field
   * @throws SecurityException for someone who does not teach the course
   */
  @Transactional
  public void set(
      Caller tutor,
      long enrolmentId,
      String moduleCode,
      Integer extraAttempts,
      Integer extraTimePercent,
      String reason) {
    Enrolment e = em.find(Enrolment.class, enrolmentId, LockModeType.PESSIMISTIC_WRITE);
    if (e == null || !e.getCourse().mayBeEditedBy(tutor)) {
      throw new SecurityException("Not a tutor of this course");
    }
    Module module = e.getCourse().getCurrentVersion().module(moduleCode).orElse(null);
    FieldErrors errors = new FieldErrors();
    if (module == null || !module.hasQuiz()) {
      errors.add("extraAttempts", "This module has no quiz.");
    }
    if (extraAttempts == null || extraAttempts < 0 || extraAttempts > 20) {
      errors.add("extraAttempts", "Give the extra attempts as a whole number from 0 to 20.");
    }
    if (extraTimePercent == null || extraTimePercent < 0 || extraTimePercent > 200) {
      errors.add(
          "extraTimePercent", "Give the extra time as a whole per cent from 0 to 200, such as 25.");
    }
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty()) {
      errors.add("allowanceReason", "Say why: the reason is kept with the allowance.");
    } else if (why.length() > 500) {
      errors.add("allowanceReason", "Keep the reason to 500 characters.");
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    Allowance before = current(enrolmentId, moduleCode);
    em.createNativeQuery(
            "insert into quiz_allowance (enrolment_id, module_code, extra_attempts,"
                + " extra_time_percent, reason, by_id, by_label) values (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
        .setParameter(1, enrolmentId)
        .setParameter(2, moduleCode)
        .setParameter(3, extraAttempts)
        .setParameter(4, extraTimePercent)
        .setParameter(5, why)
        .setParameter(6, tutor.userId())
        .setParameter(7, tutor.label())
        .executeUpdate();
    audit.record(
        tutor.actor(),
        "quiz.allowance-set",
        "enrolment",
        enrolmentId,
        e.getCourse().getCode() + ": " + moduleCode,
        describe(before.extraAttempts(), before.extraTimePercent()),
        describe(extraAttempts, extraTimePercent) + " (" + why + ")");
  }

  private static String describe(int attempts, int percent) {
    return "+" + attempts + " attempts, +" + percent + "% time";
  }
}
