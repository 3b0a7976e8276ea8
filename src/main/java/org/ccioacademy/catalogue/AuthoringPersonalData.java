package org.ccioacademy.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.ccioacademy.platform.privacy.PersonErasure;

/**
 * On erasure of a course author or tutor: they stop tutoring, and their name and address leave the
 * record of course imports they started. The courses they wrote stay.
 */
@ApplicationScoped
public class AuthoringPersonalData {

  @PersistenceContext private EntityManager em;

  void onErasure(@Observes PersonErasure erasure) {
    int tutoring =
        ((Number)
                em.createNativeQuery("select count(*) from course_tutor where user_id = ?1")
                    .setParameter(1, erasure.personId())
                    .getSingleResult())
            .intValue();
    erasure.removed(tutoring, "place as a course's tutor", "places as courses' tutor");
    if (erasure.isErase()) {
      em.createNativeQuery("delete from course_tutor where user_id = ?1")
          .setParameter(1, erasure.personId())
          .executeUpdate();
      erasure.scrub(em, "course_import_run", "actor_label");
    }
  }
}
