package org.ccioacademy.voice;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The System Usability Scale (John Brooke, 1986; "SUS: a quick and dirty usability scale", 1996):
 * ten statements about a system, each answered from 1 (strongly disagree) to 5 (strongly agree).
 * Odd statements are positive and even ones negative, so an odd statement scores its answer less
 * one and an even one five less its answer; the sum (0 to 40) times 2.5 is the score, 0 to 100. The
 * statements are Brooke's, with "system" as he wrote it; he asks only that the scale is
 * acknowledged, which the rating page does.
 */
public final class SystemUsabilityScale {

  /** The ten statements, in the order they must be asked. */
  public static final List<String> STATEMENTS =
      List.of(
          "I think that I would like to use this system frequently.",
          "I found the system unnecessarily complex.",
          "I thought the system was easy to use.",
          "I think that I would need the support of a technical person to be able to use this"
              + " system.",
          "I found the various functions in this system were well integrated.",
          "I thought there was too much inconsistency in this system.",
          "I would imagine that most people would learn to use this system very quickly.",
          "I found the system very cumbersome to use.",
          "I felt very confident using the system.",
          "I needed to learn a lot of things before I could get going with this system.");

  /** The five answers, from 1 to 5. */
  public static final List<String> ANSWERS =
      List.of(
          "Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree");

  private SystemUsabilityScale() {}

  /**
   * Every problem with a set of answers, by statement number (1 to 10), in order; empty when they
   * can be scored. Every statement must be answered: a partial SUS has no defined score.
   */
  public static Map<Integer, String> problems(List<Integer> answers) {
    Map<Integer, String> problems = new LinkedHashMap<>();
    for (int i = 0; i < STATEMENTS.size(); i++) {
      Integer a = answers == null || i >= answers.size() ? null : answers.get(i);
      if (a == null) {
        problems.put(i + 1, "Choose an answer to statement " + (i + 1) + ".");
      } else if (a < 1 || a > 5) {
        problems.put(
            i + 1, "Statement " + (i + 1) + " is answered from 1 (strongly disagree) to 5.");
      }
    }
    if (answers != null && answers.size() > STATEMENTS.size()) {
      problems.put(STATEMENTS.size() + 1, "The scale has ten statements, not " + answers.size());
    }
    return problems;
  }

  /**
   * The score of a complete set of answers: 0 to 100, in steps of 2.5.
   *
   * @throws IllegalArgumentException when {@link #problems} has any
   */
  public static BigDecimal score(List<Integer> answers) {
    Map<Integer, String> problems = problems(answers);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join(" ", problems.values()));
    }
    int sum = 0;
    for (int i = 0; i < STATEMENTS.size(); i++) {
      int a = answers.get(i);
      // statements 1, 3, 5, 7, 9 (index 0, 2, ...) are positive
      sum += i % 2 == 0 ? a - 1 : 5 - a;
    }
    return BigDecimal.valueOf(sum * 25L, 1);
  }
}
