package org.ccioacademy.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
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
import org.ccioacademy.platform.database.Sql;

/** Organisers (tutors) and admins create events and their sessions; everyone reads them. */
@ApplicationScoped
public class EventOrganising {

  @PersistenceContext private EntityManager em;
  @Inject AuditLog audit;
  @Inject EventRegistrations registrations;
  @Inject SessionPlaces places;

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
      boolean participatory,
      String room,
      String speakers,
      Integer capacity,
      boolean walkInsAllowed) {}

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
    check(in);
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

  /**
   * Changes an event's details. {@code version} is the one the organiser's form showed: if someone
   * changed the event since, nothing is saved and they are told. Fewer places than are held is
   * refused; more places go at once to the waitlist, in order.
   */
  @Transactional
  public Event update(Actor organiser, Set<Role> roles, long eventId, long version, EventInput in) {
    Event event = em.find(Event.class, eventId, LockModeType.PESSIMISTIC_WRITE);
    if (event == null || !mayOrganise(event, organiser.userId(), roles)) {
      throw new InvalidException(Map.of("", "You can only change events you organise."));
    }
    if (event.getVersion() != version) {
      throw stale("event");
    }
    check(in);
    long held = registrations.placesHeld(eventId);
    if (in.capacity() < held) {
      throw new InvalidException(
          Map.of(
              "capacity",
              (held == 1 ? "1 person already has a place" : held + " people already have a place")
                  + ", so there cannot be fewer places than that."
                  + " Cancel some places first."));
    }
    String before = describe(event);
    event.revise(
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
        in.approvalRequired());
    em.flush();
    audit.record(
        organiser, "event.changed", "event", eventId, event.getTitle(), before, describe(event));
    registrations.fillPlaces(event);
    return event;
  }

  private static String describe(Event e) {
    return e.getTitle()
        + "; "
        + e.getStartsOn()
        + " to "
        + e.getEndsOn()
        + "; "
        + e.getCapacity()
        + " places"
        + (e.isApprovalRequired() ? "; approval" : "");
  }

  private void check(EventInput in) {
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
  }

  @Transactional
  public EventSession addSession(Actor organiser, Set<Role> roles, long eventId, SessionInput in) {
    Event event = em.find(Event.class, eventId);
    if (event == null || !mayOrganise(event, organiser.userId(), roles)) {
      throw new InvalidException(Map.of("", "You can only add sessions to events you organise."));
    }
    checkSession(event, in);
    EventSession s =
        new EventSession(
            event,
            in.title().strip(),
            in.kind(),
            uk(in.startsAt()),
            uk(in.endsAt()),
            in.cpdHours(),
            in.participatory());
    s.place(optional(in.room()), optional(in.speakers()));
    s.limitTo(in.capacity());
    s.allowWalkIns(in.walkInsAllowed());
    em.persist(s);
    em.flush();
    audit.record(
        organiser, "event.session-added", "event", eventId, event.getTitle(), null, describe(s));
    return s;
  }

  /**
   * Changes a session. {@code version} is the one the organiser's form showed; a session cannot
   * have fewer places of its own than are booked.
   */
  @Transactional
  public EventSession updateSession(
      Actor organiser, Set<Role> roles, long sessionId, long version, SessionInput in) {
    EventSession s = em.find(EventSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
    if (s == null || !mayOrganise(s.getEvent(), organiser.userId(), roles)) {
      throw new InvalidException(
          Map.of("", "You can only change sessions of events you organise."));
    }
    if (s.getVersion() != version) {
      throw stale("session");
    }
    checkSession(s.getEvent(), in);
    long booked = places.count(sessionId);
    if (booked > 0 && (in.capacity() == null || in.capacity() < booked)) {
      throw new InvalidException(
          Map.of(
              "sessionCapacity",
              booked
                  + " people have booked this session, so it needs at least "
                  + booked
                  + " places of its own. Move some of them to another session first."));
    }
    String before = describe(s);
    s.revise(
        in.title().strip(),
        in.kind(),
        uk(in.startsAt()),
        uk(in.endsAt()),
        in.cpdHours(),
        in.participatory());
    s.place(optional(in.room()), optional(in.speakers()));
    s.limitTo(in.capacity());
    s.allowWalkIns(in.walkInsAllowed());
    em.flush();
    audit.record(
        organiser,
        "event.session-changed",
        "session",
        sessionId,
        s.getTitle(),
        before,
        describe(s));
    return s;
  }

  /** Lets people without a place check in to a session with the QR code, or stops it. */
  @Transactional
  public EventSession allowWalkIns(Actor organiser, Set<Role> roles, long sessionId, boolean on) {
    EventSession s = em.find(EventSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
    if (s == null || !mayOrganise(s.getEvent(), organiser.userId(), roles)) {
      throw new InvalidException(
          Map.of("", "You can only change sessions of events you organise."));
    }
    if (s.isWalkInsAllowed() != on) {
      s.allowWalkIns(on);
      audit.record(
          organiser,
          "event.walk-ins",
          "session",
          sessionId,
          s.getTitle(),
          on ? "no walk-ins" : "walk-ins allowed",
          on ? "walk-ins allowed" : "no walk-ins");
    }
    return s;
  }

  private void checkSession(Event event, SessionInput in) {
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
    } else if (in.startsAt() != null && in.endsAt() != null && in.endsAt().isAfter(in.startsAt())) {
      long minutes = java.time.Duration.between(in.startsAt(), in.endsAt()).toMinutes();
      if (in.cpdHours().multiply(BigDecimal.valueOf(60)).compareTo(BigDecimal.valueOf(minutes))
          > 0) {
        e.put(
            "cpdHours",
            "The CPD hours cannot be more than the session lasts ("
                + BigDecimal.valueOf(minutes)
                    .divide(BigDecimal.valueOf(60), 2, java.math.RoundingMode.HALF_UP)
                    .stripTrailingZeros()
                    .toPlainString()
                + " hours).");
      }
    }
    if (in.capacity() != null && (in.capacity() < 1 || in.capacity() > 10000)) {
      e.put(
          "sessionCapacity",
          "Give the session's own places from 1 to 10,000, or leave it empty if everyone with a"
              + " place at the event may come.");
    }
    if (in.room() != null && in.room().strip().length() > 120) {
      e.put("room", "Keep the room to 120 characters.");
    }
    if (in.speakers() != null && in.speakers().strip().length() > 500) {
      e.put("speakers", "Keep the speakers to 500 characters.");
    }
    if (!e.isEmpty()) {
      throw new InvalidException(e);
    }
  }

  private static String describe(EventSession s) {
    return s.getTitle()
        + "; "
        + s.getStartsAt()
        + " to "
        + s.getEndsAt()
        + "; "
        + s.getCpdHours().toPlainString()
        + " CPD hours"
        + (s.getCapacity() == null ? "" : "; " + s.getCapacity() + " places")
        + (s.isWalkInsAllowed() ? "; walk-ins" : "");
  }

  private static String optional(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** Someone else saved first: nothing is saved, and the organiser may save again over it. */
  private static InvalidException stale(String what) {
    return new InvalidException(
        Map.of(
            "",
            "Someone else changed this "
                + what
                + " while you were editing it, so nothing was saved. Your changes are still in the"
                + " form: press Save again to put them in place of theirs, or open the page afresh"
                + " to see theirs."));
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

  /** A session, for its organiser's pages. */
  public Optional<EventSession> session(long id) {
    return Optional.ofNullable(em.find(EventSession.class, id));
  }

  public List<EventSession> sessions(Event event) {
    return em.createQuery(
            "select s from EventSession s where s.event = :e order by s.startsAt, s.id",
            EventSession.class)
        .setParameter("e", event)
        .getResultList();
  }

  /**
   * One line of the registration list for organisers: status, name, email and the sessions booked.
   */
  public record Registrant(
      long id, String name, String email, Registration.Status status, String sessions) {}

  /**
   * The registration list, a page at a time: places first, then requests, then the waitlist in
   * order, then those who cancelled or were refused; names or emails containing {@code search}.
   */
  public List<Registrant> registrants(long eventId, String search, int first, int size) {
    String q = Sql.containsPattern(search);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select r.id, u.full_name, u.email, r.status,"
                    + " (select string_agg(s.title, '; ' order by s.starts_at) from session_place p"
                    + "   join event_session s on s.id = p.session_id"
                    + "   where s.event_id = r.event_id and p.user_id = r.user_id)"
                    + " from event_registration r join users u on u.id = r.user_id"
                    + " where r.event_id = ?1 and (lower(u.full_name) like ?2 or u.email like ?2)"
                    + " order by case r.status when 'REGISTERED' then 0 when 'PENDING' then 1"
                    + " when 'WAITLISTED' then 2 else 3 end, r.waitlisted_at, r.requested_at, r.id"
                    + " offset ?3 limit ?4")
            .setParameter(1, eventId)
            .setParameter(2, q)
            .setParameter(3, first)
            .setParameter(4, size)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new Registrant(
                    ((Number) r[0]).longValue(),
                    (String) r[1],
                    (String) r[2],
                    Registration.Status.valueOf((String) r[3]),
                    (String) r[4]))
        .toList();
  }

  /** How many lines {@link #registrants} has in all, for paging. */
  public long countRegistrants(long eventId, String search) {
    return ((Number)
            em.createNativeQuery(
                    "select count(*) from event_registration r join users u on u.id = r.user_id"
                        + " where r.event_id = ?1 and (lower(u.full_name) like ?2 or u.email like ?2)")
                .setParameter(1, eventId)
                .setParameter(2, Sql.containsPattern(search))
                .getSingleResult())
        .longValue();
  }

  static OffsetDateTime uk(LocalDateTime t) {
    return t.atZone(EventSession.UK).toOffsetDateTime();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
