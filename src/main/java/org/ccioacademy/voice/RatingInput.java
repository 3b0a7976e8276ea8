package org.ccioacademy.voice;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.ccioacademy.platform.kernel.FieldErrors;

/**
 * A rating of a clinical system as typed: the ten SUS answers (1 to 5, in the scale's order), the
 * minutes lost to the system in a typical shift, the training received, whether the rater would
 * recommend it, and an optional comment (which reviewers see only after moderation).
 */
public record RatingInput(
    List<Integer> answers,
    Integer minutesLost,
    Training training,
    Recommend recommend,
    String comment) {

  /** Longest comment kept. */
  public static final int MAX_COMMENT = 2000;

  /** The most minutes a shift can lose (a 12-hour shift). */
  public static final int MAX_MINUTES = 720;

  public RatingInput {
    answers = answers == null ? List.of() : new ArrayList<>(answers);
    comment = comment == null || comment.isBlank() ? null : comment.strip();
  }

  /**
   * Every problem, by field: {@code q1} to {@code q10} for the statements, then {@code
   * minutesLost}, {@code training}, {@code recommend} and {@code comment}.
   */
  public FieldErrors problems() {
    var e = new FieldErrors();
    SystemUsabilityScale.problems(answers).forEach((n, m) -> e.add("q" + n, m));
    if (minutesLost == null) {
      e.add(
          "minutesLost",
          "Say how many minutes the system costs you in a typical shift (0 if" + " none).");
    } else if (minutesLost < 0 || minutesLost > MAX_MINUTES) {
      e.add(
          "minutesLost",
          "Give the minutes lost in a shift as a whole number from 0 to " + MAX_MINUTES + ".");
    }
    if (training == null) {
      e.add("training", "Say how much training you had on the system.");
    }
    if (recommend == null) {
      e.add("recommend", "Say whether you would recommend it to another organisation.");
    }
    if (comment != null && comment.length() > MAX_COMMENT) {
      e.add(
          "comment",
          "Keep the comment to " + MAX_COMMENT + " characters (it has " + comment.length() + ").");
    }
    return e;
  }

  /** The SUS score, 0 to 100; only once {@link #problems()} has none. */
  public BigDecimal score() {
    return SystemUsabilityScale.score(answers);
  }
}
