package org.ccioacademy.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.ccioacademy.platform.kernel.NeedsAttention;

/** For an administrator's home: reviewers who see nobody because no scope was given them. */
@ApplicationScoped
public class ReviewAttention {

  @PersistenceContext private EntityManager em;

  void onCheck(@Observes NeedsAttention attention) {
    long n =
        ((Number)
                em.createNativeQuery(
                        "select count(*) from person_role r join person p on p.id = r.user_id"
                            + " where r.role = 'REVIEWER' and p.enabled and not exists"
                            + " (select 1 from reviewer_scope s where s.user_id = r.user_id)")
                    .getSingleResult())
            .longValue();
    if (n > 0) {
      attention.add(
          (n == 1 ? "1 reviewer sees" : n + " reviewers see")
              + " no trainees: give each a scope (national, regions or organisations) on their"
              + " account page.",
          "/admin/users.xhtml?role=REVIEWER");
    }
  }
}
