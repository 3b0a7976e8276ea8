package org.ccioacademy.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.ccioacademy.platform.database.Row;
import org.ccioacademy.platform.kernel.PeopleMerging;

/**
 * Two accounts of one person merged: the assignment hand-ins (with their files and marks) of the
 * one that goes become the kept one's. Hand-ins from both to one assignment cannot be merged: the
 * administrator is told which.
 */
@ApplicationScoped
public class SubmissionMerge {

  @PersistenceContext private EntityManager em;

  void onMerging(@Observes PeopleMerging merging) {
    if (merging.isCheck()) {
      for (Row r :
          Row.list(
              em.createNativeQuery(
                      "select distinct a.title from submission k join submission g on"
                          + " g.assignment_id = k.assignment_id join assignment a on a.id ="
                          + " k.assignment_id where k.user_id = ?1 and g.user_id = ?2 order by 1")
                  .setParameter(1, merging.kept())
                  .setParameter(2, merging.gone()))) {
        merging.conflict(
            "Both accounts have handed in work for the assignment \"" + r.stringAt(0) + "\".");
      }
      return;
    }
    merging.moved(
        "assignment hand-in",
        "assignment hand-ins",
        em.createNativeQuery("update submission set user_id = ?1 where user_id = ?2")
            .setParameter(1, merging.kept())
            .setParameter(2, merging.gone())
            .executeUpdate());
  }
}
