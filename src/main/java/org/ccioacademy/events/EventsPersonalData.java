package org.ccioacademy.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.ccioacademy.platform.privacy.PersonErasure;
import org.ccioacademy.platform.privacy.SubjectAccess;

/**
 * A person's events in their copy of their data: registrations, sessions booked and attendance as
 * recorded (with corrections). On erasure all of it stays, naming no one, for attendance figures.
 */
@ApplicationScoped
public class EventsPersonalData {

  @PersistenceContext private EntityManager em;

  void onAccess(@Observes SubjectAccess copy) {
    copy.rows(
        em,
        "events/registrations.json",
        "select e.title as event, e.starts_on, r.status, r.requested_at, r.waitlisted_at,"
            + " r.confirmed_at, r.ended_at from event_registration r"
            + " join event e on e.id = r.event_id where r.user_id = ?1 order by r.id");
    copy.rows(
        em,
        "events/sessions-booked.json",
        "select e.title as event, s.title as session, s.starts_at, p.booked_at"
            + " from session_place p join event_session s on s.id = p.session_id"
            + " join event e on e.id = s.event_id where p.user_id = ?1 order by s.starts_at");
    copy.rows(
        em,
        "events/attendance.json",
        "select e.title as event, s.title as session, s.starts_at, m.status, m.source,"
            + " m.recorded_at, m.supersedes_id is not null as correction"
            + " from attendance_mark m join event_session s on s.id = m.session_id"
            + " join event e on e.id = s.event_id where m.user_id = ?1 order by m.id");
  }

  void onErasure(@Observes PersonErasure erasure) {
    int registrations =
        ((Number)
                em.createNativeQuery("select count(*) from event_registration where user_id = ?1")
                    .setParameter(1, erasure.personId())
                    .getSingleResult())
            .intValue();
    erasure.kept(
        registrations,
        "event registration with its attendance",
        "event registrations with their attendance",
        "for attendance figures");
    if (erasure.isErase()) {
      // an organiser or speaker named in an event's text
      erasure.scrub(em, "event", "title", "description", "venue");
      erasure.scrub(em, "event_session", "title");
    }
  }
}
