package org.ccioacademy.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.ccioacademy.platform.database.Row;

/** The events a trainee is going to, is waiting for, or has asked to attend, for their home. */
@ApplicationScoped
public class MyEvents {

  @PersistenceContext private EntityManager em;

  /**
   * One event to come: where the person stands, and their place on the waitlist (0 unless on it).
   */
  public record Coming(
      long eventId,
      String title,
      LocalDate startsOn,
      LocalDate endsOn,
      String venue,
      Registration.Status status,
      long waitlistPosition) {

    public String standing() {
      return switch (status) {
        case REGISTERED -> "You have a place";
        case WAITLISTED -> "Number " + waitlistPosition + " on the waitlist";
        default -> "Waiting for the organiser to approve";
      };
    }
  }

  /** The person's events that have not ended, soonest first, at most {@code size}. */
  public List<Coming> comingUp(long userId, LocalDate today, int size) {
    return Row.list(
            em.createNativeQuery(
                    "select e.id, e.title, e.starts_on, e.ends_on, e.venue, r.status,"
                        + " case when r.status = 'WAITLISTED' then (select count(*)"
                        + "   from event_registration x where x.event_id = r.event_id"
                        + "   and x.status = 'WAITLISTED' and (x.waitlisted_at < r.waitlisted_at"
                        + "   or (x.waitlisted_at = r.waitlisted_at and x.id <= r.id))) else 0 end"
                        + " from event_registration r join event e on e.id = r.event_id"
                        + " where r.user_id = ?1 and e.status = 'PUBLISHED' and e.ends_on >= ?2"
                        + " and r.status in ('REGISTERED', 'WAITLISTED', 'PENDING')"
                        + " order by e.starts_on, e.id limit ?3")
                .setParameter(1, userId)
                .setParameter(2, today)
                .setParameter(3, size))
        .stream()
        .map(
            r ->
                new Coming(
                    r.longAt(0),
                    r.stringAt(1),
                    r.dateAt(2),
                    r.dateAt(3),
                    r.stringAt(4),
                    r.enumAt(5, Registration.Status.class),
                    r.longAt(6)))
        .toList();
  }
}
