package org.ccioacademy.lrs;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.ccioacademy.testing.TestDatabase;
import org.ccioacademy.testing.TestLrs;
import org.ccioacademy.testing.TestUsers;
import org.ccioacademy.testing.TestUsers.TestUser;
import org.ccioacademy.testing.WarTest;
import org.ccioacademy.testing.WebClient;
import org.ccioacademy.testing.WebClient.Page;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The Statements resource as xAPI clients use it: storing (POST, PUT, a statement sent twice,
 * conflicts, voiding, attachments, signatures), reading (one, queries with every filter, paging
 * with more, the formats), and what every answer carries; credentials and scopes; and many requests
 * at once.
 */
@RunAsClient
class XapiIT extends WarTest {

  private static String agent(String who) {
    return "{\"objectType\":\"Agent\",\"mbox\":\"mailto:"
        + who
        + "@lrs.test.nhs.uk\",\"name\":\""
        + who
        + "\"}";
  }

  private static String statement(String who, String verb, String activity, String extra) {
    return "{\"actor\":"
        + agent(who)
        + ",\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/"
        + verb
        + "\",\"display\":{\"en-GB\":\""
        + verb
        + "\",\"cy\":\"gair\"}},\"object\":{\"id\":\""
        + activity
        + "\",\"definition\":{\"name\":{\"en-GB\":\"Activity\",\"cy\":\"Gweithgaredd\"}}}"
        + extra
        + "}";
  }

  private static JsonObject json(HttpResponse<String> r) {
    return Json.createReader(new StringReader(r.body())).readObject();
  }

  private static JsonArray array(HttpResponse<String> r) {
    return Json.createReader(new StringReader(r.body())).readArray();
  }

