package org.ccioacademy.events.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.ccioacademy.events.Attendance;
import org.ccioacademy.events.Event;
import org.ccioacademy.events.EventOrganising;
import org.ccioacademy.events.EventRegistrations;
import org.ccioacademy.events.EventSession;
import org.ccioacademy.events.OrganiserRegistrations;
import org.ccioacademy.events.Registration;
import org.ccioacademy.events.RegistrationClosedException;
import org.ccioacademy.events.SessionPlaces;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.identity.EmailAddress;
import org.ccioacademy.identity.UserAccountRepository;
import org.ccioacademy.platform.audit.AuditLog;
import org.ccioacademy.platform.kernel.ConcurrentEditException;
import org.ccioacademy.platform.kernel.InvalidInputException;
import org.ccioacademy.platform.kernel.NotAllowedException;
import org.ccioacademy.platform.web.FacesForms;
import org.omnifaces.util.Faces;

/**
 * An organiser's page for one of their events (admins: any event): its details, its sessions, who
 * is coming (approve, refuse, cancel, add someone, move between sessions), paper sign-in sheets and
 * email to everyone with a place.
 */
@Named
@ViewScoped
public class ManageEventView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(ManageEventView.class.getName());
  static final int PAGE_SIZE = 50;

  @Inject EventOrganising events;
  @Inject EventRegistrations registrations;
  @Inject OrganiserRegistrations organiserRegistrations;
  @Inject SessionPlaces places;
  @Inject Attendance attendance;
  @Inject UserAccountRepository accounts;
  @Inject CurrentUser currentUser;
  @Inject AuditLog audit;

  private String id;
  private String search;
  private int page = 1;
  private long eventId;
  private transient Event event;
  private transient List<EventSession> sessions;
  private transient List<EventSession> bookedSessions;
  private transient Map<Long, Long> taken;
  private transient List<EventOrganising.Registrant> registrants;
  private long registrantCount;
  private long placesHeld;

  private EventForm form;
  private String addEmail;
  private String moveEmail;
  private Long moveFrom;
  private Long moveTo;
  private Long confirmCancel;

  public void load() {
    if (id != null && id.matches("\\d{1,18}")) {
      event = events.find(Long.parseLong(id)).orElse(null);
    }
    if (event == null) {
      Faces.responseSendError(404, "No such event");
      return;
    }
    if (!event.mayBeOrganisedBy(currentUser.caller())) {
      Faces.responseSendError(403, "Not the organiser");
      return;
    }
    eventId = event.getId();
    page = Math.max(1, page);
    sessions = events.sessions(event);
    bookedSessions = sessions.stream().filter(EventSession::isBooked).toList();
    taken = places.taken(eventId);
    placesHeld = registrations.placesHeld(eventId);
    registrantCount = events.countRegistrants(eventId, search);
    registrants = events.registrants(eventId, search, (page - 1) * PAGE_SIZE, PAGE_SIZE);
    if (!registrants.isEmpty()) {
      audit.read(
          currentUser.actor(),
          "read.event-people",
          "event",
          eventId,
          event.getTitle(),
          "who registered, page " + page,
          registrants.size());
    }
    if (form == null) {
      form = EventForm.of(event);
    }
  }

  String here() {
    return "/organise/event?faces-redirect=true&id=" + eventId;
  }

  public String save() {
    try {
      events.update(currentUser.caller(), eventId, form.getVersion(), form.input());
      FacesForms.flashInfo("The event's details are saved.");
      return here();
    } catch (ConcurrentEditException e) {
      // someone else saved first: keep what this organiser typed, and let a second press win
      events.find(eventId).ifPresent(now -> form.setVersion(now.getVersion()));
      FacesForms.error(e.getMessage());
      return null;
    } catch (NotAllowedException e) {
      FacesForms.error(e.getMessage());
      return null;
    } catch (InvalidInputException e) {
      FacesForms.showErrors("details", e.errors());
      return null;
    }
  }

  public String approve(long registrationId) {
    return decide(
        () -> {
          Registration r = organiserRegistrations.approve(currentUser.caller(), registrationId);
          return r.getStatus() == Registration.Status.REGISTERED
              ? "Approved: they have a place and have been emailed."
              : "Approved, but the event is full: they are on the waitlist and have been emailed.";
        });
  }

  public String refuse(long registrationId) {
    return decide(
        () -> {
          organiserRegistrations.refuse(currentUser.caller(), registrationId);
          return "Refused; they have been emailed.";
        });
  }

  /** The first press of Cancel: the row asks to confirm, as the change emails the person. */
  public void askCancel(long registrationId) {
    confirmCancel = registrationId;
  }

  public void keep() {
    confirmCancel = null;
  }

  /** The registration whose cancellation is waiting to be confirmed, if any. */
  public Long getConfirmCancel() {
    return confirmCancel;
  }

  public String cancelPlace(long registrationId) {
    return decide(
        () -> {
          organiserRegistrations.cancelFor(currentUser.caller(), registrationId);
          return "Cancelled; they have been emailed. A freed place has gone to the waitlist.";
        });
  }

  public String add() {
    return decide(
        () -> {
          Registration r = organiserRegistrations.addFor(currentUser.caller(), eventId, addEmail);
          return r.getStatus() == Registration.Status.REGISTERED
              ? "Added: they have a place and have been emailed."
              : "The event is full, so they are on the waitlist; they have been emailed.";
        });
  }

  public String move() {
    Map<String, String> errors = new LinkedHashMap<>();
    var who =
        moveEmail == null || moveEmail.isBlank()
            ? null
            : accounts.findByEmail(EmailAddress.normalise(moveEmail)).orElse(null);
    if (who == null) {
      errors.put(
          "moveEmail",
          moveEmail == null || moveEmail.isBlank()
              ? "Give the email of the person to move."
              : "Nobody has an account with the email " + moveEmail.strip() + ".");
    }
    if (moveTo == null) {
      errors.put("moveTo", "Choose the session to give them a place in.");
    }
    if (!errors.isEmpty()) {
      FacesForms.showErrors("move", errors);
      return null;
    }
    return decide(
        () -> {
          places.move(currentUser.caller(), who.getId(), moveFrom, moveTo);
          return who.getFullName() + " has been moved and emailed.";
        });
  }

  String decide(Supplier<String> change) {
    try {
      FacesForms.flashInfo(change.get());
      return here();
    } catch (RegistrationClosedException | NotAllowedException e) {
      FacesForms.error(e.getMessage());
      return null;
    }
  }

  long eventId() {
    return eventId;
  }

  public boolean isLastPage() {
    return (long) page * PAGE_SIZE >= registrantCount;
  }

  public long getPlacesLeft() {
    return Math.max(0, event.getCapacity() - placesHeld);
  }

  public long getPlacesHeld() {
    return placesHeld;
  }

  /** Places taken in each booked session, by session id. */
  public Map<Long, Long> getTaken() {
    return taken;
  }

  /** The sessions with places of their own, which people book. */
  public List<EventSession> getBookedSessions() {
    return bookedSessions;
  }

  public List<EventSession> getSessions() {
    return sessions;
  }

  public Event getEvent() {
    return event;
  }

  public EventForm getForm() {
    return form;
  }

  public List<EventOrganising.Registrant> getRegistrants() {
    return registrants;
  }

  public long getRegistrantCount() {
    return registrantCount;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }

  public String getAddEmail() {
    return addEmail;
  }

  public void setAddEmail(String addEmail) {
    this.addEmail = addEmail;
  }

  public String getMoveEmail() {
    return moveEmail;
  }

  public void setMoveEmail(String moveEmail) {
    this.moveEmail = moveEmail;
  }

  public Long getMoveFrom() {
    return moveFrom;
  }

  public void setMoveFrom(Long moveFrom) {
    this.moveFrom = moveFrom;
  }

  public Long getMoveTo() {
    return moveTo;
  }

  public void setMoveTo(Long moveTo) {
    this.moveTo = moveTo;
  }
}
