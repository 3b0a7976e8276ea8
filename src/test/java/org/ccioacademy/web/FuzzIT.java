package org.ccioacademy.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.Socket;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ccioacademy.testing.ServerLog;
import org.ccioacademy.testing.TestCertificates;
import org.ccioacademy.testing.TestDatabase;
import org.ccioacademy.testing.TestEvents;
import org.ccioacademy.testing.TestUsers;
import org.ccioacademy.testing.WarTest;
import org.ccioacademy.testing.WebClient;
import org.ccioacademy.testing.WebClient.Page;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Malformed input to every page and endpoint, as each role: query values with NUL bytes, bytes that
 * are not UTF-8, huge and absurd numbers; every form sent with such values; bodies in a charset
 * that does not exist, broken and oversized multipart, a broken chunked body, an empty Faces
 * resource name. Not one answer may be a 5xx or show a stack trace or SQL, and no row may change
 * (but for the throttle's counts and the audit of refused attempts). Pages are found in
 * src/main/webapp and API operations in the OpenAPI document, so new ones are fuzzed without being
 * listed here.
 */
@RunAsClient
class FuzzIT extends WarTest {

  /** Query values and field values no page should take: each must be refused, never a 500. */
  private static final List<String> BAD_VALUES =
      List.of(
          "%00",
          "x%00y",
          "%FF%FE%FD",
          "%C3%28",
          "%ED%A0%80",
          "A".repeat(6000),
          "-1",
          "0",
          "99999999999999999999999",
          "1e309",
          "NaN",
          "%27%20or%201%3D1--",
          "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
          "..%2F..%2F..%2Fetc%2Fpasswd",
          "%E2%80%AE",
          "%25");

  /**
   * The values sent to a page or endpoint this role is refused (a redirect to sign in, or 403): a
   * refusal comes before the page's own parameters are converted, so only what the layers in front
   * of it decode (the container, the security filters) is tried there, and every value in {@link
   * #BAD_VALUES} goes to the roles that may open it.
   */
  private static final List<String> BAD_VALUES_WHEN_REFUSED =
      List.of("%00", "%FF%FE%FD", "%ED%A0%80", "A".repeat(6000), "%25");

  private long event;
  private long session;

  /**
   * A page or endpoint's sample parameters, so its deeper paths are reached; {@code {event}} and
   * {@code {session}} stand for the test's own event and session.
   */
  private static final Map<String, String> SAMPLES =
      Map.ofEntries(
          Map.entry("course.xhtml", "id=clinical-safety"),
          Map.entry("learn/module.xhtml", "course=clinical-safety&module=why-clinical-safety"),
          Map.entry("learn/quiz.xhtml", "course=clinical-safety&module=why-clinical-safety"),
          Map.entry("learn/attempt.xhtml", "id=1"),
          Map.entry("learn/assignment.xhtml", "id=1"),
          Map.entry("author/course.xhtml", "id=clinical-safety"),
          Map.entry("author/module.xhtml", "course=clinical-safety&module=why-clinical-safety"),
          Map.entry("author/stats.xhtml", "id=clinical-safety"),
          Map.entry("author/assignments.xhtml", "course=clinical-safety"),
          Map.entry("author/gradebook.xhtml", "course=clinical-safety&show=ALL&page=1&q=a"),
          Map.entry("author/mark.xhtml", "submission=1"),
          Map.entry("author/quiz-score.xhtml", "enrolment=1&module=why-clinical-safety"),
          Map.entry("author/package-attempts.xhtml", "enrolment=1&module=why-clinical-safety"),
          Map.entry(
              "learn/play.xhtml", "course=clinical-safety&module=why-clinical-safety&item=I1"),
          Map.entry("author/marking.xhtml", "stage=ALL&page=1"),
          Map.entry("author/assignment.xhtml", "id=1"),
          Map.entry("event.xhtml", "id={event}"),
          Map.entry("organise/event.xhtml", "id={event}"),
          Map.entry("organise/session.xhtml", "id={session}&event={event}"),
          Map.entry("organise/register.xhtml", "session={session}"),
          Map.entry("organise/checkin.xhtml", "session={session}"),
          Map.entry("organise/projector.xhtml", "session={session}"),
          Map.entry("search.xhtml", "q=safety"),
          Map.entry("account/notifications.xhtml", "page=2&open=1"),
          Map.entry("checkin.xhtml", "s=1&t=abc"),
          Map.entry("verify.xhtml", "id=ABCDEFGHJKMNPQRSTVWXYZ0123"),
          Map.entry("reset-password.xhtml", "token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"),
          Map.entry("catalogue.xhtml", "group=any&q=safety&level=FOUNDATION&hours=1&page=1"),
          Map.entry("events.xhtml", "page=1"),
          Map.entry("admin/user.xhtml", "id=1"),
          Map.entry("admin/users.xhtml", "q=a&role=TRAINEE&page=1"),
          Map.entry("admin/certificates.xhtml", "q=a&page=1"),
          Map.entry("admin/certificate.xhtml", "id=ABCDEFGHJKMNPQRSTVWXYZ0123"),
          Map.entry("admin/audit.xhtml", "q=a&page=1"),
          Map.entry("admin/lrs-clients.xhtml", "page=1"),
          Map.entry("reviewer/dashboard.xhtml", "cohort=1&by=REGION"),
          Map.entry("reviewer/course.xhtml", "course=clinical-safety&cohort=1"),
          Map.entry("reviewer/trainees.xhtml", "show=INACTIVE&by=REGION&value=LONDON&page=1"),
          Map.entry("reviewer/trainee.xhtml", "id=1"),
          Map.entry("reviewer/quality.xhtml", "check=REGISTRATION&page=1"),
          Map.entry("trainee/portfolio.xhtml", "from=2026-01-01&to=2026-12-31&page=1"),
          Map.entry("trainee/systems.xhtml", "system=1"),
          Map.entry("usability.xhtml", "system=1"),
          Map.entry("reviewer/usability.xhtml", "area=REGION:LONDON&system=1"),
          Map.entry("author/feedback.xhtml", "id=clinical-safety&page=1"));

  /**
   * Buttons pressed when fuzzing a form that has fields to type in: those that save or search,
   * never remove or sign out (a button with nothing typed would be a real action, not malformed
   * input).
   */
  private static final Pattern PRESS =
      Pattern.compile(
          ".*:(submit|save|add|register|create|make|change|search|filter|show|preview|find"
              + "|send)$");

  /** Forms left alone: signing out, and the password form (five tries end the session). */
  private static final Pattern SKIP_FORM = Pattern.compile("signOutForm|password");

  /** What must never be in an answer. */
  private static final Pattern LEAK =
      Pattern.compile(
          "[a-z]\\.[A-Za-z]*(Exception|Error)(:|\\s+at\\s)|Caused by:"
              + "|\\bat (org|java|jakarta|com|sun)\\.[\\w.$]+\\(|SQLState|PSQLException|ERROR: "
              + "|syntax error at or near|invalid byte sequence|\\.java:\\d");

  private final AtomicInteger sent = new AtomicInteger();
  private final List<String> failures = Collections.synchronizedList(new ArrayList<>());

  @Test
  void malformedInputToEveryPageAndEndpointIsRefusedPlainlyAndChangesNothing() throws Exception {
    List<WebClient> roles = new ArrayList<>();
    roles.add(client());
    for (String role : List.of("TRAINEE", "TUTOR", "REVIEWER", "ADMIN")) {
      var user = TestUsers.create(role);
      WebClient web = client();
      web.signIn(user.email(), user.password());
      roles.add(web);
    }
    // the event pages are fuzzed on an event of their own, which nobody is registered for: an
    // organiser's message to those registered is a legitimate change, whatever its text, and
    // would otherwise reach whoever other test classes registered for event 1
    event = TestEvents.event("Fuzzing target").organisedBy(TestUsers.create("TUTOR").id()).create();
    session = TestEvents.session(event, "Fuzzed session", 5, "09:00", "10:00", "1", false);
    List<String> pages = pages();
    List<String> api = apiPaths();
    // certificates other test classes left due would be issued while the fuzzing runs (by the
    // background sweep, or by the admin's "Issue any that are due now", a form that takes no
    // input): issued now, before the rows are counted
    TestCertificates.issueDueAndWait(roles.get(4));
    // the certificate sweep runs in the background: expiry reminders other test classes left due
    // would be sent (an email and a notification each) while the fuzzing runs, so none is left due
    TestDatabase.execute(
        "update certificate set reminded_at = now()"
            + " where reminded_at is null and expires_on is not null");
    Map<String, Long> before = rowCounts();

    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> work = new ArrayList<>();
      for (WebClient web : roles) {
        for (String page : pages) {
          work.add(pool.submit(() -> guarded(() -> fuzzPage(web, page), page)));
        }
        for (String path : api) {
          work.add(pool.submit(() -> guarded(() -> fuzzEndpoint(web, path), path)));
        }
      }
      for (Future<?> f : work) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    rawAttacks();

    assertThat(withServerLog(failures)).as("answers that were 5xx or leaked detail").isEmpty();
    assertThat(sent.get()).as("requests sent").isGreaterThanOrEqualTo(10_000);
    System.getLogger(FuzzIT.class.getName())
        .log(System.Logger.Level.INFO, sent.get() + " malformed requests, no 5xx");
    assertThat(rowCounts()).as("row counts").isEqualTo(before);
  }

  /** Runs one page's fuzzing; a request that got no answer at all is a failure too. */
  private void guarded(Runnable fuzz, String what) {
    try {
      fuzz.run();
    } catch (RuntimeException e) {
      failures.add("no answer while fuzzing " + abbreviate(what) + ": " + e);
    }
  }

  /** Every page a person can ask for: the .xhtml files outside WEB-INF. */
  private static List<String> pages() throws IOException {
    Path root = Path.of("src/main/webapp");
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(p -> p.toString().endsWith(".xhtml"))
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .filter(p -> !p.startsWith("WEB-INF/"))
          .sorted()
          .toList();
    }
  }

  /** Every path in the OpenAPI document, its path parameters still in braces. */
  private List<String> apiPaths() throws Exception {
    HttpResponse<String> doc =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(new URL(base, "/openapi").toURI())
                    .header("Accept", "application/json")
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    JsonObject paths =
        Json.createReader(new StringReader(doc.body())).readObject().getJsonObject("paths");
    List<String> result = new ArrayList<>();
    for (String p : paths.keySet()) {
      String path = p.startsWith("/api/") ? p.substring(1) : "api" + p;
      result.add(path);
    }
    assertThat(result).as("the OpenAPI document lists the API").hasSizeGreaterThan(5);
    return result;
  }

  /**
   * A GET, asked again once if the connection dropped before any answer (a kept-alive connection
   * the server closed as it was reused): a real failure fails twice.
   */
  private static Page get(WebClient web, String path) {
    try {
      return web.get(path);
    } catch (IllegalStateException dropped) {
      return web.get(path);
    }
  }

  /**
   * A form post, sent again once if the connection dropped before any answer (as {@link #get}: a
   * kept-alive connection closed as it was reused; nothing malformed is ever saved, so sending
   * again is safe): a real failure fails twice.
   */
  private static Page send(
      WebClient web, String url, Page page, Map<String, List<String>> fields, String button) {
    try {
      return web.send(url, page, fields, button);
    } catch (IllegalStateException dropped) {
      return web.send(url, page, fields, button);
    }
  }

  private void fuzzPage(WebClient web, String page) {
    String sample =
        SAMPLES
            .getOrDefault(page, "")
            .replace("{event}", String.valueOf(event))
            .replace("{session}", String.valueOf(session));
    String first = page + (sample.isEmpty() ? "" : "?" + sample);
    Page shown = check(get(web, first), "GET " + first);
    fuzzGet(web, page, sample, valuesFor(shown));
    if (shown.status() != 200) {
      return;
    }
    // Faces forms only: a plain GET form (the search box) is an address, fuzzed as one above
    for (Element form : Jsoup.parse(shown.body()).select("form[id][method=post]")) {
      if (SKIP_FORM.matcher(form.id()).matches()
          || form.select(
                  "textarea, input[type=text], input[type=email], input[type=number],"
                      + " input[type=date], input[type=password], input[type=search], input:not([type])")
              .isEmpty()) {
        continue;
      }
      for (String bad : List.of("x\u0000y", "\u0000", "B".repeat(200_000), "\uFFFE\uD800")) {
        fuzzForm(web, page + (sample.isEmpty() ? "" : "?" + sample), form, bad);
      }
    }
  }

  /**
   * An endpoint with its path parameters set to bad values, then its query parameters set to each
   * bad value.
   */
  private void fuzzEndpoint(WebClient web, String template) {
    if (template.contains("{")) {
      for (String bad : List.of("%00", "%FF", "-1", "A".repeat(3000))) {
        String badPath = template.replaceAll("\\{[^}]+}", bad);
        check(get(web, badPath), "GET " + abbreviate(badPath));
      }
    }
    String path = template.replaceAll("\\{[^}]+}", "1");
    Page plain = check(get(web, path), "GET " + path);
    fuzzGet(web, path, "", valuesFor(plain));
  }

  /** All the bad values for a page the role may open, fewer for one it is refused. */
  private static List<String> valuesFor(Page plain) {
    boolean refused =
        plain.status() == 403
            || plain.status() == 401
            || plain.status() / 100 == 3 && String.valueOf(plain.location()).contains("sign-in");
    return refused ? BAD_VALUES_WHEN_REFUSED : BAD_VALUES;
  }

  /** The page with each sample parameter, and a few more, set to each of these bad values. */
  private void fuzzGet(WebClient web, String path, String sample, List<String> values) {
    List<String> names = new ArrayList<>();
    for (String pair : sample.split("&")) {
      if (!pair.isEmpty()) {
        names.add(pair.substring(0, pair.indexOf('=')));
      }
    }
    for (String extra : List.of("id", "page", "q")) {
      if (!names.contains(extra)) {
        names.add(extra);
      }
    }
    for (String bad : values) {
      for (String name : names) {
        String query = sample.replaceAll("(^|&)" + name + "=[^&]*", "$1" + name + "=" + bad);
        if (!query.contains(name + "=")) {
          query = (query.isEmpty() ? "" : query + "&") + name + "=" + bad;
        }
        check(get(web, path + "?" + query), "GET " + path + "?" + abbreviate(query));
      }
    }
  }

  /** The form sent with every text field set to {@code bad}, pressing each saving button. */
  private void fuzzForm(WebClient web, String url, Element form, String bad) {
    Page fresh = get(web, url);
    if (fresh.status() != 200 || Jsoup.parse(fresh.body()).getElementById(form.id()) == null) {
      return;
    }
    Map<String, List<String>> fields = web.form(fresh, form.id());
    fields.replaceAll(
        (name, values) ->
            name.equals(form.id()) || name.endsWith("_focus") || name.startsWith("jakarta.faces")
                ? values
                : List.of(bad));
    for (Element button : form.select("button[name], input[type=submit][name]")) {
      if (PRESS.matcher(button.attr("name")).matches()) {
        check(
            send(web, url, fresh, new TreeMap<>(fields), button.attr("name")),
            "POST "
                + url
                + " "
                + button.attr("name")
                + " with "
                + abbreviate(bad).length()
                + " chars");
        return;
      }
    }
    // no saving button: the form is still decoded, converted and validated
    check(send(web, url, fresh, new TreeMap<>(fields), form.id() + ":none"), "POST " + url);
  }

  /** What no client library sends: the broken bodies, by hand on a socket. */
  private void rawAttacks() throws Exception {
    String root = base.getPath();
    String[] requests = {
      // a chunk size that is not hex, and a chunk longer than it says
      "POST "
          + root
          + "sign-in.xhtml HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
          + "Content-Type: application/x-www-form-urlencoded\r\nConnection: close\r\n\r\nzz\r\nabc\r\n0\r\n\r\n",
      "POST "
          + root
          + "register.xhtml HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
          + "Content-Type: application/x-www-form-urlencoded\r\nConnection: close\r\n\r\n3\r\nabcdef\r\n0\r\n\r\n",
      // a charset that does not exist
      "POST "
          + root
          + "register.xhtml HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded;"
          + " charset=no-such-charset\r\nContent-Length: 9\r\nConnection: close\r\n\r\nregister=",
      // multipart without a boundary, and with a body that ends early
      "POST "
          + root
          + "trainee/portfolio.xhtml HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data\r\n"
          + "Content-Length: 5\r\nConnection: close\r\n\r\nhello",
      withBody(
          "POST "
              + root
              + "trainee/portfolio.xhtml HTTP/1.1\r\nHost: x\r\nContent-Type:"
              + " multipart/form-data; boundary=zz\r\nConnection: close\r\n",
          "--zz\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nno end"),
      // an empty Faces resource name
      "GET "
          + root
          + "jakarta.faces.resource/.xhtml HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
      "GET "
          + root
          + "jakarta.faces.resource/.xhtml?ln= HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
      "GET "
          + root
          + "jakarta.faces.resource/%00.xhtml?ln=primefaces HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
      // the badge verifier with nonsense, and an API body in a charset that does not exist
      "POST "
          + root
          + "api/badges/verify HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
          + "Content-Length: 3\r\nConnection: close\r\n\r\n\u0000.."
    };
    for (String request : requests) {
      String what = request.substring(0, request.indexOf('\r'));
      try {
        record(raw(request.getBytes(StandardCharsets.ISO_8859_1)), what);
      } catch (IOException e) {
        failures.add("no answer to " + what + ": " + e);
      }
    }
    // a multipart body larger than the 26 MB the server takes: 413, not 500
    String start =
        "--zz\r\nContent-Disposition: form-data; name=\"f\"; filename=\"big.pdf\"\r\n\r\n";
    int length = 30_000_000;
    byte[] head =
        ("POST "
                + root
                + "trainee/portfolio.xhtml HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data;"
                + " boundary=zz\r\nContent-Length: "
                + length
                + "\r\nConnection: close\r\n\r\n"
                + start)
            .getBytes(StandardCharsets.ISO_8859_1);
    String answer = raw(head, length - start.length());
    record(answer, "POST oversized multipart");
  }

  /** A request's head and body, with the body's length said truly. */
  private static String withBody(String head, String body) {
    return head
        + "Content-Length: "
        + body.getBytes(StandardCharsets.ISO_8859_1).length
        + "\r\n\r\n"
        + body;
  }

  private String raw(byte[] request) throws IOException {
    return raw(request, 0);
  }

  /** Sends the bytes (then {@code padding} zero bytes) and reads the answer's first 64 KB. */
  private String raw(byte[] request, int padding) throws IOException {
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(request);
      byte[] zeros = new byte[65536];
      try {
        for (int left = padding; left > 0; left -= zeros.length) {
          out.write(zeros, 0, Math.min(left, zeros.length));
        }
        out.flush();
      } catch (IOException closedEarly) {
        // the server may answer and close before it has read everything: that is fine
      }
      InputStream in = socket.getInputStream();
      return new String(in.readNBytes(65536), StandardCharsets.ISO_8859_1);
    }
  }

  private void record(String answer, String what) {
    sent.incrementAndGet();
    int status =
        answer.startsWith("HTTP/1.1 ") && answer.length() >= 12
            ? Integer.parseInt(answer.substring(9, 12))
            : 0;
    if (status >= 500 || LEAK.matcher(answer).find()) {
      failures.add(status + " " + what + ": " + abbreviate(answer));
    }
  }

  private Page check(Page page, String what) {
    sent.incrementAndGet();
    var leak = LEAK.matcher(page.body());
    boolean leaked = leak.find();
    if (page.status() >= 500 || leaked) {
      String shown = leaked ? page.body().substring(Math.max(0, leak.start() - 150)) : page.body();
      String reference = ServerLog.reference(page.body());
      failures.add(
          page.status()
              + " "
              + abbreviate(what)
              + (reference == null
                  ? ": " + abbreviate(shown)
                  : " (reference " + reference + "), the server logged:\n" + LOGGED + reference));
    }
    return page;
  }

  /** Stands, in a failure, for what the server logged under the reference that follows it. */
  private static final String LOGGED = "@logged:";

  /**
   * The failures with what the server logged for each (read once the requests are over: the server
   * writes its log a moment after it answers).
   */
  private static List<String> withServerLog(List<String> failures) throws InterruptedException {
    if (failures.isEmpty()) {
      return failures;
    }
    Thread.sleep(2000);
    return failures.stream()
        .map(
            f -> {
              int at = f.indexOf(LOGGED);
              return at < 0
                  ? f
                  : f.substring(0, at)
                      + ServerLog.about(f.substring(at + LOGGED.length()).strip(), 60);
            })
        .toList();
  }

  private static String abbreviate(String s) {
    return s.length() > 300 ? s.substring(0, 300) + "…" : s;
  }

  /**
   * Rows in every table but the throttle's counts, the audit of refused attempts and the secrets
   * the application makes on first use (the badge key, when the key set is first asked for).
   */
  private static Map<String, Long> rowCounts() throws Exception {
    Map<String, Long> counts = new TreeMap<>();
    try (Connection c = TestDatabase.connect();
        Statement s = c.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rs =
          s.executeQuery(
              "select tablename from pg_tables where schemaname = 'public'"
                  + " and tablename not in ('throttle_count', 'audit_log', 'app_secret')")) {
        while (rs.next()) {
          tables.add(rs.getString(1));
        }
      }
      for (String t : tables) {
        try (ResultSet rs = s.executeQuery("select count(*) from \"" + t + "\"")) {
          rs.next();
          counts.put(t, rs.getLong(1));
        }
      }
    }
    return counts;
  }
}