  private static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void aboutCredentialsScopesAndTheVersionHeader() throws Exception {
    TestLrs lrs = TestLrs.client(base, true, true, false);
    lrs.version = null;
    HttpResponse<String> about = lrs.get("about");
    assertThat(about.statusCode()).isEqualTo(200);
    assertThat(json(about).getJsonArray("version").toString()).contains("1.0.3").contains("2.0.0");
    // every other resource needs the version
    HttpResponse<String> noVersion = lrs.get("statements");
    assertThat(noVersion.statusCode()).isEqualTo(400);
    assertThat(json(noVersion).getString("message")).contains("X-Experience-API-Version");
    lrs.version = "0.9";
    assertThat(lrs.get("statements").statusCode()).isEqualTo(400);
    lrs.version = "2.0.0";
    HttpResponse<String> v2 = lrs.get("statements");
    assertThat(v2.statusCode()).isEqualTo(200);
    assertThat(v2.headers().firstValue("X-Experience-API-Version")).hasValue("2.0.0");
    assertThat(v2.headers().firstValue("X-Experience-API-Consistent-Through")).isPresent();

    TestLrs readOnly = TestLrs.client(base, true, false, false);
    assertThat(
            readOnly
                .post("statements", statement("ro", "completed", "https://lrs.test/a/ro", ""))
                .statusCode())
        .isEqualTo(403);
    TestLrs writeOnly = TestLrs.client(base, false, true, false);
    assertThat(writeOnly.get("statements").statusCode()).isEqualTo(403);
    // a wrong secret, no credentials, a withdrawn client
    TestDatabase.execute("update lrs_client set active = false where api_key = ?", writeOnly.key());
    HttpResponse<String> withdrawn = writeOnly.get("statements");
    assertThat(withdrawn.statusCode()).isEqualTo(401);
    assertThat(withdrawn.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(h -> assertThat(h).startsWith("Basic"));
  }

  @Test
  void statementsAreStoredOnceImmutablyAndConflictsAreRefused() throws Exception {
    TestLrs lrs = TestLrs.client(base, true, true, false);
    String id = UUID.randomUUID().toString();
    String s = statement("put", "completed", "https://lrs.test/a/put", "");
    assertThat(lrs.put("statements?statementId=" + id, s).statusCode()).isEqualTo(204);
    // the same again: nothing new; different under the same id: 409
    assertThat(lrs.put("statements?statementId=" + id, s).statusCode()).isEqualTo(204);
    HttpResponse<String> conflict =
        lrs.put("statements?statementId=" + id, s.replace("completed", "attempted"));
    assertThat(conflict.statusCode()).isEqualTo(409);
    assertThat(lrs.stored()).isEqualTo(1);

    HttpResponse<String> one = lrs.get("statements?statementId=" + id);
    assertThat(one.statusCode()).isEqualTo(200);
    JsonObject back = json(one);
    assertThat(back.getString("id")).isEqualTo(id);
    assertThat(back.getString("version")).isEqualTo("1.0.0");
    assertThat(back.getJsonObject("authority").getJsonObject("account").getString("name"))
        .isEqualTo(lrs.key());
    assertThat(back.getString("timestamp")).isEqualTo(back.getString("stored"));
    assertThat(one.headers().firstValue("Last-Modified")).isPresent();

    // a POST of several: ids in order; one bad statement refuses all
    HttpResponse<String> posted =
        lrs.post(
            "statements",
            "["
                + statement("p1", "attempted", "https://lrs.test/a/p", "")
                + ","
                + statement("p2", "attempted", "https://lrs.test/a/p", "")
                + "]");
    assertThat(posted.statusCode()).isEqualTo(200);
    assertThat(array(posted)).hasSize(2);
    HttpResponse<String> bad =
        lrs.post(
            "statements",
            "["
                + statement("p3", "attempted", "https://lrs.test/a/p", "")
                + ","
                + statement("p4", "attempted", "no-scheme", "")
                + "]");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(json(bad).getString("message")).contains("statement.object.id").contains("IRI");
    assertThat(lrs.stored()).isEqualTo(3);
    assertThat(lrs.post("statements", "{not json").statusCode()).isEqualTo(400);
    assertThat(lrs.send("POST", "statements", "text/plain", "x".getBytes(), Map.of()).statusCode())
        .isEqualTo(400);
  }

  @Test
  void voidingHidesAStatementFromQueriesButNotFromVoidedStatementId() throws Exception {
    TestLrs lrs = TestLrs.client(base, true, true, true);
    String target = UUID.randomUUID().toString();
    lrs.put(
        "statements?statementId=" + target, statement("v", "passed", "https://lrs.test/a/v", ""));
    String voiding =
        "{\"actor\":"
            + agent("admin")
            + ",\"verb\":{\"id\":\""
            + StatementRules.VOIDED
            + "\"},\"object\":{\"objectType\":\"StatementRef\",\"id\":\""
            + target
            + "\"}}";
    HttpResponse<String> voided = lrs.post("statements", voiding);
    assertThat(voided.statusCode()).isEqualTo(200);
    String voidingId = array(voided).getString(0);
    assertThat(lrs.get("statements?statementId=" + target).statusCode()).isEqualTo(404);
    assertThat(lrs.get("statements?voidedStatementId=" + target).statusCode()).isEqualTo(200);
    JsonArray listed = json(lrs.get("statements?limit=10")).getJsonArray("statements");
    assertThat(listed.stream().map(v -> v.asJsonObject().getString("id")))
        .contains(voidingId)
        .doesNotContain(target);
    // a voiding statement cannot be voided
    String again =
        "{\"actor\":"
            + agent("admin")
            + ",\"verb\":{\"id\":\""
            + StatementRules.VOIDED
            + "\"},\"object\":{\"objectType\":\"StatementRef\",\"id\":\""
            + voidingId
            + "\"}}";
    assertThat(lrs.post("statements", again).statusCode()).isEqualTo(400);
    // the voiding statement, filtered by the voided one's agent, is found (StatementRef rule)
    assertThat(
            json(lrs.get("statements?agent=" + q(agent("v"))))
                .getJsonArray("statements")
                .toString())
        .contains(voidingId);
  }

  @Test
  void queriesFilterPageAndFormat() throws Exception {
    TestLrs lrs = TestLrs.client(base, true, true, true);
    String registration = UUID.randomUUID().toString();
    String context =
        ",\"context\":{\"registration\":\""
            + registration
            + "\",\"instructor\":"
            + agent("tutor")
            + ",\"contextActivities\":{\"parent\":{\"id\":\"https://lrs.test/course/q\"}}}";
    String before = Instant.now().toString();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ids.add(
          array(
                  lrs.post(
                      "statements",
                      statement(
                          "q" + (i % 2),
                          i < 3 ? "attempted" : "passed",
                          "https://lrs.test/a/q" + i,
                          context)))
              .getString(0));
    }
    String after = Instant.now().toString();
    lrs.post("statements", statement("q0", "experienced", "https://lrs.test/a/other", ""));

    assertThat(
            json(lrs.get("statements?agent=" + q(agent("q0")) + "&registration=" + registration))
                .getJsonArray("statements"))
        .hasSize(3);
    assertThat(
            json(lrs.get("statements?verb=" + q("http://adlnet.gov/expapi/verbs/passed")))
                .getJsonArray("statements"))
        .hasSize(2);
    assertThat(
            json(lrs.get("statements?activity=" + q("https://lrs.test/course/q")))
                .getJsonArray("statements"))
        .isEmpty();
    assertThat(
            json(lrs.get(
                    "statements?activity="
                        + q("https://lrs.test/course/q")
                        + "&related_activities=true"))
                .getJsonArray("statements"))
        .hasSize(5);
    assertThat(json(lrs.get("statements?agent=" + q(agent("tutor")))).getJsonArray("statements"))
        .isEmpty();
    assertThat(
            json(lrs.get("statements?agent=" + q(agent("tutor")) + "&related_agents=true"))
                .getJsonArray("statements"))
        .hasSize(5);
    assertThat(
            json(lrs.get("statements?since=" + q(before) + "&until=" + q(after)))
                .getJsonArray("statements"))
        .hasSize(5);

    // two at a time, newest first, then the rest by "more"; ascending is the other way
    JsonObject page = json(lrs.get("statements?registration=" + registration + "&limit=2"));
    assertThat(page.getJsonArray("statements").getJsonObject(0).getString("id"))
        .isEqualTo(ids.get(4));
    List<String> seen = new ArrayList<>();
    while (true) {
      page.getJsonArray("statements").forEach(v -> seen.add(v.asJsonObject().getString("id")));
      String more = page.getString("more");
      if (more.isEmpty()) {
        break;
      }
      assertThat(more).startsWith("/xapi/statements/more/");
      page = json(lrs.get(more.substring("/xapi/".length())));
    }
    List<String> newestFirst = new ArrayList<>(ids);
    Collections.reverse(newestFirst);
    assertThat(seen).containsExactlyElementsOf(newestFirst);
    JsonObject ascending =
        json(lrs.get("statements?registration=" + registration + "&ascending=true"));
    assertThat(ascending.getJsonArray("statements").getJsonObject(0).getString("id"))
        .isEqualTo(ids.get(0));

    // formats: ids strips names and definitions, canonical keeps one language
    JsonObject idsFormat = json(lrs.get("statements?statementId=" + ids.get(0) + "&format=ids"));
    assertThat(idsFormat.getJsonObject("actor").containsKey("name")).isFalse();
    assertThat(idsFormat.getJsonObject("object").containsKey("definition")).isFalse();
    HttpResponse<String> canonical =
        lrs.send(
            "GET",
            "statements?statementId=" + ids.get(0) + "&format=canonical",
            null,
            null,
            Map.of("Accept-Language", "cy"));
    JsonObject c = json(canonical);
    assertThat(c.getJsonObject("object").getJsonObject("definition").getJsonObject("name").keySet())
        .containsExactly("cy");
    // parameters checked
    assertThat(lrs.get("statements?limit=-1").statusCode()).isEqualTo(400);
    assertThat(lrs.get("statements?agent=" + q("{\"name\":\"nobody\"}")).statusCode())
        .isEqualTo(400);
    assertThat(lrs.get("statements?statementId=" + ids.get(0) + "&verb=x:y").statusCode())
        .isEqualTo(400);
    assertThat(lrs.get("statements?colour=blue").statusCode()).isEqualTo(400);
  }

