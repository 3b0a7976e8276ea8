package org.ccioacademy.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SUS scored as Brooke defines it, and every answer checked. */
class SystemUsabilityScaleTest {

  private static List<Integer> answers(Integer... a) {
    return Arrays.asList(a);
  }

  @Test
  void theBestTheWorstAndTheMiddle() {
    assertThat(SystemUsabilityScale.score(answers(5, 1, 5, 1, 5, 1, 5, 1, 5, 1)))
        .isEqualByComparingTo("100");
    assertThat(SystemUsabilityScale.score(answers(1, 5, 1, 5, 1, 5, 1, 5, 1, 5)))
        .isEqualByComparingTo("0");
    assertThat(SystemUsabilityScale.score(answers(3, 3, 3, 3, 3, 3, 3, 3, 3, 3)))
        .as("every answer neutral")
        .isEqualByComparingTo("50");
    assertThat(SystemUsabilityScale.score(answers(5, 5, 5, 5, 5, 5, 5, 5, 5, 5)))
        .as("agreeing with everything: the odd items give 4 each, the even ones 0")
        .isEqualByComparingTo("50");
  }

  @Test
  void aWorkedExampleScoresInStepsOfTwoAndAHalf() {
    // odd: 4-1, 4-1, 3-1, 4-1, 5-1 = 3+3+2+3+4 = 15; even: 5-2, 5-1, 5-3, 5-2, 5-2 = 3+4+2+3+3 = 15
    BigDecimal score = SystemUsabilityScale.score(answers(4, 2, 4, 1, 3, 3, 4, 2, 5, 2));
    assertThat(score).isEqualByComparingTo("75.0");
    assertThat(score.scale()).isEqualTo(1);
    assertThat(SystemUsabilityScale.score(answers(4, 2, 4, 1, 3, 3, 4, 2, 5, 3)))
        .isEqualByComparingTo("72.5");
  }

  @Test
  void everyStatementMustBeAnsweredFromOneToFive() {
    List<Integer> partial = new ArrayList<>(answers(4, 2, 4, 1, 3, 3, 4, 2, 5, 2));
    partial.set(3, null);
    partial.set(7, 6);
    assertThat(SystemUsabilityScale.problems(partial))
        .containsExactly(
            java.util.Map.entry(4, "Choose an answer to statement 4."),
            java.util.Map.entry(8, "Statement 8 is answered from 1 (strongly disagree) to 5."));
    assertThat(SystemUsabilityScale.problems(answers(3, 3))).hasSize(8).containsKey(10);
    assertThat(SystemUsabilityScale.problems(null)).hasSize(10);
    assertThatThrownBy(() -> SystemUsabilityScale.score(partial))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("statement 4");
    assertThat(SystemUsabilityScale.STATEMENTS).hasSize(10);
    assertThat(SystemUsabilityScale.ANSWERS).hasSize(5);
  }
}
