package org.ccioacademy.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.ccioacademy.platform.kernel.NeedsAttention;

/** For an administrator's home: courses the last import of the course files could not load. */
@ApplicationScoped
public class CatalogueAttention {

  @PersistenceContext private EntityManager em;

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
  }
}
