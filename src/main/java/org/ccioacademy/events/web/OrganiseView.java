package org.ccioacademy.events.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.ccioacademy.events.Event;
import org.ccioacademy.events.EventKind;
import org.ccioacademy.events.EventOrganising;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.identity.Role;
import org.ccioacademy.platform.web.FacesForms;

/** An organiser's events, and a new event. */
@Named
@ViewScoped
public class OrganiseView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject EventOrganising events;
  @Inject CurrentUser currentUser;

  private transient List<Event> mine;
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

  public void load() {
    mine = events.organisedBy(currentUser.id(), currentUser.getAccount().hasRole(Role.ADMIN));
  }

  public String create() {
    try {
      Event e =
          events.create(
              currentUser.actor(),
              new EventOrganising.EventInput(
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
                  approvalRequired));
      FacesForms.flashInfo(e.getTitle() + " is published. Add its sessions below.");
      return "/event?faces-redirect=true&id=" + e.getId();
    } catch (EventOrganising.InvalidException e) {
      FacesForms.showErrors("newEvent", e.errors());
      return null;
    }
  }

  public List<EventKind> getKinds() {
    return List.of(EventKind.values());
  }

  public List<Event> getMine() {
    return mine;
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
}
