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
 * Every element of SCORM 2004's cmi data model (4th Edition Run-Time Environment, section 4.2) and
 * adl.nav.request, one case a line: what the LMS gives is read and never written (404), the
 * write-only elements are written and never read (405), the read-write ones read back as written;
 * each refused value with its error code (406 type mismatch, 407 out of range, 408 dependency not
 * established, 351 an index past the next free one, 401 an element 2004 does not have), reads of
 * what is not there (403, 301), and the keywords (_children, _count, _version). The last test
 * checks that the lines name every element {@link Cmi2004} knows.
 */
class Cmi2004ElementsTest {

  /** What the LMS gives a SCO at launch: every read-only element. */
  private static final Map<String, String> FROM_LMS =
      Map.ofEntries(
          Map.entry("cmi.learner_id", "ccio-42"),
          Map.entry("cmi.learner_name", "Shah, Priya"),
          Map.entry("cmi.credit", "no-credit"),
          Map.entry("cmi.entry", "resume"),
          Map.entry("cmi.mode", "review"),
          Map.entry("cmi.launch_data", "chapter=3;lang=en"),
          Map.entry("cmi.completion_threshold", "0.8"),
          Map.entry("cmi.scaled_passing_score", "0.6"),
          Map.entry("cmi.max_time_allowed", "PT45M"),
          Map.entry("cmi.time_limit_action", "continue,message"),
          Map.entry("cmi.total_time", "PT1H30M5.25S"),
          Map.entry("cmi.comments_from_lms.0.comment", "{lang=en}Please finish by Friday."),
          Map.entry("cmi.comments_from_lms.0.location", "intro"),
          Map.entry("cmi.comments_from_lms.0.timestamp", "2026-12-01T09:00:00Z"));

  private static Cmi2004 model() {
    return new Cmi2004(FROM_LMS);
  }

  /**
   * A model whose interaction 0 (a choice) and objective 0 have their ids, so that every other
   * member value can be written.
   */
  private static Cmi2004 prepared() {
    Cmi2004 m = model();
    assertThat(m.set("cmi.interactions.0.id", "q1")).isEqualTo("0");
    assertThat(m.set("cmi.interactions.0.type", "choice")).isEqualTo("0");
    assertThat(m.set("cmi.objectives.0.id", "obj-1")).isEqualTo("0");
    return m;
  }

  static Stream<Arguments> readOnly() {
    return Stream.of(
        arguments("cmi._version", "1.0"),
        arguments("cmi.learner_id", "ccio-42"),
        arguments("cmi.learner_name", "Shah, Priya"),
        arguments("cmi.credit", "no-credit"),
        arguments("cmi.entry", "resume"),
        arguments("cmi.mode", "review"),
        arguments("cmi.launch_data", "chapter=3;lang=en"),
        arguments("cmi.completion_threshold", "0.8"),
        arguments("cmi.scaled_passing_score", "0.6"),
        arguments("cmi.max_time_allowed", "PT45M"),
        arguments("cmi.time_limit_action", "continue,message"),
        arguments("cmi.total_time", "PT1H30M5.25S"),
        arguments("cmi.comments_from_lms.0.comment", "{lang=en}Please finish by Friday."),
        arguments("cmi.comments_from_lms.0.location", "intro"),
        arguments("cmi.comments_from_lms.0.timestamp", "2026-12-01T09:00:00Z"));
  }

  @ParameterizedTest(name = "{0} reads {1} and refuses a write (404)")
  @MethodSource("readOnly")
  void whatTheLmsGivesIsReadAndNeverWritten(String element, String given) {
    Cmi2004 m = model();
    assertThat(m.get(element)).isEqualTo(new Cmi2004.Read(given, Cmi2004.NO_ERROR));
    assertThat(m.set(element, given)).isEqualTo(Cmi2004.READ_ONLY);
    assertThat(m.set(element, "")).isEqualTo(Cmi2004.READ_ONLY);
    assertThat(m.get(element).value()).isEqualTo(given);
  }

