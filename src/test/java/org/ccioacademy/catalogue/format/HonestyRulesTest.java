package org.ccioacademy.catalogue.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * The rules that keep a course honest about what it is worth (issue 20): CPD hours that match the
 * modules' minutes, a review date on every module, and an explanation for every wrong option.
 */
class HonestyRulesTest {

  private static final String HOURS_LINE = "cpd-hours: 2";

  @Test
  void cpdHoursMustBeTheWholeHoursInTheRequiredModulesMinutes() {
    // the sample: first (required) 120 minutes, second (optional) 10: 2 hours
    assertThat(SampleCourse.read(SampleCourse.files()).problems()).isEmpty();
    assertThat(
            SampleCourse.read(
                    SampleCourse.with(
                        "first.md", SampleCourse.FIRST.replace("minutes: 120", "minutes: 179")))
                .problems())
        .as("179 minutes are 2 whole hours")
        .isEmpty();

    assertThat(
            SampleCourse.problems(
                SampleCourse.with(
                    "course.yaml", SampleCourse.COURSE.replace(HOURS_LINE, "cpd-hours: 3"))))
        .containsExactly(
            "sample/course.yaml line 9, cpd-hours: is 3, but the required modules take 120"
                + " minutes, which is 2 whole hours (one CPD credit an hour, whole hours): make"
                + " cpd-hours 2 or correct the minutes");
    assertThat(
            SampleCourse.problems(
                SampleCourse.with(
                    "first.md", SampleCourse.FIRST.replace("minutes: 120", "minutes: 95"))))
        .as("an overclaim: 95 minutes are one hour")
        .containsExactly(
            "sample/course.yaml line 9, cpd-hours: is 2, but the required modules take 95"
                + " minutes, which is 1 whole hour (one CPD credit an hour, whole hours): make"
                + " cpd-hours 1 or correct the minutes");
    assertThat(
            SampleCourse.problems(
                SampleCourse.with(
                    "first.md", SampleCourse.FIRST.replace("minutes: 120", "minutes: 45"))))
        .containsExactly(
            "sample/course.yaml line 9, cpd-hours: is 2, but the required modules take 45"
                + " minutes: less than the hour one CPD credit needs (one credit an hour, whole"
                + " hours)");
  }

  @Test
  void optionalModulesDoNotCountTowardTheHours() {
    var files =
        SampleCourse.with("second.md", SampleCourse.SECOND.replace("minutes: 10", "minutes: 240"));
    assertThat(SampleCourse.read(files).problems()).isEmpty();
  }

  @Test
  void everyModuleNeedsAReviewDateThatIsARealDayNotInTheFuture() {
    assertThat(
            SampleCourse.problems(
                SampleCourse.with(
                    "first.md", SampleCourse.FIRST.replace("reviewed: 2026-12-01\n", ""))))
        .singleElement()
        .asString()
        .startsWith(
            "sample/first.md line 2, reviewed: is required: the day this module was last checked"
                + " against its sources, such as ");
    assertThat(
            SampleCourse.problems(
                SampleCourse.with(
                    "first.md",
                    SampleCourse.FIRST.replace("reviewed: 2026-12-01", "reviewed: December 2026"))))
        .containsExactly(
            "sample/first.md line 4, reviewed: is \"December 2026\"; write the date as"
                + " year-month-day, such as 2026-12-06");
    LocalDate tomorrow = LocalDate.now(ZoneId.of("Europe/London")).plusDays(1);
    assertThat(
            SampleCourse.problems(
                SampleCourse.with(
                    "first.md",
                    SampleCourse.FIRST.replace("reviewed: 2026-12-01", "reviewed: " + tomorrow))))
        .containsExactly(
            "sample/first.md line 4, reviewed: is "
                + tomorrow
                + ", which is in the future; give the day it was reviewed");
  }

  @Test
  void everyWrongOptionIsExplained() {
    String quiz = SampleCourse.FIRST_QUIZ.replace("        feedback: Not B.\n", "");
    assertThat(SampleCourse.problems(SampleCourse.with("first.quiz.yaml", quiz)))
        .containsExactly(
            "sample/first.quiz.yaml line 8, questions[0].options[1]: a wrong option needs its"
                + " \"feedback\": say why it is wrong, so that a trainee who chose it learns"
                + " something");
    String correctWithout =
        SampleCourse.FIRST_QUIZ.replace("feedback: A is right.", "feedback: A.");
    assertThat(SampleCourse.read(SampleCourse.with("first.quiz.yaml", correctWithout)).problems())
        .as("a correct option is explained by the question's feedback")
        .isEmpty();
  }

  @Test
  void aMultipleChoiceQuestionNeedsAWrongOption() {
    String quiz =
        SampleCourse.FIRST_QUIZ.replace(
            "      - text: C\n        feedback: Not C.\n",
            "      - text: C\n        correct: true\n");
    assertThat(SampleCourse.problems(SampleCourse.with("first.quiz.yaml", quiz)))
        .containsExactly(
            "sample/first.quiz.yaml line 15, questions[1].options: every option of this"
                + " multiple-choice question is correct; give at least one wrong option, or"
                + " ticking everything scores full marks");
  }
}
