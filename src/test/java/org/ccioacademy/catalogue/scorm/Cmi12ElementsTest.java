package org.ccioacademy.catalogue.scorm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every element of SCORM 1.2's cmi data model (SCORM 1.2 Run-Time Environment, section 3.4), one
 * case a line: the elements the LMS gives are read and never written (403), the write-only ones
 * written and never read (404), the read-write ones read back as written; each refused value with
 * its error code (405 incorrect data type, 201 an unknown element or an index past the next free
 * one), and the keywords (_children, _count: 202, 203, 402). The last test checks that the lines
 * name every element {@link Cmi12} knows.
 */
class Cmi12ElementsTest {

  /** What the LMS gives a SCO at launch: every read-only element. */
  private static final Map<String, String> FROM_LMS =
      Map.ofEntries(
          Map.entry("cmi.core.student_id", "ccio-42"),
          Map.entry("cmi.core.student_name", "Shah, Priya"),
          Map.entry("cmi.core.credit", "no-credit"),
          Map.entry("cmi.core.entry", "resume"),
          Map.entry("cmi.core.total_time", "0001:30:05.25"),
          Map.entry("cmi.core.lesson_mode", "review"),
          Map.entry("cmi.launch_data", "chapter=3;lang=en"),
          Map.entry("cmi.comments_from_lms", "Please finish by Friday."),
          Map.entry("cmi.student_data.mastery_score", "80"),
          Map.entry("cmi.student_data.max_time_allowed", "0000:45:00"),
          Map.entry("cmi.student_data.time_limit_action", "exit,message"));

  private static Cmi12 model() {
    return new Cmi12(FROM_LMS);
  }

  static Stream<Arguments> readOnly() {
    return Stream.of(
        arguments("cmi._version", "3.4"),
        arguments("cmi.core.student_id", "ccio-42"),
        arguments("cmi.core.student_name", "Shah, Priya"),
        arguments("cmi.core.credit", "no-credit"),
        arguments("cmi.core.entry", "resume"),
        arguments("cmi.core.total_time", "0001:30:05.25"),
        arguments("cmi.core.lesson_mode", "review"),
        arguments("cmi.launch_data", "chapter=3;lang=en"),
        arguments("cmi.comments_from_lms", "Please finish by Friday."),
        arguments("cmi.student_data.mastery_score", "80"),
        arguments("cmi.student_data.max_time_allowed", "0000:45:00"),
        arguments("cmi.student_data.time_limit_action", "exit,message"));
  }

  @ParameterizedTest(name = "{0} reads {1} and refuses a write")
  @MethodSource("readOnly")
  void whatTheLmsGivesIsReadAndNeverWritten(String element, String given) {
    Cmi12 m = model();
    assertThat(m.get(element)).isEqualTo(new Cmi12.Read(given, Cmi12.NO_ERROR));
    // _version is a keyword (402), the others are read only (403)
    assertThat(m.set(element, given))
        .isEqualTo(element.equals("cmi._version") ? Cmi12.KEYWORD : Cmi12.READ_ONLY);
    assertThat(m.set(element, "")).isIn(Cmi12.KEYWORD, Cmi12.READ_ONLY);
    assertThat(m.get(element).value()).isEqualTo(given);
  }

  @Test
  void aNewAttemptStartsAsTheStandardSays() {
    Cmi12 m = new Cmi12(Map.of());
    assertThat(m.get("cmi.core.entry").value()).isEqualTo("ab-initio");
    assertThat(m.get("cmi.core.credit").value()).isEqualTo("credit");
    assertThat(m.get("cmi.core.lesson_mode").value()).isEqualTo("normal");
    assertThat(m.get("cmi.core.lesson_status").value()).isEqualTo("not attempted");
    assertThat(m.get("cmi.core.total_time").value()).isEqualTo("0000:00:00.00");
    // 1.2 has no "not initialised": an element never given or set reads as blank, no error
    assertThat(m.get("cmi.launch_data")).isEqualTo(new Cmi12.Read("", Cmi12.NO_ERROR));
    assertThat(m.get("cmi.core.score.raw")).isEqualTo(new Cmi12.Read("", Cmi12.NO_ERROR));
  }

