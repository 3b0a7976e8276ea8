package org.ccioacademy.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Set;
import org.ccioacademy.catalogue.Course;
import org.ccioacademy.platform.files.FileKind;
import org.junit.jupiter.api.Test;

class AssignmentTest {

  private static final OffsetDateTime DUE = OffsetDateTime.parse("2026-12-18T17:00:00Z");

  private static AssignmentInput input(
      Assignment.LatePolicy policy, OffsetDateTime cutoff, int maxSubmissions) {
    return new AssignmentInput(
        "Hazard log",
        "Write a hazard log entry.",
        null,
        DUE,
        policy,
        cutoff,
        true,
        true,
        Set.of(FileKind.PDF, FileKind.DOCX),
        10,
        maxSubmissions,
        100,
        50,
        null,
        false);
  }

  private static Assignment assignment(
      Assignment.LatePolicy policy, OffsetDateTime cutoff, int maxSubmissions) {
    return new Assignment(new Course("c"), input(policy, cutoff, maxSubmissions), 1L);
  }

  @Test
  void onTimeUpToTheDeadlineItself() {
    Assignment a = assignment(Assignment.LatePolicy.REFUSE, null, 1);
    assertThat(a.check(DUE.minusDays(1), 0)).isEqualTo(new Assignment.Check(true, false, null));
    assertThat(a.check(DUE, 0).allowed()).isTrue();
    assertThat(a.check(DUE, 0).late()).isFalse();
  }

  @Test
  void lateWorkIsRefusedOrFlaggedAsTheAssignmentSays() {
    Assignment refuse = assignment(Assignment.LatePolicy.REFUSE, null, 1);
    Assignment.Check refused = refuse.check(DUE.plusSeconds(1), 0);
    assertThat(refused.allowed()).isFalse();
    // 17:00 UTC on 18 December is 17:00 in the UK (no summer time)
    assertThat(refused.refusal())
        .isEqualTo(
            "The deadline was 18 December 2026 at 17:00, and this assignment does not accept late"
                + " work.");

    Assignment accept = assignment(Assignment.LatePolicy.ACCEPT, DUE.plusDays(7), 1);
    assertThat(accept.check(DUE.plusDays(2), 0)).isEqualTo(new Assignment.Check(true, true, null));
    assertThat(accept.check(DUE.plusDays(7), 0).allowed()).isTrue();
    Assignment.Check afterCutoff = accept.check(DUE.plusDays(7).plusMinutes(1), 0);
    assertThat(afterCutoff.allowed()).isFalse();
    assertThat(afterCutoff.refusal()).contains("late work was accepted until 25 December 2026");

    Assignment anyTime = assignment(Assignment.LatePolicy.ACCEPT, null, 1);
    assertThat(anyTime.check(DUE.plusYears(1), 0).late()).isTrue();
  }

  @Test
  void theNumberOfSubmissionsIsCappedUnlessItIsNought() {
    Assignment once = assignment(Assignment.LatePolicy.ACCEPT, null, 1);
    assertThat(once.check(DUE.minusDays(1), 1).refusal())
        .isEqualTo("You have already submitted this assignment, and it allows one submission.");
    Assignment thrice = assignment(Assignment.LatePolicy.ACCEPT, null, 3);
    assertThat(thrice.check(DUE.minusDays(1), 2).allowed()).isTrue();
    assertThat(thrice.check(DUE.minusDays(1), 3).refusal())
        .isEqualTo("You have submitted this assignment 3 times, the most it allows.");
    Assignment unlimited = assignment(Assignment.LatePolicy.REFUSE, null, 0);
    assertThat(unlimited.check(DUE.minusDays(1), 50).allowed()).isTrue();
    assertThat(unlimited.check(DUE.plusMinutes(1), 50).allowed()).isFalse();
  }

  @Test
  void theTutorHearsOfEveryProblemAtOnce() {
    AssignmentInput bad =
        new AssignmentInput(
            " ",
            "",
            "no-such-module",
            null,
            null,
            null,
            false,
            false,
            Set.of(),
            30,
            -1,
            0,
            5,
            null,
            false);
    assertThat(bad.problems(Set.of("first")))
        .containsOnlyKeys(
            "title",
            "instructions",
            "moduleCode",
            "dueAt",
            "latePolicy",
            "textAllowed",
            "maxFileMb",
            "maxSubmissions",
            "maxMark");
    AssignmentInput early =
        new AssignmentInput(
            "T",
            "I",
            "first",
            DUE,
            Assignment.LatePolicy.ACCEPT,
            DUE.minusDays(1),
            false,
            true,
            Set.of(),
            10,
            1,
            10,
            11,
            null,
            false);
    assertThat(early.problems(Set.of("first")))
        .containsOnlyKeys("cutoffAt", "fileKinds", "passMark");
    assertThat(input(Assignment.LatePolicy.REFUSE, null, 1).problems(Set.of())).isEmpty();
  }

  @Test
  void acceptedKindsReadAsASentence() {
    assertThat(assignment(Assignment.LatePolicy.REFUSE, null, 1).acceptedKindsInWords())
        .isEqualTo("a PDF document or a Word document");
  }
}
