package org.ccioacademy.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ccioacademy.identity.Role;
import org.ccioacademy.platform.audit.Actor;
import org.ccioacademy.platform.audit.AuditLog;

/** Organisers (tutors) and admins create events and their sessions; everyone reads them. */
@ApplicationScoped
public class EventOrganising {

  @PersistenceContext private EntityManager em;
  @Inject AuditLog audit;

  /** What an organiser typed for a new event (times are UK local times). */
  public record EventInput(
      String title,
      EventKind kind,
      String description,
      String venue,
      String onlineUrl,
      LocalDate startsOn,
      LocalDate endsOn,
      LocalDateTime opensAt,
      LocalDateTime closesAt,
      Integer capacity,
      boolean approvalRequired) {}

  /** What an organiser typed for a new session. */
  public record SessionInput(
      String title,
      SessionKind kind,
      LocalDateTime startsAt,
      LocalDateTime endsAt,
      BigDecimal cpdHours,
      boolean participatory) {}

  /** A problem with what was typed, by field. */
  public static class InvalidException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final Map<String, String> errors;

    InvalidException(Map<String, String> errors) {
      super(errors.toString());
      this.errors = errors;
    }

    public Map<String, String> errors() {
      return errors;
    }
  }

  /** Creates and publishes an event; every problem is reported at once. */
  @Transactional
  public Event create(Actor organiser, EventInput in) {
    Map<String, String> e = new LinkedHashMap<>();
    if (blank(in.title())) {
      e.put("title", "Give the event a title.");
    }
    if (in.kind() == null) {
      e.put("kind", "Choose what kind of event it is.");
    }
    if (blank(in.description())) {
      e.put("description", "Describe the event: what happens and who it is for.");
    }
    if (blank(in.venue()) && blank(in.onlineUrl())) {
      e.put("venue", "Give a venue, an online link, or both.");
    }
    if (!blank(in.onlineUrl()) && !in.onlineUrl().strip().matches("https://\\S+")) {
      e.put("onlineUrl", "The online link must be a web address starting with https://.");
    }
    if (in.startsOn() == null) {
      e.put("startsOn", "Give the first day.");
    }
    if (in.endsOn() == null) {
      e.put("endsOn", "Give the last day (the same as the first for a one-day event).");
    } else if (in.startsOn() != null && in.endsOn().isBefore(in.startsOn())) {
      e.put("endsOn", "The last day cannot be before the first.");
    }
    if (in.opensAt() == null) {
      e.put("opensAt", "Give when registration opens.");
    }
    if (in.closesAt() == null) {
      e.put("closesAt", "Give when registration closes.");
    } else if (in.opensAt() != null && !in.closesAt().isAfter(in.opensAt())) {
      e.put("closesAt", "Registration must close after it opens.");
    }
    if (in.capacity() == null || in.capacity() < 1 || in.capacity() > 10000) {
      e.put("capacity", "Give the number of places, from 1 to 10,000.");
    }
    if (!e.isEmpty()) {
      throw new InvalidException(e);
    }
    Event event =
        new Event(
            in.title().strip(),
            in.kind(),
            in.description().strip(),
            blank(in.venue()) ? null : in.venue().strip(),
            blank(in.onlineUrl()) ? null : in.onlineUrl().strip(),
            in.startsOn(),
            in.endsOn(),
            uk(in.opensAt()),
            uk(in.closesAt()),
            in.capacity(),
            in.approvalRequired(),
            organiser.userId());
    event.publish();
    em.persist(event);
    em.flush();
    audit.record(
        organiser, "event.created", "event", event.getId(), event.getTitle(), null, "PUBLISHED");
    return event;
  }

  @Transactional
  public EventSession addSession(Actor organiser, Set<Role> roles, long eventId, SessionInput in) {
    Event event = em.find(Event.class, eventId);
    if (event == null || !mayOrganise(event, organiser.userId(), roles)) {
      throw new InvalidException(Map.of("", "You can only add sessions to events you organise."));
    }
    Map<String, String> e = new LinkedHashMap<>();
    if (blank(in.title())) {
      e.put("sessionTitle", "Give the session a title.");
    }
    if (in.kind() == null) {
      e.put("sessionKind", "Choose the kind of session.");
    }
    if (in.startsAt() == null) {
      e.put("sessionStarts", "Give when the session starts.");
    }
    if (in.endsAt() == null) {
      e.put("sessionEnds", "Give when the session ends.");
    } else if (in.startsAt() != null && !in.endsAt().isAfter(in.startsAt())) {
      e.put("sessionEnds", "The session must end after it starts.");
    }
    if (in.startsAt() != null
        && (in.startsAt().toLocalDate().isBefore(event.getStartsOn())
            || in.startsAt().toLocalDate().isAfter(event.getEndsOn()))) {
      e.put("sessionStarts", "The session must be on one of the event's days.");
    }
    if (in.cpdHours() == null || in.cpdHours().signum() < 0 || in.cpdHours().intValue() > 24) {
      e.put("cpdHours", "Give the CPD hours (0 to 24; breaks do not count).");
    }
    if (!e.isEmpty()) {
      throw new InvalidException(e);
    }
    EventSession s =
        new EventSession(
            event,
            in.title().strip(),
            in.kind(),
            uk(in.startsAt()),
            uk(in.endsAt()),
            in.cpdHours(),
            in.participatory());
    em.persist(s);
    em.flush();
    audit.record(
        organiser, "event.session-added", "event", eventId, event.getTitle(), null, s.getTitle());
    return s;
  }

  public static boolean mayOrganise(Event event, Long userId, Set<Role> roles) {
    return roles.contains(Role.ADMIN) || event.getOrganiserId().equals(userId);
  }

  public Optional<Event> find(long id) {
    return Optional.ofNullable(em.find(Event.class, id));
  }

  /** Published events not yet over, soonest first, paged. */
  public List<Event> upcoming(LocalDate today, int first, int size) {
    return em.createQuery(
            "select e from Event e where e.status = :p and e.endsOn >= :today"
                + " order by e.startsOn, e.id",
            Event.class)
        .setParameter("p", Event.Status.PUBLISHED)
        .setParameter("today", today)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  public long countUpcoming(LocalDate today) {
    return em.createQuery(
            "select count(e) from Event e where e.status = :p and e.endsOn >= :today", Long.class)
        .setParameter("p", Event.Status.PUBLISHED)
        .setParameter("today", today)
        .getSingleResult();
  }

  public List<Event> organisedBy(long userId, boolean admin) {
    if (admin) {
      return em.createQuery("select e from Event e order by e.startsOn desc, e.id", Event.class)
          .getResultList();
    }
    return em.createQuery(
            "select e from Event e where e.organiserId = :u order by e.startsOn desc, e.id",
            Event.class)
        .setParameter("u", userId)
        .getResultList();
  }

  public List<EventSession> sessions(Event event) {
    return em.createQuery(
            "select s from EventSession s where s.event = :e order by s.startsAt, s.id",
            EventSession.class)
        .setParameter("e", event)
        .getResultList();
  }

  /** The registration list for organisers: status, name and email, waitlist in order. */
  public record Registrant(long id, String name, String email, Registration.Status status) {}

  public List<Registrant> registrants(long eventId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select r.id, u.full_name, u.email, r.status from event_registration r"
                    + " join users u on u.id = r.user_id where r.event_id = ?1"
                    + " order by case r.status when 'REGISTERED' then 0 when 'PENDING' then 1"
                    + " when 'WAITLISTED' then 2 else 3 end, r.waitlisted_at, r.requested_at, r.id")
            .setParameter(1, eventId)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new Registrant(
                    ((Number) r[0]).longValue(),
                    (String) r[1],
                    (String) r[2],
                    Registration.Status.valueOf((String) r[3])))
        .toList();
  }

  static OffsetDateTime uk(LocalDateTime t) {
    return t.atZone(EventSession.UK).toOffsetDateTime();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
