package org.ccioacademy.events.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ccioacademy.events.Attendance;
import org.ccioacademy.events.Event;
import org.ccioacademy.events.EventOrganising;
import org.ccioacademy.events.EventRegistrations;
import org.ccioacademy.events.EventSession;
import org.ccioacademy.events.Registration;
import org.ccioacademy.events.RegistrationClosedException;
import org.ccioacademy.events.SessionPlaces;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.identity.Role;
import org.ccioacademy.identity.UserAccountRepository;
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
  static final long MAX_SHEET_BYTES = 1024 * 1024;

  @Inject EventOrganising events;
  @Inject EventRegistrations registrations;
  @Inject SessionPlaces places;
  @Inject Attendance attendance;
  @Inject UserAccountRepository accounts;
  @Inject CurrentUser currentUser;

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
  private String sheet;
  private transient Part sheetFile;
  private transient Attendance.Preview preview;
  private String mailSubject;
  private String cancelReason;
  private Long confirmCancel;
  private String mailMessage;

  public void load() {
    if (id != null && id.matches("\\d{1,18}")) {
      event = events.find(Long.parseLong(id)).orElse(null);
    }
    if (event == null) {
      Faces.responseSendError(404, "No such event");
      return;
    }
    if (!EventOrganising.mayOrganise(event, currentUser.id(), roles())) {
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
    if (form == null) {
      form = EventForm.of(event);
    }
  }

  private Set<Role> roles() {
    return currentUser.getAccount().getRoles();
  }

  private String here() {
    return "/organise/event?faces-redirect=true&id=" + eventId;
  }

  public String save() {
    try {
      events.update(currentUser.actor(), roles(), eventId, form.getVersion(), form.input());
      FacesForms.flashInfo("The event's details are saved.");
      return here();
    } catch (EventOrganising.InvalidException e) {
      if (e.errors().containsKey("")) {
        // someone else saved first: keep what this organiser typed, and let a second press win
        events.find(eventId).ifPresent(now -> form.setVersion(now.getVersion()));
        FacesForms.error(e.errors().get(""));
        return null;
      }
      FacesForms.showErrors("details", e.errors());
      return null;
    }
  }

  public String approve(long registrationId) {
    return decide(
        () -> {
          Registration r = registrations.approve(currentUser.actor(), roles(), registrationId);
          return r.getStatus() == Registration.Status.REGISTERED
              ? "Approved: they have a place and have been emailed."
              : "Approved, but the event is full: they are on the waitlist and have been emailed.";
        });
  }

  public String refuse(long registrationId) {
    return decide(
        () -> {
          registrations.refuse(currentUser.actor(), roles(), registrationId);
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
          registrations.cancelFor(currentUser.actor(), roles(), registrationId);
          return "Cancelled; they have been emailed. A freed place has gone to the waitlist.";
        });
  }

  public String add() {
    return decide(
        () -> {
          Registration r = registrations.addFor(currentUser.actor(), roles(), eventId, addEmail);
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
            : accounts
                .findByEmail(org.ccioacademy.identity.EmailAddress.normalise(moveEmail))
                .orElse(null);
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
          places.move(currentUser.actor(), roles(), who.getId(), moveFrom, moveTo);
          return who.getFullName() + " has been moved and emailed.";
        });
  }

  private String decide(java.util.function.Supplier<String> change) {
    try {
      FacesForms.flashInfo(change.get());
      return here();
    } catch (RegistrationClosedException e) {
      FacesForms.error(e.getMessage());
      return null;
    }
  }

  /** Calls the whole event off; the reason typed is emailed to everyone registered. */
  public String cancelEvent() {
    if (cancelReason == null || cancelReason.isBlank()) {
      FacesForms.showErrors(
          "cancelEvent",
          Map.of(
              "cancelReason",
              "Say why the event is cancelled: everyone registered is emailed your words."));
      return null;
    }
    return decide(
        () -> {
          int n = registrations.cancelEvent(currentUser.actor(), roles(), eventId, cancelReason);
          return "The event is cancelled; "
              + n
              + (n == 1 ? " person has" : " people have")
              + " been emailed.";
        });
  }

  public String getCancelReason() {
    return cancelReason;
  }

  public void setCancelReason(String cancelReason) {
    this.cancelReason = cancelReason;
  }

  public String emailRegistered() {
    Map<String, String> errors = new LinkedHashMap<>();
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
    return decide(
        () -> {
          int n =
              registrations.emailRegistered(
                  currentUser.actor(), roles(), eventId, mailSubject, mailMessage);
          return "Your email is on its way to " + n + (n == 1 ? " person." : " people.");
        });
  }

  /**
   * Shows, line by line, what importing the sheet would record and what is wrong. A chosen file
   * takes the place of the text box, and its content is shown there.
   */
  public void previewSheet() {
    if (sheetFile != null && sheetFile.getSize() > 0) {
      if (sheetFile.getSize() > MAX_SHEET_BYTES) {
        FacesForms.error(
            "That file is larger than 1 MB: a sign-in sheet saved as CSV is far smaller. Check you"
                + " chose the right file. Nothing has been recorded.");
        return;
      }
      try {
        sheet = text(sheetFile.getInputStream().readAllBytes());
      } catch (IOException e) {
        LOG.log(Level.WARNING, "Could not read an uploaded sign-in sheet", e);
        FacesForms.error("The file could not be read: please choose it again.");
        return;
      }
    }
    preview = attendance.preview(currentUser.actor(), roles(), eventId, sheet);
    if (preview.problem() != null) {
      FacesForms.error(preview.problem());
    } else if (!preview.importable()) {
      FacesForms.error(
          preview.problems()
              + (preview.problems() == 1 ? " line has a problem" : " lines have problems")
              + ": fix the sheet and preview it again. Nothing has been recorded.");
    }
  }

  /** A file's text: UTF-8 (with or without a byte order mark), else Windows-1252 as Excel saves. */
  static String text(byte[] bytes) {
    try {
      String s =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return s.startsWith("\uFEFF") ? s.substring(1) : s;
    } catch (CharacterCodingException e) {
      return new String(bytes, Charset.forName("windows-1252"));
    }
  }

  /** Imports the sheet: every line, or none if any has a problem. */
  public String importSheet() {
    try {
      int n = attendance.importSheet(currentUser.actor(), roles(), eventId, sheet);
      FacesForms.flashInfo(
          "Sign-in sheet imported: " + n + (n == 1 ? " mark" : " marks") + " recorded.");
      return here();
    } catch (RegistrationClosedException e) {
      FacesForms.error(e.getMessage());
      sheetFile = null;
      previewSheet();
      return null;
    }
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

  public Attendance.Preview getPreview() {
    return preview;
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

  public String getSheet() {
    return sheet;
  }

  public void setSheet(String sheet) {
    this.sheet = sheet;
  }

  public Part getSheetFile() {
    return sheetFile;
  }

  public void setSheetFile(Part sheetFile) {
    this.sheetFile = sheetFile;
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
}
