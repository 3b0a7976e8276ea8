package org.ccioacademy.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * A single-use link that lets a person set a new password without the old one. Only the hash of its
 * random token is kept; it works until it expires, is used, or a newer link is sent to the same
 * person.
 */
@Entity
@Table(name = "password_reset")
public class PasswordResetLink {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "user_id", nullable = false, updatable = false)
  private long userId;

  @Column(name = "token_hash", nullable = false, updatable = false)
  private byte[] tokenHash;

  @Column(name = "requested_by", updatable = false)
  private Long requestedBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private OffsetDateTime expiresAt;

  @Column(name = "used_at")
  private OffsetDateTime usedAt;

  @Column(name = "ended_at")
  private OffsetDateTime endedAt;

  @Column(name = "purpose", nullable = false, updatable = false, length = 12)
  private String purpose = RESET;

  @Version private long version;

  /** A link asked for to set a new password. */
  static final String RESET = "RESET";

  /** A link in an invitation: the first password of an account an administrator made. */
  static final String INVITATION = "INVITATION";

  protected PasswordResetLink() {}

  /**
   * A new link for {@code userId}, asked for by the person themselves ({@code requestedBy} null) or
   * by an administrator.
   */
  static PasswordResetLink issue(
      long userId, byte[] tokenHash, Long requestedBy, OffsetDateTime now, Duration lifetime) {
    return issue(userId, tokenHash, requestedBy, now, lifetime, RESET);
  }

  /** A new link for one purpose: {@link #RESET} or {@link #INVITATION}. */
  static PasswordResetLink issue(
      long userId,
      byte[] tokenHash,
      Long requestedBy,
      OffsetDateTime now,
      Duration lifetime,
      String purpose) {
    PasswordResetLink link = new PasswordResetLink();
    link.purpose = purpose;
    link.userId = userId;
    link.tokenHash = tokenHash.clone();
    link.requestedBy = requestedBy;
    link.createdAt = now;
    link.expiresAt = now.plus(lifetime);
    return link;
  }

  /** Whether the link still sets a password at {@code now}. */
  public boolean worksAt(OffsetDateTime now) {
    return usedAt == null && endedAt == null && now.isBefore(expiresAt);
  }

  /** Why the link no longer works, in plain words for its holder; null while it works. */
  public String whyNotAt(OffsetDateTime now) {
    if (usedAt != null) {
      return "This link has already been used to set a password.";
    }
    if (endedAt != null) {
      return "A newer link has been sent since this one, so this one no longer works.";
    }
    if (!now.isBefore(expiresAt)) {
      return isInvitation()
          ? "This invitation has expired. Ask for a new link below, or ask the person who invited"
              + " you to send it again."
          : "This link has expired: links work for a short time only.";
    }
    return null;
  }

  /** The link has set the password: it never works again. */
  void use(OffsetDateTime now) {
    if (!worksAt(now)) {
      throw new IllegalStateException("Password reset link " + id + " does not work any more");
    }
    usedAt = now;
  }

  /** A newer link (or a password set another way) ends this one. */
  void end(OffsetDateTime now) {
    if (usedAt == null && endedAt == null) {
      endedAt = now;
    }
  }

  /** Whether the link came in an invitation rather than being asked for. */
  public boolean isInvitation() {
    return INVITATION.equals(purpose);
  }

  public Long getId() {
    return id;
  }

  public long getUserId() {
    return userId;
  }

  public OffsetDateTime getExpiresAt() {
    return expiresAt;
  }
}
