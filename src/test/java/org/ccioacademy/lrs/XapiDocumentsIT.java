package org.ccioacademy.lrs;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ccioacademy.testing.TestLrs;
import org.ccioacademy.testing.WarTest;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/**
 * The document resources (State, Activity Profile, Agent Profile) with their ETag rules, JSON
 * merging and lists, and the Activities and Agents resources.
 */
@RunAsClient
class XapiDocumentsIT extends WarTest {

  private static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String etag(HttpResponse<String> r) {
    return r.headers().firstValue("ETag").orElseThrow();
  }

  @Test
  void stateIsPutMergedListedAndDeleted() throws Exception {
    TestLrs lrs = TestLrs.client(base, true, true, false);
    String agent = q("{\"mbox\":\"mailto:state-" + UUID.randomUUID() + "@lrs.test.nhs.uk\"}");
    String registration = UUID.randomUUID().toString();
    String scope =
        "activities/state?activityId=" + q("https://lrs.test/a/state") + "&agent=" + agent;
    String doc = scope + "&registration=" + registration + "&stateId=bookmark";
    assertThat(
            lrs.send("PUT", doc, "application/json", utf8("{\"page\":3,\"seen\":[1,2]}"), Map.of())
                .statusCode())
        .isEqualTo(204);
    assertThat(
            lrs.send(
                    "POST", doc, "application/json", utf8("{\"page\":4,\"notes\":\"x\"}"), Map.of())
                .statusCode())
        .isEqualTo(204);
    HttpResponse<String> got = lrs.get(doc);
    assertThat(got.statusCode()).isEqualTo(200);
    JsonObject merged = Json.createReader(new StringReader(got.body())).readObject();
    assertThat(merged.getInt("page")).isEqualTo(4);
    assertThat(merged.getString("notes")).isEqualTo("x");
    assertThat(merged.getJsonArray("seen")).hasSize(2);
    assertThat(etag(got)).startsWith("\"").endsWith("\"");
    // a text document cannot be merged into
    lrs.send("PUT", scope + "&stateId=text", "text/plain", utf8("hello"), Map.of());
    assertThat(
            lrs.send(
                    "POST",
                    scope + "&stateId=text",
                    "application/json",
                    utf8("{\"a\":1}"),
                    Map.of())
                .statusCode())
        .isEqualTo(400);
    assertThat(lrs.get(scope + "&stateId=text").body()).isEqualTo("hello");

    String since = Instant.now().toString();
    lrs.send("PUT", scope + "&stateId=later", "application/json", utf8("{}"), Map.of());
    assertThat(lrs.get(scope).body()).contains("text").contains("later");
    assertThat(lrs.get(scope + "&since=" + q(since)).body()).isEqualTo("[\"later\"]");
    assertThat(lrs.get(scope + "&registration=" + registration).body()).isEqualTo("[\"bookmark\"]");
    assertThat(lrs.send("DELETE", doc, null, null, Map.of()).statusCode()).isEqualTo(204);
    assertThat(lrs.get(doc).statusCode()).isEqualTo(404);
    assertThat(lrs.send("DELETE", scope, null, null, Map.of()).statusCode()).isEqualTo(204);
    assertThat(lrs.get(scope).body()).isEqualTo("[]");
    // what is needed, and in its format
    assertThat(
            lrs.get("activities/state?activityId=" + q("https://lrs.test/a") + "&stateId=x")
                .statusCode())
        .isEqualTo(400);
    assertThat(
            lrs.get("activities/state?activityId=nope&agent=" + agent + "&stateId=x").statusCode())
        .isEqualTo(400);
    assertThat(lrs.get(scope + "&stateId=x&registration=nope").statusCode()).isEqualTo(400);
  }

