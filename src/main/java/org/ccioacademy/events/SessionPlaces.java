package org.ccioacademy.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ccioacademy.identity.UserAccountRepository;
import org.ccioacademy.platform.audit.Actor;
import org.ccioacademy.platform.audit.AuditLog;
import org.ccioacademy.platform.database.Row;
import org.ccioacademy.platform.kernel.Caller;
import org.ccioacademy.platform.kernel.NotAllowedException;
import org.ccioacademy.platform.notify.Notice;
import org.ccioacademy.platform.notify.Notifications;

/**
 * Places in sessions that have a capacity of their own (workshops, site visits). People with a
 * place at the event book them; every change locks the session's row first, so a session is never
 * overbooked. Sessions without a capacity need no booking: everyone with a place at the event may
 * come.
 */
@ApplicationScoped
public class SessionPlaces {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEEE d MMMM, HH:mm", Locale.UK);

  @PersistenceContext private EntityManager em;
  @Inject AuditLog audit;
  @Inject Notifications notifications;
  @Inject UserAccountRepository accounts;

  /** Places taken in each booked session of the event. */
  public Map<Long, Long> taken(long eventId) {
    List<Row> rows =
        Row.list(
            em.createNativeQuery(
                    "select p.session_id, count(*) from session_place p join event_session s"
                        + " on s.id = p.session_id where s.event_id = ?1 group by p.session_id")
                .setParameter(1, eventId));
    Map<Long, Long> taken = new HashMap<>();
    for (Row r : rows) {
      taken.put(r.longAt(0), r.longAt(1));
    }
    return taken;
  }

  /** The sessions of the event in which the person holds a place. */
  public Set<Long> bookedBy(long userId, long eventId) {
    @SuppressWarnings("unchecked")
    List<Number> rows =
        em.createNativeQuery(
                "select p.session_id from session_place p join event_session s"
                    + " on s.id = p.session_id where s.event_id = ?1 and p.user_id = ?2")
            .setParameter(1, eventId)
            .setParameter(2, userId)
            .getResultList();
    Set<Long> ids = new HashSet<>();
    rows.forEach(n -> ids.add(n.longValue()));
    return ids;
  }

  /**
   * Whether the person may attend the session: a place at the event and, for a booked session, a
   * place in it.
   */
  public boolean hasPlace(EventSession session, long userId) {
    Number n =
        (Number)
            em.createNativeQuery(
                    "select count(*) from event_registration r where r.event_id = ?1"
                        + " and r.user_id = ?2 and r.status = 'REGISTERED'"
                        + " and (not ?3 or exists (select 1 from session_place p"
                        + "   where p.session_id = ?4 and p.user_id = ?2))")
                .setParameter(1, session.getEvent().getId())
                .setParameter(2, userId)
                .setParameter(3, session.isBooked())
                .setParameter(4, session.getId())
                .getSingleResult();
    return n.longValue() > 0;
  }

  /** A trainee with a place at the event books a place in one of its sessions. */
  @Transactional
  public void book(Actor trainee, long sessionId) {
    EventSession session = locked(sessionId);
    Event event = session.getEvent();
    if (!session.isBooked()) {
      throw new RegistrationClosedException(
          session.getTitle() + " needs no booking: everyone with a place at the event may come.");
    }
    if (!hasEventPlace(event, trainee.userId())) {
      throw new RegistrationClosedException(
          "Only people with a place at " + event.getTitle() + " can book its sessions.");
    }
    if (!OffsetDateTime.now().isBefore(session.getStartsAt())) {
      throw new RegistrationClosedException(
          session.getTitle() + " has started: ask the organiser if you want to join it.");
    }
    Set<Long> mine = bookedBy(trainee.userId(), event.getId());
    if (mine.contains(sessionId)) {
      return;
    }
    for (Long other : mine) {
      EventSession o = em.find(EventSession.class, other);
      if (o.overlaps(session)) {
        throw new RegistrationClosedException(
            "You have a place at "
                + o.getTitle()
                + " at the same time. Give that place up first if you would rather go to "
                + session.getTitle()
                + ".");
      }
    }
    if (count(sessionId) >= session.getCapacity()) {
      throw new RegistrationClosedException(
          session.getTitle() + " is full. Choose another session, or ask the organiser.");
    }
    insert(sessionId, trainee.userId(), trainee.userId());
    audit.record(
        trainee, "session.booked", "session", sessionId, session.getTitle(), null, "BOOKED");
  }

  /** A trainee gives up their place in a session, for someone else to take. */
  @Transactional
  public void giveUp(Actor trainee, long sessionId) {
    EventSession session = locked(sessionId);
    if (!OffsetDateTime.now().isBefore(session.getStartsAt())) {
      throw new RegistrationClosedException(
          session.getTitle() + " has started: ask the organiser to change your place.");
    }
    if (delete(sessionId, trainee.userId()) > 0) {
      audit.record(
          trainee, "session.given-up", "session", sessionId, session.getTitle(), "BOOKED", null);
    }
  }

