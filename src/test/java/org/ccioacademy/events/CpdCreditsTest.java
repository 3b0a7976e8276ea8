package org.ccioacademy.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.ccioacademy.events.CpdCredits.Attended;
import org.junit.jupiter.api.Test;

class CpdCreditsTest {

  private static final LocalDate MON = LocalDate.of(2026, 7, 6);

  private static Attended on(LocalDate day, String hours) {
    return new Attended(day, new BigDecimal(hours));
  }

  @Test
  void oneCreditPerWholeHourNoHalfCredits() {
    assertThat(CpdCredits.total(List.of(on(MON, "1.5")))).isEqualTo(1);
    assertThat(CpdCredits.total(List.of(on(MON, "0.75"), on(MON, "0.75")))).isEqualTo(1);
    assertThat(CpdCredits.total(List.of(on(MON, "0.5")))).isZero();
    assertThat(CpdCredits.total(List.of(on(MON, "2"), on(MON, "1")))).isEqualTo(3);
  }

  @Test
  void atMostEightCreditsADay() {
    assertThat(
            CpdCredits.total(
                List.of(on(MON, "3"), on(MON, "3"), on(MON, "3"), on(MON.plusDays(1), "9.5"))))
        .isEqualTo(16);
    var days =
        CpdCredits.byDay(List.of(on(MON, "4.5"), on(MON, "4.5"), on(MON.plusDays(2), "2.9")));
    assertThat(days.get(MON).credits()).isEqualTo(8);
    assertThat(days.get(MON).hours()).isEqualByComparingTo("9.0");
    assertThat(days.get(MON.plusDays(2)).credits()).isEqualTo(2);
  }

  @Test
  void roundingIsPerDayNotPerSession() {
    // two 30-minute sessions on one day make one credit; on two days they make none
    assertThat(CpdCredits.total(List.of(on(MON, "0.5"), on(MON, "0.5")))).isEqualTo(1);
    assertThat(CpdCredits.total(List.of(on(MON, "0.5"), on(MON.plusDays(1), "0.5")))).isZero();
    assertThat(CpdCredits.total(List.of(on(MON, "0"), on(MON, "-1")))).isZero();
  }
}
