package org.ccioacademy.events.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Base64;
import org.ccioacademy.events.Attendance;
import org.ccioacademy.events.CheckIn;
import org.ccioacademy.events.EventOrganising;
import org.ccioacademy.events.EventSession;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.platform.kernel.NotAllowedException;
import org.ccioacademy.platform.web.FacesForms;
import org.ccioacademy.platform.web.QrCode;
import org.omnifaces.util.Faces;

/**
 * The check-in screen an organiser shows in the room: a QR code that changes every 30 seconds (the
 * page fetches a new one every few seconds), with the same link in words.
 */
@Named
@ViewScoped
public class CheckInScreenView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CheckIn checkIn;
  @Inject Attendance attendance;
  @Inject CurrentUser currentUser;
  @Inject EventOrganising organising;

  private String session;
  private long sessionId;
  private String sessionTitle;
  private String base;
  private String link;
  private String image;
  private boolean walkInsAllowed;
  private Attendance.Headcount headcount;
  private long secondsLeft;
  private String eventTitle;
  private long eventId;

  public void load() {
    EventSession s = null;
    if (session != null && session.matches("\\d{1,18}")) {
      s = attendance.session(Long.parseLong(session));
    }
    if (s == null) {
      Faces.responseSendError(404, "No such session");
      return;
    }
    if (!s.getEvent().mayBeOrganisedBy(currentUser.caller())) {
      Faces.responseSendError(403, "Not the organiser");
      return;
    }
    sessionId = s.getId();
    sessionTitle = s.getTitle();
    eventTitle = s.getEvent().getTitle();
    eventId = s.getEvent().getId();
    walkInsAllowed = s.isWalkInsAllowed();
    base = Faces.getRequestBaseURL();
    refresh();
  }

  /** A fresh code and count (the poll calls this every few seconds). */
  public void refresh() {
    OffsetDateTime now = OffsetDateTime.now();
    long window = CheckIn.WINDOW_SECONDS;
    secondsLeft = window - now.toEpochSecond() % window;
    headcount = attendance.headcount(sessionId);
    link = base + "checkin.xhtml?s=" + sessionId + "&t=" + checkIn.currentToken(sessionId, now);
    image = "data:image/png;base64," + Base64.getEncoder().encodeToString(QrCode.png(link, 360));
  }

  /** Lets people without a place check in (or stops it), from the screen in the room. */
  public String toggleWalkIns() {
    try {
      organising.allowWalkIns(currentUser.caller(), sessionId, !walkInsAllowed);
      FacesForms.flashInfo(
          walkInsAllowed
              ? "Walk-ins stopped: only people with a place can check in."
              : "Walk-ins allowed: anyone signed in can check in with the code.");
      return "/organise/checkin?faces-redirect=true&session=" + sessionId;
    } catch (NotAllowedException e) {
      FacesForms.error(e.getMessage());
      return null;
    }
  }

  public Attendance.Headcount getHeadcount() {
    return headcount;
  }

  /** Seconds until the code changes. */
  public long getSecondsLeft() {
    return secondsLeft;
  }

  public String getEventTitle() {
    return eventTitle;
  }

  public long getEventId() {
    return eventId;
  }

  public boolean isWalkInsAllowed() {
    return walkInsAllowed;
  }

  public String getLink() {
    return link;
  }

  public String getImage() {
    return image;
  }

  public String getSessionTitle() {
    return sessionTitle;
  }

  public long getSessionId() {
    return sessionId;
  }

  public String getSession() {
    return session;
  }

  public void setSession(String session) {
    this.session = session;
  }
}
