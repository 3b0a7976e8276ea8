package org.ccioacademy.certificates;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * A certificate as issued: what it states is fixed when it is issued. It can be revoked (with a
 * reason) and may expire; it is never deleted.
 */
@Entity
@Table(name = "certificate")
public class Certificate {

  /** What was achieved. */
  public enum Kind {
    COURSE("Course completion"),
    EVENT("Event attendance"),
    STAGE("Career pathway stage");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String getLabel() {
      return label;
    }
  }

  /** Where a certificate stands on a given day. */
  public enum Standing {
    VALID,
    REVOKED,
    EXPIRED
  }

  @Id
  @Column(length = 26)
  private String id;

  @Column(name = "user_id", nullable = false, updatable = false)
  private Long userId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10, updatable = false)
  private Kind kind;

  @Column(nullable = false, length = 200, updatable = false)
  private String achievement;

  @Column(nullable = false, length = 300, updatable = false)
  private String title;

  @Column(nullable = false, updatable = false)
  private String outcomes;

  @Column(name = "holder_name", nullable = false, length = 200, updatable = false)
  private String holderName;

  @Column(length = 80, updatable = false)
  private String registration;

  /** When the holder's details were removed at their request (CertificatesPersonalData). */
  @Column(name = "holder_erased_at", insertable = false, updatable = false)
  private OffsetDateTime holderErasedAt;

  @Column(name = "started_on", updatable = false)
  private LocalDate startedOn;

  @Column(name = "completed_on", nullable = false, updatable = false)
  private LocalDate completedOn;

  @Column(length = 100, updatable = false)
  private String duration;

  @Column(name = "cpd_participatory", nullable = false, updatable = false)
  private BigDecimal cpdParticipatory;

  @Column(name = "cpd_other", nullable = false, updatable = false)
  private BigDecimal cpdOther;

  @Column(name = "delivery_mode", nullable = false, length = 100, updatable = false)
  private String deliveryMode;

  @Column(name = "issued_at", nullable = false, updatable = false)
  private OffsetDateTime issuedAt;

  @Column(name = "expires_on")
  private LocalDate expiresOn;

  @Column(name = "revoked_at")
  private OffsetDateTime revokedAt;

  @Column(name = "revoked_by")
  private Long revokedBy;

  @Column(name = "revoked_reason")
  private String revokedReason;

  @Basic(fetch = FetchType.LAZY)
  private byte[] pdf;

  @Basic(fetch = FetchType.LAZY)
  private String credential;

  @Version private long version;

  protected Certificate() {}

  Certificate(String id, Long userId, CertificateDraft d, OffsetDateTime issuedAt) {
    this.id = id;
    this.userId = userId;
    this.kind = d.kind();
    this.achievement = d.achievement();
    this.title = d.title();
    this.outcomes = String.join("\n", d.outcomes());
    this.holderName = d.holderName();
    this.registration = d.registration();
    this.startedOn = d.startedOn();
    this.completedOn = d.completedOn();
    this.duration = d.duration();
    this.cpdParticipatory = d.cpdParticipatory();
    this.cpdOther = d.cpdOther();
    this.deliveryMode = d.deliveryMode();
    this.expiresOn = d.expiresOn();
    this.issuedAt = issuedAt;
  }

  /** Where the certificate stands on {@code day}: revoked first, then expired, else valid. */
  public Standing standingOn(LocalDate day) {
    if (revokedAt != null) {
      return Standing.REVOKED;
    }
    if (expiresOn != null && day.isAfter(expiresOn)) {
      return Standing.EXPIRED;
    }
    return Standing.VALID;
  }

  /** Revokes the certificate; a second revocation changes nothing. */
  public boolean revoke(long by, String reason, OffsetDateTime at) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("A revocation needs a reason");
    }
    if (revokedAt != null) {
      return false;
    }
    revokedAt = at;
    revokedBy = by;
    revokedReason = reason.strip();
    return true;
  }

  void attachPdf(byte[] pdf) {
    this.pdf = pdf;
  }

  void attachCredential(String credential) {
    this.credential = credential;
  }

  /** The signed Open Badges credential (a compact VC-JWT). */
  public String getCredential() {
    return credential;
  }

  public BigDecimal getCpdTotal() {
    return cpdParticipatory.add(cpdOther);
  }

  public List<String> getOutcomeList() {
    return outcomes.isEmpty() ? List.of() : Arrays.asList(outcomes.split("\n"));
  }

  public String getId() {
    return id;
  }

  public String getGroupedId() {
    return CertificateId.grouped(id);
  }

  public Long getUserId() {
    return userId;
  }

  public Kind getKind() {
    return kind;
  }

  public String getAchievement() {
    return achievement;
  }

  public String getTitle() {
    return title;
  }

  /** Whether the holder's details were removed (the certificate was issued, to someone). */
  public boolean isHolderErased() {
    return holderErasedAt != null;
  }

  public String getHolderName() {
    return holderName;
  }

  public String getRegistration() {
    return registration;
  }

  public LocalDate getStartedOn() {
    return startedOn;
  }

  public LocalDate getCompletedOn() {
    return completedOn;
  }

  public String getDuration() {
    return duration;
  }

  public BigDecimal getCpdParticipatory() {
    return cpdParticipatory;
  }

  public BigDecimal getCpdOther() {
    return cpdOther;
  }

  public String getDeliveryMode() {
    return deliveryMode;
  }

  public OffsetDateTime getIssuedAt() {
    return issuedAt;
  }

  public LocalDate getExpiresOn() {
    return expiresOn;
  }

  public OffsetDateTime getRevokedAt() {
    return revokedAt;
  }

  public String getRevokedReason() {
    return revokedReason;
  }

  public byte[] getPdf() {
    return pdf;
  }

  public long getVersion() {
    return version;
  }
}