  /**
   * The organiser moves a person from one session to another (or gives them a place in {@code to}
   * when {@code from} is null); the new session's capacity still holds, and the person is emailed.
   */
  @Transactional
  public void move(Caller organiser, long userId, Long from, long to) {
    if (from != null && from == to) {
      throw new RegistrationClosedException("Choose a different session to move them to.");
    }
    // lock in id order, so two moves in opposite directions cannot deadlock
    EventSession first = locked(from == null ? to : Math.min(from, to));
    EventSession second = from == null ? first : locked(Math.max(from, to));
    EventSession target = first.getId() == to ? first : second;
    EventSession source = from == null ? null : (target == first ? second : first);
    Event event = target.getEvent();
    if (!event.mayBeOrganisedBy(organiser)
        || source != null && !source.getEvent().getId().equals(event.getId())) {
      throw new NotAllowedException("You can only move people within your own events.");
    }
    if (!target.isBooked()) {
      throw new RegistrationClosedException(
          target.getTitle() + " has no places of its own: everyone with a place may come.");
    }
    if (!hasEventPlace(event, userId)) {
      throw new RegistrationClosedException(
          "They have no place at " + event.getTitle() + ": give them one first.");
    }
    Set<Long> mine = bookedBy(userId, event.getId());
    if (source != null && !mine.contains(source.getId())) {
      throw new RegistrationClosedException("They have no place at " + source.getTitle() + ".");
    }
    if (mine.contains(to)) {
      throw new RegistrationClosedException(
          "They already have a place at " + target.getTitle() + ".");
    }
    for (Long other : mine) {
      EventSession o = em.find(EventSession.class, other);
      if ((source == null || !other.equals(source.getId())) && o.overlaps(target)) {
        throw new RegistrationClosedException(
            "They have a place at "
                + o.getTitle()
                + " at the same time: move them from that session instead.");
      }
    }
    if (count(to) >= target.getCapacity()) {
      throw new RegistrationClosedException(
          target.getTitle() + " is full. Give it more places, or move someone out first.");
    }
    if (source != null) {
      delete(source.getId(), userId);
    }
    insert(to, userId, organiser.userId());
    audit.record(
        organiser.actor(),
        "session.moved",
        "session",
        to,
        target.getTitle(),
        source == null ? null : source.getTitle(),
        target.getTitle() + " (user " + userId + ")");
    accounts
        .find(userId)
        .ifPresent(
            a ->
                notifications.tell(
                    a.getId(),
                    a.getEmail(),
                    Notice.emailed(
                        "session.moved",
                        "Your place at " + target.getTitle(),
                        "/event.xhtml?id=" + event.getId(),
                        "Dear "
                            + a.getFullName()
                            + ",\n\nThe organiser of "
                            + event.getTitle()
                            + " has given you a place at "
                            + target.getTitle()
                            + ", "
                            + WHEN.format(target.getStartsAt().atZoneSameInstant(EventSession.UK))
                            + (source == null ? "" : ", instead of " + source.getTitle())
                            + ".\n\nCCIO Academy\n")));
  }

  /** Frees every session place the person holds at the event (their event place has ended). */
  void releaseAll(long eventId, long userId) {
    em.createNativeQuery(
            "delete from session_place p using event_session s where s.id = p.session_id"
                + " and s.event_id = ?1 and p.user_id = ?2")
        .setParameter(1, eventId)
        .setParameter(2, userId)
        .executeUpdate();
  }

  /** Places taken in one session (call with its row locked for a count that holds). */
  long count(long sessionId) {
    return ((Number)
            em.createNativeQuery("select count(*) from session_place where session_id = ?1")
                .setParameter(1, sessionId)
                .getSingleResult())
        .longValue();
  }

  private boolean hasEventPlace(Event event, long userId) {
    return em.createQuery(
                "select count(r) from Registration r where r.event = :e and r.userId = :u"
                    + " and r.status = :s",
                Long.class)
            .setParameter("e", event)
            .setParameter("u", userId)
            .setParameter("s", Registration.Status.REGISTERED)
            .getSingleResult()
        > 0;
  }

  private void insert(long sessionId, long userId, Long by) {
    em.createNativeQuery(
            "insert into session_place (session_id, user_id, booked_by) values (?1, ?2, ?3)"
                + " on conflict do nothing")
        .setParameter(1, sessionId)
        .setParameter(2, userId)
        .setParameter(3, by)
        .executeUpdate();
  }

  private int delete(long sessionId, long userId) {
    return em.createNativeQuery("delete from session_place where session_id = ?1 and user_id = ?2")
        .setParameter(1, sessionId)
        .setParameter(2, userId)
        .executeUpdate();
  }

  private EventSession locked(long sessionId) {
    EventSession s = em.find(EventSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
    if (s == null) {
      throw new RegistrationClosedException("There is no such session.");
    }
    return s;
  }
}
