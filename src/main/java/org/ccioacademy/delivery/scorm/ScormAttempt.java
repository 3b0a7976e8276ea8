package org.ccioacademy.delivery.scorm;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import org.ccioacademy.delivery.Enrolment;

/**
 * One attempt at a content package module. It plays the package it started with, whatever the
 * course's later versions play; it is complete once every SCO of that package is satisfied by the
 * package's own rule.
 */
@Entity
@Table(name = "scorm_attempt")
public class ScormAttempt {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "enrolment_id", updatable = false)
  private Enrolment enrolment;

  @Column(name = "module_code", nullable = false, length = 60, updatable = false)
  private String moduleCode;

  @Column(name = "package_sha256", nullable = false, length = 64, updatable = false)
  private String packageSha256;

  @Column(nullable = false, updatable = false)
  private int number;

  @Column(name = "started_at", nullable = false, updatable = false)
  private OffsetDateTime startedAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Column(name = "completed_at")
  private OffsetDateTime completedAt;

  @Column(name = "score_percent")
  private Integer scorePercent;

  @Version private long version;

  protected ScormAttempt() {}

  ScormAttempt(
      Enrolment enrolment,
      String moduleCode,
      String packageSha256,
      int number,
      OffsetDateTime now) {
    this.enrolment = enrolment;
    this.moduleCode = moduleCode;
    this.packageSha256 = packageSha256;
    this.number = number;
    this.startedAt = now;
    this.updatedAt = now;
  }

  /** Something was committed in this attempt; {@code percent} is its score now, if it has one. */
  void committed(Integer percent, OffsetDateTime now) {
    this.updatedAt = now;
    if (percent != null) {
      this.scorePercent = percent;
    }
  }

  /**
   * Every SCO is satisfied: the attempt is complete (once).
   *
   * @return true when this call completed it
   */
  boolean complete(OffsetDateTime now) {
    if (completedAt != null) {
      return false;
    }
    completedAt = now;
    return true;
  }

  public Long getId() {
    return id;
  }

  public Enrolment getEnrolment() {
    return enrolment;
  }

  public String getModuleCode() {
    return moduleCode;
  }

  public String getPackageSha256() {
    return packageSha256;
  }

  public int getNumber() {
    return number;
  }

  public OffsetDateTime getStartedAt() {
    return startedAt;
  }

  public OffsetDateTime getUpdatedAt() {
    return updatedAt;
  }

  public OffsetDateTime getCompletedAt() {
    return completedAt;
  }

  public boolean isComplete() {
    return completedAt != null;
  }

  public Integer getScorePercent() {
    return scorePercent;
  }
}
