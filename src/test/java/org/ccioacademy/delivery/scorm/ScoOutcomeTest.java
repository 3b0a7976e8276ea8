package org.ccioacademy.delivery.scorm;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.ccioacademy.catalogue.scorm.ScormItem;
import org.ccioacademy.catalogue.scorm.ScormVersion;
import org.junit.jupiter.api.Test;

/** A SCO's data read by the package's own rule, as SCORM 1.2 and 2004 say an LMS reads it. */
class ScoOutcomeTest {

  private static ScormItem item(String mastery, String threshold, String passing) {
    return new ScormItem(
        "I1",
        "Item",
        0,
        "index.html",
        true,
        mastery == null ? null : new BigDecimal(mastery),
        threshold == null ? null : new BigDecimal(threshold),
        passing == null ? null : new BigDecimal(passing),
        null,
        true);
  }

  @Test
  void scorm12TheStatusStandsUnlessAMasteryScoreAndARawScoreDecide() {
    ScormItem plain = item(null, null, null);
    assertThat(ScoOutcome.of(ScormVersion.SCORM_12, plain, Map.of(), false).completion())
        .isEqualTo("not attempted");
    // finishing without a status: the LMS makes it completed
    ScoOutcome finished = ScoOutcome.of(ScormVersion.SCORM_12, plain, Map.of(), true);
    assertThat(finished.lessonStatus()).isEqualTo("completed");
    assertThat(finished.satisfied()).isTrue();
    assertThat(
            ScoOutcome.of(
                    ScormVersion.SCORM_12,
                    plain,
                    Map.of("cmi.core.lesson_status", "incomplete"),
                    true)
                .satisfied())
        .isFalse();

    ScormItem mastery = item("80", null, null);
    ScoOutcome low =
        ScoOutcome.of(
            ScormVersion.SCORM_12,
            mastery,
            Map.of("cmi.core.lesson_status", "completed", "cmi.core.score.raw", "79.5"),
            false);
    assertThat(low.lessonStatus()).isEqualTo("failed");
    assertThat(low.satisfied()).isFalse();
    assertThat(low.percent()).isEqualTo(80);
    ScoOutcome high =
        ScoOutcome.of(
            ScormVersion.SCORM_12,
            mastery,
            Map.of("cmi.core.lesson_status", "completed", "cmi.core.score.raw", "80"),
            false);
    assertThat(high.lessonStatus()).isEqualTo("passed");
    assertThat(high.satisfied()).isTrue();
    // "incomplete" is the SCO's to say: the score does not override it
    assertThat(
            ScoOutcome.of(
                    ScormVersion.SCORM_12,
                    mastery,
                    Map.of("cmi.core.lesson_status", "incomplete", "cmi.core.score.raw", "95"),
                    false)
                .lessonStatus())
        .isEqualTo("incomplete");
    // no-credit: the status stands
    assertThat(
            ScoOutcome.of(
                    ScormVersion.SCORM_12,
                    mastery,
                    Map.of(
                        "cmi.core.lesson_status",
                        "completed",
                        "cmi.core.score.raw",
                        "10",
                        "cmi.core.credit",
                        "no-credit"),
                    false)
                .satisfied())
        .isTrue();
    // a raw score out of a range of its own
    assertThat(
            ScoOutcome.of(
                    ScormVersion.SCORM_12,
                    plain,
                    Map.of(
                        "cmi.core.score.raw",
                        "15",
                        "cmi.core.score.min",
                        "0",
                        "cmi.core.score.max",
                        "20"),
                    false)
                .percent())
        .isEqualTo(75);
  }

  @Test
  void scorm2004TheThresholdAndThePassingScoreDecideWhenTheManifestGivesThem() {
    ScormItem threshold = item(null, "0.8", null);
    assertThat(
            ScoOutcome.of(
                    ScormVersion.SCORM_2004_4TH,
                    threshold,
                    Map.of("cmi.completion_status", "completed", "cmi.progress_measure", "0.5"),
                    false)
                .completion())
        .isEqualTo("incomplete");
    ScoOutcome done =
        ScoOutcome.of(
            ScormVersion.SCORM_2004_4TH,
            threshold,
            Map.of("cmi.completion_status", "incomplete", "cmi.progress_measure", "0.8"),
            false);
    assertThat(done.completion()).isEqualTo("completed");
    assertThat(done.satisfied()).isTrue();

    ScormItem passing = item(null, null, "0.7");
    ScoOutcome completedOnly =
        ScoOutcome.of(
            ScormVersion.SCORM_2004_3RD,
            passing,
            Map.of("cmi.completion_status", "completed"),
            false);
    assertThat(completedOnly.success()).isEqualTo("unknown");
    assertThat(completedOnly.satisfied()).as("a passing score to meet").isFalse();
    ScoOutcome passed =
        ScoOutcome.of(
            ScormVersion.SCORM_2004_3RD,
            passing,
            Map.of(
                "cmi.completion_status", "completed",
                "cmi.success_status", "failed",
                "cmi.score.scaled", "0.7"),
            false);
    assertThat(passed.success()).isEqualTo("passed");
    assertThat(passed.satisfied()).isTrue();
    assertThat(passed.percent()).isEqualTo(70);
    // without rules in the manifest, the SCO's own statuses stand
    ScoOutcome failed =
        ScoOutcome.of(
            ScormVersion.SCORM_2004_3RD,
            item(null, null, null),
            Map.of("cmi.completion_status", "completed", "cmi.success_status", "failed"),
            true);
    assertThat(failed.satisfied()).isFalse();
  }
}
