package org.ccioacademy.catalogue.scorm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** SCORM 1.2's data model: every element's access, type and vocabulary, with its error codes. */
class Cmi12Test {

  private static Cmi12 model() {
    return new Cmi12(
        Map.of(
            "cmi.core.student_id", "trainee-42",
            "cmi.core.student_name", "Shah, Priya",
            "cmi.launch_data", "start=1",
            "cmi.student_data.mastery_score", "80"));
  }

  @Test
  void whatTheLmsGivesIsReadOnlyAndTheVersionIsThreePointFour() {
    Cmi12 m = model();
    assertThat(m.get("cmi._version")).isEqualTo(new Cmi12.Read("3.4", "0"));
    assertThat(m.get("cmi.core.student_name").value()).isEqualTo("Shah, Priya");
    assertThat(m.get("cmi.core.lesson_status").value()).isEqualTo("not attempted");
    assertThat(m.get("cmi.core.entry").value()).isEqualTo("ab-initio");
    assertThat(m.get("cmi.student_data.mastery_score").value()).isEqualTo("80");
    assertThat(m.set("cmi.core.student_name", "Someone Else")).isEqualTo(Cmi12.READ_ONLY);
    assertThat(m.set("cmi.core.total_time", "0001:00:00")).isEqualTo(Cmi12.READ_ONLY);
    assertThat(m.set("cmi.launch_data", "x")).isEqualTo(Cmi12.READ_ONLY);
    assertThat(m.set("cmi._version", "4")).isEqualTo(Cmi12.KEYWORD);
    assertThat(m.get("cmi.core.student_name").value()).isEqualTo("Shah, Priya");
  }

  @Test
  void keywordsChildrenAndCounts() {
    Cmi12 m = model();
    assertThat(m.get("cmi.core._children").value()).contains("lesson_status").contains("score");
    assertThat(m.get("cmi.core.score._children").value()).isEqualTo("raw,min,max");
    assertThat(m.get("cmi.core.lesson_status._children").error()).isEqualTo(Cmi12.NO_CHILDREN);
    assertThat(m.get("cmi.core._count").error()).isEqualTo(Cmi12.NO_COUNT);
    assertThat(m.get("cmi.interactions._count")).isEqualTo(new Cmi12.Read("0", "0"));
    assertThat(m.set("cmi.interactions._count", "3")).isEqualTo(Cmi12.KEYWORD);
    assertThat(m.set("cmi.core._children", "x")).isEqualTo(Cmi12.KEYWORD);
    assertThat(m.get("cmi.core.nonsense").error()).isEqualTo(Cmi12.INVALID_ARGUMENT);
    assertThat(m.get("").error()).isEqualTo(Cmi12.INVALID_ARGUMENT);
    assertThat(m.set("cmi.core.nonsense", "1")).isEqualTo(Cmi12.INVALID_ARGUMENT);
  }

  @Test
  void statusScoresAndTimesAreCheckedAsTheStandardSays() {
    Cmi12 m = model();
    assertThat(m.set("cmi.core.lesson_status", "completed")).isEqualTo(Cmi12.NO_ERROR);
    assertThat(m.set("cmi.core.lesson_status", "not attempted")).isEqualTo(Cmi12.WRONG_TYPE);
    assertThat(m.set("cmi.core.lesson_status", "done")).isEqualTo(Cmi12.WRONG_TYPE);
    assertThat(m.get("cmi.core.lesson_status").value()).isEqualTo("completed");
    assertThat(m.set("cmi.core.score.raw", "85.5")).isEqualTo(Cmi12.NO_ERROR);
    assertThat(m.set("cmi.core.score.raw", "")).isEqualTo(Cmi12.NO_ERROR);
    assertThat(m.set("cmi.core.score.raw", "100")).isEqualTo(Cmi12.NO_ERROR);
    assertThat(m.set("cmi.core.score.raw", "101")).isEqualTo(Cmi12.WRONG_TYPE);
    assertThat(m.set("cmi.core.score.raw", "-1")).isEqualTo(Cmi12.WRONG_TYPE);
    assertThat(m.set("cmi.core.score.raw", "eighty")).isEqualTo(Cmi12.WRONG_TYPE);
    assertThat(m.set("cmi.core.session_time", "0000:12:30.5")).isEqualTo(Cmi12.NO_ERROR);
    assertThat(m.set("cmi.core.session_time", "00:12:30")).isEqualTo(Cmi12.NO_ERROR);
    assertThat(m.set("cmi.core.session_time", "12 minutes")).isEqualTo(Cmi12.WRONG_TYPE);
    assertThat(m.get("cmi.core.session_time").error()).isEqualTo(Cmi12.WRITE_ONLY);
    assertThat(m.set("cmi.core.exit", "suspend")).isEqualTo(Cmi12.NO_ERROR);
    assertThat(m.set("cmi.core.exit", "quit")).isEqualTo(Cmi12.WRONG_TYPE);
    assertThat(m.get("cmi.core.exit").error()).isEqualTo(Cmi12.WRITE_ONLY);
  }

