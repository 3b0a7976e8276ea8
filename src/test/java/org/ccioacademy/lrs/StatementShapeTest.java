package org.ccioacademy.lrs;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class StatementShapeTest {

  private static JsonObject parse(String json) {
    return XapiJson.parse(json, "s").asJsonObject();
  }

  @Test
  void theLrsSetsWhatIsMissingAndOneContextActivityBecomesAList() {
    JsonObject sent =
        parse(
            "{\"actor\":{\"mbox\":\"mailto:a@nhs.net\"},\"verb\":{\"id\":\"http://v/x\"},"
                + "\"object\":{\"id\":\"http://a/1\"},"
                + "\"context\":{\"contextActivities\":{\"parent\":{\"id\":\"http://a/p\"}}}}");
    JsonObject authority =
        Json.createObjectBuilder().add("mbox", "mailto:lrs@ccio.academy").build();
    JsonObject stored =
        StatementShape.stored(
            sent,
            "FD41C918-B88B-4B20-A0A5-A4C32391AAA0",
            OffsetDateTime.parse("2026-12-07T10:00:00.5+01:00"),
            authority,
            XapiVersion.V1_0_3);
    assertThat(stored.getString("id")).isEqualTo("fd41c918-b88b-4b20-a0a5-a4c32391aaa0");
    assertThat(stored.getString("stored")).isEqualTo("2026-12-07T09:00:00.500Z");
    assertThat(stored.getString("timestamp")).isEqualTo(stored.getString("stored"));
    assertThat(stored.getString("version")).isEqualTo("1.0.0");
    assertThat(stored.getJsonObject("authority")).isEqualTo(authority);
    assertThat(stored.getJsonObject("context").getJsonObject("contextActivities").get("parent"))
        .isEqualTo(
            Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("id", "http://a/p"))
                .build());
    assertThat(StatementShape.same(stored, sent)).isTrue();
  }

  @Test
  void aDifferenceThatMattersIsADifference() {
    String base =
        "{\"actor\":{\"objectType\":\"Group\",\"member\":[{\"mbox\":\"mailto:a@nhs.net\"},"
            + "{\"mbox\":\"mailto:b@nhs.net\"}]},\"verb\":{\"id\":\"http://v/x\"},"
            + "\"object\":{\"id\":\"http://a/1\"},\"result\":{\"score\":{\"raw\":1.0}},"
            + "\"timestamp\":\"2026-12-07T10:00:00Z\"}";
    JsonObject a = parse(base);
    // members in another order, a number written otherwise, the same moment in another zone
    JsonObject b =
        parse(
            base.replace("a@nhs.net\"},{\"mbox\":\"mailto:b@", "b@nhs.net\"},{\"mbox\":\"mailto:a@")
                .replace("1.0", "1")
                .replace("10:00:00Z", "11:00:00+01:00"));
    assertThat(StatementShape.same(a, b)).isTrue();
    assertThat(StatementShape.same(a, parse(base.replace("http://a/1", "http://a/2")))).isFalse();
    assertThat(StatementShape.same(a, parse(base.replace("\"raw\":1.0", "\"raw\":2")))).isFalse();
  }

  @Test
  void durationsAreComparedToTheHundredthOfASecond() {
    assertThat(StatementShape.hundredths("P1DT12H36M0.1237S")).isEqualTo("P1DT12H36M0.12S");
    assertThat(StatementShape.hundredths("PT1.5S")).isEqualTo("PT1.50S");
    assertThat(StatementShape.hundredths("PT4H")).isEqualTo("PT4H");
    String s =
        "{\"actor\":{\"mbox\":\"mailto:a@nhs.net\"},\"verb\":{\"id\":\"http://v/x\"},"
            + "\"object\":{\"id\":\"http://a/1\"},\"result\":{\"duration\":\"PT0.1237S\"}}";
    assertThat(StatementShape.same(parse(s), parse(s.replace("0.1237", "0.12")))).isTrue();
    assertThat(StatementShape.same(parse(s), parse(s.replace("0.1237", "0.13")))).isFalse();
  }
}
