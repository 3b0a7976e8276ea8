package org.ccioacademy.assessment;

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
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/**
 * A trainee's work for an assignment: a draft they may keep changing, then once submitted a fixed
 * record (attempt 1, 2, ...) with when it came and whether it was late.
 */
@Entity
@Table(name = "submission")
public class Submission {

  /** Where a submission is. */
  public enum Status {
    DRAFT,
    SUBMITTED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "assignment_id", updatable = false)
  private Assignment assignment;

  @Column(name = "user_id", nullable = false, updatable = false)
  private Long userId;

  @Column(name = "attempt_no", nullable = false, updatable = false)
  private int attemptNo;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Status status;

  @Column(nullable = false)
  private String body = "";

  @Column(name = "saved_at", nullable = false)
  private OffsetDateTime savedAt;

  @Column(name = "submitted_at")
  private OffsetDateTime submittedAt;

  @Column(nullable = false)
  private boolean late;

  @Version private long version;

  protected Submission() {}

  Submission(Assignment assignment, long userId, int attemptNo, OffsetDateTime at) {
    this.assignment = assignment;
    this.userId = userId;
    this.attemptNo = attemptNo;
    this.status = Status.DRAFT;
    this.savedAt = at;
  }

  /** Keeps the text of a draft; a submitted piece of work never changes. */
  void saveText(String text, OffsetDateTime at) {
    if (status != Status.DRAFT) {
      throw new IllegalStateException("Submission " + id + " is submitted and cannot change");
    }
    this.body = text == null ? "" : text;
    this.savedAt = at;
  }

  /** Hands the draft in, late or not as the assignment's rules said. */
  void submit(OffsetDateTime at, boolean late) {
    if (status != Status.DRAFT) {
      throw new IllegalStateException("Submission " + id + " is already submitted");
    }
    this.status = Status.SUBMITTED;
    this.submittedAt = at;
    this.late = late;
  }

  public boolean isDraft() {
    return status == Status.DRAFT;
  }

  public Long getId() {
    return id;
  }

  public Assignment getAssignment() {
    return assignment;
  }

  public Long getUserId() {
    return userId;
  }

  public int getAttemptNo() {
    return attemptNo;
  }

  public Status getStatus() {
    return status;
  }

  public String getBody() {
    return body;
  }

  public OffsetDateTime getSavedAt() {
    return savedAt;
  }

  public OffsetDateTime getSubmittedAt() {
    return submittedAt;
  }

  public boolean isLate() {
    return late;
  }

  public long getVersion() {
    return version;
  }
}