  @Test
  void suspendDataAndLocationKeepWhereTheTraineeWasWithinTheirLengths() {
    Cmi12 m = model();
    assertThat(m.set("cmi.suspend_data", "x".repeat(4096))).isEqualTo(Cmi12.NO_ERROR);
    assertThat(m.set("cmi.suspend_data", "x".repeat(4097))).isEqualTo(Cmi12.WRONG_TYPE);
    assertThat(m.set("cmi.core.lesson_location", "page-7")).isEqualTo(Cmi12.NO_ERROR);
    assertThat(m.set("cmi.core.lesson_location", "p".repeat(256))).isEqualTo(Cmi12.WRONG_TYPE);
    Map<String, String> kept = m.values();
    Cmi12 resumed = new Cmi12(kept);
    assertThat(resumed.get("cmi.suspend_data").value()).hasSize(4096);
    assertThat(resumed.get("cmi.core.lesson_location").value()).isEqualTo("page-7");
  }

  @Test
  void arraysAreFilledInOrderAndInteractionsAreWriteOnly() {
    Cmi12 m = model();
    assertThat(m.set("cmi.interactions.1.id", "q2")).isEqualTo(Cmi12.INVALID_ARGUMENT);
    assertThat(m.set("cmi.interactions.0.id", "q1")).isEqualTo(Cmi12.NO_ERROR);
    assertThat(m.set("cmi.interactions.0.type", "choice")).isEqualTo(Cmi12.NO_ERROR);
    assertThat(m.set("cmi.interactions.0.type", "essay")).isEqualTo(Cmi12.WRONG_TYPE);
    assertThat(m.set("cmi.interactions.0.result", "correct")).isEqualTo(Cmi12.NO_ERROR);
    assertThat(m.set("cmi.interactions.0.result", "0.5")).isEqualTo(Cmi12.NO_ERROR);
    assertThat(m.set("cmi.interactions.0.time", "09:30:00")).isEqualTo(Cmi12.NO_ERROR);
    assertThat(m.set("cmi.interactions.0.objectives.0.id", "obj-1")).isEqualTo(Cmi12.NO_ERROR);
    assertThat(m.set("cmi.interactions.0.correct_responses.0.pattern", "b"))
        .isEqualTo(Cmi12.NO_ERROR);
    assertThat(m.set("cmi.interactions.1.id", "q2")).isEqualTo(Cmi12.NO_ERROR);
    assertThat(m.get("cmi.interactions._count").value()).isEqualTo("2");
    assertThat(m.get("cmi.interactions.0.objectives._count").value()).isEqualTo("1");
    assertThat(m.get("cmi.interactions.0.id").error()).isEqualTo(Cmi12.WRITE_ONLY);
    assertThat(m.set("cmi.interactions.0.id", "has space")).isEqualTo(Cmi12.WRONG_TYPE);
    assertThat(m.set("cmi.objectives.0.id", "obj-1")).isEqualTo(Cmi12.NO_ERROR);
    assertThat(m.set("cmi.objectives.0.status", "not attempted")).isEqualTo(Cmi12.NO_ERROR);
    assertThat(m.get("cmi.objectives.0.status").value()).isEqualTo("not attempted");
    assertThat(m.get("cmi.objectives._children").value()).isEqualTo("id,score,status");
  }

  @Test
  void preferencesStayWithinTheirRanges() {
    Cmi12 m = model();
    assertThat(m.set("cmi.student_preference.audio", "-1")).isEqualTo(Cmi12.NO_ERROR);
    assertThat(m.set("cmi.student_preference.audio", "101")).isEqualTo(Cmi12.WRONG_TYPE);
    assertThat(m.set("cmi.student_preference.speed", "-100")).isEqualTo(Cmi12.NO_ERROR);
    assertThat(m.set("cmi.student_preference.speed", "-101")).isEqualTo(Cmi12.WRONG_TYPE);
    assertThat(m.set("cmi.student_preference.text", "1")).isEqualTo(Cmi12.NO_ERROR);
    assertThat(m.set("cmi.student_preference.text", "2")).isEqualTo(Cmi12.WRONG_TYPE);
  }
}
