package org.ccioacademy.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import org.ccioacademy.testing.ContainerTest;
import org.ccioacademy.testing.Deployments;
import org.ccioacademy.testing.TestDatabase;
import org.ccioacademy.testing.TestUsers;
import org.ccioacademy.testing.TestUsers.TestUser;
import org.ccioacademy.testing.WebClient;
import org.ccioacademy.testing.WebClient.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
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

  static final String PUBLIC_URL = "http://learn.ccio.test";

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.war()
        .addAsResource(
            new StringAsset(
                "config_ordinal=500\n"
                    + "ccio.certificates.sweep-seconds=2\n"
                    // the shipped limits (the suite raises them for 127.0.0.1), and the test
                    // client as a trusted proxy (whatever address it has), so X-Forwarded-For names
                    // each client
                    + "ccio.throttle.signin-address=30/10\n"
                    + "ccio.throttle.signin-network=300/10\n"
                    + "ccio.throttle.register-address=10/60\n"
                    + "ccio.throttle.register-network=100/60\n"
                    + "ccio.http.trusted-proxies=0.0.0.0/0,::/0\n"
                    + "ccio.public-url="
                    + PUBLIC_URL
                    + "\n"),
            "META-INF/microprofile-config.properties");
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
    execute(change, hostile, course, option);
    try {
      WebClient web = signedIn(TestUsers.create("TRAINEE"));
      Page page = web.get("course.xhtml?id=" + course);
      web.submit("course.xhtml?id=" + course, page, "enrolment", "enrol", Map.of());
      Page quiz = web.get("learn/quiz.xhtml?course=" + course + "&module=" + module);
      assertThat(quiz.status()).isEqualTo(200);
      assertThat(quiz.body())
          .doesNotContain("<meta http-equiv=\"refresh\"")
          .contains("&lt;meta http-equiv=");
      assertThat(org.jsoup.Jsoup.parse(quiz.body()).select("meta[http-equiv]")).isEmpty();
    } finally {
      execute(change, option, course, hostile);
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
    execute(
        "insert into enrolment (user_id, course_id, status) select ?, id, 'ACTIVE' from course"
            + " where code = ?",
        trainee.id(),
        course);
    String change =
        "update course_version v set title = ? from course c where c.current_version_id = v.id"
            + " and c.code = ?";
    execute(change, hostile, course);
    try {
      Page dashboard = signedIn(TestUsers.create("REVIEWER")).get("reviewer/dashboard.xhtml");
      assertThat(dashboard.status()).isEqualTo(200);
      assertThat(dashboard.body()).doesNotContain(hostile).doesNotContain("<b>x</b>");
      // the table beside the chart shows the title as text
      assertThat(dashboard.body()).contains("&lt;/script&gt;&lt;b&gt;x&lt;/b&gt;");
      // every script element holds its own text: none was ended early
      for (var script : org.jsoup.Jsoup.parse(dashboard.body()).select("script")) {
        assertThat(script.data()).doesNotContain("<b>");
      }
    } finally {
      execute(change, title, course);
    }
  }

  @Test
  void aCalendarFileFoldsBareCarriageReturnsAndLinksToThePublicAddressNotTheHostHeader()
      throws Exception {
    TestUser organiser = TestUsers.create("TUTOR");
    long eventId;
    try (Connection c = TestDatabase.connect();
        PreparedStatement s =
            c.prepareStatement(
                "insert into event (title, kind, description, venue, starts_on, ends_on,"
                    + " registration_opens_at, registration_closes_at, capacity,"
                    + " approval_required, status, organiser_id) values (?, 'REGIONAL', ?,"
                    + " 'Leeds', current_date + 30, current_date + 30, now(), now() + interval"
                    + " '20 days', 10, false, 'PUBLISHED', ?) returning id")) {
      s.setString(1, "Regional day\rATTENDEE:mailto:attacker@example.org");
      s.setString(2, "Line one\rMETHOD:CANCEL");
      s.setLong(3, organiser.id());
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        eventId = rs.getLong(1);
      }
    }
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
    execute(
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
    execute(
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
    assertThat(new WebClient(new URL(base, "/").toURI()).get("metrics?scope=application").body())
        .containsPattern("ccio_throttled_total\\{[^}]*rule=\"signin_address\"[^}]*\\} [1-9]");
  }

  @Test
  void registrationsFromOneAddressAreLimited() throws Exception {
    WebClient bot = new WebClient(base.toURI()).from("203.0.113.11");
    int created = 0;
    int refused = 0;
    for (int i = 0; i < 12; i++) {
      Map<String, String> form = new java.util.LinkedHashMap<>();
      form.put("fullName", "Bot Person");
      form.put("email", "bot" + i + "-" + System.nanoTime() + "@example.nhs.uk");
      form.put("password", "lantern orbit pickle meadow");
      form.put("passwordConfirmation", "lantern orbit pickle meadow");
      form.put("group_input", "AHP");
      form.put("profession_input", "PHYSIOTHERAPIST");
      form.put("grade_input", "BAND_6");
      form.put("registrationNumber", "PH123456");
      form.put("odsCode", "RTD");
      form.put("region_input", "LONDON");
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

  /** The sign-in page's message, without the page around it. */
  private static String message(Page page) {
    return org.jsoup.Jsoup.parse(page.body()).select("#pageMessages, .msg").text();
  }

  private static void execute(String sql, Object... args) throws Exception {
    try (Connection c = TestDatabase.connect();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      s.executeUpdate();
    }
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