  @Test
  void profilesUseETagsForConcurrency() throws Exception {
    TestLrs lrs = TestLrs.client(base, true, true, false);
    String doc =
        "activities/profile?activityId="
            + q("https://lrs.test/a/" + UUID.randomUUID())
            + "&profileId=settings";
    assertThat(
            lrs.send(
                    "PUT", doc, "application/json", utf8("{\"v\":1}"), Map.of("If-None-Match", "*"))
                .statusCode())
        .isEqualTo(204);
    String etag = etag(lrs.get(doc));
    // exists: a PUT without a precondition is a conflict; a stale ETag fails; the right one works
    HttpResponse<String> blind =
        lrs.send("PUT", doc, "application/json", utf8("{\"v\":2}"), Map.of());
    assertThat(blind.statusCode()).isEqualTo(409);
    assertThat(blind.body()).contains("If-Match");
    assertThat(
            lrs.send(
                    "PUT",
                    doc,
                    "application/json",
                    utf8("{\"v\":2}"),
                    Map.of("If-Match", "\"0000\""))
                .statusCode())
        .isEqualTo(412);
    assertThat(
            lrs.send(
                    "PUT", doc, "application/json", utf8("{\"v\":2}"), Map.of("If-None-Match", "*"))
                .statusCode())
        .isEqualTo(412);
    assertThat(
            lrs.send("PUT", doc, "application/json", utf8("{\"v\":2}"), Map.of("If-Match", etag))
                .statusCode())
        .isEqualTo(204);
    assertThat(lrs.get(doc).body()).isEqualTo("{\"v\":2}");
    assertThat(lrs.send("DELETE", doc, null, null, Map.of("If-Match", etag)).statusCode())
        .isEqualTo(412);

    String agentDoc =
        "agents/profile?agent="
            + q("{\"mbox\":\"mailto:p-" + UUID.randomUUID() + "@lrs.test.nhs.uk\"}");
    assertThat(
            lrs.send("PUT", agentDoc + "&profileId=cv", "text/plain", utf8("CV"), Map.of())
                .statusCode())
        .isEqualTo(400);
    assertThat(
            lrs.send(
                    "PUT",
                    agentDoc + "&profileId=cv",
                    "text/plain",
                    utf8("CV"),
                    Map.of("If-None-Match", "*"))
                .statusCode())
        .isEqualTo(204);
    assertThat(lrs.get(agentDoc).body()).isEqualTo("[\"cv\"]");
    assertThat(lrs.get(agentDoc + "&profileId=cv").headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
  }

  @Test
  void manyWritersOfOneDocumentAtOnceLoseNothing() throws Exception {
    TestLrs lrs = TestLrs.client(base, true, true, false);
    String doc =
        "activities/state?activityId="
            + q("https://lrs.test/a/race")
            + "&agent="
            + q("{\"mbox\":\"mailto:race-" + UUID.randomUUID() + "@lrs.test.nhs.uk\"}")
            + "&stateId=merge";
    ExecutorService pool = Executors.newFixedThreadPool(12);
    List<Future<HttpResponse<String>>> results = new ArrayList<>();
    try {
      for (int i = 0; i < 30; i++) {
        int n = i;
        results.add(
            pool.submit(
                () ->
                    lrs.send(
                        "POST",
                        doc,
                        "application/json",
                        utf8("{\"k" + n + "\":" + n + "}"),
                        Map.of())));
      }
      for (Future<HttpResponse<String>> f : results) {
        assertThat(f.get().statusCode()).isEqualTo(204);
      }
    } finally {
      pool.shutdown();
    }
    assertThat(Json.createReader(new StringReader(lrs.get(doc).body())).readObject()).hasSize(30);
  }

  @Test
  void activitiesAndAgentsResources() throws Exception {
    TestLrs lrs = TestLrs.client(base, true, true, false);
    String activity = "https://lrs.test/a/defined-" + UUID.randomUUID();
    lrs.post(
        "statements",
        "{\"actor\":{\"mbox\":\"mailto:def@lrs.test.nhs.uk\"},\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/attempted\"},"
            + "\"object\":{\"id\":\""
            + activity
            + "\",\"definition\":{\"name\":{\"en-GB\":\"Safety case\"},"
            + "\"type\":\"http://adlnet.gov/expapi/activities/module\"}}}");
    JsonObject a =
        Json.createReader(new StringReader(lrs.get("activities?activityId=" + q(activity)).body()))
            .readObject();
    assertThat(a.getString("objectType")).isEqualTo("Activity");
    assertThat(a.getJsonObject("definition").getJsonObject("name").getString("en-GB"))
        .isEqualTo("Safety case");
    JsonObject person =
        Json.createReader(
                new StringReader(
                    lrs.get(
                            "agents?agent="
                                + q("{\"name\":\"Def\",\"mbox\":\"mailto:def@lrs.test.nhs.uk\"}"))
                        .body()))
            .readObject();
    assertThat(person.getString("objectType")).isEqualTo("Person");
    assertThat(person.getJsonArray("mbox").getString(0)).isEqualTo("mailto:def@lrs.test.nhs.uk");
    assertThat(lrs.get("agents?agent=" + q("{\"name\":\"nobody\"}")).statusCode()).isEqualTo(400);
    assertThat(lrs.get("nothing-here").statusCode()).isEqualTo(404);
  }
}
