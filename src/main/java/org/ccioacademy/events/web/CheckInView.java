package org.ccioacademy.events.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.OffsetDateTime;
import org.ccioacademy.events.Attendance;
import org.ccioacademy.events.CheckIn;
import org.ccioacademy.events.EventSession;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.platform.web.FacesForms;
import org.omnifaces.util.Faces;

/**
 * Where a scanned code leads: the session's name and one button. Checking in is a POST (a link
 * opened by accident changes nothing) and is marked at most once.
 */
@Named
@ViewScoped
public class CheckInView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CheckIn checkIn;
  @Inject Attendance attendance;
  @Inject CurrentUser currentUser;

  private String s;
  private String t;
  private long sessionId;
  private long eventId;
  private String sessionTitle;
  private String eventTitle;

  public void load() {
    EventSession session = null;
    if (s != null && s.matches("\\d{1,18}")) {
      session = attendance.session(Long.parseLong(s));
    }
    if (session == null) {
      Faces.responseSendError(404, "No such session");
      return;
    }
    sessionId = session.getId();
    eventId = session.getEvent().getId();
    sessionTitle = session.getTitle();
    eventTitle = session.getEvent().getTitle();
  }

  public String checkIn() {
    CheckIn.Result r = checkIn.checkIn(currentUser.actor(), sessionId, t, OffsetDateTime.now());
    if (!r.ok()) {
      FacesForms.error(r.message());
      return null;
    }
    FacesForms.flashInfo(r.message());
    return "/trainee/attendance?faces-redirect=true";
  }

  public String getSessionTitle() {
    return sessionTitle;
  }

  public String getEventTitle() {
    return eventTitle;
  }

  public long getEventId() {
    return eventId;
  }

  public String getS() {
    return s;
  }

  public void setS(String s) {
    this.s = s;
  }

  public String getT() {
    return t;
  }

  public void setT(String t) {
    this.t = t;
  }
}
