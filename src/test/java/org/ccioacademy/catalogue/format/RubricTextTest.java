package org.ccioacademy.catalogue.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RubricTextTest {

  @Test
  void readsCriteriaAndLevelsWithTheirPoints() {
    RubricText.Result r =
        RubricText.read(
            """
            # a comment
            Hazards identified: None 0 | Some 5 | All the main ones 10

            Controls proposed: None 0 | Partly 4 | Proportionate and owned 8
            """);
    assertThat(r.problems()).isEmpty();
    assertThat(r.ok()).isTrue();
    assertThat(r.criteria()).hasSize(2);
    assertThat(r.criteria().get(0).title()).isEqualTo("Hazards identified");
    assertThat(r.criteria().get(0).levels())
        .containsExactly(
            new RubricText.Level("None", 0),
            new RubricText.Level("Some", 5),
            new RubricText.Level("All the main ones", 10));
    // the total is the best level of every criterion, in whatever order they are written
    assertThat(r.maxPoints()).isEqualTo(18);
    assertThat(RubricText.read("Order: High 10 | Low 2").maxPoints()).isEqualTo(10);
  }

  @Test
  void everyProblemIsReportedWithItsLine() {
    RubricText.Result r =
        RubricText.read(
            """
            No colon here
            Clarity: Clear | Unclear 0
            Clarity: Poor 0 | Good 5
            Single: Only 3
            Big: Small 0 | Huge 5000
            Fine: Weak 0 | Strong 4
            clarity: Again 0 | Twice 1
            """);
    assertThat(r.problems())
        .containsExactly(
            "Line 1: write the criterion, a colon, then its levels, such as \"Hazards identified:"
                + " None 0 | Some 5 | All 10\".",
            "Line 2: each level is a name then its points, a whole number (\"Clear\" is not).",
            "Line 4: give \"Single\" at least two levels.",
            "Line 5: a level can be worth at most 1000 points.",
            "Line 7: \"clarity\" is already a criterion.");
    assertThat(r.ok()).isFalse();
    assertThat(RubricText.read("  \n# only a comment").problems())
        .containsExactly("Write at least one criterion, one a line.");
  }
}