  static Stream<Arguments> writeOnly() {
    return Stream.of(
        arguments("cmi.core.exit", ""),
        arguments("cmi.core.exit", "time-out"),
        arguments("cmi.core.exit", "suspend"),
        arguments("cmi.core.exit", "logout"),
        arguments("cmi.core.session_time", "00:12:30"),
        arguments("cmi.core.session_time", "9999:59:59.99"),
        arguments("cmi.interactions.0.id", "q1"),
        arguments("cmi.interactions.0.id", "x".repeat(255)),
        arguments("cmi.interactions.0.objectives.0.id", "obj-1"),
        arguments("cmi.interactions.0.time", "09:30:00"),
        arguments("cmi.interactions.0.time", "23:59:59.5"),
        arguments("cmi.interactions.0.type", "true-false"),
        arguments("cmi.interactions.0.type", "choice"),
        arguments("cmi.interactions.0.type", "fill-in"),
        arguments("cmi.interactions.0.type", "matching"),
        arguments("cmi.interactions.0.type", "performance"),
        arguments("cmi.interactions.0.type", "sequencing"),
        arguments("cmi.interactions.0.type", "likert"),
        arguments("cmi.interactions.0.type", "numeric"),
        arguments("cmi.interactions.0.correct_responses.0.pattern", "b"),
        arguments("cmi.interactions.0.correct_responses.0.pattern", "p".repeat(255)),
        arguments("cmi.interactions.0.weighting", "1.5"),
        arguments("cmi.interactions.0.weighting", "-2"),
        arguments("cmi.interactions.0.student_response", "b"),
        arguments("cmi.interactions.0.student_response", "I would call the duty doctor"),
        arguments("cmi.interactions.0.result", "correct"),
        arguments("cmi.interactions.0.result", "wrong"),
        arguments("cmi.interactions.0.result", "unanticipated"),
        arguments("cmi.interactions.0.result", "neutral"),
        arguments("cmi.interactions.0.result", "0.75"),
        arguments("cmi.interactions.0.latency", "00:00:12.5"));
  }

  @ParameterizedTest(name = "{0} takes \"{1}\" and refuses a read")
  @MethodSource("writeOnly")
  void writeOnlyElementsAreWrittenAndNeverRead(String element, String value) {
    Cmi12 m = model();
    assertThat(m.set(element, value)).isEqualTo(Cmi12.NO_ERROR);
    assertThat(m.values()).containsEntry(element, value);
    assertThat(m.get(element)).isEqualTo(new Cmi12.Read("", Cmi12.WRITE_ONLY));
  }

  static Stream<Arguments> readWrite() {
    return Stream.of(
        arguments("cmi.core.lesson_location", "page-7"),
        arguments("cmi.core.lesson_location", ""),
        arguments("cmi.core.lesson_location", "l".repeat(255)),
        arguments("cmi.core.lesson_status", "passed"),
        arguments("cmi.core.lesson_status", "completed"),
        arguments("cmi.core.lesson_status", "failed"),
        arguments("cmi.core.lesson_status", "incomplete"),
        arguments("cmi.core.lesson_status", "browsed"),
        arguments("cmi.core.score.raw", "85.5"),
        arguments("cmi.core.score.raw", ""),
        arguments("cmi.core.score.raw", "0"),
        arguments("cmi.core.score.raw", "100"),
        arguments("cmi.core.score.min", "0"),
        arguments("cmi.core.score.min", ""),
        arguments("cmi.core.score.max", "100"),
        arguments("cmi.core.score.max", "20.25"),
        arguments("cmi.suspend_data", "s".repeat(4096)),
        arguments("cmi.comments", "Clear and useful."),
        arguments("cmi.comments", "c".repeat(4096)),
        arguments("cmi.objectives.0.id", "obj-1"),
        arguments("cmi.objectives.0.score.raw", "75"),
        arguments("cmi.objectives.0.score.min", "0"),
        arguments("cmi.objectives.0.score.max", "100"),
        arguments("cmi.objectives.0.status", "not attempted"),
        arguments("cmi.objectives.0.status", "passed"),
        arguments("cmi.objectives.0.status", "browsed"),
        arguments("cmi.student_preference.audio", "-1"),
        arguments("cmi.student_preference.audio", "0"),
        arguments("cmi.student_preference.audio", "100"),
        arguments("cmi.student_preference.language", "en-GB"),
        arguments("cmi.student_preference.speed", "-100"),
        arguments("cmi.student_preference.speed", "0"),
        arguments("cmi.student_preference.speed", "100"),
        arguments("cmi.student_preference.text", "-1"),
        arguments("cmi.student_preference.text", "0"),
        arguments("cmi.student_preference.text", "1"));
  }

  @ParameterizedTest(name = "{0} takes \"{1}\" and reads it back")
  @MethodSource("readWrite")
  void readWriteElementsReadBackWhatWasWritten(String element, String value) {
    Cmi12 m = model();
    assertThat(m.set(element, value)).isEqualTo(Cmi12.NO_ERROR);
    assertThat(m.get(element)).isEqualTo(new Cmi12.Read(value, Cmi12.NO_ERROR));
    assertThat(new Cmi12(m.values()).get(element).value())
        .as("kept for the next session")
        .isEqualTo(value);
  }

