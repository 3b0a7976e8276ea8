package org.ccioacademy.events.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.ccioacademy.events.Event;
import org.ccioacademy.events.EventOrganising;
import org.ccioacademy.events.EventSession;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.platform.kernel.ConcurrentEditException;
import org.ccioacademy.platform.kernel.InvalidInputException;
import org.ccioacademy.platform.kernel.NotAllowedException;
import org.ccioacademy.platform.web.FacesForms;
import org.omnifaces.util.Faces;

/** A new session of an event ({@code ?event=}), or changes to one ({@code ?id=}). */
@Named
@ViewScoped
public class SessionView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject EventOrganising events;
  @Inject CurrentUser currentUser;

  private String id;
  private String event;
  private Long sessionId;
  private long eventId;
  private String eventTitle;
  private SessionForm form;

  public void load() {
    Event e = null;
    EventSession s = null;
    if (id != null && id.matches("\\d{1,18}")) {
      s = events.session(Long.parseLong(id)).orElse(null);
      e = s == null ? null : s.getEvent();
    } else if (event != null && event.matches("\\d{1,18}")) {
      e = events.find(Long.parseLong(event)).orElse(null);
    }
    if (e == null) {
      Faces.responseSendError(404, "No such session");
      return;
    }
    if (!e.mayBeOrganisedBy(currentUser.caller())) {
      Faces.responseSendError(403, "Not the organiser");
      return;
    }
    eventId = e.getId();
    eventTitle = e.getTitle();
    sessionId = s == null ? null : s.getId();
    if (form == null) {
      form = s == null ? new SessionForm() : SessionForm.of(s);
    }
  }

  public String save() {
    try {
      if (sessionId == null) {
        events.addSession(currentUser.caller(), eventId, form.input());
        FacesForms.flashInfo("Session added.");
      } else {
        events.updateSession(currentUser.caller(), sessionId, form.getVersion(), form.input());
        FacesForms.flashInfo("The session is saved.");
      }
      return "/organise/event?faces-redirect=true&id=" + eventId;
    } catch (ConcurrentEditException e) {
      // someone else saved first: keep what this organiser typed, and let a second press win
      events
          .session(sessionId == null ? -1 : sessionId)
          .ifPresent(now -> form.setVersion(now.getVersion()));
      FacesForms.error(e.getMessage());
      return null;
    } catch (NotAllowedException e) {
      FacesForms.error(e.getMessage());
      return null;
    } catch (InvalidInputException e) {
      FacesForms.showErrors("session", e.errors());
      return null;
    }
  }

  public boolean isNew() {
    return sessionId == null;
  }

  public SessionForm getForm() {
    return form;
  }

  public long getEventId() {
    return eventId;
  }

  public String getEventTitle() {
    return eventTitle;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getEvent() {
    return event;
  }

  public void setEvent(String event) {
    this.event = event;
  }
}
