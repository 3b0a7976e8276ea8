package org.ccioacademy.delivery.scorm;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a tutor reads of an attempt: the interactions a package recorded, in order, and times. */
class AttemptDetailsTest {

  @Test
  void interactionsInTheirOrderWithEitherEditionsNames() {
    var list =
        AttemptDetails.interactions(
            Map.of(
                "cmi.interactions.10.id", "q11",
                "cmi.interactions.2.id", "q3",
                "cmi.interactions.2.type", "choice",
                "cmi.interactions.2.learner_response", "b",
                "cmi.interactions.2.result", "incorrect",
                "cmi.interactions.10.student_response", "t",
                "cmi.interactions.10.result", "correct",
                "cmi.suspend_data", "not an interaction"));
    assertThat(list)
        .containsExactly(
            new AttemptDetails.Interaction("q3", "choice", "b", "incorrect", ""),
            new AttemptDetails.Interaction("q11", "", "t", "correct", ""));
  }

  @Test
  void timesInHoursAndMinutes() {
    assertThat(AttemptDetails.duration(new BigDecimal("3900.5"))).isEqualTo("1 h 5 min");
    assertThat(AttemptDetails.duration(new BigDecimal("252"))).isEqualTo("4 min 12 s");
    assertThat(AttemptDetails.duration(null)).isEqualTo("0 min 0 s");
  }
}
