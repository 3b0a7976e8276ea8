package org.ccioacademy.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class UkTimeTest {

  private final UkTime uk = new UkTime();

  @Test
  void momentsAreShownInUkTimeSummerTimeIncluded() {
    OffsetDateTime summer = OffsetDateTime.of(2027, 7, 5, 8, 30, 0, 0, ZoneOffset.UTC);
    OffsetDateTime winter = OffsetDateTime.of(2027, 1, 11, 9, 30, 0, 0, ZoneOffset.UTC);
    assertThat(uk.format(summer, "EEEE d MMMM, HH:mm")).isEqualTo("Monday 5 July, 09:30");
    assertThat(uk.format(winter, "HH:mm")).isEqualTo("09:30");
    // the night the clocks go back: 00:30 UTC on 31 October 2027 is 01:30 BST
    assertThat(uk.format(OffsetDateTime.parse("2027-10-31T00:30Z"), "HH:mm")).isEqualTo("01:30");
    assertThat(uk.format(LocalDate.of(2027, 7, 5), "d MMMM yyyy")).isEqualTo("5 July 2027");
    assertThat(uk.format(null, "HH:mm")).isEmpty();
  }
}
