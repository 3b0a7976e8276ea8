package org.ccioacademy.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class PasswordResetLinkTest {

  private static final OffsetDateTime SENT = OffsetDateTime.parse("2026-12-05T10:00:00Z");

  private static PasswordResetLink link() {
    return PasswordResetLink.issue(7, new byte[32], null, SENT, Duration.ofMinutes(30));
  }

  @Test
  void worksUntilItExpires() {
    PasswordResetLink link = link();
    assertThat(link.worksAt(SENT.plusMinutes(29))).isTrue();
    assertThat(link.whyNotAt(SENT.plusMinutes(29))).isNull();
    assertThat(link.worksAt(SENT.plusMinutes(30))).isFalse();
    assertThat(link.whyNotAt(SENT.plusMinutes(30))).contains("expired");
  }

  @Test
  void worksOnce() {
    PasswordResetLink link = link();
    link.use(SENT.plusMinutes(1));
    assertThat(link.worksAt(SENT.plusMinutes(2))).isFalse();
    assertThat(link.whyNotAt(SENT.plusMinutes(2))).contains("already been used");
    assertThatThrownBy(() -> link.use(SENT.plusMinutes(2)))
        .isInstanceOf(IllegalStateException.class);
    link.end(SENT.plusMinutes(3));
    assertThat(link.whyNotAt(SENT.plusMinutes(3)))
        .as("a used link stays used")
        .contains("already been used");
  }

  @Test
  void aNewerLinkEndsIt() {
    PasswordResetLink link = link();
    link.end(SENT.plusMinutes(5));
    assertThat(link.worksAt(SENT.plusMinutes(6))).isFalse();
    assertThat(link.whyNotAt(SENT.plusMinutes(6))).contains("newer link");
    assertThatThrownBy(() -> link.use(SENT.plusMinutes(6)))
        .isInstanceOf(IllegalStateException.class);
  }
}
