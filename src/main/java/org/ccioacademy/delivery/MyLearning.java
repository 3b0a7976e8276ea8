package org.ccioacademy.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.ccioacademy.platform.database.Row;

/** "My learning": a trainee's courses as they stand, paged in the database. */
@ApplicationScoped
public class MyLearning {

  @PersistenceContext private EntityManager em;

  /** "My learning": courses in progress first (most recent activity first), then completed. */
  public List<LearningRow> learning(long userId, int first, int size) {
    List<Row> rows =
        Row.list(
            em.createNativeQuery(
                    "select v.code, v.title, e.status,"
                        + " (select count(*) from course_module m join module_progress p"
                        + "    on p.enrolment_id = e.id and p.module_code = m.code"
                        + "   where m.course_version_id = v.course_version_id and m.required"
                        + "     and p.completed_at is not null),"
                        + " (select count(*) from course_module m"
                        + "   where m.course_version_id = v.course_version_id and m.required),"
                        + " e.last_activity_at, e.completed_at,"
                        // where to continue: the module last opened if it is not done, else the
                        // first module not done (as on the course page)
                        + " coalesce((select m.code from course_module m where m.course_version_id = v.course_version_id"
                        + "   and m.code = e.last_module_code and not exists (select 1"
                        + "   from module_progress p where p.enrolment_id = e.id"
                        + "   and p.module_code = m.code and p.completed_at is not null)),"
                        + " (select m.code from course_module m where m.course_version_id = v.course_version_id"
                        + "   and not exists (select 1 from module_progress p"
                        + "   where p.enrolment_id = e.id and p.module_code = m.code"
                        + "   and p.completed_at is not null) order by m.position limit 1))"
                        + " from enrolment e join current_course v on v.course_id = e.course_id"
                        + " where e.user_id = ?1 and e.status <> 'LEFT'"
                        + " order by case e.status when 'ACTIVE' then 0 else 1 end,"
                        + " e.last_activity_at desc, e.id"
                        + " limit ?2 offset ?3")
                .setParameter(1, userId)
                .setParameter(2, size)
                .setParameter(3, first));
    return rows.stream()
        .map(
            r ->
                new LearningRow(
                    r.stringAt(0),
                    r.stringAt(1),
                    r.enumAt(2, Enrolment.Status.class),
                    r.intAt(3),
                    r.intAt(4),
                    r.momentAt(5),
                    r.momentAt(6),
                    r.stringAt(7)))
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
}