  @Test
  void aNewAttemptStartsAsTheStandardSays() {
    Cmi2004 m = new Cmi2004(Map.of());
    // RTE 4.2.7: ab-initio, resume or "" (the same words as 1.2's cmi.core.entry)
    assertThat(m.get("cmi.entry")).isEqualTo(new Cmi2004.Read("ab-initio", "0"));
    assertThat(m.get("cmi.credit").value()).isEqualTo("credit");
    assertThat(m.get("cmi.mode").value()).isEqualTo("normal");
    assertThat(m.get("cmi.completion_status").value()).isEqualTo("unknown");
    assertThat(m.get("cmi.success_status").value()).isEqualTo("unknown");
    assertThat(m.get("cmi.total_time").value()).isEqualTo("PT0S");
    assertThat(m.get("adl.nav.request").value()).isEqualTo("_none_");
    // 403: what the LMS did not give and the SCO has not set is not initialised
    for (String e :
        List.of(
            "cmi.launch_data",
            "cmi.completion_threshold",
            "cmi.scaled_passing_score",
            "cmi.max_time_allowed",
            "cmi.location",
            "cmi.suspend_data",
            "cmi.progress_measure",
            "cmi.score.scaled",
            "cmi.score.raw",
            "cmi.score.min",
            "cmi.score.max")) {
      assertThat(m.get(e)).as(e).isEqualTo(new Cmi2004.Read("", Cmi2004.NOT_INITIALIZED));
    }
  }

  static Stream<Arguments> writeOnly() {
    return Stream.of(
        arguments("cmi.exit", ""),
        arguments("cmi.exit", "time-out"),
        arguments("cmi.exit", "suspend"),
        arguments("cmi.exit", "logout"),
        arguments("cmi.exit", "normal"),
        arguments("cmi.session_time", "PT1H30M5.5S"),
        arguments("cmi.session_time", "P1DT2H"),
        arguments("cmi.session_time", "PT0S"));
  }

  @ParameterizedTest(name = "{0} takes \"{1}\" and refuses a read (405)")
  @MethodSource("writeOnly")
  void writeOnlyElementsAreWrittenAndNeverRead(String element, String value) {
    Cmi2004 m = model();
    assertThat(m.set(element, value)).isEqualTo(Cmi2004.NO_ERROR);
    assertThat(m.values()).containsEntry(element, value);
    assertThat(m.get(element)).isEqualTo(new Cmi2004.Read("", Cmi2004.WRITE_ONLY));
  }

