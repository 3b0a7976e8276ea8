package org.ccioacademy.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.ccioacademy.identity.Role;
import org.ccioacademy.identity.UserAccountRepository;
import org.ccioacademy.platform.audit.Actor;
import org.ccioacademy.platform.audit.AuditLog;
import org.ccioacademy.platform.mail.Mail;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Registering for events. Every change locks the event's row first, so places are counted one
 * request at a time and capacity is never exceeded, however many trainees press at once; a
 * cancelled place goes at once to the first on the waitlist, who is told by email.
 */
@ApplicationScoped
public class EventRegistrations {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  @PersistenceContext private EntityManager em;
  @Inject AuditLog audit;
  @Inject Mail mail;
  @Inject UserAccountRepository accounts;
  @Inject SessionPlaces sessionPlaces;

  @Inject
  @ConfigProperty(name = "ccio.public-url", defaultValue = "http://localhost:8080")
  String publicUrl;

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
   * The organiser cancels someone's registration (a place, a waitlist entry or a request), at any
   * time; a freed place goes to the waitlist and the person is told.
   */
  @Transactional
  public void cancelFor(Actor organiser, Set<Role> roles, long registrationId) {
    Registration r = forOrganiser(organiser, roles, registrationId);
    if (!r.getStatus().isActive()) {
      return;
    }
    Event event = r.getEvent();
    String before = r.getStatus().name();
    boolean freed = r.cancel(OffsetDateTime.now());
    sessionPlaces.releaseAll(event.getId(), r.getUserId());
    audit.record(
        organiser,
        "event.cancelled-by-organiser",
        "event",
        event.getId(),
        event.getTitle(),
        before,
        "CANCELLED (user " + r.getUserId() + ")");
    accounts
        .find(r.getUserId())
        .ifPresent(
            a ->
                mail.queue(
                    a.getEmail(),
                    "Your registration for " + event.getTitle() + " is cancelled",
                    "Dear "
                        + a.getFullName()
                        + ",\n\nThe organiser of "
                        + event.getTitle()
                        + " has cancelled your registration. If you think this is a mistake,"
                        + " please reply to the organiser.\n\nCCIO Academy\n",
                    "event.cancelled-by-organiser"));
    if (freed) {
      fillPlaces(event);
    }
  }

  /**
   * The organiser adds someone by email (a booking by phone, a speaker's guest): a place if one is
   * free, else the waitlist, whatever the registration window and approval; they are told.
   */
  @Transactional
  public Registration addFor(Actor organiser, Set<Role> roles, long eventId, String email) {
    Event event = locked(eventId);
    if (!EventOrganising.mayOrganise(event, organiser.userId(), roles)) {
      throw new RegistrationClosedException("You can only add people to your own events.");
    }
    String wanted = email == null ? "" : email.strip();
    var account =
        accounts
            .findByEmail(org.ccioacademy.identity.EmailAddress.normalise(wanted))
            .orElseThrow(
                () ->
                    new RegistrationClosedException(
                        "Nobody has an account with the email "
                            + (wanted.isEmpty() ? "(empty)" : wanted)
                            + ". They can register as a trainee first."));
    OffsetDateTime now = OffsetDateTime.now();
    Optional<Registration> existing = of(account.getId(), eventId);
    if (existing.isPresent() && existing.get().getStatus() == Registration.Status.REGISTERED) {
      throw new RegistrationClosedException(account.getFullName() + " already has a place.");
    }
    Event.Decision decision =
        event.hasPlaceFor(placesHeld(eventId))
            ? Event.Decision.REGISTERED
            : Event.Decision.WAITLISTED;
    Registration r;
    if (existing.isPresent()) {
      r = existing.get();
      if (decision == Event.Decision.WAITLISTED
          && r.getStatus() == Registration.Status.WAITLISTED) {
        throw new RegistrationClosedException(
            account.getFullName() + " is already on the waitlist, and the event is full.");
      }
      if (!r.getStatus().isActive()) {
        r.renew(decision, now);
      } else if (decision == Event.Decision.REGISTERED) {
        r.confirm(now);
      } else {
        r.waitlist(now);
      }
    } else {
      r = new Registration(event, account.getId(), decision, now);
      em.persist(r);
    }
    em.flush();
    audit.record(
        organiser,
        "event.added-by-organiser",
        "event",
        eventId,
        event.getTitle(),
        null,
        decision.name() + " (user " + account.getId() + ")");
    tell(r, event, decision);
    return r;
  }

