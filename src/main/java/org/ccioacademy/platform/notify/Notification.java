package org.ccioacademy.platform.notify;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.ccioacademy.platform.mail.MailMessage;

/** One thing a person was told about in the app, read or not, and the email sent about it. */
@Entity
@Table(name = "notification")
public class Notification {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "user_id", nullable = false, updatable = false)
  private long userId;

  @Column(nullable = false, length = 60, updatable = false)
  private String kind;

  @Column(nullable = false, length = 300, updatable = false)
  private String headline;

  @Column(length = 500, updatable = false)
  private String link;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "mail_id", updatable = false)
  private MailMessage mail;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "read_at")
  private OffsetDateTime readAt;

  protected Notification() {}

  Notification(long userId, Notice notice, MailMessage mail, OffsetDateTime now) {
    this.userId = userId;
    this.kind = notice.kind();
    String h = notice.headline();
    this.headline = h.length() > 300 ? h.substring(0, 299) + "…" : h;
    this.link = notice.link();
    this.mail = mail;
    this.createdAt = now;
  }

  public Long getId() {
    return id;
  }

  public long getUserId() {
    return userId;
  }

  public String getKind() {
    return kind;
  }

  public String getHeadline() {
    return headline;
  }

  public String getLink() {
    return link;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public OffsetDateTime getReadAt() {
    return readAt;
  }
}
