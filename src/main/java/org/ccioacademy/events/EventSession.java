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
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.ccioacademy.platform.database.Tracked;
import org.ccioacademy.platform.web.UkTime;

/** A session of an event: a keynote, workshop, site visit... with its time, place and CPD hours. */
@Entity
@Table(name = "event_session")
public class EventSession extends Tracked {

  static final ZoneId UK = UkTime.UK;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "event_id", updatable = false)
  private Event event;

  @Column(nullable = false, length = 200)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private SessionKind kind;

  @Column(name = "starts_at", nullable = false)
  private OffsetDateTime startsAt;

  @Column(name = "ends_at", nullable = false)
  private OffsetDateTime endsAt;

  @Column(length = 120)
  private String room;

  @Column(length = 500)
  private String speakers;

  private Integer capacity;

  @Column(name = "cpd_hours", nullable = false)
  private BigDecimal cpdHours;

  @Column(nullable = false)
  private boolean participatory;

  @Column(name = "walk_ins_allowed", nullable = false)
  private boolean walkInsAllowed;

  protected EventSession() {}

  public EventSession(
      Event event,
      String title,
      SessionKind kind,
      OffsetDateTime startsAt,
      OffsetDateTime endsAt,
      BigDecimal cpdHours,
      boolean participatory) {
    this.event = event;
    revise(title, kind, startsAt, endsAt, cpdHours, participatory);
  }

  /** Changes when and what the session is, with the same rules as for a new one. */
  public void revise(
      String title,
      SessionKind kind,
      OffsetDateTime startsAt,
      OffsetDateTime endsAt,
      BigDecimal cpdHours,
      boolean participatory) {
    if (!endsAt.isAfter(startsAt)) {
      throw new IllegalArgumentException("A session must end after it starts");
    }
    if (cpdHours.signum() < 0) {
      throw new IllegalArgumentException("CPD hours cannot be negative");
    }
    this.title = title;
    this.kind = kind;
    this.startsAt = startsAt;
    this.endsAt = endsAt;
    this.cpdHours = cpdHours;
    this.participatory = participatory;
  }

  /** Where it is and who speaks (either may be empty). */
  public void place(String room, String speakers) {
    this.room = room;
    this.speakers = speakers;
  }

  /**
   * Gives the session places of its own, which people with a place at the event book; null for a
   * session everyone with a place at the event may attend.
   */
  public void limitTo(Integer capacity) {
    if (capacity != null && capacity < 1) {
      throw new IllegalArgumentException("A session with its own places needs at least one");
    }
    this.capacity = capacity;
  }

  /** Whether people without a place may check in with the QR code. */
  public void allowWalkIns(boolean allowed) {
    this.walkInsAllowed = allowed;
  }

  /** Whether people book this session separately, up to its own capacity. */
  public boolean isBooked() {
    return capacity != null;
  }

  /** Whether two sessions overlap in time (people cannot be in both). */
  public boolean overlaps(EventSession other) {
    return startsAt.isBefore(other.endsAt) && other.startsAt.isBefore(endsAt);
  }

  /** The session as it counts for CPD: its UK calendar day and its CPD hours. */
  public CpdCredits.Attended asAttended() {
    return new CpdCredits.Attended(startsAt.atZoneSameInstant(UK).toLocalDate(), cpdHours);
  }

  public Long getId() {
    return id;
  }

  public Event getEvent() {
    return event;
  }

  public String getTitle() {
    return title;
  }

  public SessionKind getKind() {
    return kind;
  }

  public OffsetDateTime getStartsAt() {
    return startsAt;
  }

  public OffsetDateTime getEndsAt() {
    return endsAt;
  }

  public String getRoom() {
    return room;
  }

  public String getSpeakers() {
    return speakers;
  }

  public Integer getCapacity() {
    return capacity;
  }

  public BigDecimal getCpdHours() {
    return cpdHours;
  }

  public boolean isParticipatory() {
    return participatory;
  }

  public boolean isWalkInsAllowed() {
    return walkInsAllowed;
  }
}
