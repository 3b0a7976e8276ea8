package org.ccioacademy.lrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;

class Cmi5RulesTest {

  static final String AU = "https://ccio.academy/xapi/activities/au/1";
  static final String REG = "fd41c918-b88b-4b20-a0a5-a4c32391aaa0";
  static final String SESSION = "6f0c6f2e-0e6a-4b55-9a3b-0f7f2f0c1a11";
  static final Cmi5Rules.Session START =
      new Cmi5Rules.Session(
          "account:https://ccio.academy|ccio-7",
          REG,
          AU,
          SESSION,
          new BigDecimal("0.8"),
          false,
          Set.of(),
          false,
          false);

  static JsonObject statement(String verb, String result, boolean moveOn, String session) {
    return XapiJson.parse(
            "{\"actor\":{\"account\":{\"homePage\":\"https://ccio.academy\",\"name\":\"ccio-7\"}},"
                + "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/"
                + verb
                + "\"},"
                + "\"object\":{\"id\":\""
                + AU
                + "\"},"
                + (result == null ? "" : "\"result\":" + result + ",")
                + "\"context\":{\"registration\":\""
                + REG
                + "\","
                + "\"contextActivities\":{\"category\":[{\"id\":\""
                + Cmi5Rules.CATEGORY
                + "\"}"
                + (moveOn ? ",{\"id\":\"" + Cmi5Rules.MOVE_ON + "\"}" : "")
                + "]},\"extensions\":{\""
                + Cmi5Rules.SESSION_ID
                + "\":\""
                + session
                + "\"}}}",
            "s")
        .asJsonObject();
  }

  static Cmi5Rules.Session accept(Cmi5Rules.Session s, JsonObject statement) {
    return Cmi5Rules.check(s, statement).session();
  }

  static void refused(Cmi5Rules.Session s, JsonObject statement, String why) {
    assertThatThrownBy(() -> Cmi5Rules.check(s, statement))
        .isInstanceOf(XapiException.class)
        .hasMessageContaining(why)
        .extracting(e -> ((XapiException) e).status())
        .isEqualTo(403);
  }

  @Test
  void aSessionRunsInitialisedPassedCompletedTerminated() {
    Cmi5Rules.Session s = accept(START, statement("initialized", null, false, SESSION));
    s =
        accept(
            s, statement("passed", "{\"success\":true,\"score\":{\"scaled\":0.9}}", true, SESSION));
    s = accept(s, statement("completed", "{\"completion\":true}", true, SESSION));
    assertThat(s.passedInRegistration()).isTrue();
    assertThat(s.completedInRegistration()).isTrue();
    s = accept(s, statement("terminated", null, false, SESSION));
    assertThat(s.ended()).isTrue();
    refused(s, statement("experienced", null, false, SESSION), "the session has ended");
  }

  @Test
  void theFirstStatementIsInitialisedAndNothingIsSaidTwice() {
    refused(
        START, statement("completed", "{\"completion\":true}", true, SESSION), "first statement");
    Cmi5Rules.Session s = accept(START, statement("initialized", null, false, SESSION));
    refused(s, statement("initialized", null, false, SESSION), "said already");
    // an allowed statement (not cmi5 defined) changes nothing
    assertThat(Cmi5Rules.check(s, statement("experienced", null, false, SESSION)).defined())
        .isFalse();
  }

  @Test
  void passedAndFailedAgreeWithTheMasteryScoreAndEachOther() {
    Cmi5Rules.Session s = accept(START, statement("initialized", null, false, SESSION));
    refused(
        s,
        statement("passed", "{\"success\":true,\"score\":{\"scaled\":0.5}}", true, SESSION),
        "below the mastery score");
    refused(
        s,
        statement("failed", "{\"success\":false,\"score\":{\"scaled\":0.9}}", true, SESSION),
        "at or above");
    refused(s, statement("passed", "{\"success\":true}", false, SESSION), "moveOn category");
    Cmi5Rules.Session failed =
        accept(
            s,
            statement("failed", "{\"success\":false,\"score\":{\"scaled\":0.4}}", true, SESSION));
    refused(
        failed,
        statement("passed", "{\"success\":true,\"score\":{\"scaled\":0.9}}", true, SESSION),
        "not both");
    Cmi5Rules.Session passed = accept(s, statement("passed", "{\"success\":true}", true, SESSION));
    refused(passed, statement("failed", "{\"success\":false}", true, SESSION), "never follows");
    refused(s, statement("completed", "{\"completion\":false}", true, SESSION), "completion true");
  }

  @Test
  void theLearnerRegistrationAndSessionAreTheLaunches() {
    Cmi5Rules.Session s = accept(START, statement("initialized", null, false, SESSION));
    refused(s, statement("experienced", null, false, "another-session"), "session id");
    JsonObject other =
        XapiJson.parse(
                statement("experienced", null, false, SESSION)
                    .toString()
                    .replace("ccio-7", "ccio-8"),
                "s")
            .asJsonObject();
    refused(s, other, "the learner");
    JsonObject otherRegistration =
        XapiJson.parse(
                statement("experienced", null, false, SESSION)
                    .toString()
                    .replace(REG, "00000000-0000-4000-8000-000000000000"),
                "s")
            .asJsonObject();
    refused(s, otherRegistration, "registration");
    // once a registration has a pass, a later session cannot pass or fail again
    Cmi5Rules.Session later =
        new Cmi5Rules.Session(
            START.actorKey(), REG, AU, SESSION, null, false, Set.of(), true, true);
    later = accept(later, statement("initialized", null, false, SESSION));
    refused(
        later, statement("passed", "{\"success\":true}", true, SESSION), "once in a registration");
    refused(
        later,
        statement("completed", "{\"completion\":true}", true, SESSION),
        "once in a registration");
  }
}
