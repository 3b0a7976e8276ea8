package org.ccioacademy.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class MailMessageTest {

  private static final OffsetDateTime T = OffsetDateTime.parse("2026-11-23T10:00:00Z");

  @Test
  void failuresAreRetriedAfterDoublingPausesThenGivenUp() {
    MailMessage m = new MailMessage("a@example.org", "Hello", "Body", "test", T);
    assertThat(m.getNextAttemptAt()).isEqualTo(T);
    m.failed("connection refused", T, Duration.ofMinutes(1), 4);
    assertThat(m.getStatus()).isEqualTo(MailMessage.Status.QUEUED);
    assertThat(m.getNextAttemptAt()).isEqualTo(T.plusMinutes(1));
    m.failed("connection refused", T, Duration.ofMinutes(1), 4);
    assertThat(m.getNextAttemptAt()).isEqualTo(T.plusMinutes(2));
    m.failed("connection refused", T, Duration.ofMinutes(1), 4);
    assertThat(m.getNextAttemptAt()).isEqualTo(T.plusMinutes(4));
    m.failed("still refused", T, Duration.ofMinutes(1), 4);
    assertThat(m.getStatus()).isEqualTo(MailMessage.Status.FAILED);
    assertThat(m.getAttempts()).isEqualTo(4);
    assertThat(m.getLastError()).isEqualTo("still refused");
  }

  @Test
  void pausesStopGrowingAtSixHoursAndASendClearsTheError() {
    MailMessage m = new MailMessage("a@example.org", "Hello", "Body", "test", T);
    for (int i = 0; i < 15; i++) {
      m.failed("down", T, Duration.ofMinutes(1), 100);
    }
    assertThat(m.getNextAttemptAt()).isEqualTo(T.plusHours(6));
    m.sent(T);
    assertThat(m.getStatus()).isEqualTo(MailMessage.Status.SENT);
    assertThat(m.getLastError()).isNull();
  }
}
