package org.ccioacademy.events;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.ccioacademy.platform.database.Tracked;

/** A trainee's registration for an event, and its life: pending, registered, waitlisted, ended. */
@Entity
@Table(name = "event_registration")
public class Registration extends Tracked {

  /** Where a registration is. */
  public enum Status {
    PENDING("Waiting for approval"),
    REGISTERED("Has a place"),
    WAITLISTED("On the waitlist"),
    CANCELLED("Cancelled"),
    REFUSED("Refused");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    public String getLabel() {
      return label;
    }

    public boolean isActive() {
      return this == PENDING || this == REGISTERED || this == WAITLISTED;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "event_id", updatable = false)
  private Event event;

  @Column(name = "user_id", nullable = false, updatable = false)
  private Long userId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private Status status;

  @Column(name = "requested_at", nullable = false)
  private OffsetDateTime requestedAt;

  @Column(name = "waitlisted_at")
  private OffsetDateTime waitlistedAt;

  @Column(name = "confirmed_at")
  private OffsetDateTime confirmedAt;

  @Column(name = "ended_at")
  private OffsetDateTime endedAt;

  protected Registration() {}

  Registration(Event event, Long userId, Event.Decision decision, OffsetDateTime now) {
    this.event = event;
    this.userId = userId;
    apply(decision, now);
  }

  /** A new request after a cancellation or refusal reuses the row (one per trainee and event). */
  void renew(Event.Decision decision, OffsetDateTime now) {
    if (status.isActive()) {
      throw new IllegalStateException("Already registered");
    }
    endedAt = null;
    confirmedAt = null;
    waitlistedAt = null;
    apply(decision, now);
  }

  private void apply(Event.Decision decision, OffsetDateTime now) {
    requestedAt = now;
    switch (decision) {
      case REGISTERED -> confirm(now);
      case WAITLISTED -> waitlist(now);
      case PENDING -> status = Status.PENDING;
      default -> throw new IllegalArgumentException("Not a registration: " + decision);
    }
  }

  void confirm(OffsetDateTime now) {
    status = Status.REGISTERED;
    confirmedAt = now;
  }

  void waitlist(OffsetDateTime now) {
    status = Status.WAITLISTED;
    waitlistedAt = now;
  }

  /**
   * @return true when this freed a place (the registration held one)
   */
  boolean cancel(OffsetDateTime now) {
    boolean heldPlace = status == Status.REGISTERED;
    if (status.isActive()) {
      status = Status.CANCELLED;
      endedAt = now;
    }
    return heldPlace;
  }

  void refuse(OffsetDateTime now) {
    if (status == Status.PENDING || status == Status.WAITLISTED) {
      status = Status.REFUSED;
      endedAt = now;
    }
  }

  public Long getId() {
    return id;
  }

  public Event getEvent() {
    return event;
  }

  public Long getUserId() {
    return userId;
  }

  public Status getStatus() {
    return status;
  }

  public OffsetDateTime getRequestedAt() {
    return requestedAt;
  }

  public OffsetDateTime getWaitlistedAt() {
    return waitlistedAt;
  }

  public OffsetDateTime getConfirmedAt() {
    return confirmedAt;
  }
}