  static Stream<Arguments> readWrite() {
    return Stream.of(
        arguments("cmi.comments_from_learner.0.comment", "{lang=en-GB}Clear and useful."),
        arguments("cmi.comments_from_learner.0.comment", "c".repeat(4000)),
        arguments("cmi.comments_from_learner.0.location", "page-3"),
        arguments("cmi.comments_from_learner.0.timestamp", "2026-12-07T10:15:30Z"),
        arguments("cmi.comments_from_learner.0.timestamp", "2026-12-07T10:15:30.5+01:00"),
        arguments("cmi.comments_from_learner.0.timestamp", "2026"),
        arguments("cmi.completion_status", "completed"),
        arguments("cmi.completion_status", "incomplete"),
        arguments("cmi.completion_status", "not attempted"),
        arguments("cmi.completion_status", "unknown"),
        arguments("cmi.interactions.0.id", "urn:ccio:q1"),
        arguments("cmi.interactions.0.type", "true-false"),
        arguments("cmi.interactions.0.type", "choice"),
        arguments("cmi.interactions.0.type", "fill-in"),
        arguments("cmi.interactions.0.type", "long-fill-in"),
        arguments("cmi.interactions.0.type", "likert"),
        arguments("cmi.interactions.0.type", "matching"),
        arguments("cmi.interactions.0.type", "performance"),
        arguments("cmi.interactions.0.type", "sequencing"),
        arguments("cmi.interactions.0.type", "numeric"),
        arguments("cmi.interactions.0.type", "other"),
        arguments("cmi.interactions.0.objectives.0.id", "obj-1"),
        arguments("cmi.interactions.0.timestamp", "2026-12-07T10:15:30"),
        arguments("cmi.interactions.0.correct_responses.0.pattern", "a[,]b"),
        arguments("cmi.interactions.0.weighting", "1.5"),
        arguments("cmi.interactions.0.weighting", "-2"),
        arguments("cmi.interactions.0.learner_response", "a"),
        arguments("cmi.interactions.0.result", "correct"),
        arguments("cmi.interactions.0.result", "incorrect"),
        arguments("cmi.interactions.0.result", "unanticipated"),
        arguments("cmi.interactions.0.result", "neutral"),
        arguments("cmi.interactions.0.result", "0.75"),
        arguments("cmi.interactions.0.result", "-1"),
        arguments("cmi.interactions.0.latency", "PT12S"),
        arguments("cmi.interactions.0.latency", "PT1M30.25S"),
        arguments("cmi.interactions.0.description", "{lang=en}Which drug interacts?"),
        arguments("cmi.interactions.0.description", "d".repeat(250)),
        arguments("cmi.learner_preference.audio_level", "0"),
        arguments("cmi.learner_preference.audio_level", "1.5"),
        arguments("cmi.learner_preference.language", "en-GB"),
        arguments("cmi.learner_preference.language", ""),
        arguments("cmi.learner_preference.delivery_speed", "0"),
        arguments("cmi.learner_preference.delivery_speed", "2"),
        arguments("cmi.learner_preference.audio_captioning", "-1"),
        arguments("cmi.learner_preference.audio_captioning", "0"),
        arguments("cmi.learner_preference.audio_captioning", "1"),
        arguments("cmi.location", "chapter-3"),
        arguments("cmi.location", "l".repeat(1000)),
        arguments("cmi.objectives.0.id", "obj-1"),
        arguments("cmi.objectives.0.score.scaled", "-1"),
        arguments("cmi.objectives.0.score.scaled", "1"),
        arguments("cmi.objectives.0.score.raw", "-250.5"),
        arguments("cmi.objectives.0.score.min", "0"),
        arguments("cmi.objectives.0.score.max", "100"),
        arguments("cmi.objectives.0.success_status", "passed"),
        arguments("cmi.objectives.0.success_status", "failed"),
        arguments("cmi.objectives.0.success_status", "unknown"),
        arguments("cmi.objectives.0.completion_status", "completed"),
        arguments("cmi.objectives.0.completion_status", "incomplete"),
        arguments("cmi.objectives.0.completion_status", "not attempted"),
        arguments("cmi.objectives.0.completion_status", "unknown"),
        arguments("cmi.objectives.0.progress_measure", "0"),
        arguments("cmi.objectives.0.progress_measure", "1"),
        arguments("cmi.objectives.0.description", "{lang=en}Knows the interactions"),
        arguments("cmi.progress_measure", "0.25"),
        arguments("cmi.score.scaled", "0.75"),
        arguments("cmi.score.raw", "85"),
        arguments("cmi.score.min", "0"),
        arguments("cmi.score.max", "100"),
        arguments("cmi.success_status", "passed"),
        arguments("cmi.success_status", "failed"),
        arguments("cmi.success_status", "unknown"),
        arguments("cmi.suspend_data", "s".repeat(64000)),
        arguments("adl.nav.request", "continue"),
        arguments("adl.nav.request", "previous"),
        arguments("adl.nav.request", "exit"),
        arguments("adl.nav.request", "exitAll"),
        arguments("adl.nav.request", "abandon"),
        arguments("adl.nav.request", "abandonAll"),
        arguments("adl.nav.request", "suspendAll"),
        arguments("adl.nav.request", "_none_"),
        arguments("adl.nav.request", "{target=intro}choice"),
        arguments("adl.nav.request", "{target=intro}jump"));
  }

  @ParameterizedTest(name = "{0} takes \"{1}\" and reads it back")
  @MethodSource("readWrite")
  void readWriteElementsReadBackWhatWasWritten(String element, String value) {
    Cmi2004 m = prepared();
    assertThat(m.set(element, value)).isEqualTo(Cmi2004.NO_ERROR);
    assertThat(m.get(element)).isEqualTo(new Cmi2004.Read(value, Cmi2004.NO_ERROR));
    assertThat(new Cmi2004(m.values()).get(element).value())
        .as("kept for the next session")
        .isEqualTo(value);
  }

