package org.ccioacademy.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Set;
import org.ccioacademy.platform.kernel.InvalidInputException;
import org.ccioacademy.platform.kernel.Role;
import org.junit.jupiter.api.Test;

/** Sign-in throttling and role rules live on the account. */
class UserAccountTest {

  private static final Duration LOCK = Duration.ofMinutes(15);
  private final OffsetDateTime now = OffsetDateTime.parse("2026-11-23T10:00:00Z");

  private UserAccount account() {
    return UserAccount.withRoles("a@b.nhs.uk", "A B", "hash", Set.of(Role.TRAINEE));
  }

  @Test
  void theFifthFailureInARowLocksTheAccount() {
    UserAccount a = account();
    for (int i = 0; i < 4; i++) {
      assertThat(a.recordFailedSignIn(now, LOCK)).isFalse();
      assertThat(a.isLockedAt(now)).isFalse();
    }
    assertThat(a.recordFailedSignIn(now, LOCK)).isTrue();
    assertThat(a.isLockedAt(now)).isTrue();
    assertThat(a.isLockedAt(now.plusMinutes(14))).isTrue();
    assertThat(a.isLockedAt(now.plusMinutes(15))).isFalse();
  }

  @Test
  void aSuccessResetsTheCount() {
    UserAccount a = account();
    for (int i = 0; i < 4; i++) {
      a.recordFailedSignIn(now, LOCK);
    }
    a.recordSuccessfulSignIn(now);
    assertThat(a.getFailedSignIns()).isZero();
    assertThat(a.recordFailedSignIn(now, LOCK)).isFalse();
  }

  @Test
  void afterALockRunsOutCountingStartsAfresh() {
    UserAccount a = account();
    for (int i = 0; i < 5; i++) {
      a.recordFailedSignIn(now, LOCK);
    }
    OffsetDateTime later = now.plusMinutes(20);
    assertThat(a.recordFailedSignIn(later, LOCK)).isFalse();
    assertThat(a.getFailedSignIns()).isEqualTo(1);
    assertThat(a.isLockedAt(later)).isFalse();
  }

  @Test
  void enablingUnlocks() {
    UserAccount a = account();
    for (int i = 0; i < 5; i++) {
      a.recordFailedSignIn(now, LOCK);
    }
    a.disable();
    a.enable();
    assertThat(a.isEnabled()).isTrue();
    assertThat(a.isLockedAt(now)).isFalse();
  }

  @Test
  void roleChangesAndDisablingEndSessions() {
    UserAccount a = account();
    int stamp = a.getSessionStamp();
    a.changeRoles(Set.of(Role.TUTOR, Role.REVIEWER));
    assertThat(a.getSessionStamp()).isGreaterThan(stamp);
    assertThat(a.primaryRole()).isEqualTo(Role.REVIEWER);
    int next = a.getSessionStamp();
    a.disable();
    assertThat(a.getSessionStamp()).isGreaterThan(next);
  }

  @Test
  void anAccountKeepsAtLeastOneRole() {
    assertThatThrownBy(() -> account().changeRoles(Set.of()))
        .isInstanceOf(InvalidInputException.class);
  }
}
