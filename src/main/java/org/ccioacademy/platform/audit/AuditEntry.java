package org.ccioacademy.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * One change that matters (who, when, what, to what, the state before and after), or one read of
 * named data (who looked at or exported what, and how many rows). Never edited.
 */
@Entity
@Table(name = "audit_log")
public class AuditEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private OffsetDateTime occurredAt;

  @Column(name = "actor_id", updatable = false)
  private Long actorId;

  @Column(name = "actor_label", nullable = false, updatable = false)
  private String actorLabel;

  @Column(nullable = false, updatable = false)
  private String action;

  @Column(name = "target_type", nullable = false, updatable = false)
  private String targetType;

  @Column(name = "target_id", updatable = false)
  private String targetId;

  @Column(name = "target_label", updatable = false)
  private String targetLabel;

  @Column(name = "before_value", updatable = false)
  private String before;

  @Column(name = "after_value", updatable = false)
  private String after;

  @Column(name = "request_id", updatable = false)
  private String requestId;

  /** For a read: how many rows of named data were shown or exported. */
  @Column(name = "row_count", updatable = false)
  private Integer rowCount;

  protected AuditEntry() {}

  AuditEntry(
      OffsetDateTime occurredAt,
      Actor actor,
      String action,
      String targetType,
      String targetId,
      String targetLabel,
      String before,
      String after,
      String requestId,
      Integer rowCount) {
    this.occurredAt = occurredAt;
    this.actorId = actor.userId();
    this.actorLabel = actor.label();
    this.action = action;
    this.targetType = targetType;
    this.targetId = targetId;
    this.targetLabel = targetLabel;
    this.before = before;
    this.after = after;
    this.requestId = requestId;
    this.rowCount = rowCount;
  }

  public Long getId() {
    return id;
  }

  public OffsetDateTime getOccurredAt() {
    return occurredAt;
  }

  public Long getActorId() {
    return actorId;
  }

  public String getActorLabel() {
    return actorLabel;
  }

  public String getAction() {
    return action;
  }

  public String getTargetType() {
    return targetType;
  }

  public String getTargetId() {
    return targetId;
  }

  public String getTargetLabel() {
    return targetLabel;
  }

  public String getBefore() {
    return before;
  }

  public String getAfter() {
    return after;
  }

  public String getRequestId() {
    return requestId;
  }

  public Integer getRowCount() {
    return rowCount;
  }
}