  @Test
  void ownOnlyClientsSeeOnlyTheirStatements() throws Exception {
    TestLrs mine = TestLrs.client(base, true, true, true);
    TestLrs other = TestLrs.client(base, true, true, false);
    String id =
        array(other.post("statements", statement("own", "attempted", "https://lrs.test/a/own", "")))
            .getString(0);
    assertThat(mine.get("statements?statementId=" + id).statusCode()).isEqualTo(404);
    assertThat(other.get("statements?statementId=" + id).statusCode()).isEqualTo(200);
    assertThat(json(mine.get("statements?agent=" + q(agent("own")))).getJsonArray("statements"))
        .isEmpty();
  }

  @Test
  void attachmentsGoInAndComeBackAsMultipart() throws Exception {
    TestLrs lrs = TestLrs.client(base, true, true, false);
    byte[] content = "Certificate of completion\n".getBytes(StandardCharsets.UTF_8);
    String sha2 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    String s =
        statement(
            "att",
            "completed",
            "https://lrs.test/a/att",
            ",\"attachments\":[{\"usageType\":\"http://id.tincanapi.com/attachment/certificate\","
                + "\"display\":{\"en-GB\":\"Certificate\"},\"contentType\":\"text/plain\","
                + "\"length\":"
                + content.length
                + ",\"sha2\":\""
                + sha2
                + "\"}]");
    String boundary = "b-" + UUID.randomUUID();
    String body =
        "--"
            + boundary
            + "\r\nContent-Type: application/json\r\n\r\n"
            + s
            + "\r\n--"
            + boundary
            + "\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: binary\r\nX-Experience-API-Hash: "
            + sha2
            + "\r\n\r\n"
            + new String(content, StandardCharsets.UTF_8)
            + "\r\n--"
            + boundary
            + "--\r\n";
    HttpResponse<String> posted =
        lrs.send(
            "POST",
            "statements",
            "multipart/mixed; boundary=" + boundary,
            body.getBytes(StandardCharsets.UTF_8),
            Map.of());
    assertThat(posted.statusCode()).isEqualTo(200);
    String id = array(posted).getString(0);
    HttpResponse<String> back = lrs.get("statements?statementId=" + id + "&attachments=true");
    assertThat(back.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("multipart/mixed"));
    assertThat(back.body())
        .contains("X-Experience-API-Hash: " + sha2)
        .contains("Certificate of completion");
    // without its content (and no fileUrl): refused; content that does not match: refused
    assertThat(lrs.post("statements", s).statusCode()).isEqualTo(400);
    HttpResponse<String> wrong =
        lrs.send(
            "POST",
            "statements",
            "multipart/mixed; boundary=" + boundary,
            body.replace("Certificate of", "Certificate for").getBytes(StandardCharsets.UTF_8),
            Map.of());
    assertThat(wrong.statusCode()).isEqualTo(400);
  }

