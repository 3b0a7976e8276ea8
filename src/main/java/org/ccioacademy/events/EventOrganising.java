package org.ccioacademy.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.ccioacademy.platform.audit.Actor;
import org.ccioacademy.platform.audit.AuditLog;
import org.ccioacademy.platform.database.Row;
import org.ccioacademy.platform.database.Sql;
import org.ccioacademy.platform.kernel.Caller;
import org.ccioacademy.platform.kernel.ConcurrentEditException;
import org.ccioacademy.platform.kernel.FieldErrors;
import org.ccioacademy.platform.kernel.InvalidInputException;
import org.ccioacademy.platform.kernel.NotAllowedException;

/** Organisers (tutors) and admins create events and their sessions; everyone reads them. */
@ApplicationScoped
public class EventOrganising {

  @PersistenceContext private EntityManager em;
  @Inject AuditLog audit;
  @Inject EventRegistrations registrations;
  @Inject SessionPlaces places;

  /** Creates and publishes an event; every problem is reported at once. */
  @Transactional
  public Event create(Actor organiser, EventInput in) {
    invalidUnlessEmpty(in.problems());
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
  public Event update(Caller organiser, long eventId, long version, EventInput in) {
    Event event = em.find(Event.class, eventId, LockModeType.PESSIMISTIC_WRITE);
    if (event == null || !event.mayBeOrganisedBy(organiser)) {
      throw new NotAllowedException("You can only change events you organise.");
    }
    if (event.getVersion() != version) {
      throw stale("event");
    }
    invalidUnlessEmpty(in.problems());
    long held = registrations.placesHeld(eventId);
    if (in.capacity() < held) {
      throw InvalidInputException.of(
          "capacity",
          (held == 1 ? "1 person already has a place" : held + " people already have a place")
              + ", so there cannot be fewer places than that."
              + " Cancel some places first.");
    }
    String before = describe(event);
    LocalDate startsBefore = event.getStartsOn();
    LocalDate endsBefore = event.getEndsOn();
    String venueBefore = event.getVenue();
    String onlineBefore = event.getOnlineUrl();
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
        organiser.actor(),
        "event.changed",
        "event",
        eventId,
        event.getTitle(),
        before,
        describe(event));
    String changes =
        RegistrationLetters.changes(startsBefore, endsBefore, venueBefore, onlineBefore, event);
    if (!changes.isEmpty() && event.getStatus() == Event.Status.PUBLISHED) {
      registrations.eventChanged(event, changes);
    }
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

  @Transactional
  public EventSession addSession(Caller organiser, long eventId, SessionInput in) {
    Event event = em.find(Event.class, eventId);
    if (event == null || !event.mayBeOrganisedBy(organiser)) {
      throw new NotAllowedException("You can only add sessions to events you organise.");
    }
    invalidUnlessEmpty(in.problems(event.getStartsOn(), event.getEndsOn()));
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
        organiser.actor(),
        "event.session-added",
        "event",
        eventId,
        event.getTitle(),
        null,
        describe(s));
    return s;
  }

  /**
   * Changes a session. {@code version} is the one the organiser's form showed; a session cannot
   * have fewer places of its own than are booked.
   */
  @Transactional
  public EventSession updateSession(
      Caller organiser, long sessionId, long version, SessionInput in) {
    EventSession s = em.find(EventSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
    if (s == null || !s.getEvent().mayBeOrganisedBy(organiser)) {
      throw new NotAllowedException("You can only change sessions of events you organise.");
    }
    if (s.getVersion() != version) {
      throw stale("session");
    }
    invalidUnlessEmpty(in.problems(s.getEvent().getStartsOn(), s.getEvent().getEndsOn()));
    long booked = places.count(sessionId);
    if (booked > 0 && (in.capacity() == null || in.capacity() < booked)) {
      throw InvalidInputException.of(
          "sessionCapacity",
          booked
              + " people have booked this session, so it needs at least "
              + booked
              + " places of its own. Move some of them to another session first.");
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
        organiser.actor(),
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
  public EventSession allowWalkIns(Caller organiser, long sessionId, boolean on) {
    EventSession s = em.find(EventSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
    if (s == null || !s.getEvent().mayBeOrganisedBy(organiser)) {
      throw new NotAllowedException("You can only change sessions of events you organise.");
    }
    if (s.isWalkInsAllowed() != on) {
      s.allowWalkIns(on);
      audit.record(
          organiser.actor(),
          "event.walk-ins",
          "session",
          sessionId,
          s.getTitle(),
          on ? "no walk-ins" : "walk-ins allowed",
          on ? "walk-ins allowed" : "no walk-ins");
    }
    return s;
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
  private static ConcurrentEditException stale(String what) {
    return new ConcurrentEditException(
        "Someone else changed this "
            + what
            + " while you were editing it, so nothing was saved. Your changes are still in the"
            + " form: press Save again to put them in place of theirs, or open the page afresh"
            + " to see theirs.");
  }

  private static void invalidUnlessEmpty(FieldErrors problems) {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
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

  /**
   * The events this person organises (any, for an admin) that are not over or cancelled, soonest
   * first, at most {@code size}.
   */
  public List<Event> comingUp(long userId, boolean admin, LocalDate today, int size) {
    return em.createQuery(
            "select e from Event e where (:admin = true or e.organiserId = :u)"
                + " and e.status <> :cancelled and e.endsOn >= :today order by e.startsOn, e.id",
            Event.class)
        .setParameter("admin", admin)
        .setParameter("u", userId)
        .setParameter("cancelled", Event.Status.CANCELLED)
        .setParameter("today", today)
        .setMaxResults(size)
        .getResultList();
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
    List<Row> rows =
        Row.list(
            em.createNativeQuery(
                    "select r.id, u.full_name, u.email, r.status,"
                        + " (select string_agg(s.title, '; ' order by s.starts_at) from session_place p"
                        + "   join event_session s on s.id = p.session_id"
                        + "   where s.event_id = r.event_id and p.user_id = r.user_id)"
                        + " from event_registration r join person u on u.id = r.user_id"
                        + " where r.event_id = ?1 and (lower(u.full_name) like ?2 or u.email like ?2)"
                        + " order by case r.status when 'REGISTERED' then 0 when 'PENDING' then 1"
                        + " when 'WAITLISTED' then 2 else 3 end, r.waitlisted_at, r.requested_at, r.id"
                        + " offset ?3 limit ?4")
                .setParameter(1, eventId)
                .setParameter(2, q)
                .setParameter(3, first)
                .setParameter(4, size));
    return rows.stream()
        .map(
            r ->
                new Registrant(
                    r.longAt(0),
                    r.stringAt(1),
                    r.stringAt(2),
                    r.enumAt(3, Registration.Status.class),
                    r.stringAt(4)))
        .toList();
  }

  /** How many lines {@link #registrants} has in all, for paging. */
  public long countRegistrants(long eventId, String search) {
    return ((Number)
            em.createNativeQuery(
                    "select count(*) from event_registration r join person u on u.id = r.user_id"
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
