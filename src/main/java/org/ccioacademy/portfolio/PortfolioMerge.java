package org.ccioacademy.portfolio;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.ccioacademy.platform.kernel.PeopleMerging;

/**
 * Two accounts of one person merged: the CPD records (with their evidence) of the one that goes
 * become the kept one's; the kept one's CPD cycle stands, or the other's when it has none.
 */
@ApplicationScoped
public class PortfolioMerge {

  @PersistenceContext private EntityManager em;

  void onMerging(@Observes PeopleMerging merging) {
    if (!merging.isMove()) {
      return;
    }
    merging.moved(
        "CPD record",
        "CPD records",
        em.createNativeQuery("update cpd_entry set user_id = ?1 where user_id = ?2")
            .setParameter(1, merging.kept())
            .setParameter(2, merging.gone())
            .executeUpdate());
    em.createNativeQuery(
            "update cpd_cycle set user_id = ?1 where user_id = ?2 and not exists (select 1 from"
                + " cpd_cycle k where k.user_id = ?1)")
        .setParameter(1, merging.kept())
        .setParameter(2, merging.gone())
        .executeUpdate();
    em.createNativeQuery("delete from cpd_cycle where user_id = ?1")
        .setParameter(1, merging.gone())
        .executeUpdate();
  }
}
