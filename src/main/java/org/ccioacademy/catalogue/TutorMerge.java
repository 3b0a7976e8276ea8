package org.ccioacademy.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.ccioacademy.platform.kernel.PeopleMerging;

/** Two accounts of one person merged: the courses either taught, the kept one teaches. */
@ApplicationScoped
public class TutorMerge {

  @PersistenceContext private EntityManager em;

  void onMerging(@Observes PeopleMerging merging) {
    if (!merging.isMove()) {
      return;
    }
    merging.moved(
        "course taught",
        "courses taught",
        em.createNativeQuery(
                "insert into course_tutor (course_id, user_id) select course_id, ?1 from"
                    + " course_tutor where user_id = ?2 on conflict do nothing")
            .setParameter(1, merging.kept())
            .setParameter(2, merging.gone())
            .executeUpdate());
    em.createNativeQuery("delete from course_tutor where user_id = ?1")
        .setParameter(1, merging.gone())
        .executeUpdate();
  }
}
