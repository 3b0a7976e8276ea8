package org.ccioacademy.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.ccioacademy.identity.UserAccountRepository;
import org.ccioacademy.platform.audit.Actor;
import org.ccioacademy.platform.audit.AuditLog;
import org.ccioacademy.platform.notify.Notice;
import org.ccioacademy.platform.notify.Notifications;
import org.ccioacademy.platform.web.PublicUrl;

/**
 * Registering for events, a trainee's side, and the waitlist. Every change locks the event's row
 * first, so places are counted one request at a time and capacity is never exceeded, however many
 * trainees press at once; a cancelled place goes at once to the first on the waitlist, who is told
 * by email ({@link RegistrationLetters}). The organiser's side is {@link OrganiserRegistrations}.
 */
@ApplicationScoped
public class EventRegistrations {

  @PersistenceContext private EntityManager em;
  @Inject AuditLog audit;
  @Inject Notifications notifications;
  @Inject UserAccountRepository accounts;
  @Inject SessionPlaces sessionPlaces;
  @Inject PublicUrl publicUrl;

  public Optional<Registration> of(long userId, long eventId) {
    return em.createQuery(
            "select r from Registration r where r.userId = :u and r.event.id = :e",
            Registration.class)
        .setParameter("u", userId)
        .setParameter("e", eventId)
        .getResultStream()
        .findFirst();
  }

  /** Places held now (registrations that are REGISTERED). */
  public long placesHeld(long eventId) {
    return em.createQuery(
            "select count(r) from Registration r where r.event.id = :e and r.status = :s",
            Long.class)
        .setParameter("e", eventId)
        .setParameter("s", Registration.Status.REGISTERED)
        .getSingleResult();
  }

  /** Position on the waitlist, 1 being next; 0 when not waitlisted. */
  public long waitlistPosition(Registration r) {
    if (r.getStatus() != Registration.Status.WAITLISTED) {
      return 0;
    }
    return em.createQuery(
            "select count(x) from Registration x where x.event = :e and x.status = :s"
                + " and (x.waitlistedAt < :t or (x.waitlistedAt = :t and x.id <= :id))",
            Long.class)
        .setParameter("e", r.getEvent())
        .setParameter("s", Registration.Status.WAITLISTED)
        .setParameter("t", r.getWaitlistedAt())
        .setParameter("id", r.getId())
        .getSingleResult();
  }

  @Transactional
  public Registration register(Actor trainee, long eventId) {
    Event event = locked(eventId);
    OffsetDateTime now = OffsetDateTime.now();
    Optional<Registration> existing = of(trainee.userId(), eventId);
    if (existing.isPresent() && existing.get().getStatus().isActive()) {
      return existing.get();
    }
    Event.Decision decision = event.decide(now, placesHeld(eventId));
    switch (decision) {
      case NOT_YET_OPEN ->
          throw new RegistrationClosedException(
              "Registration for " + event.getTitle() + " has not opened yet.");
      case CLOSED ->
          throw new RegistrationClosedException(
              "Registration for " + event.getTitle() + " has closed.");
      default -> {
        // a place, the waitlist, or a request for approval
      }
    }
    Registration r;
    if (existing.isPresent()) {
      r = existing.get();
      r.renew(decision, now);
    } else {
      r = new Registration(event, trainee.userId(), decision, now);
      em.persist(r);
    }
    em.flush();
    audit.record(
        trainee, "event.registration", "event", eventId, event.getTitle(), null, decision.name());
    tell(r, event, decision);
    return r;
  }

  @Transactional
  public void cancel(Actor trainee, long eventId) {
    Event event = locked(eventId);
    Registration r =
        of(trainee.userId(), eventId)
            .filter(x -> x.getStatus().isActive())
            .orElseThrow(
                () ->
                    new RegistrationClosedException(
                        "You are not registered for " + event.getTitle() + "."));
    OffsetDateTime now = OffsetDateTime.now();
    if (!now.isBefore(event.getStartsOn().atStartOfDay(EventSession.UK).toOffsetDateTime())) {
      throw new RegistrationClosedException(
          event.getTitle() + " has started: ask its organiser to change your registration.");
    }
    String before = r.getStatus().name();
    boolean freed = r.cancel(now);
    sessionPlaces.releaseAll(eventId, trainee.userId());
    audit.record(
        trainee, "event.cancelled", "event", eventId, event.getTitle(), before, "CANCELLED");
    if (freed) {
      fillPlaces(event);
    }
  }

  /**
   * Gives free places to the waitlist, first come first served, and tells each person. The caller
   * holds the event's row lock.
   */
  void fillPlaces(Event event) {
    OffsetDateTime now = OffsetDateTime.now();
    int offers = event.placesToOffer(placesHeld(event.getId()), Integer.MAX_VALUE);
    if (offers == 0) {
      return;
    }
    List<Registration> next =
        em.createQuery(
                "select r from Registration r where r.event = :e and r.status = :s"
                    + " order by r.waitlistedAt, r.id",
                Registration.class)
            .setParameter("e", event)
            .setParameter("s", Registration.Status.WAITLISTED)
            .setMaxResults(offers)
            .getResultList();
    for (Registration r : next) {
      r.confirm(now);
      audit.record(
          Actor.SYSTEM,
          "event.promoted",
          "event",
          event.getId(),
          event.getTitle(),
          "WAITLISTED",
          "REGISTERED (user " + r.getUserId() + ")");
      tell(r, event, Event.Decision.REGISTERED);
    }
  }

  /** Tells everyone registered, waitlisted or waiting for approval that the event changed. */
  void eventChanged(Event event, String changes) {
    List<Long> people =
        em.createQuery(
                "select r.userId from Registration r where r.event = :e and r.status in :s",
                Long.class)
            .setParameter("e", event)
            .setParameter(
                "s",
                List.of(
                    Registration.Status.REGISTERED,
                    Registration.Status.WAITLISTED,
                    Registration.Status.PENDING))
            .getResultList();
    for (Long u : people) {
      send(
          u,
          event.getId(),
          name -> RegistrationLetters.eventChanged(name, event, changes, publicUrl.base()));
    }
  }

  void tell(Registration r, Event event, Event.Decision what) {
    send(
        r.getUserId(),
        event.getId(),
        name -> RegistrationLetters.decision(name, event, what, publicUrl.base()));
  }

  /**
   * Tells a person by id about an event, in the app and by a letter emailed (no one if their
   * account is gone).
   */
  boolean send(long userId, long eventId, Function<String, RegistrationLetters.Letter> letter) {
    return accounts
        .find(userId)
        .map(
            a -> {
              RegistrationLetters.Letter l = letter.apply(a.getFullName());
              notifications.tell(
                  a.getId(),
                  a.getEmail(),
                  Notice.emailed(l.purpose(), l.subject(), "/event.xhtml?id=" + eventId, l.body()));
              return true;
            })
        .orElse(false);
  }

  Event locked(long eventId) {
    Event event = em.find(Event.class, eventId, LockModeType.PESSIMISTIC_WRITE);
    if (event == null) {
      throw new RegistrationClosedException("There is no such event.");
    }
    return event;
  }
}
