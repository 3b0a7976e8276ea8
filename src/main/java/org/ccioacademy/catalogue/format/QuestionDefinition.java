package org.ccioacademy.catalogue.format;

import java.math.BigDecimal;
import java.util.List;

/**
 * A quiz question as written in a quiz file. Which of the answer fields is set depends on the type:
 * {@code options} for single and multiple choice, {@code truth} for true/false, {@code answers} for
 * short text, {@code number} and {@code tolerance} for numeric.
 */
public record QuestionDefinition(
    String id,
    QuestionType type,
    String text,
    String feedback,
    List<OptionDefinition> options,
    Boolean truth,
    List<String> answers,
    BigDecimal number,
    BigDecimal tolerance) {

  public QuestionDefinition {
    options = options == null ? List.of() : List.copyOf(options);
    answers = answers == null ? List.of() : List.copyOf(answers);
    number = number == null ? null : canonical(number);
    tolerance = tolerance == null ? null : canonical(tolerance);
  }

  private static BigDecimal canonical(BigDecimal n) {
    BigDecimal s = n.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }
}
