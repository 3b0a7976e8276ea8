package org.ccioacademy.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.assertj.core.api.Assertions;
import org.ccioacademy.certificates.VcJwt;
import org.ccioacademy.platform.security.SecretBox;
import org.ccioacademy.testing.ContainerTest;
import org.ccioacademy.testing.Deployments;
import org.ccioacademy.testing.Linter;
import org.ccioacademy.testing.TestDatabase;
import org.ccioacademy.testing.TestEvents;
import org.ccioacademy.testing.TestUsers;
import org.ccioacademy.testing.TestUsers.TestUser;
import org.ccioacademy.testing.WebClient;
import org.ccioacademy.testing.WebClient.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * The defects of the security review and load test (issue 15), each shown through HTTP against the
 * real WAR: hostile text that tried to become markup, calendar files, and background work that must
 * keep running. This deployment sweeps certificates every 2 seconds and has its own public address,
 * set by a configuration file in the WAR that outranks config/ccio.properties.
 */
@ContainerTest
@RunAsClient
class HardeningIT {

  static final String PUBLIC_URL = "https://learn.ccio.test";

  /** The address of the one Prometheus allowed to read /metrics (ccio.metrics.scrapers). */
  static final String SCRAPER = "192.0.2.200";

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.war(
        "config_ordinal=500\n"
            + "ccio.certificates.sweep-seconds=2\n"
            + "ccio.session.lifetime=PT15S\n"
            + "ccio.files.quota-mb=1\n"
            // the shipped limits (the suite raises them for 127.0.0.1), and the test client as a
            // trusted proxy (whatever address it has), so X-Forwarded-For names each client
            + "ccio.throttle.signin-address=30/10\n"
            + "ccio.throttle.signin-network=300/10\n"
            + "ccio.throttle.register-address=10/60\n"
            + "ccio.throttle.register-network=100/60\n"
            + "ccio.throttle.reset-address=10/60\n"
            + "ccio.throttle.reset-network=100/60\n"
            + "ccio.http.trusted-proxies=0.0.0.0/0,::/0\n"
            + "ccio.metrics.scrapers="
            + SCRAPER
            + "\n"
            + "ccio.public-url="
            + PUBLIC_URL
            + "\n");
  }

  private WebClient signedIn(TestUser user) throws Exception {
    WebClient web = new WebClient(base.toURI());
    web.signIn(user.email(), user.password());
    return web;
  }

  @Test
  void aQuizOptionWrittenAsMarkupIsShownAsTextAndRunsNothing() throws Exception {
    String hostile = "<meta http-equiv=\"refresh\" content=\"3;url=https://phish.invalid\">";
    String course = "clinical-safety";
    String option =
        TestDatabase.one(
            "select o.text from question_option o join question q on q.id = o.question_id"
                + " join module m on m.id = q.module_id join course c on c.current_version_id ="
                + " m.course_version_id where c.code = ? and m.position = 0 and o.position = 0"
                + " and q.type = 'SINGLE' order by q.position limit 1",
            course);
    String module =
        TestDatabase.one(
            "select m.code from module m join course c on c.current_version_id ="
                + " m.course_version_id where c.code = ? and m.position = 0",
            course);
    assertThat(option).isNotNull();
    String change =
        "update question_option o set text = ? from question q, module m, course c"
            + " where q.id = o.question_id and m.id = q.module_id and c.current_version_id ="
            + " m.course_version_id and c.code = ? and m.position = 0 and o.position = 0"
            + " and q.type = 'SINGLE' and o.text = ?";
    TestDatabase.execute(change, hostile, course, option);
    try {
      WebClient web = signedIn(TestUsers.create("TRAINEE"));
      Page page = web.get("course.xhtml?id=" + course);
      web.submit("course.xhtml?id=" + course, page, "enrolment", "enrol", Map.of());
      Page quiz = web.get("learn/quiz.xhtml?course=" + course + "&module=" + module);
      assertThat(quiz.status()).isEqualTo(200);
      assertThat(quiz.body())
          .doesNotContain("<meta http-equiv=\"refresh\"")
          .contains("&lt;meta http-equiv=");
      assertThat(Jsoup.parse(quiz.body()).select("meta[http-equiv]")).isEmpty();
    } finally {
      TestDatabase.execute(change, option, course, hostile);
    }
  }

  @Test
  void aCourseTitledToEndTheScriptStaysALabelInTheDashboardChart() throws Exception {
    String hostile = "</script><b>x</b>";
    String course = "digital-leadership";
    String title =
        TestDatabase.one(
            "select v.title from course_version v join course c on c.current_version_id = v.id"
                + " where c.code = ?",
            course);
    TestUser trainee = TestUsers.create("TRAINEE");
    TestDatabase.execute(
        "insert into enrolment (user_id, course_id, status) select ?, id, 'ACTIVE' from course"
            + " where code = ?",
        trainee.id(),
        course);
    String change =
        "update course_version v set title = ? from course c where c.current_version_id = v.id"
            + " and c.code = ?";
    TestDatabase.execute(change, hostile, course);
    try {
      Page dashboard = signedIn(TestUsers.create("REVIEWER")).get("reviewer/dashboard.xhtml");
      assertThat(dashboard.status()).isEqualTo(200);
      assertThat(dashboard.body()).doesNotContain(hostile).doesNotContain("<b>x</b>");
      // the table beside the chart shows the title as text
      assertThat(dashboard.body()).contains("&lt;/script&gt;&lt;b&gt;x&lt;/b&gt;");
      // every script element holds its own text: none was ended early
      for (var script : Jsoup.parse(dashboard.body()).select("script")) {
        assertThat(script.data()).doesNotContain("<b>");
      }
    } finally {
      TestDatabase.execute(change, title, course);
    }
  }

  @Test
  void aCalendarFileFoldsBareCarriageReturnsAndLinksToThePublicAddressNotTheHostHeader()
      throws Exception {
    TestUser organiser = TestUsers.create("TUTOR");
    long eventId =
        TestEvents.event("Regional day\rATTENDEE:mailto:attacker@example.org")
            .describedAs("Line one\rMETHOD:CANCEL")
            .startingIn(30)
            .registration(0, 20)
            .organisedBy(organiser.id())
            .create();
    String ics = rawGet(base.getPath() + "api/events/" + eventId + "/calendar.ics", "evil.example");
    assertThat(ics).startsWith("HTTP/1.1 200");
    String body = ics.substring(ics.indexOf("\r\n\r\n") + 4).replace("\r\n ", "");
    assertThat(body.split("\r\n"))
        .noneMatch(line -> line.startsWith("ATTENDEE") || line.startsWith("METHOD:CANCEL"));
    assertThat(body.replace("\r\n", "")).doesNotContain("\r", "\n");
    assertThat(body)
        .contains("URL:" + PUBLIC_URL + "/event.xhtml?id=" + eventId)
        .doesNotContain("evil.example");
  }

  @Test
  void theCertificateSweepKeepsIssuingAfterItsFirstRun() throws Exception {
    // the sweep runs every 2 seconds here: let several pass, then make a completion whose
    // certificate was never issued (as after a crash) and wait for a later sweep to issue it
    Thread.sleep(7_000);
    TestUser trainee = TestUsers.create("TRAINEE");
    TestDatabase.execute(
        "insert into enrolment (user_id, course_id, status, completed_at, completed_version_id)"
            + " select ?, id, 'COMPLETED', now(), current_version_id from course where code = ?",
        trainee.id(),
        "information-governance");
    long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while ("0"
        .equals(
            TestDatabase.one("select count(*) from certificate where user_id = ?", trainee.id()))) {
      assertThat(System.nanoTime())
          .as("a later sweep issues the missing certificate")
          .isLessThan(until);
      Thread.sleep(250);
    }
    // reminders are sent by a sweep with nothing to issue: the certificate now lapses in 30 days
    TestDatabase.execute(
        "update certificate set expires_on = current_date + 30, reminded_at = null"
            + " where user_id = ?",
        trainee.id());
    until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while ("0"
        .equals(
            TestDatabase.one(
                "select count(*) from mail_message where to_address = ? and purpose = ?",
                trainee.email(),
                "certificate.expiring"))) {
      assertThat(System.nanoTime())
          .as("a later sweep sends the reminder that is due")
          .isLessThan(until);
      Thread.sleep(250);
    }
  }

  @Test
  void wrongPasswordsPauseOnlyTheAttackersAddressAndUnknownAccountsLookTheSame() throws Exception {
    TestUser victim = TestUsers.create("ADMIN");
    WebClient attacker = new WebClient(base.toURI()).from("203.0.113.7");
    String pausedKnown = null;
    String pausedUnknown = null;
    String unknown = "nobody-" + System.nanoTime() + "@example.nhs.uk";
    for (int i = 1; i <= 6; i++) {
      pausedKnown = message(attacker.signIn(victim.email(), "guess " + i));
      pausedUnknown = message(attacker.signIn(unknown, "guess " + i));
    }
    assertThat(pausedKnown).contains("paused here until");
    // an unknown address gets word for word the same answer
    assertThat(pausedUnknown).isEqualTo(pausedKnown);
    // the right password from the attacker's address is paused too ...
    assertThat(message(attacker.signIn(victim.email(), victim.password()))).isEqualTo(pausedKnown);
    // ... but the owner, elsewhere, signs in
    WebClient owner = new WebClient(base.toURI()).from("198.51.100.20");
    assertThat(owner.signIn(victim.email(), victim.password()).location())
        .endsWith("/admin/home.xhtml");
  }

  @Test
  void manyFailedSignInsFromOneAddressAre429WithAPlainMessageAndCounted() throws Exception {
    WebClient bot = new WebClient(base.toURI()).from("203.0.113.9");
    int refused = 0;
    Page last = null;
    for (int i = 0; i < 40; i++) {
      last = bot.signIn("user" + i + "-" + System.nanoTime() + "@example.nhs.uk", "guess");
      if (last.status() == 429) {
        refused++;
      }
    }
    assertThat(refused)
        .as(
            "after 30 failures in 10 minutes (counted: %s)",
            TestDatabase.one("select string_agg(distinct key, ' ') from throttle_count"))
        .isEqualTo(10);
    assertThat(last.header("Retry-After")).isNotNull();
    assertThat(last.body())
        .contains("Too many attempts")
        .doesNotContain("Exception")
        .doesNotContain("at org.");
    // a neighbour on another network is not affected
    TestUser someone = TestUsers.create("TRAINEE");
    assertThat(
            new WebClient(base.toURI())
                .from("192.0.2.44")
                .signIn(someone.email(), someone.password())
                .location())
        .endsWith("/trainee/home.xhtml");
    assertThat(
            new WebClient(new URL(base, "/").toURI())
                .from(SCRAPER)
                .get("metrics?scope=application")
                .body())
        .containsPattern("ccio_throttled_total\\{[^}]*rule=\"signin_address\"[^}]*\\} [1-9]");
  }

  @Test
  void registrationsFromOneAddressAreLimited() throws Exception {
    WebClient bot = new WebClient(base.toURI()).from("203.0.113.11");
    int created = 0;
    int refused = 0;
    for (int i = 0; i < 12; i++) {
      Map<String, String> form = new LinkedHashMap<>();
      form.put("fullName", "Bot Person");
      form.put("email", "bot" + i + "-" + System.nanoTime() + "@example.nhs.uk");
      form.put("password", "lantern orbit pickle meadow");
      form.put("passwordConfirmation", "lantern orbit pickle meadow");
      form.put("group", "AHP");
      form.put("profession", "PHYSIOTHERAPIST");
      form.put("grade", "BAND_6");
      form.put("registrationNumber", "PH123456");
      form.put("odsCode", "RTD");
      form.put("region", "LONDON");
      Page result =
          bot.submit("register.xhtml", bot.get("register.xhtml"), "register", "submit", form);
      if (result.status() == 302) {
        created++;
      } else if (result.status() == 429) {
        refused++;
      }
    }
    assertThat(created).isEqualTo(10);
    assertThat(refused).isEqualTo(2);
  }

  @Test
  void passwordResetFormsFromOneAddressAreLimited() throws Exception {
    WebClient bot = new WebClient(base.toURI()).from("203.0.113.12");
    int answered = 0;
    int refused = 0;
    for (int i = 0; i < 12; i++) {
      Page result =
          bot.submit(
              "forgotten-password.xhtml",
              bot.get("forgotten-password.xhtml"),
              "forgotten",
              "send",
              Map.of("email", "nobody" + i + "@example.nhs.uk"));
      if (result.status() == 302) {
        answered++;
      } else if (result.status() == 429) {
        refused++;
      }
    }
    assertThat(answered).isEqualTo(10);
    assertThat(refused).isEqualTo(2);
    // the link's form counts against the same share
    assertThat(
            bot.post("reset-password.xhtml", Map.of("reset:token", "guess", "reset:reset", "x"))
                .status())
        .isEqualTo(429);
  }

  @Test
  void stylesheetsAndScriptsAreVersionedKeptAYearAndCompressedAndPagesAreNot() throws Exception {
    WebClient anyone = new WebClient(base.toURI());
    var page = Jsoup.parse(anyone.get("catalogue.xhtml").body());
    String ours = page.select("link[href*=ccio.css]").attr("href");
    String theirs = page.select("script[src*=jquery]").attr("src");
    assertThat(ours).matches(".*ccio\\.css\\.xhtml\\?v=[0-9a-f]{12}");
    assertThat(theirs).contains("ln=primefaces").contains("v=");
    // as browsers speak to it behind the TLS proxy: HTTP/1.1 (no h2c upgrade)
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    for (String path : List.of(ours, theirs)) {
      HttpResponse<byte[]> r =
          http.send(
              HttpRequest.newBuilder(base.toURI().resolve(path))
                  .header("Accept-Encoding", "gzip")
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.headers().firstValue("Cache-Control").orElse("")).contains("max-age=31536000");
      assertThat(r.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
      assertThat(
              new String(
                  new GZIPInputStream(new ByteArrayInputStream(r.body())).readAllBytes(),
                  StandardCharsets.UTF_8))
          .isNotBlank();
    }
    HttpResponse<String> html =
        http.send(
            HttpRequest.newBuilder(base.toURI().resolve("catalogue.xhtml"))
                .header("Accept-Encoding", "gzip")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(html.headers().firstValue("Content-Encoding")).isEmpty();
  }

  @Test
  void browsersFindTheSitesIconWhereverTheyLook() throws Exception {
    WebClient anyone = new WebClient(base.toURI());
    var ico = anyone.download("favicon.ico");
    assertThat(ico.statusCode()).isEqualTo(200);
    assertThat(ico.headers().firstValue("Content-Type").orElse("")).startsWith("image/");
    assertThat(ico.body()).startsWith(new byte[] {0, 0, 1, 0}); // the ICO file header
    var svg = anyone.download("favicon.svg");
    assertThat(svg.statusCode()).isEqualTo(200);
    assertThat(svg.headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");
    assertThat(Jsoup.parse(anyone.get("catalogue.xhtml").body()).select("link[rel=icon]"))
        .hasSize(2);
  }

  @Test
  void changingThePasswordRevokesTheApiTokensAndSaysSo() throws Exception {
    TestUser reviewer = TestUsers.create("REVIEWER");
    WebClient web = signedIn(reviewer);
    String page = "reviewer/api-tokens.xhtml";
    Page made =
        web.submit(page, web.get(page), "make", "create", Map.of("name", "Power BI", "days", "30"));
    String token = Jsoup.parse(web.follow(made).body()).getElementById("token").attr("value");
    assertThat(withToken("api/review/figures", token).statusCode()).isEqualTo(200);
    assertThat(web.get(page).body()).contains(PUBLIC_URL + "/api/review/figures");

    String fresh = "lantern orbit pickle meadow";
    Page changed =
        web.submit(
            "account/password.xhtml",
            web.get("account/password.xhtml"),
            "password",
            "change",
            Map.of(
                "currentPassword",
                reviewer.password(),
                "newPassword",
                fresh,
                "confirmation",
                fresh));
    assertThat(web.follow(changed).body())
        .contains("Your API token was revoked with the old password");
    var after = withToken("api/review/figures", token);
    assertThat(after.statusCode()).isEqualTo(401);
    // a program is told in JSON, as for every other API error, never with an HTML page
    for (var refused : List.of(after, withToken("api/review/figures", "not-a-token"))) {
      assertThat(refused.statusCode()).isEqualTo(401);
      assertThat(refused.headers().firstValue("Content-Type").orElse(""))
          .startsWith("application/json");
      assertThat(refused.headers().firstValue("WWW-Authenticate").orElse(""))
          .contains("invalid_token");
      assertThat(refused.body())
          .contains("\"status\":401")
          .contains("This API token is not valid: it may be mistyped, revoked or expired.")
          .contains("\"requestId\":")
          .doesNotContain("<html");
    }
    assertThat(
            TestDatabase.one(
                "select after_value from audit_log where action = 'api-token.revoked'"
                    + " and actor_id = ? order by id desc limit 1",
                reviewer.id()))
        .isEqualTo("revoked: the password was changed");
  }

  @Test
  void anHttpsPublicAddressMakesTheCookieSecureAndSendsHsts() throws Exception {
    Page page = new WebClient(base.toURI()).get("sign-in.xhtml");
    String cookie =
        page.response().headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("CCIO_SESSION="))
            .findFirst()
            .orElseThrow();
    assertThat(cookie).contains("Secure").contains("HttpOnly");
    // SameSite=Lax is there; Payara 6 writes it twice on its session cookie (the same value)
    assertThat(cookie).contains("SameSite=Lax").doesNotContain("SameSite=Strict", "SameSite=None");
    assertThat(page.header("Strict-Transport-Security"))
        .isEqualTo("max-age=31536000; includeSubDomains");
  }

  @Test
  void aSessionEndsAtItsLifetimeHoweverBusy() throws Exception {
    TestUser trainee = TestUsers.create("TRAINEE");
    WebClient web = signedIn(trainee);
    long signedIn = System.nanoTime();
    while (System.nanoTime() - signedIn < Duration.ofSeconds(12).toNanos()) {
      // busy all the time: the idle time-out never comes into it
      assertThat(web.get("trainee/learning.xhtml").status()).isEqualTo(200);
      Thread.sleep(1_000);
    }
    Thread.sleep(
        Math.max(
            0, Duration.ofSeconds(16).toMillis() - (System.nanoTime() - signedIn) / 1_000_000));
    Page after = web.get("trainee/learning.xhtml");
    assertThat(after.location()).contains("sign-in.xhtml?why=lifetime");
    assertThat(web.follow(after).body()).contains("the longest a session lasts");
    assertThat(web.get("trainee/learning.xhtml").location()).contains("sign-in.xhtml");
  }

  @Test
  void aCredentialSignedWithTheKeyButNamingAnotherHolderDoesNotVerify() throws Exception {
    TestUser holder = TestUsers.create("TRAINEE");
    TestDatabase.execute(
        "insert into enrolment (user_id, course_id, status, completed_at, completed_version_id)"
            + " select ?, id, 'COMPLETED', now(), current_version_id from course where code = ?",
        holder.id(),
        "clinical-safety");
    long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    String id;
    while ((id = TestDatabase.one("select id from certificate where user_id = ?", holder.id()))
        == null) {
      assertThat(System.nanoTime()).as("the sweep issues the certificate").isLessThan(until);
      Thread.sleep(250);
    }
    String genuine =
        new String(
            signedIn(holder).download("api/certificates/" + id + "/badge.jwt").body(),
            StandardCharsets.UTF_8);
    assertThat(verify(genuine).getBoolean("valid")).isTrue();

    // whoever holds the signing key (as a reviewer once read it from the database) signs a
    // credential for the same certificate naming someone else
    String[] parts = genuine.split("\\.");
    JsonObject payload =
        Json.createReader(
                new StringReader(
                    new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)))
            .readObject();
    JsonObject subject =
        Json.createObjectBuilder(payload.getJsonObject("credentialSubject"))
            .add("name", "Mallory Forger")
            .build();
    JsonObject forged = Json.createObjectBuilder(payload).add("credentialSubject", subject).build();
    String kid =
        Json.createReader(
                new StringReader(
                    new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8)))
            .readObject()
            .getString("kid");
    String jwt = VcJwt.sign(forged, issuerKey(), kid);

    JsonObject answer = verify(jwt);
    assertThat(answer.getBoolean("valid")).isFalse();
    assertThat(answer.getString("signature")).isEqualTo("valid");
    assertThat(answer.getString("status")).isEqualTo("does not match the certificate it names");
    assertThat(answer.getJsonArray("mismatched").getString(0)).isEqualTo("credentialSubject");
  }

  private JsonObject verify(String jwt) throws Exception {
    var response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(base.toURI().resolve("api/badges/verify"))
                    .header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofString(jwt))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  /** The secrets key the test servers run with (arquillian.xml). */
  static final String SECRETS_KEY = "acvWP+JpV1aqZA7lxJ8U090fDD3CK3mqpu4w2Na6tvM=";

  @Test
  void theSecretsInTheDatabaseAreSealedUnderAKeyThatIsNotThere() throws Exception {
    // make sure both secrets exist: a badge (the signing key) and a check-in code (its HMAC key)
    new WebClient(base.toURI()).get("api/badges/jwks.json");
    try (Connection c = TestDatabase.connect();
        PreparedStatement q = c.prepareStatement("select name, value from app_secret");
        ResultSet rs = q.executeQuery()) {
      int n = 0;
      while (rs.next()) {
        n++;
        byte[] value = rs.getBytes(2);
        assertThat(new String(value, 0, 8, StandardCharsets.US_ASCII))
            .as(rs.getString(1))
            .isEqualTo("CCIOSEC1");
        // sealed under the key, with its name: it opens with both and with nothing else
        var box = new SecretBox(Base64.getDecoder().decode(SECRETS_KEY));
        assertThat(box.open(rs.getString(1), value)).isNotEmpty();
        byte[] otherKey = new byte[32];
        var wrong = new SecretBox(otherKey);
        String name = rs.getString(1);
        Assertions.assertThatThrownBy(() -> wrong.open(name, value))
            .hasMessageContaining("does not open with this secrets key");
      }
      assertThat(n).isGreaterThanOrEqualTo(1);
    }
  }

  /**
   * The badge signing key as an attacker with the database and the secrets key would read it
   * (sealed: length of the public key, the public key, PKCS #8).
   */
  private static PrivateKey issuerKey() throws Exception {
    byte[] stored;
    try (Connection c = TestDatabase.connect();
        PreparedStatement q = c.prepareStatement("select value from app_secret where name = ?")) {
      q.setString(1, "badge-signing-key-ed25519");
      try (ResultSet rs = q.executeQuery()) {
        rs.next();
        stored = rs.getBytes(1);
      }
    }
    stored =
        new SecretBox(Base64.getDecoder().decode(SECRETS_KEY))
            .open("badge-signing-key-ed25519", stored);
    ByteBuffer b = ByteBuffer.wrap(stored);
    b.position(4 + b.getInt());
    byte[] pkcs8 = new byte[b.remaining()];
    b.get(pkcs8);
    return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
  }

  @Test
  void evidenceBeyondThePersonsQuotaIsRefusedWithAMessageAndNothingLost() throws Exception {
    TestUser trainee = TestUsers.create("TRAINEE");
    WebClient web = signedIn(trainee);
    String url = "trainee/portfolio.xhtml";
    LocalDate day = LocalDate.now().minusDays(1);
    List<Map.Entry<String, String>> fields =
        List.of(
            Map.entry("method", "TEACHING"),
            Map.entry("topic", "Taught the ward about the new EPR"),
            Map.entry("startedOn", day.toString()),
            Map.entry("endedOn", day.toString()),
            Map.entry("hours", "2"));
    byte[] pdf = new byte[600 * 1024];
    System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, pdf, 0, 8);
    Page first =
        web.submitAllWithFile(url, web.get(url), "entry", "add", fields, "evidence", "a.pdf", pdf);
    assertThat(first.status()).as(first.body()).isEqualTo(302);
    // a second 600 KB file would take the trainee past their 1 MB
    Page second =
        web.submitAllWithFile(url, web.get(url), "entry", "add", fields, "evidence", "b.pdf", pdf);
    assertThat(second.status()).isEqualTo(200);
    assertThat(second.body())
        .contains("You have stored 0.6 MB of files")
        .contains("may store 1 MB")
        .contains("value=\"Taught the ward about the new EPR\"");
    assertThat(TestDatabase.one("select count(*) from cpd_entry where user_id = ?", trainee.id()))
        .isEqualTo("1");
  }

  @Test
  void aFormActionRunsOnlyFromAPostWithItsViewsNonce() throws Exception {
    TestUser trainee = TestUsers.create("TRAINEE");
    WebClient web = signedIn(trainee);
    String url = "trainee/portfolio.xhtml";
    LocalDate day = LocalDate.now().minusDays(1);
    Map<String, String> fields =
        Map.of(
            "entry:method_input", "TEACHING",
            "entry:method", "TEACHING",
            "entry:topic", "Sent by a link",
            "entry:startedOn", day.toString(),
            "entry:endedOn", day.toString(),
            "entry:hours", "1");
    // the same form sent by GET (a link, an image): refused, nothing saved
    Page form = web.get(url);
    StringBuilder query = new StringBuilder("entry=entry&entry%3Aadd=");
    fields.forEach(
        (k, v) ->
            query
                .append('&')
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    query
        .append("&jakarta%2Efaces%2EViewState=")
        .append(URLEncoder.encode(form.viewState(), StandardCharsets.UTF_8))
        .append("&primefaces.nonce=")
        .append(URLEncoder.encode(form.nonce(), StandardCharsets.UTF_8));
    Page byGet = web.get(url + "?" + query);
    assertThat(byGet.status()).isEqualTo(400);
    assertThat(byGet.body()).contains("could not be understood").doesNotContain("Exception");

    // by POST with another nonce, or none: refused with 400, never 500, and nothing saved
    for (String nonce : new String[] {"bm90LXRoZS1ub25jZQ==", "", null}) {
      Page page = web.get(url);
      Map<String, String> data = new LinkedHashMap<>(fields);
      data.put("entry", "entry");
      data.put("entry:add", "");
      data.put("jakarta.faces.ViewState", page.viewState());
      if (nonce != null) {
        data.put("primefaces.nonce", nonce);
      }
      Page refused = web.post(url, data);
      assertThat(refused.status()).as("nonce %s", nonce).isEqualTo(400);
    }
    assertThat(TestDatabase.one("select count(*) from cpd_entry where user_id = ?", trainee.id()))
        .isEqualTo("0");
    // the page's own nonce works
    Page page = web.get(url);
    Map<String, String> data = new LinkedHashMap<>(fields);
    data.put("entry", "entry");
    data.put("entry:add", "");
    data.put("jakarta.faces.ViewState", page.viewState());
    data.put("primefaces.nonce", page.nonce());
    assertThat(web.post(url, data).status()).isEqualTo(302);
    assertThat(TestDatabase.one("select count(*) from cpd_entry where user_id = ?", trainee.id()))
        .isEqualTo("1");
  }

  /** A program's request with a bearer token and nothing else. */
  private HttpResponse<String> withToken(String path, String token) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(base.toURI().resolve(path))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void metricsAreForAdminsAndTheConfiguredScraperOnly() throws Exception {
    URI root = new URL(base, "/").toURI();
    String stranger = "198.51.100.23";
    Page anonymous = new WebClient(root).from(stranger).get("metrics");
    assertThat(anonymous.status()).isEqualTo(404);
    assertThat(anonymous.body()).doesNotContain("ccio_").doesNotContain("mp_scope");
    assertThat(new WebClient(root).from(stranger).get("metrics/application").status())
        .isEqualTo(404);
    for (String role : new String[] {"TRAINEE", "TUTOR", "REVIEWER"}) {
      TestUser user = TestUsers.create(role);
      WebClient web = new WebClient(root).from(stranger);
      web.signIn(user.email(), user.password());
      assertThat(web.get("metrics").status()).as(role).isEqualTo(404);
    }
    TestUser admin = TestUsers.create("ADMIN");
    WebClient adminWeb = new WebClient(root).from(stranger);
    adminWeb.signIn(admin.email(), admin.password());
    Page asAdmin = adminWeb.get("metrics?scope=base");
    assertThat(asAdmin.status()).isEqualTo(200);
    assertThat(asAdmin.body()).contains("mp_scope=\"base\"");
    Page scraped = new WebClient(root).from(SCRAPER).get("metrics?scope=application");
    assertThat(scraped.status()).isEqualTo(200);
    assertThat(scraped.body()).contains("ccio_");
    // the scraper's neighbour is not the scraper
    assertThat(new WebClient(root).from("192.0.2.201").get("metrics").status()).isEqualTo(404);
  }

  @Test
  void theOpenApiDocumentPassesRedoclysRecommendedRules() throws Exception {
    Page document = new WebClient(new URL(base, "/").toURI()).get("openapi");
    assertThat(document.status()).isEqualTo(200);
    Path dir = Files.createTempDirectory("openapi-lint");
    Path file = dir.resolve("openapi.yaml");
    Files.writeString(file, document.body());
    Path config = dir.resolve("redocly.yaml");
    try (InputStream in = HardeningIT.class.getResourceAsStream("/openapi/redocly.yaml")) {
      Files.copy(in, config);
    }
    Linter.Result result = Linter.redocly(config, file);
    assertThat(result.output())
        .as("redocly lint (exit %s)", result.exitCode())
        .contains("Your API description is valid")
        .doesNotContainPattern("You have \\d+ warning");
    assertThat(result.exitCode()).isZero();
    // what the linter cannot know: the one server is the public address, no Payara extras
    assertThat(document.body())
        .contains("url: " + PUBLIC_URL)
        .doesNotContain("localhost")
        .doesNotContain("endpoints:");
  }

  /** The sign-in page's message, without the page around it. */
  private static String message(Page page) {
    return Jsoup.parse(page.body()).select("#pageMessages, .msg").text();
  }

  /** A GET sent byte by byte, with a Host header of the caller's choosing. */
  private String rawGet(String path, String host) throws Exception {
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