  static Stream<Arguments> refused() {
    return Stream.of(
        // 406: type mismatch (outside the type, its vocabulary or its length)
        arguments("cmi.comments_from_learner.0.comment", "c".repeat(4001), "406"),
        arguments("cmi.comments_from_learner.0.location", "l".repeat(251), "406"),
        arguments("cmi.comments_from_learner.0.timestamp", "7 Dec 2026", "406"),
        arguments("cmi.comments_from_learner.0.timestamp", "2026-12-07 10:15", "406"),
        arguments("cmi.completion_status", "done", "406"),
        arguments("cmi.completion_status", "passed", "406"),
        arguments("cmi.exit", "quit", "406"),
        arguments("cmi.exit", "timeout", "406"),
        arguments("cmi.interactions.0.id", "", "406"),
        arguments("cmi.interactions.0.id", " q1", "406"),
        arguments("cmi.interactions.0.type", "essay", "406"),
        arguments("cmi.interactions.0.objectives.0.id", "", "406"),
        arguments("cmi.interactions.0.timestamp", "10:15:30", "406"),
        arguments("cmi.interactions.0.correct_responses.0.pattern", "a b", "406"),
        arguments("cmi.interactions.0.weighting", "heavy", "406"),
        arguments("cmi.interactions.0.learner_response", "a b", "406"),
        arguments("cmi.interactions.0.result", "wrong", "406"),
        arguments("cmi.interactions.0.latency", "00:00:12", "406"),
        arguments("cmi.interactions.0.description", "d".repeat(251), "406"),
        arguments("cmi.learner_preference.audio_level", "loud", "406"),
        arguments("cmi.learner_preference.language", "English (UK)", "406"),
        arguments("cmi.learner_preference.delivery_speed", "fast", "406"),
        arguments("cmi.learner_preference.audio_captioning", "2", "406"),
        arguments("cmi.location", "l".repeat(1001), "406"),
        arguments("cmi.objectives.0.id", "", "406"),
        arguments("cmi.objectives.0.score.scaled", "half", "406"),
        arguments("cmi.objectives.0.score.raw", "ten", "406"),
        arguments("cmi.objectives.0.score.min", "none", "406"),
        arguments("cmi.objectives.0.score.max", "all", "406"),
        arguments("cmi.objectives.0.success_status", "completed", "406"),
        arguments("cmi.objectives.0.completion_status", "passed", "406"),
        arguments("cmi.objectives.0.progress_measure", "most", "406"),
        arguments("cmi.objectives.0.description", "d".repeat(251), "406"),
        arguments("cmi.progress_measure", "half", "406"),
        arguments("cmi.score.scaled", "most", "406"),
        arguments("cmi.score.raw", "85%", "406"),
        arguments("cmi.score.min", "", "406"),
        arguments("cmi.score.max", "max", "406"),
        arguments("cmi.session_time", "01:30:00", "406"),
        arguments("cmi.session_time", "PT", "406"),
        arguments("cmi.success_status", "completed", "406"),
        arguments("adl.nav.request", "teleport", "406"),
        // 407: a real outside its range
        arguments("cmi.score.scaled", "1.5", "407"),
        arguments("cmi.score.scaled", "-1.01", "407"),
        arguments("cmi.objectives.0.score.scaled", "-2", "407"),
        arguments("cmi.progress_measure", "1.1", "407"),
        arguments("cmi.progress_measure", "-0.1", "407"),
        arguments("cmi.objectives.0.progress_measure", "1.01", "407"),
        arguments("cmi.learner_preference.audio_level", "-0.5", "407"),
        arguments("cmi.learner_preference.delivery_speed", "-1", "407"),
        // 351: an index past the next free one
        arguments("cmi.comments_from_learner.1.comment", "Second", "351"),
        arguments("cmi.interactions.2.id", "q3", "351"),
        arguments("cmi.interactions.0.objectives.1.id", "obj-2", "351"),
        arguments("cmi.interactions.0.correct_responses.1.pattern", "a", "351"),
        arguments("cmi.objectives.2.id", "obj-3", "351"),
        // 401: not an element of 2004 (SCORM 1.2's names among them)
        arguments("cmi.core.lesson_status", "passed", "401"),
        arguments("cmi.student_data.mastery_score", "80", "401"),
        arguments("cmi.interactions.0.student_response", "a", "401"),
        arguments("cmi.objectives.0.status", "passed", "401"),
        arguments("cmi.score.percent", "80", "401"));
  }

