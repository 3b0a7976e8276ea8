package org.ccioacademy.certificates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.ccioacademy.platform.database.Row;
import org.ccioacademy.platform.kernel.PeopleMerging;

/**
 * Two accounts of one person merged: the certificates (and their badges) of the one that goes
 * become the kept one's, and stay verifiable under their numbers. The same achievement certified to
 * both cannot be merged: the administrator is told which.
 */
@ApplicationScoped
public class CertificateMerge {

  @PersistenceContext private EntityManager em;

  void onMerging(@Observes PeopleMerging merging) {
    if (merging.isCheck()) {
      for (Row r :
          Row.list(
              em.createNativeQuery(
                      "select a.title from certificate a join certificate b on b.kind = a.kind and"
                          + " b.achievement = a.achievement where a.user_id = ?1 and b.user_id ="
                          + " ?2 order by 1")
                  .setParameter(1, merging.kept())
                  .setParameter(2, merging.gone()))) {
        merging.conflict(
            "Both accounts hold a certificate for \""
                + r.stringAt(0)
                + "\". Revoke the one issued in error first.");
      }
      return;
    }
    merging.moved(
        "certificate",
        "certificates",
        em.createNativeQuery("update certificate set user_id = ?1 where user_id = ?2")
            .setParameter(1, merging.kept())
            .setParameter(2, merging.gone())
            .executeUpdate());
  }
}
