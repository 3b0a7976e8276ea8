package org.ccioacademy.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import org.ccioacademy.platform.database.Row;

/**
 * A trainee's assignments still to hand in, and their marks lately released, for their home: on the
 * courses they are taking, soonest deadline first.
 */
@ApplicationScoped
public class MyDeadlines {

  @PersistenceContext private EntityManager em;

  /**
   * An assignment still to hand in: overdue when the deadline passed (it may still be accepted
   * late), with a draft when one is saved. {@code dueAt} is null for a course's assessed
   * assignment, which has no deadline (listed after those that have one).
   */
  public record Due(
      long assignmentId,
      String title,
      String course,
      OffsetDateTime dueAt,
      boolean overdue,
      boolean draft) {}

  /** A mark released to the trainee. */
  public record Released(
      long assignmentId, String title, String course, OffsetDateTime releasedAt) {}

  /**
   * Assignments on courses the person is taking that they have not handed in and still may: soonest
   * first, at most {@code size}. A course's assessed assignment stays due after a fail, until it is
   * passed, while no work waits for its mark and attempts are left.
   */
  public List<Due> due(long userId, OffsetDateTime now, int size) {
    return Row.list(
            em.createNativeQuery(
                    "select a.id, a.title, v.title, coalesce(x.due_at, a.due_at),"
                        + " coalesce(coalesce(x.due_at, a.due_at) < ?2, false),"
                        + " exists (select 1 from submission d where d.assignment_id = a.id"
                        + "   and d.user_id = ?1 and d.status = 'DRAFT')"
                        + " from assignment a"
                        + " join open_enrolment o on o.course_id = a.course_id and o.user_id = ?1"
                        + " join current_course v on v.course_id = a.course_id"
                        + " left join assignment_extension x on x.assignment_id = a.id"
                        + "   and x.user_id = ?1"
                        + " where a.withdrawn_at is null"
                        + " and (case when a.course_file_code is null"
                        + "   then not exists (select 1 from submission s where s.assignment_id = a.id"
                        + "     and s.user_id = ?1 and s.status = 'SUBMITTED')"
                        // a course's assessed assignment: due until passed, while no work of theirs
                        // waits for its mark and they have attempts left
                        + "   else not exists (select 1 from assessed_work_passed w"
                        + "     where w.user_id = ?1 and w.course_id = a.course_id"
                        + "     and w.course_file_code = a.course_file_code)"
                        + "   and not exists (select 1 from submission s where s.assignment_id = a.id"
                        + "     and s.user_id = ?1 and s.status = 'SUBMITTED' and s.released_at is null)"
                        + "   and (a.max_submissions = 0 or (select count(*) from submission s"
                        + "     where s.assignment_id = a.id and s.user_id = ?1"
                        + "     and s.status = 'SUBMITTED') < a.max_submissions) end)"
                        + " and (coalesce(x.due_at, a.due_at) >= ?2 or (a.late_policy = 'ACCEPT'"
                        + "   and (case when x.user_id is null then a.cutoff_at else x.cutoff_at end"
                        + "   is null or case when x.user_id is null then a.cutoff_at"
                        + "   else x.cutoff_at end > ?2)))"
                        + " order by 4, a.id limit ?3")
                .setParameter(1, userId)
                .setParameter(2, now)
                .setParameter(3, size))
        .stream()
        .map(
            r ->
                new Due(
                    r.longAt(0),
                    r.stringAt(1),
                    r.stringAt(2),
                    r.momentAt(3),
                    r.booleanAt(4),
                    r.booleanAt(5)))
        .toList();
  }

  /** Marks released to the person since {@code since}, newest first, at most {@code size}. */
  public List<Released> released(long userId, OffsetDateTime since, int size) {
    return Row.list(
            em.createNativeQuery(
                    "select a.id, a.title, v.title, max(s.released_at) from submission s"
                        + " join assignment a on a.id = s.assignment_id"
                        + " join current_course v on v.course_id = a.course_id"
                        + " where s.user_id = ?1 and s.released_at >= ?2"
                        + " group by a.id, a.title, v.title order by 4 desc limit ?3")
                .setParameter(1, userId)
                .setParameter(2, since)
                .setParameter(3, size))
        .stream()
        .map(r -> new Released(r.longAt(0), r.stringAt(1), r.stringAt(2), r.momentAt(3)))
        .toList();
  }
}