  @ParameterizedTest(name = "{0} refuses \"{1}\" with {2}")
  @MethodSource("refused")
  void refusedValuesLeaveTheModelAsItWas(String element, String value, String error) {
    Cmi2004 m = prepared();
    Map<String, String> before = m.values();
    assertThat(m.set(element, value)).isEqualTo(error);
    assertThat(m.values()).isEqualTo(before);
  }

  static Stream<Arguments> dependent() {
    return Stream.of(
        // an interaction's values need its id; its responses its type
        arguments("cmi.interactions.0.type", "choice"),
        arguments("cmi.interactions.0.objectives.0.id", "obj-1"),
        arguments("cmi.interactions.0.timestamp", "2026-12-07T10:15:30"),
        arguments("cmi.interactions.0.weighting", "1"),
        arguments("cmi.interactions.0.result", "correct"),
        arguments("cmi.interactions.0.latency", "PT12S"),
        arguments("cmi.interactions.0.description", "Which drug?"),
        arguments("cmi.interactions.0.learner_response", "a"),
        arguments("cmi.interactions.0.correct_responses.0.pattern", "a"),
        // an objective's values need its id
        arguments("cmi.objectives.0.score.scaled", "0.5"),
        arguments("cmi.objectives.0.score.raw", "5"),
        arguments("cmi.objectives.0.score.min", "0"),
        arguments("cmi.objectives.0.score.max", "10"),
        arguments("cmi.objectives.0.success_status", "passed"),
        arguments("cmi.objectives.0.completion_status", "completed"),
        arguments("cmi.objectives.0.progress_measure", "0.5"),
        arguments("cmi.objectives.0.description", "Knows the interactions"));
  }

  @ParameterizedTest(name = "{0} before its id or type: 408")
  @MethodSource("dependent")
  void anArrayMembersValuesWaitForItsIdAndAResponseForItsType(String element, String value) {
    Cmi2004 m = model();
    assertThat(m.set(element, value)).isEqualTo(Cmi2004.DEPENDENCY);
    if (element.endsWith("learner_response") || element.contains("correct_responses")) {
      assertThat(m.set("cmi.interactions.0.id", "q1")).isEqualTo("0");
      assertThat(m.set(element, value)).as("the id alone is not enough").isEqualTo("408");
    }
    assertThat(m.values()).doesNotContainKey(element);
  }

  @Test
  void readingAMemberThatIsNotThereFailsAndOneNeverSetIsNotInitialised() {
    Cmi2004 m = prepared();
    // 301: past the end of its array
    for (String e :
        List.of(
            "cmi.interactions.1.id",
            "cmi.interactions.0.objectives.0.id",
            "cmi.interactions.0.correct_responses.0.pattern",
            "cmi.objectives.1.score.scaled",
            "cmi.comments_from_learner.0.comment",
            "cmi.comments_from_lms.1.comment")) {
      assertThat(m.get(e)).as(e).isEqualTo(new Cmi2004.Read("", Cmi2004.GENERAL_GET));
    }
    // 403: the member is there but this value was never set
    for (String e :
        List.of(
            "cmi.interactions.0.result",
            "cmi.interactions.0.timestamp",
            "cmi.interactions.0.learner_response",
            "cmi.objectives.0.score.raw",
            "cmi.objectives.0.description")) {
      assertThat(m.get(e)).as(e).isEqualTo(new Cmi2004.Read("", Cmi2004.NOT_INITIALIZED));
    }
    // 401: not an element at all
    assertThat(m.get("cmi.core.student_id").error()).isEqualTo(Cmi2004.UNDEFINED);
    assertThat(m.get("cmi.interactions.0.student_response").error()).isEqualTo("401");
  }

