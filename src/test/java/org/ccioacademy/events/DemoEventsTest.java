package org.ccioacademy.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DemoEventsTest {

  @Test
  void theDemoSummerSchoolIsInJulyAndAtLeastAFortnightAway() {
    assertThat(DemoEvents.summerSchoolStart(LocalDate.of(2026, 12, 6)))
        .isEqualTo(LocalDate.of(2027, 7, 6));
    assertThat(DemoEvents.summerSchoolStart(LocalDate.of(2027, 3, 1)))
        .isEqualTo(LocalDate.of(2027, 7, 6));
    // this year's is too close, or past: next year's
    assertThat(DemoEvents.summerSchoolStart(LocalDate.of(2027, 6, 30)))
        .isEqualTo(LocalDate.of(2028, 7, 4));
    assertThat(DemoEvents.summerSchoolStart(LocalDate.of(2027, 8, 15)))
        .isEqualTo(LocalDate.of(2028, 7, 4));
    for (int day = 1; day <= 365; day += 7) {
      LocalDate start = DemoEvents.summerSchoolStart(LocalDate.of(2030, 1, 1).plusDays(day));
      assertThat(start.getMonthValue()).isEqualTo(7);
      assertThat(start.getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
    }
  }
}
