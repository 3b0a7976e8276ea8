package org.ccioacademy.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.OptionalLong;

/**
 * A person's authenticator app: the TOTP key (sealed; see {@link SecondFactors}), whether its
 * enrolment was confirmed with a first code, and the last step a code was used for, so no code
 * works twice.
 */
@Entity
@Table(name = "second_factor")
public class SecondFactor {

  @Id
  @Column(name = "user_id")
  private long userId;

  @Column(name = "secret", nullable = false)
  private byte[] sealedSecret;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "confirmed_at")
  private OffsetDateTime confirmedAt;

  @Column(name = "last_step", nullable = false)
  private long lastStep;

  @Version private long version;

  protected SecondFactor() {}

  /** An enrolment begun: the key is shown once, and works only once a first code confirms it. */
  static SecondFactor begin(long userId, byte[] sealedSecret, OffsetDateTime now) {
    SecondFactor f = new SecondFactor();
    f.userId = userId;
    f.sealedSecret = sealedSecret.clone();
    f.createdAt = now;
    return f;
  }

  /** A new key in place of an unconfirmed one (the person scanned again). */
  void restart(byte[] newSealedSecret, OffsetDateTime now) {
    if (confirmedAt != null) {
      throw new IllegalStateException("Second factor of " + userId + " is confirmed already");
    }
    sealedSecret = newSealedSecret.clone();
    createdAt = now;
    lastStep = 0;
  }

  /**
   * Takes a code typed for {@code secret} (this factor's key, opened): true, and the code's step
   * remembered, when it is right and not used before.
   */
  boolean accept(byte[] secret, String typed, OffsetDateTime now) {
    OptionalLong step = Totp.match(secret, typed, now.toInstant(), lastStep);
    step.ifPresent(s -> lastStep = s);
    return step.isPresent();
  }

  void confirm(OffsetDateTime now) {
    if (confirmedAt == null) {
      confirmedAt = now;
    }
  }

  public boolean isConfirmed() {
    return confirmedAt != null;
  }

  public long getUserId() {
    return userId;
  }

  byte[] sealedSecret() {
    return sealedSecret.clone();
  }

  public OffsetDateTime getConfirmedAt() {
    return confirmedAt;
  }
}
