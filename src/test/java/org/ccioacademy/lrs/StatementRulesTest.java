package org.ccioacademy.lrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

class StatementRulesTest {

  static final String ACTOR = "{\"mbox\":\"mailto:priya@nhs.net\",\"name\":\"Priya\"}";
  static final String VERB =
      "{\"id\":\"http://adlnet.gov/expapi/verbs/completed\",\"display\":{\"en-GB\":\"completed\"}}";
  static final String OBJECT = "{\"id\":\"https://ccio.academy/courses/ig\"}";

  static JsonValue statement(String extra) {
    return XapiJson.parse(
        "{\"actor\":" + ACTOR + ",\"verb\":" + VERB + ",\"object\":" + OBJECT + extra + "}", "s");
  }

  private static void ok(JsonValue s, XapiVersion v) {
    assertThatCode(() -> StatementRules.check(s, v)).doesNotThrowAnyException();
  }

  private static void refused(JsonValue s, XapiVersion v, String why) {
    assertThatThrownBy(() -> StatementRules.check(s, v))
        .isInstanceOf(XapiException.class)
        .hasMessageContaining(why)
        .extracting(e -> ((XapiException) e).status())
        .isEqualTo(400);
  }

  @Test
  void aPlainStatementIsTakenUnderBothVersions() {
    ok(statement(""), XapiVersion.V1_0_3);
    ok(statement(""), XapiVersion.V2_0_0);
    ok(
        statement(
            ",\"result\":{\"score\":{\"scaled\":0.9,\"raw\":90,\"min\":0,\"max\":100},"
                + "\"success\":true,\"duration\":\"PT12M\"},"
                + "\"context\":{\"registration\":\"fd41c918-b88b-4b20-a0a5-a4c32391aaa0\","
                + "\"contextActivities\":{\"parent\":{\"id\":\"https://ccio.academy/p\"}},"
                + "\"platform\":\"CCIO Academy\",\"language\":\"en-GB\"},"
                + "\"timestamp\":\"2026-12-07T10:00:00Z\",\"version\":\"1.0.0\""),
        XapiVersion.V1_0_3);
  }

  @Test
  void whatIsMissingWrongOrUnknownIsNamed() {
    refused(
        XapiJson.parse("{\"actor\":" + ACTOR + ",\"verb\":" + VERB + "}", "s"),
        XapiVersion.V1_0_3,
        "needs \"object\"");
    refused(statement(",\"colour\":\"blue\""), XapiVersion.V1_0_3, "\"colour\"");
    refused(
        statement(",\"result\":null"), XapiVersion.V1_0_3, "statement.result: must not be null");
    refused(
        statement(",\"result\":{\"success\":\"true\"}"),
        XapiVersion.V1_0_3,
        "must be true or false");
    refused(statement(",\"result\":{\"score\":{\"scaled\":1.5}}"), XapiVersion.V1_0_3, "-1 to 1");
    refused(
        statement(",\"result\":{\"score\":{\"raw\":5,\"min\":10,\"max\":20}}"),
        XapiVersion.V1_0_3,
        "less than min");
    refused(
        statement(",\"timestamp\":\"2026-12-07T10:00:00-00:00\""), XapiVersion.V1_0_3, "timestamp");
    refused(statement(",\"version\":\"0.95\""), XapiVersion.V1_0_3, "version");
    refused(statement(",\"version\":\"2.0.0\""), XapiVersion.V1_0_3, "version");
    ok(statement(",\"version\":\"2.0.0\""), XapiVersion.V2_0_0);
    refused(statement(",\"id\":\"not-a-uuid\""), XapiVersion.V1_0_3, "UUID");
  }

  @Test
  void agentsHaveExactlyOneIdentifierAndGroupsTheirMembers() {
    String two = "{\"mbox\":\"mailto:a@nhs.net\",\"openid\":\"https://id.example/a\"}";
    refused(
        XapiJson.parse(
            "{\"actor\":" + two + ",\"verb\":" + VERB + ",\"object\":" + OBJECT + "}", "s"),
        XapiVersion.V1_0_3,
        "exactly one");
    String anonymous = "{\"objectType\":\"Group\",\"name\":\"Cohort\"}";
    refused(
        XapiJson.parse(
            "{\"actor\":" + anonymous + ",\"verb\":" + VERB + ",\"object\":" + OBJECT + "}", "s"),
        XapiVersion.V1_0_3,
        "anonymous Group");
    String account = "{\"account\":{\"homePage\":\"https://ccio.academy\"}}";
    refused(
        XapiJson.parse(
            "{\"actor\":" + account + ",\"verb\":" + VERB + ",\"object\":" + OBJECT + "}", "s"),
        XapiVersion.V1_0_3,
        "needs \"name\"");
    String lowerType = "{\"objectType\":\"agent\",\"mbox\":\"mailto:a@nhs.net\"}";
    refused(
        XapiJson.parse(
            "{\"actor\":" + lowerType + ",\"verb\":" + VERB + ",\"object\":" + OBJECT + "}", "s"),
        XapiVersion.V1_0_3,
        "objectType");
  }

