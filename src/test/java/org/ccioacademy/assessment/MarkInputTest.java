package org.ccioacademy.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ccioacademy.assessment.Marking.Kind;
import org.ccioacademy.catalogue.Course;
import org.ccioacademy.platform.files.FileKind;
import org.ccioacademy.platform.kernel.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Marking and moderation rules, without the container. */
class MarkInputTest {

  private static Assignment assignment(boolean moderated) {
    return new Assignment(
        new Course("c"),
        new AssignmentInput(
            "Hazard log",
            "Write a hazard log entry.",
            null,
            OffsetDateTime.parse("2026-12-18T17:00:00Z"),
            Assignment.LatePolicy.REFUSE,
            null,
            true,
            false,
            Set.of(FileKind.PDF),
            10,
            1,
            100,
            50,
            null,
            moderated),
        1L);
  }

  private static MarkInput mark(Kind kind, String mark, String reason) {
    return new MarkInput(
        kind, mark == null ? null : new BigDecimal(mark), null, " Good. ", reason, false);
  }

  private static Map<String, String> problems(Runnable r) {
    try {
      r.run();
    } catch (InvalidInputException e) {
      return e.errors().asMap();
    }
    return Map.of();
  }

  @Test
  void aMarkIsWithinTheAssignmentsRangeToTwoDecimals() {
    Assignment a = assignment(false);
    MarkInput.Checked ok = mark(null, "67.5", null).check(a, List.of(), null, 7L);
    assertThat(ok)
        .isEqualTo(new MarkInput.Checked(Kind.FIRST, new BigDecimal("67.5"), "Good.", null));
    assertThat(problems(() -> mark(null, null, null).check(a, List.of(), null, 7L)))
        .containsEntry("mark", "Give the mark, from 0 to 100.");
    assertThat(problems(() -> mark(null, "101", null).check(a, List.of(), null, 7L)))
        .containsEntry("mark", "The mark must be from 0 to 100.");
    assertThat(problems(() -> mark(null, "1.005", null).check(a, List.of(), null, 7L)))
        .containsEntry("mark", "Give the mark to two decimal places at most.");
  }

  @Test
  void aChangeToAMarkAlreadyGivenNeedsAReason() {
    Assignment a = assignment(false);
    assertThat(problems(() -> mark(null, "60", " ").check(a, List.of("FIRST"), 7L, 7L)))
        .containsOnlyKeys("reason");
    assertThat(mark(null, "60", " Misread. ").check(a, List.of("FIRST"), 7L, 7L).reason())
        .isEqualTo("Misread.");
  }

  @Test
  void withoutModerationEveryMarkIsTheFirst() {
    assertThat(mark(Kind.SECOND, "60", null).check(assignment(false), List.of(), null, 7L).kind())
        .isEqualTo(Kind.FIRST);
  }

  @Test
  void theSecondMarkComesAfterTheFirstFromAnotherTutorAndTheAgreedAfterBoth() {
    Assignment a = assignment(true);
    assertThat(problems(() -> mark(Kind.SECOND, "60", null).check(a, List.of(), null, 8L)))
        .containsEntry("kind", "The second mark comes after the first.");
    assertThat(problems(() -> mark(Kind.SECOND, "60", null).check(a, List.of("FIRST"), 7L, 7L)))
        .containsEntry("kind", "The second mark must come from another tutor than the first.");
    assertThat(mark(Kind.SECOND, "60", null).check(a, List.of("FIRST"), 7L, 8L).kind())
        .isEqualTo(Kind.SECOND);
    assertThat(problems(() -> mark(Kind.AGREED, "60", null).check(a, List.of("FIRST"), 7L, 8L)))
        .containsEntry("kind", "The agreed mark needs a first and a second mark.");
    assertThat(mark(Kind.AGREED, "62", null).check(a, List.of("SECOND", "FIRST"), 7L, 8L).kind())
        .isEqualTo(Kind.AGREED);
  }

  @Test
  void everyProblemAtOnce() {
    MarkInput bad =
        new MarkInput(Kind.AGREED, null, null, "x".repeat(20_001), "r".repeat(501), false);
    assertThatThrownBy(() -> bad.check(assignment(true), List.of(), null, 7L))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.errors().asMap().keySet())
                    .containsExactly("mark", "feedback", "kind", "reason"));
  }
}
