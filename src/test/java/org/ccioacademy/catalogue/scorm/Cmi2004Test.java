package org.ccioacademy.catalogue.scorm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** SCORM 2004's data model: access, types, ranges, dependencies and its error codes. */
class Cmi2004Test {

  private static Cmi2004 model() {
    return new Cmi2004(
        Map.of(
            "cmi.learner_id", "trainee-42",
            "cmi.learner_name", "Shah, Priya",
            "cmi.completion_threshold", "0.8",
            "cmi.scaled_passing_score", "0.6"));
  }

  @Test
  void theLmsGivesAndTheScoCannotChange() {
    Cmi2004 m = model();
    assertThat(m.get("cmi._version")).isEqualTo(new Cmi2004.Read("1.0", "0"));
    assertThat(m.get("cmi.completion_threshold").value()).isEqualTo("0.8");
    assertThat(m.get("cmi.completion_status").value()).isEqualTo("unknown");
    assertThat(m.get("cmi.entry").value()).isEqualTo("ab-initio");
    assertThat(m.set("cmi.learner_name", "x")).isEqualTo(Cmi2004.READ_ONLY);
    assertThat(m.set("cmi.scaled_passing_score", "0")).isEqualTo(Cmi2004.READ_ONLY);
    assertThat(m.set("cmi._version", "2")).isEqualTo(Cmi2004.READ_ONLY);
    assertThat(m.get("cmi.nothing").error()).isEqualTo(Cmi2004.UNDEFINED);
    assertThat(m.set("cmi.nothing", "1")).isEqualTo(Cmi2004.UNDEFINED);
    assertThat(m.get("").error()).isEqualTo(Cmi2004.GENERAL_ARGUMENT);
  }

  @Test
  void anElementNeverSetIsNotInitialised() {
    Cmi2004 m = model();
    assertThat(m.get("cmi.location")).isEqualTo(new Cmi2004.Read("", "403"));
    assertThat(m.get("cmi.score.raw").error()).isEqualTo(Cmi2004.NOT_INITIALIZED);
    assertThat(m.set("cmi.location", "chapter-3")).isEqualTo(Cmi2004.NO_ERROR);
    assertThat(m.get("cmi.location").value()).isEqualTo("chapter-3");
    assertThat(new Cmi2004(m.values()).get("cmi.location").value()).isEqualTo("chapter-3");
  }

  @Test
  void vocabulariesRealsAndRanges() {
    Cmi2004 m = model();
    assertThat(m.set("cmi.completion_status", "completed")).isEqualTo(Cmi2004.NO_ERROR);
    assertThat(m.set("cmi.completion_status", "done")).isEqualTo(Cmi2004.TYPE_MISMATCH);
    assertThat(m.set("cmi.success_status", "passed")).isEqualTo(Cmi2004.NO_ERROR);
    assertThat(m.set("cmi.score.scaled", "0.75")).isEqualTo(Cmi2004.NO_ERROR);
    assertThat(m.set("cmi.score.scaled", "1.5")).isEqualTo(Cmi2004.OUT_OF_RANGE);
    assertThat(m.set("cmi.score.scaled", "-1")).isEqualTo(Cmi2004.NO_ERROR);
    assertThat(m.set("cmi.score.scaled", "most")).isEqualTo(Cmi2004.TYPE_MISMATCH);
    assertThat(m.set("cmi.score.raw", "-250.5")).isEqualTo(Cmi2004.NO_ERROR);
    assertThat(m.set("cmi.progress_measure", "0.9")).isEqualTo(Cmi2004.NO_ERROR);
    assertThat(m.set("cmi.progress_measure", "1.1")).isEqualTo(Cmi2004.OUT_OF_RANGE);
    assertThat(m.set("cmi.learner_preference.audio_level", "-0.5")).isEqualTo(Cmi2004.OUT_OF_RANGE);
    assertThat(m.set("cmi.exit", "suspend")).isEqualTo(Cmi2004.NO_ERROR);
    assertThat(m.get("cmi.exit").error()).isEqualTo(Cmi2004.WRITE_ONLY);
    assertThat(m.set("cmi.suspend_data", "s".repeat(64000))).isEqualTo(Cmi2004.NO_ERROR);
    assertThat(m.set("cmi.suspend_data", "s".repeat(64001))).isEqualTo(Cmi2004.TYPE_MISMATCH);
    assertThat(m.set("adl.nav.request", "continue")).isEqualTo(Cmi2004.NO_ERROR);
    assertThat(m.set("adl.nav.request", "{target=intro}choice")).isEqualTo(Cmi2004.NO_ERROR);
    assertThat(m.set("adl.nav.request", "teleport")).isEqualTo(Cmi2004.TYPE_MISMATCH);
  }

