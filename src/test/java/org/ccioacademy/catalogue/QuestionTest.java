package org.ccioacademy.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.ccioacademy.catalogue.format.OptionDefinition;
import org.ccioacademy.catalogue.format.QuestionDefinition;
import org.ccioacademy.catalogue.format.QuestionType;
import org.junit.jupiter.api.Test;

class QuestionTest {

  private static Question question(QuestionDefinition d) {
    return new Question(null, 0, d);
  }

  private static final List<OptionDefinition> ABC =
      List.of(
          new OptionDefinition("A", true, null),
          new OptionDefinition("B", false, "Not B"),
          new OptionDefinition("C", true, null));

  @Test
  void singleChoiceAcceptsOnlyTheCorrectOption() {
    Question q =
        question(
            new QuestionDefinition(
                "q",
                QuestionType.SINGLE,
                "?",
                "f",
                List.of(
                    new OptionDefinition("A", false, null), new OptionDefinition("B", true, null)),
                null,
                null,
                null,
                null));
    assertThat(q.accepts("1")).isTrue();
    assertThat(q.accepts("0")).isFalse();
    assertThat(q.accepts("0,1")).isFalse();
    assertThat(q.accepts("")).isFalse();
    assertThat(q.accepts(null)).isFalse();
    assertThat(q.rightAnswer()).isEqualTo("B");
  }

  @Test
  void multipleChoiceNeedsExactlyTheCorrectSet() {
    Question q =
        question(
            new QuestionDefinition(
                "q", QuestionType.MULTIPLE, "?", "f", ABC, null, null, null, null));
    assertThat(q.accepts(q.canonicalResponse("2,0"))).isTrue();
    assertThat(q.accepts("0")).isFalse();
    assertThat(q.accepts("0,1,2")).isFalse();
    assertThat(q.canonicalResponse("2, 0, 9, x")).isEqualTo("0,2");
    assertThat(q.describe("0,2")).isEqualTo("A; C");
    assertThat(q.rightAnswer()).isEqualTo("A; C");
  }

  @Test
  void trueFalseShortTextAndNumeric() {
    Question tf =
        question(
            new QuestionDefinition(
                "q", QuestionType.TRUE_FALSE, "?", "f", null, false, null, null, null));
    assertThat(tf.accepts("false")).isTrue();
    assertThat(tf.accepts("true")).isFalse();

    Question text =
        question(
            new QuestionDefinition(
                "q",
                QuestionType.SHORT_TEXT,
                "?",
                "f",
                null,
                null,
                List.of("Clinical Safety Officer", "CSO"),
                null,
                null));
    assertThat(text.accepts("  clinical   safety officer. ")).isTrue();
    assertThat(text.accepts("cso")).isTrue();
    assertThat(text.accepts("safety officer")).isFalse();

    Question n =
        question(
            new QuestionDefinition(
                "q",
                QuestionType.NUMERIC,
                "?",
                "f",
                null,
                null,
                null,
                new BigDecimal("35"),
                new BigDecimal("0.5")));
    assertThat(n.accepts("35")).isTrue();
    assertThat(n.accepts("35.5")).isTrue();
    assertThat(n.accepts("34,5")).isTrue();
    assertThat(n.accepts("35.6")).isFalse();
    assertThat(n.accepts("thirty-five")).isFalse();
    assertThat(n.accepts("1e999999999")).isFalse();
    assertThat(n.rightAnswer()).isEqualTo("35 (± 0.5)");
  }
}
