package org.ccioacademy.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A key's count read as a sliding window over the fixed windows it is kept in. */
class ThrottleTest {

  @Test
  void aBurstAcrossAWindowsEndIsCountedWhole() {
    // 20 attempts just before the end, 11 just after: 31, over a limit of 30
    assertThat(Throttle.estimate(11, 20, 0.01)).isEqualTo(31);
    // 30 in all is not over (the limit is reached, the next is refused)
    assertThat(Throttle.estimate(10, 20, 0.01)).isEqualTo(30);
    assertThat(Throttle.estimate(1, 29, 0.02)).isEqualTo(30);
  }

  @Test
  void thePreviousWindowFadesOutAsThisOneGoesOn() {
    assertThat(Throttle.estimate(0, 30, 0.5)).isEqualTo(15);
    assertThat(Throttle.estimate(5, 30, 0.9)).isEqualTo(8);
    assertThat(Throttle.estimate(5, 30, 1.0)).isEqualTo(5);
    assertThat(Throttle.estimate(7, 0, 0.3)).isEqualTo(7);
  }
}
