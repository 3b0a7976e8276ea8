package org.ccioacademy.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.ccioacademy.platform.kernel.NeedsAttention;

/**
 * For an administrator's home: courses the last import of the course files could not load, and
 * courses whose content is due a review against its sources.
 */
@ApplicationScoped
public class CatalogueAttention {

  @PersistenceContext private EntityManager em;

  @Inject CourseReviews reviews;

  void onCheck(@Observes NeedsAttention attention) {
    List<?> failed =
        em.createNativeQuery(
                "select failed from course_import_run where finished_at is not null"
                    + " order by started_at desc limit 1")
            .getResultList();
    long n = failed.isEmpty() ? 0 : ((Number) failed.get(0)).longValue();
    if (n > 0) {
      attention.add(
          (n == 1 ? "1 course" : n + " courses")
              + " in the course files could not be loaded at the last import: see the problems"
              + " and import again.",
          "/admin/courses.xhtml");
    }
    long stale =
        ((Number)
                em.createNativeQuery(
                        "select count(*) from course c join course_version v"
                            + " on v.id = c.current_version_id where exists (select 1 from module m"
                            + " where m.course_version_id = v.id and (m.reviewed_on is null"
                            + " or m.reviewed_on < current_date - make_interval(months => ?1)))")
                    .setParameter(1, reviews.months())
                    .getSingleResult())
            .longValue();
    if (stale > 0) {
      attention.add(
          (stale == 1
                  ? "1 course has not been checked against its sources"
                  : stale + " courses have not been checked against their sources")
              + " for over "
              + reviews.months()
              + " months: ask the tutors to check them against their sources again.",
          "/admin/courses.xhtml");
    }
  }
}
