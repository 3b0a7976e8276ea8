package org.ccioacademy.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A person's account at a single sign-on provider, linked to their account here: the provider's id
 * in configuration and its lasting subject id for them ({@code sub}). One provider account links to
 * one account here; one account here may have several links.
 */
@Entity
@Table(name = "external_identity")
public class ExternalIdentity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 40, updatable = false)
  private String provider;

  @Column(nullable = false, length = 255, updatable = false)
  private String subject;

  @Column(name = "user_id", nullable = false)
  private long userId;

  @Column(length = 254)
  private String email;

  @Column(name = "linked_at", nullable = false, updatable = false)
  private OffsetDateTime linkedAt;

  @Column(name = "last_used_at")
  private OffsetDateTime lastUsedAt;

  protected ExternalIdentity() {}

  static ExternalIdentity link(
      String provider, String subject, long userId, String email, OffsetDateTime now) {
    ExternalIdentity link = new ExternalIdentity();
    link.provider = provider;
    link.subject = subject;
    link.userId = userId;
    link.email = email;
    link.linkedAt = now;
    return link;
  }

  /** A sign-in through this link: when, and the address the provider now gives. */
  void used(String currentEmail, OffsetDateTime now) {
    if (currentEmail != null) {
      email = currentEmail;
    }
    lastUsedAt = now;
  }

  public Long getId() {
    return id;
  }

  public String getProvider() {
    return provider;
  }

  public String getSubject() {
    return subject;
  }

  public long getUserId() {
    return userId;
  }

  public String getEmail() {
    return email;
  }

  public OffsetDateTime getLinkedAt() {
    return linkedAt;
  }

  public OffsetDateTime getLastUsedAt() {
    return lastUsedAt;
  }
}
