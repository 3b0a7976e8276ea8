package org.ccioacademy.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.ccioacademy.platform.privacy.PersonErasure;
import org.ccioacademy.platform.privacy.SubjectAccess;

/**
 * The cohorts a person was put in, and (for a reviewer) what they were given to see, in their copy
 * of their data. On erasure the person leaves every cohort chosen by name and loses any scope;
 * their place in figures (by region, organisation, group) stays.
 */
@ApplicationScoped
public class ReviewPersonalData {

  @PersistenceContext private EntityManager em;

  void onAccess(@Observes SubjectAccess copy) {
    copy.rows(
        em,
        "cohorts/cohorts.json",
        "select c.name, c.description from cohort_member m join cohort c on c.id = m.cohort_id"
            + " where m.user_id = ?1 order by c.name");
    copy.rows(
        em,
        "cohorts/reviewer-scope.json",
        "select kind, value from reviewer_scope where user_id = ?1 order by kind, value");
  }

  void onErasure(@Observes PersonErasure erasure) {
    long id = erasure.personId();
    int cohorts =
        ((Number)
                em.createNativeQuery("select count(*) from cohort_member where user_id = ?1")
                    .setParameter(1, id)
                    .getSingleResult())
            .intValue();
    erasure.removed(
        cohorts, "place in a cohort chosen by name", "places in cohorts chosen by name");
    if (erasure.isErase()) {
      em.createNativeQuery("delete from cohort_member where user_id = ?1")
          .setParameter(1, id)
          .executeUpdate();
      em.createNativeQuery("delete from reviewer_scope where user_id = ?1")
          .setParameter(1, id)
          .executeUpdate();
      erasure.scrub(em, "cohort", "name", "description");
    }
  }
}
