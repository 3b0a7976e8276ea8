package org.ccioacademy.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Nothing published below the minimum; the interval from Student's t as the tables give it. */
class PublishedFiguresTest {

  @Test
  void nineRatersAreNotPublishedAndTenAre() {
    assertThat(PublishedFigures.of(9, 70, 72.5, 10, 10)).isEmpty();
    assertThat(PublishedFigures.publishable(9, 10)).isFalse();
    assertThat(PublishedFigures.publishable(10, 10)).isTrue();
    var ten = PublishedFigures.of(10, 70, 72.5, 10, 10).orElseThrow();
    assertThat(ten.ratings()).isEqualTo(10);
    assertThat(ten.mean()).isEqualByComparingTo("70.0");
    assertThat(ten.median()).isEqualByComparingTo("72.5");
    // t(0.975, 9) = 2.262157; 2.262157 * 10 / sqrt(10) = 7.1535
    assertThat(ten.low()).isEqualByComparingTo("62.8");
    assertThat(ten.high()).isEqualByComparingTo("77.2");
  }

  @Test
  void theIntervalStaysWithinTheScale() {
    var high = PublishedFigures.of(10, 97.5, 100, 5, 10).orElseThrow();
    assertThat(high.high()).isEqualByComparingTo("100.0");
    var low = PublishedFigures.of(10, 2.5, 0, 5, 10).orElseThrow();
    assertThat(low.low()).isEqualByComparingTo("0.0");
  }

  @Test
  void studentsTAgreesWithTheTables() {
    // two-tailed 5% critical values (any statistics table)
    assertThat(PublishedFigures.t975(1)).isCloseTo(12.706, within(0.001));
    assertThat(PublishedFigures.t975(2)).isCloseTo(4.303, within(0.001));
    assertThat(PublishedFigures.t975(3)).isCloseTo(3.182, within(0.001));
    assertThat(PublishedFigures.t975(5)).isCloseTo(2.571, within(0.001));
    assertThat(PublishedFigures.t975(9)).isCloseTo(2.262, within(0.001));
    assertThat(PublishedFigures.t975(10)).isCloseTo(2.228, within(0.001));
    assertThat(PublishedFigures.t975(29)).isCloseTo(2.045, within(0.001));
    assertThat(PublishedFigures.t975(120)).isCloseTo(1.980, within(0.001));
    assertThat(PublishedFigures.t975(100_000)).isCloseTo(1.960, within(0.001));
  }

  @Test
  void theMinimumIsAtLeastTwo() {
    assertThatThrownBy(() -> PublishedFigures.of(5, 50, 50, 10, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PublishedFigures.t975(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
