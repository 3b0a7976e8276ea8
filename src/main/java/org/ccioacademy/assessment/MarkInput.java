package org.ccioacademy.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.ccioacademy.platform.kernel.FieldErrors;
import org.ccioacademy.platform.kernel.InvalidInputException;

/**
 * What a tutor gave when marking a submission: which mark it is (on a moderated assignment), the
 * mark (or a level per rubric criterion), feedback, the reason for a change, and whether to release
 * it at once.
 */
public record MarkInput(
    Marking.Kind kind,
    BigDecimal mark,
    Map<Long, Long> levels,
    String feedback,
    String reason,
    boolean release) {

  public MarkInput {
    levels = levels == null ? Map.of() : Map.copyOf(levels);
  }

  /** The mark as it is kept: its kind, the mark (a rubric's total), feedback and reason. */
  public record Checked(Marking.Kind kind, BigDecimal mark, String feedback, String reason) {}

  /**
   * Checks the mark against the assignment and the marks already given, and the moderation rules:
   * on a moderated assignment the second mark comes after the first and from another tutor than the
   * first, and the agreed mark needs both; on any other it is the only mark. A new mark of a kind
   * already given is a change, which needs a reason.
   *
   * @param kindsGiven the kinds of the marks already given ("FIRST", "SECOND", "AGREED")
   * @param firstMarker who gave the first mark (null when none)
   * @param marker who is marking now
   * @throws InvalidInputException with every problem, by field
   */
  public Checked check(Assignment a, List<String> kindsGiven, Long firstMarker, Long marker) {
    FieldErrors errors = new FieldErrors();
    BigDecimal given = mark;
    Rubric rubric = a.getRubric();
    if (rubric != null) {
      Rubric.Score score = rubric.score(levels);
      if (score.mark() == null) {
        errors.add(
            "rubric",
            "Choose a level for each criterion: " + String.join(", ", score.missing()) + ".");
      }
      given = score.mark();
    } else if (given == null) {
      errors.add("mark", "Give the mark, from 0 to " + a.getMaxMark() + ".");
    } else if (given.signum() < 0 || given.compareTo(BigDecimal.valueOf(a.getMaxMark())) > 0) {
      errors.add("mark", "The mark must be from 0 to " + a.getMaxMark() + ".");
    } else if (given.stripTrailingZeros().scale() > 2) {
      errors.add("mark", "Give the mark to two decimal places at most.");
    }
    String text = feedback == null ? "" : feedback.strip();
    if (text.length() > 20_000) {
      errors.add("feedback", "Keep the feedback to 20,000 characters.");
    }
    String why = reason == null || reason.isBlank() ? null : reason.strip();
    Marking.Kind as = a.isModerated() && kind != null ? kind : Marking.Kind.FIRST;
    boolean hasFirst = kindsGiven.contains(Marking.Kind.FIRST.name());
    boolean hasSecond = kindsGiven.contains(Marking.Kind.SECOND.name());
    if (as == Marking.Kind.SECOND && !hasFirst) {
      errors.add("kind", "The second mark comes after the first.");
    } else if (as == Marking.Kind.SECOND && firstMarker != null && firstMarker.equals(marker)) {
      errors.add("kind", "The second mark must come from another tutor than the first.");
    } else if (as == Marking.Kind.AGREED && (!hasFirst || !hasSecond)) {
      errors.add("kind", "The agreed mark needs a first and a second mark.");
    }
    boolean change = kindsGiven.contains(as.name());
    if (change && why == null) {
      errors.add("reason", "Say why the mark changes: the earlier mark is kept with your reason.");
    } else if (why != null && why.length() > 500) {
      errors.add("reason", "Keep the reason to 500 characters.");
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new Checked(as, given, text, why);
  }
}