  /** The organiser approves a pending request: a place if one is free, else the waitlist. */
  @Transactional
  public Registration approve(Actor organiser, Set<Role> roles, long registrationId) {
    Registration r = forOrganiser(organiser, roles, registrationId);
    if (r.getStatus() != Registration.Status.PENDING) {
      return r;
    }
    OffsetDateTime now = OffsetDateTime.now();
    Event.Decision decision;
    if (r.getEvent().hasPlaceFor(placesHeld(r.getEvent().getId()))) {
      r.confirm(now);
      decision = Event.Decision.REGISTERED;
    } else {
      r.waitlist(now);
      decision = Event.Decision.WAITLISTED;
    }
    audit.record(
        organiser,
        "event.approved",
        "event",
        r.getEvent().getId(),
        r.getEvent().getTitle(),
        "PENDING",
        decision.name() + " (user " + r.getUserId() + ")");
    tell(r, r.getEvent(), decision);
    return r;
  }

  /** The organiser refuses a pending or waitlisted request; the trainee is told. */
  @Transactional
  public void refuse(Actor organiser, Set<Role> roles, long registrationId) {
    Registration r = forOrganiser(organiser, roles, registrationId);
    String before = r.getStatus().name();
    if (r.getStatus() != Registration.Status.PENDING
        && r.getStatus() != Registration.Status.WAITLISTED) {
      return;
    }
    r.refuse(OffsetDateTime.now());
    sessionPlaces.releaseAll(r.getEvent().getId(), r.getUserId());
    audit.record(
        organiser,
        "event.refused",
        "event",
        r.getEvent().getId(),
        r.getEvent().getTitle(),
        before,
        "REFUSED (user " + r.getUserId() + ")");
    Event event = r.getEvent();
    accounts
        .find(r.getUserId())
        .ifPresent(
            a ->
                mail.queue(
                    a.getEmail(),
                    "Your request to attend " + event.getTitle(),
                    "Dear "
                        + a.getFullName()
                        + ",\n\nWe are sorry: the organiser of "
                        + event.getTitle()
                        + " cannot offer you a place this time.\n\nCCIO Academy\n",
                    "event.refused"));
  }

  /**
   * The organiser calls the event off: every registration ends, every workshop place goes, and
   * everyone who had a place, a request or a waitlist entry is emailed the organiser's reason.
   *
   * @return how many people were told
   */
  @Transactional
  public int cancelEvent(Actor organiser, Set<Role> roles, long eventId, String reason) {
    Event event = locked(eventId);
    if (!EventOrganising.mayOrganise(event, organiser.userId(), roles)) {
      throw new RegistrationClosedException("You can only cancel your own events.");
    }
    if (reason == null || reason.isBlank()) {
      throw new RegistrationClosedException(
          "Say why the event is cancelled: everyone registered is emailed your words.");
    }
    if (event.getStatus() == Event.Status.CANCELLED) {
      return 0;
    }
    OffsetDateTime now = OffsetDateTime.now();
    List<Registration> active =
        em.createQuery(
                "select r from Registration r where r.event = :e and r.status in :s",
                Registration.class)
            .setParameter("e", event)
            .setParameter(
                "s",
                List.of(
                    Registration.Status.REGISTERED,
                    Registration.Status.PENDING,
                    Registration.Status.WAITLISTED))
            .getResultList();
    event.cancel();
    em.createNativeQuery(
            "delete from session_place p using event_session s where s.id = p.session_id"
                + " and s.event_id = ?1")
        .setParameter(1, eventId)
        .executeUpdate();
    for (Registration r : active) {
      r.cancel(now);
      accounts
          .find(r.getUserId())
          .ifPresent(
              a ->
                  mail.queue(
                      a.getEmail(),
                      event.getTitle() + " is cancelled",
                      "Dear "
                          + a.getFullName()
                          + ",\n\nWe are sorry: "
                          + event.getTitle()
                          + " will not take place. Its organiser says:\n\n"
                          + reason.strip()
                          + "\n\nYour registration has ended; there is nothing you need to do."
                          + "\n\nCCIO Academy\n",
                      "event.cancelled-event"));
    }
    audit.record(
        organiser,
        "event.cancelled-event",
        "event",
        eventId,
        event.getTitle(),
        "PUBLISHED",
        "CANCELLED (" + active.size() + " people told): " + reason.strip());
    return active.size();
  }