  static Stream<Arguments> refused() {
    return Stream.of(
        // 405: incorrect data type (outside the type, its vocabulary, its range or its length)
        arguments("cmi.core.lesson_location", "l".repeat(256), Cmi12.WRONG_TYPE),
        arguments("cmi.core.lesson_status", "not attempted", Cmi12.WRONG_TYPE),
        arguments("cmi.core.lesson_status", "Passed", Cmi12.WRONG_TYPE),
        arguments("cmi.core.lesson_status", "unknown", Cmi12.WRONG_TYPE),
        arguments("cmi.core.score.raw", "100.5", Cmi12.WRONG_TYPE),
        arguments("cmi.core.score.min", "-5", Cmi12.WRONG_TYPE),
        arguments("cmi.core.score.max", "101", Cmi12.WRONG_TYPE),
        arguments("cmi.core.score.max", "full", Cmi12.WRONG_TYPE),
        arguments("cmi.core.exit", "normal", Cmi12.WRONG_TYPE),
        arguments("cmi.core.exit", "timeout", Cmi12.WRONG_TYPE),
        arguments("cmi.core.session_time", "1:00:00", Cmi12.WRONG_TYPE),
        arguments("cmi.core.session_time", "PT1H", Cmi12.WRONG_TYPE),
        arguments("cmi.core.session_time", "00:12:30.125", Cmi12.WRONG_TYPE),
        arguments("cmi.suspend_data", "s".repeat(4097), Cmi12.WRONG_TYPE),
        arguments("cmi.comments", "c".repeat(4097), Cmi12.WRONG_TYPE),
        arguments("cmi.objectives.0.id", "obj 1", Cmi12.WRONG_TYPE),
        arguments("cmi.objectives.0.id", "o".repeat(256), Cmi12.WRONG_TYPE),
        arguments("cmi.objectives.0.score.raw", "-1", Cmi12.WRONG_TYPE),
        arguments("cmi.objectives.0.score.min", "low", Cmi12.WRONG_TYPE),
        arguments("cmi.objectives.0.score.max", "200", Cmi12.WRONG_TYPE),
        arguments("cmi.objectives.0.status", "done", Cmi12.WRONG_TYPE),
        arguments("cmi.student_preference.audio", "101", Cmi12.WRONG_TYPE),
        arguments("cmi.student_preference.audio", "-2", Cmi12.WRONG_TYPE),
        arguments("cmi.student_preference.audio", "loud", Cmi12.WRONG_TYPE),
        arguments("cmi.student_preference.language", "l".repeat(256), Cmi12.WRONG_TYPE),
        arguments("cmi.student_preference.speed", "101", Cmi12.WRONG_TYPE),
        arguments("cmi.student_preference.speed", "fast", Cmi12.WRONG_TYPE),
        arguments("cmi.student_preference.text", "2", Cmi12.WRONG_TYPE),
        arguments("cmi.interactions.0.id", "q 1", Cmi12.WRONG_TYPE),
        arguments("cmi.interactions.0.objectives.0.id", "obj 1", Cmi12.WRONG_TYPE),
        arguments("cmi.interactions.0.time", "9:30", Cmi12.WRONG_TYPE),
        arguments("cmi.interactions.0.time", "2026-12-07T09:30:00", Cmi12.WRONG_TYPE),
        arguments("cmi.interactions.0.type", "essay", Cmi12.WRONG_TYPE),
        arguments("cmi.interactions.0.type", "long-fill-in", Cmi12.WRONG_TYPE),
        arguments(
            "cmi.interactions.0.correct_responses.0.pattern", "p".repeat(256), Cmi12.WRONG_TYPE),
        arguments("cmi.interactions.0.weighting", "heavy", Cmi12.WRONG_TYPE),
        arguments("cmi.interactions.0.student_response", "r".repeat(256), Cmi12.WRONG_TYPE),
        arguments("cmi.interactions.0.result", "incorrect", Cmi12.WRONG_TYPE),
        arguments("cmi.interactions.0.latency", "PT12S", Cmi12.WRONG_TYPE),
        // 201: an index past the next free one, or an element 1.2 does not have
        arguments("cmi.objectives.1.id", "obj-2", Cmi12.INVALID_ARGUMENT),
        arguments("cmi.interactions.2.id", "q3", Cmi12.INVALID_ARGUMENT),
        arguments("cmi.interactions.0.objectives.1.id", "obj-2", Cmi12.INVALID_ARGUMENT),
        arguments("cmi.interactions.0.correct_responses.1.pattern", "b", Cmi12.INVALID_ARGUMENT),
        arguments("cmi.interactions.0.learner_response", "b", Cmi12.INVALID_ARGUMENT),
        arguments("cmi.core.score.scaled", "0.5", Cmi12.INVALID_ARGUMENT),
        arguments("cmi.location", "page-7", Cmi12.INVALID_ARGUMENT),
        arguments("cmi.student_preference.volume", "50", Cmi12.INVALID_ARGUMENT));
  }

