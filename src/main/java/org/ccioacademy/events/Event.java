package org.ccioacademy.events;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.ccioacademy.platform.database.Tracked;
import org.ccioacademy.platform.kernel.Caller;

/**
 * An event people register for: when and where, its registration window, its capacity and whether
 * an organiser approves each registration. It decides what a request to register gets.
 */
@Entity
@Table(name = "event")
public class Event extends Tracked {

  /** Where an event is in its life. */
  public enum Status {
    DRAFT,
    PUBLISHED,
    CANCELLED
  }

  /** What a request to register gets. */
  public enum Decision {
    /** A place is held. */
    REGISTERED,
    /** The event is full: the trainee joins the waitlist. */
    WAITLISTED,
    /** An organiser will approve or refuse. */
    PENDING,
    NOT_YET_OPEN,
    CLOSED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 200)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private EventKind kind;

  @Column(nullable = false)
  private String description;

  @Column(length = 300)
  private String venue;

  @Column(name = "online_url", length = 1000)
  private String onlineUrl;

  @Column(name = "starts_on", nullable = false)
  private LocalDate startsOn;

  @Column(name = "ends_on", nullable = false)
  private LocalDate endsOn;

  @Column(name = "registration_opens_at", nullable = false)
  private OffsetDateTime registrationOpensAt;

  @Column(name = "registration_closes_at", nullable = false)
  private OffsetDateTime registrationClosesAt;

  @Column(nullable = false)
  private int capacity;

  @Column(name = "approval_required", nullable = false)
  private boolean approvalRequired;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private Status status = Status.DRAFT;

  @Column(name = "organiser_id", nullable = false)
  private Long organiserId;

  protected Event() {}

  public Event(
      String title,
      EventKind kind,
      String description,
      String venue,
      String onlineUrl,
      LocalDate startsOn,
      LocalDate endsOn,
      OffsetDateTime registrationOpensAt,
      OffsetDateTime registrationClosesAt,
      int capacity,
      boolean approvalRequired,
      Long organiserId) {
    revise(
        title,
        kind,
        description,
        venue,
        onlineUrl,
        startsOn,
        endsOn,
        registrationOpensAt,
        registrationClosesAt,
        capacity,
        approvalRequired);
    this.organiserId = organiserId;
  }

  /** Changes the event's details; the same rules as for a new event. */
  public void revise(
      String title,
      EventKind kind,
      String description,
      String venue,
      String onlineUrl,
      LocalDate startsOn,
      LocalDate endsOn,
      OffsetDateTime registrationOpensAt,
      OffsetDateTime registrationClosesAt,
      int capacity,
      boolean approvalRequired) {
    if (endsOn.isBefore(startsOn)) {
      throw new IllegalArgumentException("An event cannot end before it starts");
    }
    if (!registrationClosesAt.isAfter(registrationOpensAt)) {
      throw new IllegalArgumentException("Registration must close after it opens");
    }
    if (capacity < 1) {
      throw new IllegalArgumentException("An event needs at least one place");
    }
    if (venue == null && onlineUrl == null) {
      throw new IllegalArgumentException("An event needs a venue or an online link");
    }
    this.title = title;
    this.kind = kind;
    this.description = description;
    this.venue = venue;
    this.onlineUrl = onlineUrl;
    this.startsOn = startsOn;
    this.endsOn = endsOn;
    this.registrationOpensAt = registrationOpensAt;
    this.registrationClosesAt = registrationClosesAt;
    this.capacity = capacity;
    this.approvalRequired = approvalRequired;
  }

  public void publish() {
    if (status == Status.DRAFT) {
      status = Status.PUBLISHED;
    }
  }

  /** Calls the event off: nobody can register, check in or be marked any more. */
  public void cancel() {
    status = Status.CANCELLED;
  }

  public boolean isOpenAt(OffsetDateTime now) {
    return status == Status.PUBLISHED
        && !now.isBefore(registrationOpensAt)
        && now.isBefore(registrationClosesAt);
  }

  /**
   * What a new request to register gets, given how many places are held now.
   *
   * @param placesHeld registrations that hold a place (REGISTERED)
   */
  public Decision decide(OffsetDateTime now, long placesHeld) {
    if (status != Status.PUBLISHED || !now.isBefore(registrationClosesAt)) {
      return Decision.CLOSED;
    }
    if (now.isBefore(registrationOpensAt)) {
      return Decision.NOT_YET_OPEN;
    }
    if (approvalRequired) {
      return Decision.PENDING;
    }
    return placesHeld < capacity ? Decision.REGISTERED : Decision.WAITLISTED;
  }

  /** Whether a place can be given (on approval, or to the first on the waitlist). */
  public boolean hasPlaceFor(long placesHeld) {
    return placesHeld < capacity;
  }

  /**
   * How many people on the waitlist get a place now, first come first served: the places free (none
   * when the event is full, or fewer places than are held after a cut), at most as many as are
   * waiting.
   */
  public int placesToOffer(long placesHeld, long waiting) {
    return (int) Math.max(0, Math.min(capacity - placesHeld, waiting));
  }

  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public EventKind getKind() {
    return kind;
  }

  public String getDescription() {
    return description;
  }

  /**
   * How it is delivered, as a certificate says it: "In person at …", "… and online", "Live online".
   */
  public String deliveryMode() {
    if (venue != null && onlineUrl != null) {
      return "In person at " + venue + " and online";
    }
    return venue != null ? "In person at " + venue : "Live online";
  }

  public String getVenue() {
    return venue;
  }

  public String getOnlineUrl() {
    return onlineUrl;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public OffsetDateTime getRegistrationOpensAt() {
    return registrationOpensAt;
  }

  public OffsetDateTime getRegistrationClosesAt() {
    return registrationClosesAt;
  }

  public int getCapacity() {
    return capacity;
  }

  public boolean isApprovalRequired() {
    return approvalRequired;
  }

  public Status getStatus() {
    return status;
  }

  public Long getOrganiserId() {
    return organiserId;
  }

  /**
   * May this person change the event, its sessions, places and registers? Its organiser, or an
   * admin.
   */
  public boolean mayBeOrganisedBy(Caller caller) {
    return caller != null && (caller.isAdmin() || caller.is(organiserId));
  }
}
