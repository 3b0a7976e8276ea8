package org.ccioacademy.platform.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.OffsetDateTime;

/** An email waiting to be sent, sent, or given up on after its last attempt. */
@Entity
@Table(name = "mail_message")
public class MailMessage {

  /** Where a message is. */
  public enum Status {
    QUEUED,
    SENT,
    FAILED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "to_address", nullable = false, length = 254, updatable = false)
  private String to;

  @Column(nullable = false, length = 300, updatable = false)
  private String subject;

  @Column(nullable = false, updatable = false)
  private String body;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Status status = Status.QUEUED;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private OffsetDateTime nextAttemptAt;

  @Column(name = "last_error", length = 1000)
  private String lastError;

  @Column(nullable = false, length = 60, updatable = false)
  private String purpose;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "sent_at")
  private OffsetDateTime sentAt;

  @Version private long version;

  protected MailMessage() {}

  MailMessage(String to, String subject, String body, String purpose, OffsetDateTime now) {
    this.to = to;
    this.subject = subject.length() > 300 ? subject.substring(0, 299) + "…" : subject;
    this.body = body;
    this.purpose = purpose;
    this.createdAt = now;
    this.nextAttemptAt = now;
  }

  void sent(OffsetDateTime at) {
    attempts++;
    status = Status.SENT;
    sentAt = at;
    lastError = null;
  }

  /**
   * A failed attempt: tried again after a pause that doubles each time (first {@code firstPause},
   * at most 6 hours), or given up after {@code maxAttempts}.
   */
  void failed(String error, OffsetDateTime at, Duration firstPause, int maxAttempts) {
    attempts++;
    lastError =
        error == null ? "unknown error" : error.length() > 1000 ? error.substring(0, 1000) : error;
    if (attempts >= maxAttempts) {
      status = Status.FAILED;
      return;
    }
    long factor = 1L << Math.min(attempts - 1, 20);
    Duration pause = firstPause.multipliedBy(factor);
    Duration max = Duration.ofHours(6);
    nextAttemptAt = at.plus(pause.compareTo(max) > 0 ? max : pause);
  }

  public Long getId() {
    return id;
  }

  public String getTo() {
    return to;
  }

  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }

  public Status getStatus() {
    return status;
  }

  public int getAttempts() {
    return attempts;
  }

  public OffsetDateTime getNextAttemptAt() {
    return nextAttemptAt;
  }

  public String getLastError() {
    return lastError;
  }

  public String getPurpose() {
    return purpose;
  }
}