  @ParameterizedTest(name = "{0} refuses \"{1}\" with {2}")
  @MethodSource("refused")
  void refusedValuesLeaveTheModelAsItWas(String element, String value, String error) {
    Cmi12 m = model();
    Map<String, String> before = m.values();
    assertThat(m.set(element, value)).isEqualTo(error);
    assertThat(m.values()).isEqualTo(before);
  }

  @Test
  void eachParentNamesItsChildrenAndEachArrayCountsItsMembers() {
    Cmi12 m = model();
    assertThat(m.get("cmi.core._children").value())
        .isEqualTo(
            "student_id,student_name,lesson_location,credit,lesson_status,entry,score,total_time,"
                + "lesson_mode,exit,session_time");
    assertThat(m.get("cmi.core.score._children").value()).isEqualTo("raw,min,max");
    assertThat(m.get("cmi.objectives._children").value()).isEqualTo("id,score,status");
    assertThat(m.get("cmi.student_data._children").value())
        .isEqualTo("mastery_score,max_time_allowed,time_limit_action");
    assertThat(m.get("cmi.student_preference._children").value())
        .isEqualTo("audio,language,speed,text");
    assertThat(m.get("cmi.interactions._children").value())
        .isEqualTo(
            "id,objectives,time,type,correct_responses,weighting,student_response,result,latency");

    for (String array :
        List.of(
            "cmi.objectives",
            "cmi.interactions",
            "cmi.interactions.0.objectives",
            "cmi.interactions.0.correct_responses")) {
      assertThat(m.get(array + "._count")).as(array).isEqualTo(new Cmi12.Read("0", "0"));
    }
    assertThat(m.set("cmi.objectives.0.id", "obj-1")).isEqualTo("0");
    assertThat(m.set("cmi.objectives.1.id", "obj-2")).isEqualTo("0");
    assertThat(m.set("cmi.interactions.0.id", "q1")).isEqualTo("0");
    assertThat(m.set("cmi.interactions.0.objectives.0.id", "obj-1")).isEqualTo("0");
    assertThat(m.set("cmi.interactions.0.correct_responses.0.pattern", "a")).isEqualTo("0");
    assertThat(m.set("cmi.interactions.0.correct_responses.1.pattern", "b")).isEqualTo("0");
    assertThat(m.get("cmi.objectives.0.score._children").value()).isEqualTo("raw,min,max");
    assertThat(m.get("cmi.objectives._count").value()).isEqualTo("2");
    assertThat(m.get("cmi.interactions._count").value()).isEqualTo("1");
    assertThat(m.get("cmi.interactions.0.objectives._count").value()).isEqualTo("1");
    assertThat(m.get("cmi.interactions.0.correct_responses._count").value()).isEqualTo("2");
  }

  @Test
  void keywordsWhereTheStandardHasNoneAreRefusedAndKeywordsAreNeverWritten() {
    Cmi12 m = model();
    // 202: the element cannot have children
    for (String e : List.of("cmi.core.lesson_status", "cmi.suspend_data", "cmi.core.score.raw")) {
      assertThat(m.get(e + "._children")).as(e).isEqualTo(new Cmi12.Read("", Cmi12.NO_CHILDREN));
    }
    // 203: not an array, no count
    for (String e :
        List.of("cmi.core", "cmi.core.score", "cmi.student_preference", "cmi.comments")) {
      assertThat(m.get(e + "._count")).as(e).isEqualTo(new Cmi12.Read("", Cmi12.NO_COUNT));
    }
    // 402: a keyword is never set
    for (String k :
        List.of(
            "cmi.core._children",
            "cmi.core.score._children",
            "cmi.objectives._children",
            "cmi.objectives._count",
            "cmi.student_data._children",
            "cmi.student_preference._children",
            "cmi.interactions._children",
            "cmi.interactions._count",
            "cmi.interactions.0.objectives._count",
            "cmi.interactions.0.correct_responses._count",
            "cmi._version")) {
      assertThat(m.set(k, "1")).as(k).isEqualTo(Cmi12.KEYWORD);
    }
  }

  @Test
  void theCasesAboveNameEveryElementOfTheModel() {
    Set<String> named = new HashSet<>();
    Stream.of(readOnly(), writeOnly(), readWrite())
        .flatMap(s -> s)
        .forEach(a -> named.add(CmiArrays.generic((String) a.get()[0])));
    assertThat(named).containsExactlyInAnyOrderElementsOf(Cmi12.rules().elements().keySet());
  }
}