  @Test
  void voidingNeedsAStatementRefAndSubStatementsDoNotNest() {
    String voided = "{\"id\":\"" + StatementRules.VOIDED + "\"}";
    refused(
        XapiJson.parse(
            "{\"actor\":" + ACTOR + ",\"verb\":" + voided + ",\"object\":" + OBJECT + "}", "s"),
        XapiVersion.V1_0_3,
        "StatementRef");
    String sub =
        "{\"objectType\":\"SubStatement\",\"actor\":"
            + ACTOR
            + ",\"verb\":"
            + VERB
            + ",\"object\":{\"objectType\":\"SubStatement\",\"actor\":"
            + ACTOR
            + ",\"verb\":"
            + VERB
            + ",\"object\":"
            + OBJECT
            + "}}";
    refused(
        XapiJson.parse(
            "{\"actor\":" + ACTOR + ",\"verb\":" + VERB + ",\"object\":" + sub + "}", "s"),
        XapiVersion.V1_0_3,
        "another SubStatement");
    String subWithId =
        "{\"objectType\":\"SubStatement\",\"id\":\"fd41c918-b88b-4b20-a0a5-a4c32391aaa0\",\"actor\":"
            + ACTOR
            + ",\"verb\":"
            + VERB
            + ",\"object\":"
            + OBJECT
            + "}";
    refused(
        XapiJson.parse(
            "{\"actor\":" + ACTOR + ",\"verb\":" + VERB + ",\"object\":" + subWithId + "}", "s"),
        XapiVersion.V1_0_3,
        "\"id\"");
  }

  @Test
  void interactionsHaveOnlyTheirOwnComponentsAndRevisionNeedsAnActivity() {
    String likert =
        "{\"id\":\"https://ccio.academy/q1\",\"definition\":{\"interactionType\":\"likert\","
            + "\"choices\":[{\"id\":\"a\",\"description\":{\"en\":\"A\"}}]}}";
    refused(
        XapiJson.parse(
            "{\"actor\":" + ACTOR + ",\"verb\":" + VERB + ",\"object\":" + likert + "}", "s"),
        XapiVersion.V1_0_3,
        "likert");
    String agentObject = "{\"objectType\":\"Agent\",\"mbox\":\"mailto:b@nhs.net\"}";
    refused(
        XapiJson.parse(
            "{\"actor\":"
                + ACTOR
                + ",\"verb\":"
                + VERB
                + ",\"object\":"
                + agentObject
                + ",\"context\":{\"revision\":\"2\"}}",
            "s"),
        XapiVersion.V1_0_3,
        "only for a statement about an Activity");
  }

  @Test
  void contextAgentsAreXapi2Only() {
    String context =
        ",\"context\":{\"contextAgents\":[{\"objectType\":\"contextAgent\",\"agent\":"
            + ACTOR
            + ",\"relevantTypes\":[\"https://ccio.academy/types/tutor\"]}]}";
    ok(statement(context), XapiVersion.V2_0_0);
    refused(statement(context), XapiVersion.V1_0_3, "contextAgents");
  }

  @Test
  void attachmentsNeedTheirMetadata() {
    String a =
        ",\"attachments\":[{\"usageType\":\"http://id.tincanapi.com/attachment/certificate\","
            + "\"display\":{\"en\":\"Certificate\"},\"contentType\":\"application/pdf\","
            + "\"length\":1024,\"sha2\":\""
            + "a".repeat(64)
            + "\"}]";
    ok(statement(a), XapiVersion.V1_0_3);
    refused(statement(a.replace("1024", "\"1024\"")), XapiVersion.V1_0_3, "number");
    assertThat(a).contains("sha2");
  }
}