  @Test
  void eachParentNamesItsChildrenAndEachArrayCountsItsMembers() {
    Cmi2004 m = prepared();
    assertThat(m.get("cmi.comments_from_learner._children").value())
        .isEqualTo("comment,location,timestamp");
    assertThat(m.get("cmi.comments_from_lms._children").value())
        .isEqualTo("comment,location,timestamp");
    assertThat(m.get("cmi.interactions._children").value())
        .isEqualTo(
            "id,type,objectives,timestamp,correct_responses,weighting,learner_response,result,"
                + "latency,description");
    assertThat(m.get("cmi.learner_preference._children").value())
        .isEqualTo("audio_level,language,delivery_speed,audio_captioning");
    assertThat(m.get("cmi.objectives._children").value())
        .isEqualTo("id,score,success_status,completion_status,progress_measure,description");
    assertThat(m.get("cmi.objectives.0.score._children").value()).isEqualTo("scaled,raw,min,max");
    assertThat(m.get("cmi.score._children").value()).isEqualTo("scaled,raw,min,max");

    assertThat(m.get("cmi.comments_from_learner._count")).isEqualTo(new Cmi2004.Read("0", "0"));
    assertThat(m.get("cmi.comments_from_lms._count").value()).isEqualTo("1");
    assertThat(m.get("cmi.interactions._count").value()).isEqualTo("1");
    assertThat(m.get("cmi.interactions.0.objectives._count").value()).isEqualTo("0");
    assertThat(m.get("cmi.interactions.0.correct_responses._count").value()).isEqualTo("0");
    assertThat(m.get("cmi.objectives._count").value()).isEqualTo("1");
    assertThat(m.set("cmi.comments_from_learner.0.comment", "One")).isEqualTo("0");
    assertThat(m.set("cmi.interactions.0.objectives.0.id", "obj-1")).isEqualTo("0");
    assertThat(m.set("cmi.interactions.0.correct_responses.0.pattern", "a")).isEqualTo("0");
    assertThat(m.set("cmi.interactions.0.correct_responses.1.pattern", "b")).isEqualTo("0");
    assertThat(m.set("cmi.interactions.1.id", "q2")).isEqualTo("0");
    assertThat(m.get("cmi.comments_from_learner._count").value()).isEqualTo("1");
    assertThat(m.get("cmi.interactions._count").value()).isEqualTo("2");
    assertThat(m.get("cmi.interactions.0.objectives._count").value()).isEqualTo("1");
    assertThat(m.get("cmi.interactions.0.correct_responses._count").value()).isEqualTo("2");
  }

  @Test
  void keywordsWhereTheStandardHasNoneFailAndKeywordsAreNeverWritten() {
    Cmi2004 m = prepared();
    // 301 General Get Failure: _children of an element without children, _count of one that is
    // not an array (the RTE's keyword rules; ADL's 4th Edition Sample RTE answers the same)
    for (String e :
        List.of(
            "cmi.learner_id",
            "cmi.score.raw",
            "cmi.completion_status",
            "cmi.interactions.0.objectives",
            "cmi.interactions.0.correct_responses")) {
      assertThat(m.get(e + "._children")).as(e).isEqualTo(new Cmi2004.Read("", "301"));
    }
    for (String e : List.of("cmi.score", "cmi.learner_preference", "cmi.location")) {
      assertThat(m.get(e + "._count")).as(e).isEqualTo(new Cmi2004.Read("", "301"));
    }
    // 404: the keywords are read only
    for (String k :
        List.of(
            "cmi._version",
            "cmi.comments_from_learner._children",
            "cmi.comments_from_learner._count",
            "cmi.comments_from_lms._children",
            "cmi.comments_from_lms._count",
            "cmi.interactions._children",
            "cmi.interactions._count",
            "cmi.interactions.0.objectives._count",
            "cmi.interactions.0.correct_responses._count",
            "cmi.learner_preference._children",
            "cmi.objectives._children",
            "cmi.objectives._count",
            "cmi.objectives.0.score._children",
            "cmi.score._children")) {
      assertThat(m.set(k, "1")).as(k).isEqualTo(Cmi2004.READ_ONLY);
    }
  }

  @Test
  void theCasesAboveNameEveryElementOfTheModel() {
    Set<String> named = new HashSet<>();
    Stream.of(readOnly(), writeOnly(), readWrite())
        .flatMap(s -> s)
        .forEach(a -> named.add(CmiArrays.generic((String) a.get()[0])));
    assertThat(named).containsExactlyInAnyOrderElementsOf(Cmi2004.rules().elements().keySet());
  }
}
