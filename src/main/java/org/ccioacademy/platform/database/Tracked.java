package org.ccioacademy.platform.database;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/**
 * What every entity that people edit keeps the same way: when its row was made and last changed
 * ({@code created_at}, {@code updated_at}, set here on insert and update) and its version for
 * optimistic locking ({@code version}: an edit made from a stale copy is refused, never lost).
 */
@MappedSuperclass
public abstract class Tracked {

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version private long version;

  @PrePersist
  protected void stampCreated() {
    createdAt = OffsetDateTime.now();
    updatedAt = createdAt;
  }

  @PreUpdate
  protected void stampUpdated() {
    updatedAt = OffsetDateTime.now();
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public OffsetDateTime getUpdatedAt() {
    return updatedAt;
  }

  /** The version this copy was read at; a page sends it back with an edit. */
  public long getVersion() {
    return version;
  }
}
