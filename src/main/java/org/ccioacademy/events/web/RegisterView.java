package org.ccioacademy.events.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ccioacademy.events.Attendance;
import org.ccioacademy.events.AttendanceStatus;
import org.ccioacademy.events.EventSession;
import org.ccioacademy.events.RegistrationClosedException;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.platform.audit.AuditLog;
import org.ccioacademy.platform.kernel.NotAllowedException;
import org.ccioacademy.platform.web.FacesForms;
import org.omnifaces.util.Faces;

/**
 * A session's attendance register for its organiser, made for a tablet or phone: one tap marks a
 * trainee present, late, left early, absent or excused; a search box finds a name.
 */
@Named
@ViewScoped
public class RegisterView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Attendance attendance;
  @Inject CurrentUser currentUser;
  @Inject AuditLog audit;

  private String session;
  private String q;
  private long sessionId;
  private String sessionTitle;
  private String eventTitle;
  private long eventId;
  private transient List<Attendance.Line> lines;

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
    lines = attendance.register(sessionId, q);
    if (!lines.isEmpty()) {
      audit.read(
          currentUser.actor(),
          "read.event-people",
          "event",
          eventId,
          eventTitle,
          "the register of " + sessionTitle,
          lines.size());
    }
  }

  public String mark(long userId, String name, AttendanceStatus status) {
    try {
      attendance.mark(currentUser.caller(), sessionId, userId, status);
      FacesForms.flashInfo(name + ": " + status.getLabel().toLowerCase() + ".");
    } catch (RegistrationClosedException | NotAllowedException e) {
      FacesForms.error(e.getMessage());
      return null;
    }
    return "/organise/register?faces-redirect=true&session="
        + sessionId
        + (q == null || q.isBlank() ? "" : "&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
  }

  public List<AttendanceStatus> getStatuses() {
    return List.of(AttendanceStatus.values());
  }

  public List<Attendance.Line> getLines() {
    return lines;
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

  public long getSessionId() {
    return sessionId;
  }

  public String getSession() {
    return session;
  }

  public void setSession(String session) {
    this.session = session;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }
}
