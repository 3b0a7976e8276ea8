package org.ccioacademy.review;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.ccioacademy.platform.kernel.PeopleMerging;

/**
 * Two accounts of one person merged: cohorts either was in, the kept one is in; a reviewer's limits
 * are joined (unless the kept one sees every trainee); and the facts reviewers read are worked out
 * again for both, after the other features have moved their rows (a later priority).
 */
@ApplicationScoped
public class ReviewMerge {

  @PersistenceContext private EntityManager em;

  void onMerging(
      @Observes @Priority(Interceptor.Priority.APPLICATION + 900) PeopleMerging merging) {
    if (!merging.isMove()) {
      return;
    }
    long kept = merging.kept();
    long gone = merging.gone();
    merging.moved(
        "cohort membership",
        "cohort memberships",
        update(
            "insert into cohort_member (cohort_id, user_id) select cohort_id, ?1 from"
                + " cohort_member where user_id = ?2 on conflict do nothing",
            kept,
            gone));
    delete("delete from cohort_member where user_id = ?1", gone);
    update(
        "insert into reviewer_scope (user_id, kind, value) select ?1, kind, value from"
            + " reviewer_scope where user_id = ?2 and (exists (select 1 from reviewer_scope k"
            + " where k.user_id = ?1) or not exists (select 1 from person_role r where r.user_id ="
            + " ?1 and r.role = 'REVIEWER')) on conflict do nothing",
        kept,
        gone);
    delete("delete from reviewer_scope where user_id = ?1", gone);
    update("update enrolment_fact set user_id = ?1 where user_id = ?2", kept, gone);
    em.createNativeQuery("select review_refresh(array[cast(?1 as bigint), cast(?2 as bigint)])")
        .setParameter(1, kept)
        .setParameter(2, gone)
        .getResultList();
  }

  private int update(String sql, long kept, long gone) {
    return em.createNativeQuery(sql).setParameter(1, kept).setParameter(2, gone).executeUpdate();
  }

  private void delete(String sql, long gone) {
    em.createNativeQuery(sql).setParameter(1, gone).executeUpdate();
  }
}
