package org.ccioacademy.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.ccioacademy.catalogue.Catalogue;
import org.ccioacademy.catalogue.Course;
import org.ccioacademy.catalogue.Module;

/**
 * Demo mode only: learning done in the past, written directly (the services only record what
 * happens now). A course completed months ago shows a certificate near its expiry: the sweep issues
 * it with the old dates and sends the reminder, and the course page offers re-certification.
 */
@ApplicationScoped
public class DemoHistory {

  @PersistenceContext private EntityManager em;
  @Inject Catalogue catalogue;

  /** The trainee completed the course {@code months} months ago (unless enrolled already). */
  @Transactional
  public void completedMonthsAgo(long userId, String courseCode, int months) {
    Course course = catalogue.course(courseCode).orElse(null);
    if (course == null) {
      return;
    }
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(
                "insert into enrolment (user_id, course_id, status, enrolled_at, completed_at,"
                    + " completed_version_id, last_activity_at) values (?1, ?2, 'COMPLETED',"
                    + " now() - make_interval(months => ?3, days => 6),"
                    + " now() - make_interval(months => ?3), ?4,"
                    + " now() - make_interval(months => ?3))"
                    + " on conflict (user_id, course_id) do nothing returning id")
            .setParameter(1, userId)
            .setParameter(2, course.getId())
            .setParameter(3, months)
            .setParameter(4, course.getCurrentVersion().getId())
            .getResultList();
    if (ids.isEmpty()) {
      return;
    }
    for (Module m : course.getCurrentVersion().getModules()) {
      em.createNativeQuery(
              "insert into module_progress (enrolment_id, module_code, read_at, quiz_passed_at,"
                  + " best_score, completed_at) select ?1, ?2, t, case when ?3 then t end,"
                  + " case when ?3 then 100 end, t"
                  + " from (select now() - make_interval(months => ?4, days => 1) as t) e")
          .setParameter(1, ids.get(0).longValue())
          .setParameter(2, m.getCode())
          .setParameter(3, m.hasQuiz())
          .setParameter(4, months)
          .executeUpdate();
    }
  }
}
