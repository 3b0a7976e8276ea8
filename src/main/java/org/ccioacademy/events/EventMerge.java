package org.ccioacademy.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.ccioacademy.platform.database.Row;
import org.ccioacademy.platform.kernel.PeopleMerging;

/**
 * Two accounts of one person merged: the event registrations, places and attendance of the one that
 * goes become the kept one's. A cancelled or refused registration gives way to the other account's
 * on the same event; two live registrations on one event, or attendance recorded for both in one
 * session, cannot be merged: the administrator is told which.
 */
@ApplicationScoped
public class EventMerge {

  private static final String ENDED = "('CANCELLED', 'REFUSED')";

  @PersistenceContext private EntityManager em;

  void onMerging(@Observes PeopleMerging merging) {
    if (merging.isCheck()) {
      for (Row r :
          Row.list(
              em.createNativeQuery(
                      "select e.title from event_registration a join event_registration b on"
                          + " b.event_id = a.event_id join event e on e.id = a.event_id where"
                          + " a.user_id = ?1 and b.user_id = ?2 and a.status not in "
                          + ENDED
                          + " and b.status not in "
                          + ENDED
                          + " order by 1")
                  .setParameter(1, merging.kept())
                  .setParameter(2, merging.gone()))) {
        merging.conflict(
            "Both accounts are registered for \""
                + r.stringAt(0)
                + "\". Cancel one of the registrations first.");
      }
      for (Row r :
          Row.list(
              em.createNativeQuery(
                      "select distinct e.title from attendance_mark a join attendance_mark b on"
                          + " b.session_id = a.session_id join event_session s on s.id ="
                          + " a.session_id join event e on e.id = s.event_id where a.user_id = ?1"
                          + " and b.user_id = ?2 order by 1")
                  .setParameter(1, merging.kept())
                  .setParameter(2, merging.gone()))) {
        merging.conflict(
            "Both accounts have attendance recorded at \""
                + r.stringAt(0)
                + "\" in the same session, so the register could not say which is right.");
      }
      return;
    }
    long kept = merging.kept();
    long gone = merging.gone();
    update(
        "delete from event_registration g using event_registration k where g.user_id = ?2 and"
            + " k.user_id = ?1 and k.event_id = g.event_id and g.status in "
            + ENDED,
        kept,
        gone);
    update(
        "delete from event_registration k using event_registration g where k.user_id = ?1 and"
            + " g.user_id = ?2 and k.event_id = g.event_id and k.status in "
            + ENDED,
        kept,
        gone);
    merging.moved(
        "event registration",
        "event registrations",
        update("update event_registration set user_id = ?1 where user_id = ?2", kept, gone));
    update(
        "delete from session_place g using session_place k where g.user_id = ?2 and k.user_id ="
            + " ?1 and k.session_id = g.session_id",
        kept,
        gone);
    update("update session_place set user_id = ?1 where user_id = ?2", kept, gone);
    merging.moved(
        "attendance record",
        "attendance records",
        update("update attendance_mark set user_id = ?1 where user_id = ?2", kept, gone));
  }

  private int update(String sql, long kept, long gone) {
    return em.createNativeQuery(sql).setParameter(1, kept).setParameter(2, gone).executeUpdate();
  }
}
