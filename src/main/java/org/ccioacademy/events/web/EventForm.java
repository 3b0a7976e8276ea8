package org.ccioacademy.events.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.ccioacademy.events.Event;
import org.ccioacademy.events.EventInput;
import org.ccioacademy.events.EventKind;
import org.ccioacademy.platform.web.UkTime;

/** What an organiser types about an event: for a new event, or changes to one. */
public class EventForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String title;
  private EventKind kind;
  private String description;
  private String venue;
  private String onlineUrl;
  private LocalDate startsOn;
  private LocalDate endsOn;
  private LocalDateTime opensAt;
  private LocalDateTime closesAt;
  private Integer capacity;
  private boolean approvalRequired;
  private long version;

  /** The form filled in with an event's details, for editing. */
  public static EventForm of(Event e) {
    EventForm f = new EventForm();
    f.title = e.getTitle();
    f.kind = e.getKind();
    f.description = e.getDescription();
    f.venue = e.getVenue();
    f.onlineUrl = e.getOnlineUrl();
    f.startsOn = e.getStartsOn();
    f.endsOn = e.getEndsOn();
    f.opensAt = uk(e.getRegistrationOpensAt());
    f.closesAt = uk(e.getRegistrationClosesAt());
    f.capacity = e.getCapacity();
    f.approvalRequired = e.isApprovalRequired();
    f.version = e.getVersion();
    return f;
  }

  /** What was typed, for the service to check. */
  public EventInput input() {
    return new EventInput(
        title,
        kind,
        description,
        venue,
        onlineUrl,
        startsOn,
        endsOn,
        opensAt,
        closesAt,
        capacity,
        approvalRequired);
  }

  static LocalDateTime uk(OffsetDateTime t) {
    return t.atZoneSameInstant(UkTime.UK).toLocalDateTime();
  }

  public List<EventKind> getKinds() {
    return List.of(EventKind.values());
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public EventKind getKind() {
    return kind;
  }

  public void setKind(EventKind kind) {
    this.kind = kind;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getVenue() {
    return venue;
  }

  public void setVenue(String venue) {
    this.venue = venue;
  }

  public String getOnlineUrl() {
    return onlineUrl;
  }

  public void setOnlineUrl(String onlineUrl) {
    this.onlineUrl = onlineUrl;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public void setStartsOn(LocalDate startsOn) {
    this.startsOn = startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public void setEndsOn(LocalDate endsOn) {
    this.endsOn = endsOn;
  }

  public LocalDateTime getOpensAt() {
    return opensAt;
  }

  public void setOpensAt(LocalDateTime opensAt) {
    this.opensAt = opensAt;
  }

  public LocalDateTime getClosesAt() {
    return closesAt;
  }

  public void setClosesAt(LocalDateTime closesAt) {
    this.closesAt = closesAt;
  }

  public Integer getCapacity() {
    return capacity;
  }

  public void setCapacity(Integer capacity) {
    this.capacity = capacity;
  }

  public boolean isApprovalRequired() {
    return approvalRequired;
  }

  public void setApprovalRequired(boolean approvalRequired) {
    this.approvalRequired = approvalRequired;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }
}
