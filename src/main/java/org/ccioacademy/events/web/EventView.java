package org.ccioacademy.events.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.ccioacademy.events.Event;
import org.ccioacademy.events.EventOrganising;
import org.ccioacademy.events.EventRegistrations;
import org.ccioacademy.events.EventSession;
import org.ccioacademy.events.Registration;
import org.ccioacademy.events.RegistrationClosedException;
import org.ccioacademy.events.SessionKind;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.identity.Role;
import org.ccioacademy.platform.web.FacesForms;
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
  @Inject org.ccioacademy.events.Attendance attendance;

  private String id;
  private long eventId;
  private transient Event event;
  private transient List<EventSession> sessions;
  private transient Registration registration;
  private long waitlistPosition;
  private long placesHeld;
  private boolean organiser;
  private transient List<EventOrganising.Registrant> registrants;

  private String sessionTitle;
  private SessionKind sessionKind;
  private LocalDateTime sessionStarts;
  private LocalDateTime sessionEnds;
  private BigDecimal cpdHours;
  private boolean participatory = true;
  private String mailSubject;
  private String mailMessage;
  private String sheet;
  private transient org.ccioacademy.events.Attendance.Preview preview;

  public void load() {
    if (id != null && id.matches("\\d{1,18}")) {
      event = events.find(Long.parseLong(id)).orElse(null);
    }
    if (event == null || event.getStatus() != Event.Status.PUBLISHED && !mayOrganise(event)) {
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
      if (organiser) {
        registrants = events.registrants(eventId);
      }
    }
  }

  private boolean mayOrganise(Event e) {
    return currentUser.isSignedIn()
        && EventOrganising.mayOrganise(e, currentUser.id(), currentUser.getAccount().getRoles());
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
    } catch (RegistrationClosedException e) {
      FacesForms.error(e.getMessage());
      return null;
    }
  }

  public String cancel() {
    try {
      registrations.cancel(currentUser.actor(), eventId);
      FacesForms.flashInfo("Your registration is cancelled.");
      return "/event?faces-redirect=true&id=" + eventId;
    } catch (RegistrationClosedException e) {
      FacesForms.error(e.getMessage());
      return null;
    }
  }

  public String addSession() {
    try {
      events.addSession(
          currentUser.actor(),
          currentUser.getAccount().getRoles(),
          eventId,
          new EventOrganising.SessionInput(
              sessionTitle, sessionKind, sessionStarts, sessionEnds, cpdHours, participatory));
      FacesForms.flashInfo("Session added.");
      return "/event?faces-redirect=true&id=" + eventId;
    } catch (EventOrganising.InvalidException e) {
      FacesForms.showErrors("session", e.errors());
      return null;
    }
  }

  public String approve(long registrationId) {
    try {
      Registration r =
          registrations.approve(
              currentUser.actor(), currentUser.getAccount().getRoles(), registrationId);
      FacesForms.flashInfo(
          r.getStatus() == Registration.Status.REGISTERED
              ? "Approved: they have a place and have been emailed."
              : "Approved, but the event is full: they are on the waitlist and have been emailed.");
      return "/event?faces-redirect=true&id=" + eventId;
    } catch (RegistrationClosedException e) {
      FacesForms.error(e.getMessage());
      return null;
    }
  }

  public String refuse(long registrationId) {
    try {
      registrations.refuse(
          currentUser.actor(), currentUser.getAccount().getRoles(), registrationId);
      FacesForms.flashInfo("Refused; they have been emailed.");
      return "/event?faces-redirect=true&id=" + eventId;
    } catch (RegistrationClosedException e) {
      FacesForms.error(e.getMessage());
      return null;
    }
  }

  public String emailRegistered() {
    java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
    if (mailSubject == null || mailSubject.isBlank()) {
      errors.put("mailSubject", "Give the email a subject.");
    }
    if (mailMessage == null || mailMessage.isBlank()) {
      errors.put("mailMessage", "Write the message.");
    }
    if (!errors.isEmpty()) {
      FacesForms.showErrors("mail", errors);
      return null;
    }
    try {
      int n =
          registrations.emailRegistered(
              currentUser.actor(),
              currentUser.getAccount().getRoles(),
              eventId,
              mailSubject,
              mailMessage);
      FacesForms.flashInfo("Your email is on its way to " + n + (n == 1 ? " person." : " people."));
      return "/event?faces-redirect=true&id=" + eventId;
    } catch (RegistrationClosedException e) {
      FacesForms.error(e.getMessage());
      return null;
    }
  }

  /** Shows, line by line, what importing the pasted sheet would record and what is wrong. */
  public void previewSheet() {
    preview =
        attendance.preview(
            currentUser.actor(), currentUser.getAccount().getRoles(), eventId, sheet);
    if (preview.problem() != null) {
      FacesForms.error(preview.problem());
    } else if (!preview.importable()) {
      FacesForms.error(
          preview.problems()
              + (preview.problems() == 1 ? " line has a problem" : " lines have problems")
              + ": fix the sheet and preview it again. Nothing has been recorded.");
    }
  }

  /** Imports the sheet: every line, or none if any has a problem. */
  public String importSheet() {
    try {
      int n =
          attendance.importSheet(
              currentUser.actor(), currentUser.getAccount().getRoles(), eventId, sheet);
      FacesForms.flashInfo(
          "Sign-in sheet imported: " + n + (n == 1 ? " mark" : " marks") + " recorded.");
      return "/event?faces-redirect=true&id=" + eventId;
    } catch (RegistrationClosedException e) {
      FacesForms.error(e.getMessage());
      previewSheet();
      return null;
    }
  }

  public org.ccioacademy.events.Attendance.Preview getPreview() {
    return preview;
  }

  public String getSheet() {
    return sheet;
  }

  public void setSheet(String sheet) {
    this.sheet = sheet;
  }

  public String getMailSubject() {
    return mailSubject;
  }

  public void setMailSubject(String mailSubject) {
    this.mailSubject = mailSubject;
  }

  public String getMailMessage() {
    return mailMessage;
  }

  public void setMailMessage(String mailMessage) {
    this.mailMessage = mailMessage;
  }

  public boolean isTrainee() {
    return currentUser.isSignedIn() && currentUser.getAccount().hasRole(Role.TRAINEE);
  }

  /** Whether the event has begun (UK date): trainees can no longer cancel themselves. */
  public boolean isStarted() {
    return !java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"))
        .isBefore(event.getStartsOn());
  }

  public boolean isActive() {
    return registration != null && registration.getStatus().isActive();
  }

  public List<SessionKind> getSessionKinds() {
    return List.of(SessionKind.values());
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

  public List<EventOrganising.Registrant> getRegistrants() {
    return registrants;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getSessionTitle() {
    return sessionTitle;
  }

  public void setSessionTitle(String sessionTitle) {
    this.sessionTitle = sessionTitle;
  }

  public SessionKind getSessionKind() {
    return sessionKind;
  }

  public void setSessionKind(SessionKind sessionKind) {
    this.sessionKind = sessionKind;
  }

  public LocalDateTime getSessionStarts() {
    return sessionStarts;
  }

  public void setSessionStarts(LocalDateTime sessionStarts) {
    this.sessionStarts = sessionStarts;
  }

  public LocalDateTime getSessionEnds() {
    return sessionEnds;
  }

  public void setSessionEnds(LocalDateTime sessionEnds) {
    this.sessionEnds = sessionEnds;
  }

  public BigDecimal getCpdHours() {
    return cpdHours;
  }

  public void setCpdHours(BigDecimal cpdHours) {
    this.cpdHours = cpdHours;
  }

  public boolean isParticipatory() {
    return participatory;
  }

  public void setParticipatory(boolean participatory) {
    this.participatory = participatory;
  }
}
