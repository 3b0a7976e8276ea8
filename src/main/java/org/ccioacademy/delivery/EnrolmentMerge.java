package org.ccioacademy.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.ccioacademy.platform.database.Row;
import org.ccioacademy.platform.kernel.PeopleMerging;

/**
 * Two accounts of one person merged: the enrolments of the one that goes (with their progress, quiz
 * attempts and completions) become the kept one's. Both enrolled on one course cannot be merged:
 * the administrator is told which course.
 */
@ApplicationScoped
public class EnrolmentMerge {

  @PersistenceContext private EntityManager em;

  void onMerging(@Observes PeopleMerging merging) {
    if (merging.isCheck()) {
      List<Row> both =
          Row.list(
              em.createNativeQuery(
                      "select coalesce(c.title, c.code) from enrolment a join enrolment b on"
                          + " b.course_id = a.course_id join current_course c on c.course_id ="
                          + " a.course_id where a.user_id = ?1 and b.user_id = ?2 order by 1")
                  .setParameter(1, merging.kept())
                  .setParameter(2, merging.gone()));
      for (Row r : both) {
        merging.conflict(
            "Both accounts are enrolled on \""
                + r.stringAt(0)
                + "\". Only one enrolment on a course can be kept: ask the person which, and"
                + " remove the other from the course first.");
      }
      return;
    }
    merging.moved(
        "enrolment",
        "enrolments",
        em.createNativeQuery("update enrolment set user_id = ?1 where user_id = ?2")
            .setParameter(1, merging.kept())
            .setParameter(2, merging.gone())
            .executeUpdate());
    em.createNativeQuery("update course_completion set user_id = ?1 where user_id = ?2")
        .setParameter(1, merging.kept())
        .setParameter(2, merging.gone())
        .executeUpdate();
  }
}