  /** Emails everyone with a place (queued; the organiser's words, our signature). */
  @Transactional
  public int emailRegistered(
      Actor organiser, Set<Role> roles, long eventId, String subject, String message) {
    Event event = locked(eventId);
    if (!EventOrganising.mayOrganise(event, organiser.userId(), roles)) {
      throw new RegistrationClosedException("You can only write to people at your own events.");
    }
    List<Long> users =
        em.createQuery(
                "select r.userId from Registration r where r.event = :e and r.status = :s",
                Long.class)
            .setParameter("e", event)
            .setParameter("s", Registration.Status.REGISTERED)
            .getResultList();
    int sent = 0;
    for (Long u : users) {
      var a = accounts.find(u);
      if (a.isPresent()) {
        mail.queue(
            a.get().getEmail(),
            subject.strip() + " (" + event.getTitle() + ")",
            "Dear "
                + a.get().getFullName()
                + ",\n\n"
                + message.strip()
                + "\n\n"
                + "Sent by the organiser of "
                + event.getTitle()
                + " through CCIO Academy.\n",
            "event.message");
        sent++;
      }
    }
    audit.record(
        organiser,
        "event.emailed",
        "event",
        eventId,
        event.getTitle(),
        null,
        sent + " people: " + subject.strip());
    return sent;
  }

  private Registration forOrganiser(Actor organiser, Set<Role> roles, long registrationId) {
    Registration r = em.find(Registration.class, registrationId);
    if (r == null || !EventOrganising.mayOrganise(r.getEvent(), organiser.userId(), roles)) {
      throw new RegistrationClosedException(
          "You can only manage registrations for your own events.");
    }
    locked(r.getEvent().getId());
    em.refresh(r);
    return r;
  }

  /**
   * Gives free places to the waitlist, first come first served, and tells each person. The caller
   * holds the event's row lock.
   */
  void fillPlaces(Event event) {
    OffsetDateTime now = OffsetDateTime.now();
    long held = placesHeld(event.getId());
    if (!event.hasPlaceFor(held)) {
      return;
    }
    List<Registration> next =
        em.createQuery(
                "select r from Registration r where r.event = :e and r.status = :s"
                    + " order by r.waitlistedAt, r.id",
                Registration.class)
            .setParameter("e", event)
            .setParameter("s", Registration.Status.WAITLISTED)
            .setMaxResults((int) Math.min(Integer.MAX_VALUE, event.getCapacity() - held))
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

  private void tell(Registration r, Event event, Event.Decision what) {
    accounts
        .find(r.getUserId())
        .ifPresent(
            a -> {
              String dates =
                  event.getStartsOn().equals(event.getEndsOn())
                      ? DATE.format(event.getStartsOn())
                      : DATE.format(event.getStartsOn()) + " to " + DATE.format(event.getEndsOn());
              String link = publicUrl.replaceAll("/$", "") + "/event.xhtml?id=" + event.getId();
              String subject =
                  switch (what) {
                    case REGISTERED -> "Your place at " + event.getTitle();
                    case WAITLISTED -> "You are on the waitlist for " + event.getTitle();
                    default -> "Your request to attend " + event.getTitle();
                  };
              String body =
                  "Dear "
                      + a.getFullName()
                      + ",\n\n"
                      + switch (what) {
                        case REGISTERED ->
                            "You have a place at " + event.getTitle() + ", " + dates + ".";
                        case WAITLISTED ->
                            event.getTitle()
                                + " ("
                                + dates
                                + ") is full, so you are on its waitlist. If a place becomes"
                                + " free it is yours at once, and we will email you.";
                        default ->
                            "Your request to attend "
                                + event.getTitle()
                                + " ("
                                + dates
                                + ") is with its organiser, who will approve or refuse it.";
                      }
                      + "\n\nDetails, and to cancel: "
                      + link
                      + "\n\nCCIO Academy\n";
              mail.queue(
                  a.getEmail(), subject, body, "event." + what.name().toLowerCase(Locale.UK));
            });
  }

  private Event locked(long eventId) {
    Event event = em.find(Event.class, eventId, LockModeType.PESSIMISTIC_WRITE);
    if (event == null) {
      throw new RegistrationClosedException("There is no such event.");
    }
    return event;
  }
}
