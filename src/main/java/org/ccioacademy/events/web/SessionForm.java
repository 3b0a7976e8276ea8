package org.ccioacademy.events.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.ccioacademy.events.EventSession;
import org.ccioacademy.events.SessionInput;
import org.ccioacademy.events.SessionKind;

/** What an organiser types about a session: for a new session, or changes to one. */
public class SessionForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String title;
  private SessionKind kind;
  private LocalDateTime startsAt;
  private LocalDateTime endsAt;
  private BigDecimal cpdHours;
  private boolean participatory;
  private String room;
  private String speakers;
  private Integer capacity;
  private boolean walkInsAllowed;
  private long version;

  /** The form filled in with a session's details, for editing. */
  public static SessionForm of(EventSession s) {
    SessionForm f = new SessionForm();
    f.title = s.getTitle();
    f.kind = s.getKind();
    f.startsAt = EventForm.uk(s.getStartsAt());
    f.endsAt = EventForm.uk(s.getEndsAt());
    f.cpdHours = s.getCpdHours().stripTrailingZeros();
    f.participatory = s.isParticipatory();
    f.room = s.getRoom();
    f.speakers = s.getSpeakers();
    f.capacity = s.getCapacity();
    f.walkInsAllowed = s.isWalkInsAllowed();
    f.version = s.getVersion();
    return f;
  }

  /** What was typed, for the service to check. */
  public SessionInput input() {
    return new SessionInput(
        title,
        kind,
        startsAt,
        endsAt,
        cpdHours,
        participatory,
        room,
        speakers,
        capacity,
        walkInsAllowed);
  }

  public List<SessionKind> getKinds() {
    return List.of(SessionKind.values());
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public SessionKind getKind() {
    return kind;
  }

  public void setKind(SessionKind kind) {
    this.kind = kind;
  }

  public LocalDateTime getStartsAt() {
    return startsAt;
  }

  public void setStartsAt(LocalDateTime startsAt) {
    this.startsAt = startsAt;
  }

  public LocalDateTime getEndsAt() {
    return endsAt;
  }

  public void setEndsAt(LocalDateTime endsAt) {
    this.endsAt = endsAt;
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

  public String getRoom() {
    return room;
  }

  public void setRoom(String room) {
    this.room = room;
  }

  public String getSpeakers() {
    return speakers;
  }

  public void setSpeakers(String speakers) {
    this.speakers = speakers;
  }

  public Integer getCapacity() {
    return capacity;
  }

  public void setCapacity(Integer capacity) {
    this.capacity = capacity;
  }

  public boolean isWalkInsAllowed() {
    return walkInsAllowed;
  }

  public void setWalkInsAllowed(boolean walkInsAllowed) {
    this.walkInsAllowed = walkInsAllowed;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }
}
