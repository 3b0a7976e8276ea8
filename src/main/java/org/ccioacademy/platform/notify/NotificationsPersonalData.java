package org.ccioacademy.platform.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.ccioacademy.platform.kernel.PeopleMerging;
import org.ccioacademy.platform.privacy.PersonErasure;
import org.ccioacademy.platform.privacy.RetentionSweep;
import org.ccioacademy.platform.privacy.SubjectAccess;

/**
 * A person's notifications: in their copy of their data, deleted on erasure, moved when two
 * accounts merge, and (once read) kept no longer than the emails about them.
 */
@ApplicationScoped
public class NotificationsPersonalData {

  @PersistenceContext private EntityManager em;

  void onAccess(@Observes SubjectAccess copy) {
    copy.rows(
        em,
        "notifications/notifications.json",
        "select created_at, kind, headline, link, read_at from notification"
            + " where user_id = ?1 order by id");
  }

  void onRetention(@Observes RetentionSweep sweep) {
    String where = " from notification where read_at is not null and created_at < ?1";
    sweep.removeOlder(
        em,
        where,
        sweep.mailBefore(),
        "read notification past its time",
        "read notifications past their time");
  }

  void onErasure(@Observes PersonErasure erasure) {
    int n =
        ((Number)
                em.createNativeQuery("select count(*) from notification where user_id = ?1")
                    .setParameter(1, erasure.personId())
                    .getSingleResult())
            .intValue();
    erasure.removed(n, "notification", "notifications");
    if (erasure.isErase()) {
      em.createNativeQuery("delete from notification where user_id = ?1")
          .setParameter(1, erasure.personId())
          .executeUpdate();
    }
  }

  void onMerging(@Observes PeopleMerging merging) {
    if (!merging.isMove()) {
      return;
    }
    merging.moved(
        "notification",
        "notifications",
        em.createNativeQuery("update notification set user_id = ?1 where user_id = ?2")
            .setParameter(1, merging.kept())
            .setParameter(2, merging.gone())
            .executeUpdate());
  }
}
