package org.ccioacademy.events.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ccioacademy.events.Event;
import org.ccioacademy.events.EventOrganising;
import org.ccioacademy.events.EventRegistrations;
import org.ccioacademy.events.EventSession;
import org.ccioacademy.events.Registration;
import org.ccioacademy.events.RegistrationClosedException;
import org.ccioacademy.events.SessionPlaces;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.platform.kernel.NotAllowedException;
import org.ccioacademy.platform.kernel.Role;
import org.ccioacademy.platform.web.FacesForms;
import org.ccioacademy.platform.web.UkTime;
import org.omnifaces.util.Faces;

/**
 * An event's page: what, when and where, its sessions; a trainee registers, joins the waitlist or
 * cancels; its organiser (and admins) add sessions and see who is coming.
 */
@Named
@ViewScoped
public class EventView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject EventOrganising events;
  @Inject EventRegistrations registrations;
  @Inject CurrentUser currentUser;
  @Inject SessionPlaces places;

  private String id;
  private long eventId;
  private transient Event event;
  private transient List<EventSession> sessions;
  private transient Registration registration;
  private long waitlistPosition;
  private long placesHeld;
  private boolean organiser;
  private transient Set<Long> booked;
  private transient Set<Long> clashes;
  private transient Map<Long, Long> taken;

  public void load() {
    if (id != null && id.matches("\\d{1,18}")) {
      event = events.find(Long.parseLong(id)).orElse(null);
    }
    if (event == null || event.getStatus() == Event.Status.DRAFT && !mayOrganise(event)) {
      Faces.responseSendError(404, "No such event");
      return;
    }
    eventId = event.getId();
    sessions = events.sessions(event);
    placesHeld = registrations.placesHeld(eventId);
    if (currentUser.isSignedIn()) {
      registration = registrations.of(currentUser.id(), eventId).orElse(null);
      waitlistPosition = registration == null ? 0 : registrations.waitlistPosition(registration);
      organiser = mayOrganise(event);
      booked = places.bookedBy(currentUser.id(), eventId);
    } else {
      booked = Set.of();
    }
    taken = places.taken(eventId);
    List<EventSession> mine = sessions.stream().filter(x -> booked.contains(x.getId())).toList();
    clashes =
        sessions.stream()
            .filter(x -> !booked.contains(x.getId()) && mine.stream().anyMatch(x::overlaps))
            .map(EventSession::getId)
            .collect(Collectors.toSet());
  }

  private boolean mayOrganise(Event e) {
    return currentUser.isSignedIn() && e.mayBeOrganisedBy(currentUser.caller());
  }

  public String register() {
    try {
      Registration r = registrations.register(currentUser.actor(), eventId);
      FacesForms.flashInfo(
          switch (r.getStatus()) {
            case REGISTERED -> "You have a place. We have emailed you the details.";
            case WAITLISTED ->
                "The event is full, so you are on the waitlist. If a place becomes free it is"
                    + " yours at once, and we will email you.";
            default -> "Your request is with the organiser, who will approve or refuse it.";
          });
      return "/event?faces-redirect=true&id=" + eventId;
    } catch (RegistrationClosedException | NotAllowedException e) {
      FacesForms.error(e.getMessage());
      return null;
    }
  }

  public String cancel() {
    try {
      registrations.cancel(currentUser.actor(), eventId);
      FacesForms.flashInfo("Your registration is cancelled.");
      return "/event?faces-redirect=true&id=" + eventId;
    } catch (RegistrationClosedException | NotAllowedException e) {
      FacesForms.error(e.getMessage());
      return null;
    }
  }

  /** A trainee, at an event that has not been cancelled (who may register, cancel and book). */
  public boolean isTrainee() {
    return currentUser.isSignedIn()
        && currentUser.getAccount().hasRole(Role.TRAINEE)
        && event.getStatus() == Event.Status.PUBLISHED;
  }

  /** Whether the event has begun (UK date): trainees can no longer cancel themselves. */
  public boolean isStarted() {
    return !LocalDate.now(UkTime.UK).isBefore(event.getStartsOn());
  }

  /** Whether a trainee can ask for a place now (the event's registration window is open). */
  public boolean isRegistrationOpen() {
    return event.isOpenAt(OffsetDateTime.now());
  }

  public boolean isRegistrationNotYetOpen() {
    return OffsetDateTime.now().isBefore(event.getRegistrationOpensAt());
  }

  /** Whether the event's last day (UK date) has passed. */
  public boolean isOver() {
    return LocalDate.now(UkTime.UK).isAfter(event.getEndsOn());
  }

  public boolean isActive() {
    return registration != null && registration.getStatus().isActive();
  }

  public Event getEvent() {
    return event;
  }

  public List<EventSession> getSessions() {
    return sessions;
  }

  public Registration getRegistration() {
    return registration;
  }

  public long getWaitlistPosition() {
    return waitlistPosition;
  }

  public long getPlacesLeft() {
    return Math.max(0, event.getCapacity() - placesHeld);
  }

  public boolean isOrganiser() {
    return organiser;
  }

  /** Sessions of this event in which the signed-in person has a place. */
  public Set<Long> getBooked() {
    return booked;
  }

  /** Sessions at the same time as one the signed-in person has booked. */
  public Set<Long> getClashes() {
    return clashes;
  }

  public long placesLeftIn(EventSession s) {
    return Math.max(0, s.getCapacity() - taken.getOrDefault(s.getId(), 0L));
  }

  /** A trainee with a place at the event (who may book its workshops). */
  public boolean isRegisteredTrainee() {
    return isTrainee()
        && registration != null
        && registration.getStatus() == Registration.Status.REGISTERED;
  }

  public String book(long sessionId) {
    try {
      places.book(currentUser.actor(), sessionId);
      FacesForms.flashInfo("You have a place at the session.");
      return "/event?faces-redirect=true&id=" + eventId;
    } catch (RegistrationClosedException | NotAllowedException e) {
      FacesForms.error(e.getMessage());
      return null;
    }
  }

  public String giveUp(long sessionId) {
    try {
      places.giveUp(currentUser.actor(), sessionId);
      FacesForms.flashInfo("You have given up your place at the session.");
      return "/event?faces-redirect=true&id=" + eventId;
    } catch (RegistrationClosedException | NotAllowedException e) {
      FacesForms.error(e.getMessage());
      return null;
    }
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
