package org.ccioacademy.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.ccioacademy.identity.EmailAddress;
import org.ccioacademy.identity.UserAccountRepository;
import org.ccioacademy.platform.audit.AuditLog;
import org.ccioacademy.platform.kernel.Caller;
import org.ccioacademy.platform.kernel.NotAllowedException;

/**
 * An organiser's side of registrations: adding people, approving and refusing requests, cancelling
 * someone's place, calling the event off, and writing to everyone with a place. Every change locks
 * the event's row first (as {@link EventRegistrations} does), so places hold under concurrency;
 * everyone concerned is emailed.
 */
@ApplicationScoped
public class OrganiserRegistrations {

  @PersistenceContext private EntityManager em;
  @Inject AuditLog audit;
  @Inject UserAccountRepository accounts;
  @Inject SessionPlaces sessionPlaces;
  @Inject EventRegistrations registrations;

  /**
   * The organiser cancels someone's registration (a place, a waitlist entry or a request), at any
   * time; a freed place goes to the waitlist and the person is told.
   */
  @Transactional
  public void cancelFor(Caller organiser, long registrationId) {
    Registration r = forOrganiser(organiser, registrationId);
    if (!r.getStatus().isActive()) {
      return;
    }
    Event event = r.getEvent();
    String before = r.getStatus().name();
    boolean freed = r.cancel(OffsetDateTime.now());
    sessionPlaces.releaseAll(event.getId(), r.getUserId());
    audit.record(
        organiser.actor(),
        "event.cancelled-by-organiser",
        "event",
        event.getId(),
        event.getTitle(),
        before,
        "CANCELLED (user " + r.getUserId() + ")");
    registrations.send(
        r.getUserId(),
        event.getId(),
        name -> RegistrationLetters.cancelledByOrganiser(name, event.getTitle()));
    if (freed) {
      registrations.fillPlaces(event);
    }
  }

  /**
   * The organiser adds someone by email (a booking by phone, a speaker's guest): a place if one is
   * free, else the waitlist, whatever the registration window and approval; they are told.
   */
  @Transactional
  public Registration addFor(Caller organiser, long eventId, String email) {
    Event event = registrations.locked(eventId);
    if (!event.mayBeOrganisedBy(organiser)) {
      throw new NotAllowedException("You can only add people to your own events.");
    }
    String wanted = email == null ? "" : email.strip();
    var account =
        accounts
            .findByEmail(EmailAddress.normalise(wanted))
            .orElseThrow(
                () ->
                    new RegistrationClosedException(
                        "Nobody has an account with the email "
                            + (wanted.isEmpty() ? "(empty)" : wanted)
                            + ". They can register as a trainee first."));
    OffsetDateTime now = OffsetDateTime.now();
    Optional<Registration> existing = registrations.of(account.getId(), eventId);
    if (existing.isPresent() && existing.get().getStatus() == Registration.Status.REGISTERED) {
      throw new RegistrationClosedException(account.getFullName() + " already has a place.");
    }
    Event.Decision decision =
        event.hasPlaceFor(registrations.placesHeld(eventId))
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
        organiser.actor(),
        "event.added-by-organiser",
        "event",
        eventId,
        event.getTitle(),
        null,
        decision.name() + " (user " + account.getId() + ")");
    registrations.tell(r, event, decision);
    return r;
  }

  /** The organiser approves a pending request: a place if one is free, else the waitlist. */
  @Transactional
  public Registration approve(Caller organiser, long registrationId) {
    Registration r = forOrganiser(organiser, registrationId);
    if (r.getStatus() != Registration.Status.PENDING) {
      return r;
    }
    OffsetDateTime now = OffsetDateTime.now();
    Event.Decision decision;
    if (r.getEvent().hasPlaceFor(registrations.placesHeld(r.getEvent().getId()))) {
      r.confirm(now);
      decision = Event.Decision.REGISTERED;
    } else {
      r.waitlist(now);
      decision = Event.Decision.WAITLISTED;
    }
    audit.record(
        organiser.actor(),
        "event.approved",
        "event",
        r.getEvent().getId(),
        r.getEvent().getTitle(),
        "PENDING",
        decision.name() + " (user " + r.getUserId() + ")");
    registrations.tell(r, r.getEvent(), decision);
    return r;
  }

  /** The organiser refuses a pending or waitlisted request; the trainee is told. */
  @Transactional
  public void refuse(Caller organiser, long registrationId) {
    Registration r = forOrganiser(organiser, registrationId);
    String before = r.getStatus().name();
    if (r.getStatus() != Registration.Status.PENDING
        && r.getStatus() != Registration.Status.WAITLISTED) {
      return;
    }
    r.refuse(OffsetDateTime.now());
    sessionPlaces.releaseAll(r.getEvent().getId(), r.getUserId());
    audit.record(
        organiser.actor(),
        "event.refused",
        "event",
        r.getEvent().getId(),
        r.getEvent().getTitle(),
        before,
        "REFUSED (user " + r.getUserId() + ")");
    Event event = r.getEvent();
    registrations.send(
        r.getUserId(), event.getId(), name -> RegistrationLetters.refused(name, event.getTitle()));
  }

  /**
   * The organiser calls the event off: every registration ends, every workshop place goes, and
   * everyone who had a place, a request or a waitlist entry is emailed the organiser's reason.
   *
   * @return how many people were told
   */
  @Transactional
  public int cancelEvent(Caller organiser, long eventId, String reason) {
    Event event = registrations.locked(eventId);
    if (!event.mayBeOrganisedBy(organiser)) {
      throw new NotAllowedException("You can only cancel your own events.");
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
      registrations.send(
          r.getUserId(),
          eventId,
          name -> RegistrationLetters.eventCancelled(name, event.getTitle(), reason));
    }
    audit.record(
        organiser.actor(),
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
  public int emailRegistered(Caller organiser, long eventId, String subject, String message) {
    Event event = registrations.locked(eventId);
    if (!event.mayBeOrganisedBy(organiser)) {
      throw new NotAllowedException("You can only write to people at your own events.");
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
      if (registrations.send(
          u,
          eventId,
          name -> RegistrationLetters.fromOrganiser(name, event.getTitle(), subject, message))) {
        sent++;
      }
    }
    audit.record(
        organiser.actor(),
        "event.emailed",
        "event",
        eventId,
        event.getTitle(),
        null,
        sent + " people: " + subject.strip());
    return sent;
  }

  private Registration forOrganiser(Caller organiser, long registrationId) {
    Registration r = em.find(Registration.class, registrationId);
    if (r == null || !r.getEvent().mayBeOrganisedBy(organiser)) {
      throw new NotAllowedException("You can only manage registrations for your own events.");
    }
    registrations.locked(r.getEvent().getId());
    em.refresh(r);
    return r;
  }
}
