package org.ccioacademy.testing;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import org.ccioacademy.lrs.Cmi5Rules;

/** An LRS client made for a test, and requests to {@code /xapi} with its credentials. */
public final class TestLrs {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final URL base;
  private final String key;
  private final String secret;
  public String version = "1.0.3";

  private TestLrs(URL base, String key, String secret) {
    this.base = base;
    this.key = key;
    this.secret = secret;
  }

  /** A new client with the given scope. */
  public static TestLrs client(URL base, boolean read, boolean write, boolean ownOnly)
      throws Exception {
    String key = "test-" + UUID.randomUUID().toString().substring(0, 12);
    String secret = UUID.randomUUID().toString();
    TestDatabase.execute(
        "insert into lrs_client (name, api_key, secret_hash, may_read, may_write, own_only,"
            + " created_at) values (?, ?, ?, ?, ?, ?, ?)",
        "Test client " + key,
        key,
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8))),
        read,
        write,
        ownOnly,
        OffsetDateTime.now());
    return new TestLrs(base, key, secret);
  }

  public String key() {
    return key;
  }

  public String authorization() {
    return "Basic "
        + Base64.getEncoder().encodeToString((key + ":" + secret).getBytes(StandardCharsets.UTF_8));
  }

  /** A request to {@code /xapi/<path>} with this client's credentials and version. */
  public HttpResponse<String> send(
      String method, String path, String contentType, byte[] body, Map<String, String> headers)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base.toString() + "xapi/" + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    if (version != null) {
      b.header("X-Experience-API-Version", version);
    }
    b.header("Authorization", authorization());
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    headers.forEach(b::header);
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> get(String path) throws Exception {
    return send("GET", path, null, null, Map.of());
  }

  public HttpResponse<String> post(String path, String json) throws Exception {
    return send("POST", path, "application/json", json.getBytes(StandardCharsets.UTF_8), Map.of());
  }

  public HttpResponse<String> put(String path, String json) throws Exception {
    return send("PUT", path, "application/json", json.getBytes(StandardCharsets.UTF_8), Map.of());
  }

  /** The number of statements stored by this client. */
  public long stored() throws SQLException {
    return Long.parseLong(
        TestDatabase.one(
            "select count(*) from lrs_statement s join lrs_client c on c.id = s.client_id"
                + " where c.api_key = ?",
            key));
  }

  /**
   * The learning records of our own about a person, oldest first: "verb display, activity IRI's
   * last part" and " (voided)" when voided, e.g. "passed quiz (voided)".
   */
  public static java.util.List<String> recordsOf(long userId) throws SQLException {
    return TestDatabase.column(
        "select (statement -> 'verb' -> 'display' ->> 'en-GB') || ' '"
            + " || regexp_replace(statement -> 'object' ->> 'id', '^.*/', '')"
            + " || case when voided then ' (voided)' else '' end"
            + " from lrs_statement where user_id = ? order by seq",
        userId);
  }

  /** One of our statements about a person, by its verb display and the end of its activity IRI. */
  public static jakarta.json.JsonObject recordOf(long userId, String verb, String activityEnd)
      throws SQLException {
    String json =
        TestDatabase.one(
            "select cast(statement as text) from lrs_statement where user_id = ?"
                + " and statement -> 'verb' -> 'display' ->> 'en-GB' = ?"
                + " and statement -> 'object' ->> 'id' like ? order by seq desc limit 1",
            userId,
            verb,
            "%" + activityEnd);
    return json == null
        ? null
        : jakarta.json.Json.createReader(new java.io.StringReader(json)).readObject();
  }

  /** A cmi5 session made as a launch would make it: its fetch token and what it is for. */
  public record Cmi5Launch(
      String fetchToken, String sessionId, String registration, String activityId, String actor) {}

  /** A new cmi5 session for an AU (mastery score 0.8, moveOn CompletedAndPassed). */
  public static Cmi5Launch cmi5Session() throws Exception {
    String key = "cmi5_test_" + UUID.randomUUID().toString().substring(0, 8);
    String actor =
        "{\"objectType\":\"Agent\",\"account\":{\"homePage\":\"https://lrs.test\",\"name\":\""
            + key
            + "\"}}";
    String registration = UUID.randomUUID().toString();
    String activity = "https://lrs.test/cmi5/au/" + UUID.randomUUID();
    String session = UUID.randomUUID().toString();
    String token = UUID.randomUUID().toString() + UUID.randomUUID();
    TestDatabase.execute(
        "insert into lrs_client (name, api_key, secret_hash, may_read, may_write, own_only,"
            + " created_at, launch_actor, launch_registration, launch_activity, expires_at)"
            + " values ('cmi5 session', ?, '!', true, true, false, now(), cast(? as jsonb),"
            + " cast(? as uuid), ?, now() + interval '1 hour')",
        key,
        actor,
        registration,
        activity);
    TestDatabase.execute(
        "insert into cmi5_session (id, client_id, fetch_sha256, registration, activity_id,"
            + " actor_key, mastery_score, move_on, started_at) select cast(? as uuid), id, ?,"
            + " cast(? as uuid), ?, ?, 0.8, 'CompletedAndPassed', now() from lrs_client"
            + " where api_key = ?",
        session,
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8))),
        registration,
        activity,
        "account:https://lrs.test|" + key,
        key);
    return new Cmi5Launch(token, session, registration, activity, actor);
  }

  /** A client that signs in with an auth-token from a fetch URL. */
  public static TestLrs withAuthToken(URL base, String authToken) {
    String decoded = new String(Base64.getDecoder().decode(authToken), StandardCharsets.UTF_8);
    int colon = decoded.indexOf(':');
    return new TestLrs(base, decoded.substring(0, colon), decoded.substring(colon + 1));
  }

  /** A statement an AU sends in a session ({@code moveOn}: in the moveOn category too). */
  public static String cmi5Statement(
      TestLrs.Cmi5Launch l, String verb, String result, boolean moveOn) {
    return "{\"actor\":"
        + l.actor()
        + ",\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/"
        + verb
        + "\"},\"object\":{\"id\":\""
        + l.activityId()
        + "\"},"
        + (result == null ? "" : "\"result\":" + result + ",")
        + "\"context\":{\"registration\":\""
        + l.registration()
        + "\",\"contextActivities\":"
        + "{\"category\":[{\"id\":\""
        + Cmi5Rules.CATEGORY
        + "\"}"
        + (moveOn ? ",{\"id\":\"" + Cmi5Rules.MOVE_ON + "\"}" : "")
        + "]},\"extensions\":{\""
        + Cmi5Rules.SESSION_ID
        + "\":\""
        + l.sessionId()
        + "\"}}}";
  }
}
