package org.ccioacademy.certificates;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * One bulk issue of the certificates that were due: who started it, how many were due, and how far
 * it has got. Written by {@link CertificateRuns} with single SQL updates (progress comes from
 * several threads at once); read here for the admin page.
 */
@Entity
@Cacheable(false)
@Table(name = "certificate_run")
public class CertificateRun {

  /** Where a run is. */
  public enum Status {
    RUNNING,
    DONE,
    FAILED
  }

  @Id private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Status status;

  @Column(name = "started_at", nullable = false)
  private OffsetDateTime startedAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Column(name = "finished_at")
  private OffsetDateTime finishedAt;

  @Column(name = "started_by", nullable = false, length = 254)
  private String startedBy;

  private int due;
  private int issued;
  private int failed;
  private int workers;

  @Column(length = 1000)
  private String error;

  protected CertificateRun() {}

  /** Certificates dealt with (issued or failed) as a whole percentage of those due. */
  public int percent() {
    if (due == 0) {
      return 100;
    }
    return Math.min(100, (int) ((issued + failed) * 100L / due));
  }

  /** How long it ran, or has been running until {@code now}. */
  public Duration elapsed(OffsetDateTime now) {
    return Duration.between(startedAt, finishedAt == null ? now : finishedAt);
  }

  /** Certificates issued a second, so far. */
  public long perSecond(OffsetDateTime now) {
    long ms = Math.max(1, elapsed(now).toMillis());
    return issued * 1000L / ms;
  }

  public boolean isRunning() {
    return status == Status.RUNNING;
  }

  public Long getId() {
    return id;
  }

  public Status getStatus() {
    return status;
  }

  public OffsetDateTime getStartedAt() {
    return startedAt;
  }

  public OffsetDateTime getFinishedAt() {
    return finishedAt;
  }

  public String getStartedBy() {
    return startedBy;
  }

  public int getDue() {
    return due;
  }

  public int getIssued() {
    return issued;
  }

  public int getFailed() {
    return failed;
  }

  public int getWorkers() {
    return workers;
  }

  public String getError() {
    return error;
  }
}