  @Test
  void manyClientsAtOnceAndTheSameStatementTwiceAtOnce() throws Exception {
    TestLrs lrs = TestLrs.client(base, true, true, false);
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      String sameId = UUID.randomUUID().toString();
      String same = statement("race", "completed", "https://lrs.test/a/race", "");
      List<Future<HttpResponse<String>>> results = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        int n = i;
        results.add(
            pool.submit(
                () ->
                    n % 2 == 0
                        ? lrs.put("statements?statementId=" + sameId, same)
                        : lrs.post(
                            "statements",
                            statement("race" + n, "attempted", "https://lrs.test/a/race", ""))));
      }
      for (Future<HttpResponse<String>> f : results) {
        assertThat(f.get().statusCode()).isIn(200, 204);
      }
    } finally {
      pool.shutdown();
    }
    assertThat(lrs.stored()).isEqualTo(21);
  }

  @Test
  void theAlternateRequestSyntaxOf103() throws Exception {
    TestLrs lrs = TestLrs.client(base, true, true, false);
    String id = UUID.randomUUID().toString();
    String form =
        "statementId="
            + id
            + "&Authorization="
            + q(lrs.authorization())
            + "&X-Experience-API-Version=1.0.3&Content-Type=application%2Fjson&content="
            + q(statement("alt", "attempted", "https://lrs.test/a/alt", ""));
    lrs.version = null;
    HttpResponse<String> put =
        lrs.send(
            "POST",
            "statements?method=PUT",
            "application/x-www-form-urlencoded",
            form.getBytes(StandardCharsets.UTF_8),
            Map.of());
    assertThat(put.statusCode()).isEqualTo(204);
    lrs.version = "1.0.3";
    assertThat(lrs.get("statements?statementId=" + id).statusCode()).isEqualTo(200);
    lrs.version = "2.0.0";
    assertThat(
            lrs.send(
                    "POST",
                    "statements?method=GET",
                    "application/x-www-form-urlencoded",
                    "a=b".getBytes(),
                    Map.of())
                .statusCode())
        .isEqualTo(400);
  }

  @Test
  void adminsMakeAClientWhoseSecretIsShownOnceAndWithdrawIt() throws Exception {
    TestUser admin = TestUsers.create("ADMIN");
    WebClient web = signedIn(admin);
    Page page = web.get("admin/lrs-clients.xhtml");
    assertThat(page.status()).isEqualTo(200);
    // neither read nor write: said, nothing made
    Page refused =
        web.submit("admin/lrs-clients.xhtml", page, "make", "create", Map.of("name", "Portfolio"));
    assertThat(refused.body()).contains("Let the client read statements, store them, or both");
    String name = "E-portfolio " + UUID.randomUUID();
    Page made =
        web.follow(
            web.submit(
                "admin/lrs-clients.xhtml",
                page,
                "make",
                "create",
                Map.of("name", name, "write", "on")));
    Document doc = Jsoup.parse(made.body());
    String key = doc.getElementById("key").attr("value");
    String secret = doc.getElementById("secret").attr("value");
    assertThat(key).startsWith("lrs_");
    assertThat(secret).hasSizeGreaterThan(40);
    assertThat(TestDatabase.one("select secret_hash from lrs_client where api_key = ?", key))
        .doesNotContain(secret);
    // shown once
    assertThat(web.get("admin/lrs-clients.xhtml").body()).contains(key).doesNotContain(secret);
    HttpClient http = HttpClient.newHttpClient();
    Supplier<HttpRequest> post =
        () ->
            HttpRequest.newBuilder(URI.create(base + "xapi/statements"))
                .header("X-Experience-API-Version", "1.0.3")
                .header("Content-Type", "application/json")
                .header(
                    "Authorization",
                    "Basic "
                        + Base64.getEncoder()
                            .encodeToString((key + ":" + secret).getBytes(StandardCharsets.UTF_8)))
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        statement("made", "attempted", "https://lrs.test/a/made", "")))
                .build();
    assertThat(http.send(post.get(), HttpResponse.BodyHandlers.ofString()).statusCode())
        .isEqualTo(200);
    String id = TestDatabase.one("select id from lrs_client where api_key = ?", key);
    Page list = web.get("admin/lrs-clients.xhtml");
    String rowsForm = "clients";
    int row =
        Jsoup.parse(list.body()).select("#client-list tbody tr").stream()
            .map(Element::text)
            .toList()
            .indexOf(
                Jsoup.parse(list.body()).select("#client-list tbody tr").stream()
                    .map(Element::text)
                    .filter(t -> t.contains(key))
                    .findFirst()
                    .orElseThrow());
    web.follow(
        web.submit(
            "admin/lrs-clients.xhtml", list, rowsForm, "rows:" + row + ":withdraw", Map.of()));
    assertThat(http.send(post.get(), HttpResponse.BodyHandlers.ofString()).statusCode())
        .isEqualTo(401);
    assertThat(
            TestDatabase.column(
                "select action from audit_log where target_type = 'lrs_client' and target_id = ?"
                    + " order by id",
                id))
        .containsExactly("lrs.client.created", "lrs.client.withdrawn");
  }

  @Test
  void anAdminDownloadsAPersonsLearningRecordsAndNoOneElseDoes() throws Exception {
    TestUser trainee = TestUsers.create("TRAINEE");
    TestLrs lrs = TestLrs.client(base, true, true, false);
    // content that names the trainee by their e-mail address: theirs
    String s =
        "{\"actor\":{\"mbox\":\"mailto:"
            + trainee.email()
            + "\"},\"verb\":{\"id\":"
            + "\"http://adlnet.gov/expapi/verbs/experienced\"},\"object\":{\"id\":"
            + "\"https://lrs.test/a/export\"}}";
    String id = array(lrs.post("statements", s)).getString(0);
    String url = "api/people/" + trainee.id() + "/learning-records.json";
    TestUser adminUser = TestUsers.create("ADMIN");
    var download = signedIn(adminUser).download(url);
    assertThat(download.statusCode()).isEqualTo(200);
    JsonArray records =
        Json.createReader(new StringReader(new String(download.body(), StandardCharsets.UTF_8)))
            .readArray();
    assertThat(records).hasSize(1);
    assertThat(records.getJsonObject(0).getString("id")).isEqualTo(id);
    assertThat(
            TestDatabase.one(
                "select after_value from audit_log where action = 'lrs.exported' and actor_id = ?",
                adminUser.id()))
        .isEqualTo("learning records");
    assertThat(signedIn(trainee).download(url).statusCode()).isEqualTo(403);
    assertThat(signedIn(TestUsers.create("REVIEWER")).download(url).statusCode()).isEqualTo(403);
    assertThat(client().download(url).statusCode()).isEqualTo(401);
    assertThat(
            signedIn(adminUser).download("api/people/999999999/learning-records.json").statusCode())
        .isEqualTo(404);
    // the reviewer's page of the trainee counts them
    assertThat(signedIn(adminUser).get("reviewer/trainee.xhtml?id=" + trainee.id()).body())
        .contains("Learning records (xAPI)")
        .contains("1, the latest on");
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

  @Test
  void batchesNamingTheSameActivitiesInAnyOrderAtOnceAreAllStored() throws Exception {
    TestLrs lrs = TestLrs.client(base, true, true, false);
    String run = UUID.randomUUID().toString().substring(0, 8);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<HttpResponse<String>>> results = new ArrayList<>();
    try {
      for (int t = 0; t < 16; t++) {
        List<Integer> order = new ArrayList<>();
        for (int a = 0; a < 10; a++) {
          order.add(a);
        }
        Collections.shuffle(order, new java.util.Random(t));
        StringBuilder batch = new StringBuilder("[");
        for (int a : order) {
          if (batch.length() > 1) {
            batch.append(',');
          }
          batch.append(
              statement(
                  "batch" + t,
                  "experienced",
                  "https://lrs.test/a/" + run + "/" + a,
                  ",\"context\":{\"contextActivities\":{\"parent\":{\"id\":\"https://lrs.test/c/"
                      + run
                      + "/"
                      + (9 - a)
                      + "\"}}}"));
        }
        String body = batch.append(']').toString();
        results.add(pool.submit(() -> lrs.post("statements", body)));
      }
      for (Future<HttpResponse<String>> f : results) {
        assertThat(f.get().statusCode()).as(f.get().body()).isEqualTo(200);
      }
    } finally {
      pool.shutdown();
    }
    assertThat(lrs.stored()).isEqualTo(160);
  }

  @Test
  void aCmi5SessionFetchesItsCredentialsOnceAndIsHeldToTheRules() throws Exception {
    TestLrs.Cmi5Launch launch = TestLrs.cmi5Session();
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest fetch =
        HttpRequest.newBuilder(URI.create(base + "xapi/cmi5/fetch/" + launch.fetchToken()))
            .POST(HttpRequest.BodyPublishers.noBody())
            .build();
    JsonObject first =
        Json.createReader(
                new StringReader(http.send(fetch, HttpResponse.BodyHandlers.ofString()).body()))
            .readObject();
    String token = first.getString("auth-token");
    HttpResponse<String> again = http.send(fetch, HttpResponse.BodyHandlers.ofString());
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(json(again).getString("error-code")).isEqualTo("1");
    TestLrs au = TestLrs.withAuthToken(base, token);
    // nothing before "initialized"
    assertThat(
            au.post(
                    "statements",
                    TestLrs.cmi5Statement(launch, "completed", "{\"completion\":true}", true))
                .statusCode())
        .isEqualTo(403);
    assertThat(
            au.post("statements", TestLrs.cmi5Statement(launch, "initialized", null, false))
                .statusCode())
        .isEqualTo(200);
    HttpResponse<String> low =
        au.post(
            "statements",
            TestLrs.cmi5Statement(
                launch, "passed", "{\"success\":true,\"score\":{\"scaled\":0.5}}", true));
    assertThat(low.statusCode()).isEqualTo(403);
    assertThat(json(low).getString("message")).contains("mastery score");
    assertThat(
            au.post(
                    "statements",
                    TestLrs.cmi5Statement(
                        launch, "passed", "{\"success\":true,\"score\":{\"scaled\":0.9}}", true))
                .statusCode())
        .isEqualTo(200);
    // another learner's statement, another AU's state: refused
    assertThat(
            au.post(
                    "statements",
                    TestLrs.cmi5Statement(launch, "experienced", null, false)
                        .replace(launch.actor(), agent("someone")))
                .statusCode())
        .isEqualTo(403);
    assertThat(
            au.get(
                    "activities/state?activityId="
                        + q("https://lrs.test/other")
                        + "&agent="
                        + q(launch.actor()))
                .statusCode())
        .isEqualTo(403);
    // it reads only its learner's statements (two so far)
    String name = launch.actor().replaceAll(".*\"name\":\"([^\"]+)\".*", "$1");
    assertThat(
            json(au.get("statements")).getJsonArray("statements").stream()
                .map(v -> v.asJsonObject().getJsonObject("actor").toString()))
        .hasSize(2)
        .allMatch(a -> a.contains(name));
    assertThat(
            au.post("statements", TestLrs.cmi5Statement(launch, "terminated", null, false))
                .statusCode())
        .isEqualTo(200);
    assertThat(
            au.post("statements", TestLrs.cmi5Statement(launch, "experienced", null, false))
                .statusCode())
        .isEqualTo(403);
    assertThat(
            TestDatabase.one(
                "select passed_at is not null from cmi5_progress where registration = cast(? as uuid)",
                launch.registration()))
        .isEqualTo("t");
  }
}
