package org.ccioacademy.platform.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PercentTest {

  @Test
  void aShareIsPerCentToOneDecimalRoundedHalfUp() {
    assertThat(Percent.of(3, 4)).isEqualByComparingTo("75.0");
    assertThat(Percent.of(1, 3)).isEqualByComparingTo("33.3");
    assertThat(Percent.of(2, 3)).isEqualByComparingTo("66.7");
    assertThat(Percent.of(1, 8)).isEqualByComparingTo("12.5");
    assertThat(Percent.of(1, 16)).isEqualByComparingTo("6.3");
    assertThat(Percent.of(0, 5).toPlainString()).isEqualTo("0.0");
  }

  @Test
  void ofNothingThereIsNoShare() {
    assertThat(Percent.of(0, 0)).isNull();
  }
}