  @Test
  void timesAndDurationsAreIso8601() {
    Cmi2004 m = model();
    assertThat(m.set("cmi.session_time", "PT1H30M5.5S")).isEqualTo(Cmi2004.NO_ERROR);
    assertThat(m.set("cmi.session_time", "P1DT2H")).isEqualTo(Cmi2004.NO_ERROR);
    assertThat(m.set("cmi.session_time", "PT")).isEqualTo(Cmi2004.TYPE_MISMATCH);
    assertThat(m.set("cmi.session_time", "P")).isEqualTo(Cmi2004.TYPE_MISMATCH);
    assertThat(m.set("cmi.session_time", "01:30:00")).isEqualTo(Cmi2004.TYPE_MISMATCH);
    assertThat(m.get("cmi.session_time").error()).isEqualTo(Cmi2004.WRITE_ONLY);
    assertThat(m.set("cmi.comments_from_learner.0.comment", "{lang=en}Clear."))
        .isEqualTo(Cmi2004.NO_ERROR);
    assertThat(m.set("cmi.comments_from_learner.0.timestamp", "2026-12-07T10:15:30.5Z"))
        .isEqualTo(Cmi2004.NO_ERROR);
    assertThat(m.set("cmi.comments_from_learner.0.timestamp", "7 Dec 2026"))
        .isEqualTo(Cmi2004.TYPE_MISMATCH);
  }

  @Test
  void arrayMembersNeedTheirIdFirstAndComeInOrder() {
    Cmi2004 m = model();
    assertThat(m.set("cmi.interactions.0.type", "choice")).isEqualTo(Cmi2004.DEPENDENCY);
    assertThat(m.set("cmi.interactions.1.id", "q2")).isEqualTo(Cmi2004.GENERAL_SET);
    assertThat(m.set("cmi.interactions.0.id", "q1")).isEqualTo(Cmi2004.NO_ERROR);
    assertThat(m.set("cmi.interactions.0.learner_response", "b"))
        .as("a response needs the type")
        .isEqualTo(Cmi2004.DEPENDENCY);
    assertThat(m.set("cmi.interactions.0.type", "choice")).isEqualTo(Cmi2004.NO_ERROR);
    assertThat(m.set("cmi.interactions.0.learner_response", "b")).isEqualTo(Cmi2004.NO_ERROR);
    assertThat(m.set("cmi.interactions.0.result", "incorrect")).isEqualTo(Cmi2004.NO_ERROR);
    assertThat(m.set("cmi.interactions.0.latency", "PT12S")).isEqualTo(Cmi2004.NO_ERROR);
    assertThat(m.get("cmi.interactions._count").value()).isEqualTo("1");
    assertThat(m.get("cmi.interactions.0.result").value()).isEqualTo("incorrect");
    assertThat(m.get("cmi.interactions.3.id").error()).isEqualTo(Cmi2004.GENERAL_GET);
    assertThat(m.get("cmi.interactions._children").value()).contains("learner_response");
    assertThat(m.set("cmi.objectives.0.score.scaled", "0.5")).isEqualTo(Cmi2004.DEPENDENCY);
    assertThat(m.set("cmi.objectives.0.id", "obj-1")).isEqualTo(Cmi2004.NO_ERROR);
    assertThat(m.set("cmi.objectives.0.score.scaled", "0.5")).isEqualTo(Cmi2004.NO_ERROR);
    assertThat(m.get("cmi.objectives.0.score._children").value()).isEqualTo("scaled,raw,min,max");
    assertThat(m.set("cmi.interactions._count", "4")).isEqualTo(Cmi2004.READ_ONLY);
  }

  @Test
  void anInteractionsResponsesHaveTheirTypesForm() {
    Cmi2004 m = new Cmi2004(java.util.Map.of());
    String[][] cases = {
      // type, learner response, its error, correct response pattern, its error
      {"true-false", "true", "0", "false", "0"},
      {"true-false", "yes", "406", "1", "406"},
      {"choice", "a[,]b", "0", "a[,]b[,]c", "0"},
      {"choice", "a b", "406", "a[,]", "406"},
      {
        "fill-in",
        "{lang=en}word[,]other",
        "0",
        "{case_matters=true}{order_matters=false}x[,]y",
        "0"
      },
      {
        "fill-in",
        "x".repeat(251),
        "406",
        "{order_matters=maybe}x[,]y[,]z[,]a[,]b[,]c[,]d[,]e[,]f[,]g[,]h",
        "406"
      },
      {"long-fill-in", "x".repeat(4000), "0", "{case_matters=false}text", "0"},
      {"likert", "strongly_agree", "0", "agree", "0"},
      {"likert", "a b", "406", "", "406"},
      {"matching", "a[.]1[,]b[.]2", "0", "a[.]1", "0"},
      {"matching", "a[.]1[,]b", "406", "a-1", "406"},
      {"performance", "step1[.]answer[,][.]7", "0", "{order_matters=true}s1[.]1[:]5", "0"},
      {"sequencing", "c[,]a[,]b", "0", "a[,]b[,]c", "0"},
      {"sequencing", "", "406", "a b", "406"},
      {"numeric", "3.14", "0", "1[:]5", "0"},
      {"numeric", "1[:]5", "406", "[:]", "0"},
      {"numeric", "pi", "406", "1[:]x", "406"},
      {"other", "anything at all", "0", "anything", "0"},
    };
    int i = 0;
    for (String[] c : cases) {
      String n = "cmi.interactions." + i++;
      assertThat(m.set(n + ".id", "q" + i)).isEqualTo("0");
      assertThat(m.set(n + ".type", c[0])).isEqualTo("0");
      assertThat(m.set(n + ".learner_response", c[1])).as(c[0] + " " + c[1]).isEqualTo(c[2]);
      assertThat(m.set(n + ".correct_responses.0.pattern", c[3]))
          .as(c[0] + " " + c[3])
          .isEqualTo(c[4]);
    }
  }
}
