package org.ccioacademy.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;
import org.ccioacademy.testing.ContainerTest;
import org.ccioacademy.testing.Deployments;
import org.ccioacademy.testing.TestCertificates;
import org.ccioacademy.testing.TestDatabase;
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
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The staff feed: joiners, movers, leavers and returners from an ESR-style CSV file, checked line
 * by line before anything changes, applied all or nothing, audited; uploaded by an admin or left in
 * the watched folder.
 */
@ContainerTest
@RunAsClient
class StaffFeedIT {

  private static final Logger LOG = Logger.getLogger(StaffFeedIT.class.getName());

  private static final Path FOLDER = folder();
  private static final String PAGE = "admin/staff-feed.xhtml";
  private static final String HEADER =
      "Employee Number,First Name,Last Name,Email Address,Staff Group,"
          + "Professional Registration Number,Organisation Code,Assignment Start Date,"
          + "Assignment End Date\n";

  @ArquillianResource URL base;

  private static Path folder() {
    try {
      return Files.createTempDirectory("ccio-staff-feed");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.war(
        "config_ordinal=500\nccio.staff-feed.folder="
            + FOLDER
            + "\nccio.staff-feed.poll-seconds=1\nccio.staff-feed.settle-millis=0\n");
  }

  private WebClient admin() throws Exception {
    TestUser admin = TestUsers.create("ADMIN");
    WebClient web = new WebClient(base.toURI());
    web.signIn(admin.email(), admin.password());
    return web;
  }

  /** Eight digits, as ESR employee numbers are. */
  private static String unique() {
    return String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
  }

  /** Uploads a feed and returns the page of the run it made. */
  private static Page check(WebClient web, String csv) {
    Page form = web.get(PAGE);
    Map<String, List<String>> fields = web.form(form, "feed");
    Page answer =
        web.sendWithFile(
            PAGE,
            form,
            fields,
            "feed:file",
            "feed.csv",
            csv.getBytes(StandardCharsets.UTF_8),
            "feed:check");
    assertThat(answer.status()).as(answer.body()).isEqualTo(302);
    return web.follow(answer);
  }

  private static String text(Page page, String id) {
    return Jsoup.parse(page.body()).getElementById(id).text();
  }

  @Test
  void joinersMoversLeaversAndReturnersAreCheckedThenAppliedAndAudited() throws Exception {
    String u = unique();
    TestUser mover = TestUsers.withEmailDomain("nhs.net", "TRAINEE");
    TestDatabase.execute("update users set staff_number = ? where id = ?", "M" + u, mover.id());
    TestUser registered = TestUsers.withEmailDomain("nhs.net", "TRAINEE");
    TestUser leaver = TestUsers.withEmailDomain("nhs.net", "TRAINEE");
    String certificate = TestCertificates.stage(leaver.id(), "digital-champion").create();
    WebClient leaverWeb = new WebClient(base.toURI());
    leaverWeb.signIn(leaver.email(), leaver.password());
    TestUser returner = TestUsers.withEmailDomain("nhs.net", "TRAINEE");
    TestDatabase.execute(
        "update users set staff_number = ?, enabled = false, left_on = '2025-03-31' where id = ?",
        "R" + u,
        returner.id());
    String joiner = "j-" + u + "@nhs.net";
    LocalDate yesterday = LocalDate.now().minusDays(1);
    String csv =
        HEADER
            + "J"
            + u
            + ",Jo,Joiner,"
            + joiner
            + ",Allied Health Professionals,PA12345,RTD,2026-01-05,\n"
            + "M"
            + u
            + ",Mo,Mover,"
            + mover.email()
            + ",,,RX9,2024-01-01,\n"
            + "G"
            + u
            + ",Reg,Istered,"
            + registered.email()
            + ",,,RTD,2024-01-01,\n"
            + "L"
            + u
            + ",Lee,Leaver,"
            + leaver.email()
            + ",,,RTD,2020-01-01,"
            + yesterday
            + "\n"
            + "R"
            + u
            + ",Ray,Returner,"
            + returner.email()
            + ",,,RTD,2026-06-01,\n";
    WebClient admin = admin();
    Page checked = check(admin, csv);
    assertThat(text(checked, "problem-count")).isEqualTo("0");
    assertThat(text(checked, "joiners")).isEqualTo("1");
    assertThat(text(checked, "updates")).isEqualTo("2");
    assertThat(text(checked, "leavers")).isEqualTo("1");
    assertThat(text(checked, "returners")).isEqualTo("1");
    assertThat(text(checked, "lines")).contains("joins: a new account", "leaves: account disabled");
    // checking changed nothing
    assertThat(TestDatabase.one("select count(*) from users where email = ?", joiner))
        .isEqualTo("0");
    assertThat(TestDatabase.one("select enabled from users where id = ?", leaver.id()))
        .isEqualTo("t");

    Page applied = admin.follow(admin.submit(PAGE, checked, "apply", "apply", Map.of()));
    assertThat(applied.body())
        .contains("The feed was applied: 1 joined, 2 updated, 1 left, 1 returned.");
    assertThat(text(applied, "status")).isEqualTo("applied");
    assertThat(
            TestDatabase.one(
                "select u.full_name || ' ' || u.staff_number || ' ' || u.professional_group || ' '"
                    + " || u.registration_number || ' ' || u.ods_code || ' ' || r.role from users u"
                    + " join user_roles r on r.user_id = u.id where u.email = ?",
                joiner))
        .isEqualTo("Jo Joiner J" + u.toUpperCase() + " AHP PA12345 RTD TRAINEE");
    assertThat(
            TestDatabase.one(
                "select full_name || ' ' || ods_code || ' ' || staff_number from users where id = ?",
                mover.id()))
        .isEqualTo("Mo Mover RX9 M" + u.toUpperCase());
    assertThat(TestDatabase.one("select staff_number from users where id = ?", registered.id()))
        .isEqualTo("G" + u.toUpperCase());
    assertThat(
            TestDatabase.one(
                "select enabled || ' ' || left_on from users where id = ?", leaver.id()))
        .isEqualTo("false " + yesterday);
    assertThat(
            TestDatabase.one(
                "select enabled || ' ' || (left_on is null) from users where id = ?",
                returner.id()))
        .isEqualTo("true true");
    // the leaver's session ended; their record stays, and so does their certificate's validity
    assertThat(leaverWeb.get("api/me").status()).isEqualTo(401);
    assertThat(new WebClient(base.toURI()).get("verify.xhtml?id=" + certificate).body())
        .contains("This certificate is genuine and valid.");
    assertThat(TestDatabase.auditOfUser(leaver.id())).containsExactly("user.left");
    assertThat(admin.get("admin/user.xhtml?id=" + leaver.id()).body())
        .contains("says the staff feed: the account is disabled, the record kept", "L" + u);
    assertThat(TestDatabase.auditOfUser(mover.id())).containsExactly("user.staff-feed-updated");
    assertThat(TestDatabase.auditOfUser(returner.id())).containsExactly("user.returned");
    long joinerId =
        Long.parseLong(TestDatabase.one("select id from users where email = ?", joiner));
    assertThat(TestDatabase.auditOfUser(joinerId)).containsExactly("user.joined");

    // a joiner has no password; they choose one with "Forgotten your password?" (or use SSO)
    assertThat(new WebClient(base.toURI()).signIn(joiner, "!").body())
        .contains("The email address or password is not right");
    // applying the same run again is refused in words
    Page again = admin.get(PAGE + "?run=" + TestDatabase.one("select max(id) from staff_feed_run"));
    assertThat(Jsoup.parse(again.body()).getElementById("apply")).isNull();
  }

  @Test
  void aFileWithAnyProblemChangesNothingAndNamesEveryProblem() throws Exception {
    String u = unique();
    TestUser existing = TestUsers.withEmailDomain("nhs.net", "TRAINEE");
    String csv =
        HEADER
            + "A"
            + u
            + ",Ann,Good,a-"
            + u
            + "@nhs.net,,,RTD,2024-01-01,\n"
            + "B"
            + u
            + ",Bad,Group,b-"
            + u
            + "@nhs.net,Wizards,,RTD,2024-01-01,\n"
            + "C"
            + u
            + ",Cy,Taken,"
            + existing.email()
            + ",,,RTD,2024-01-01,\n";
    TestDatabase.execute("update users set staff_number = ? where id = ?", "X" + u, existing.id());
    WebClient admin = admin();
    Page checked = check(admin, csv);
    assertThat(text(checked, "problem-count")).isEqualTo("2");
    assertThat(text(checked, "lines"))
        .contains("\"Wizards\" is not a professional group")
        .contains("belongs to the account of staff number X" + u.toUpperCase())
        .doesNotContain("Ann Good");
    assertThat(Jsoup.parse(checked.body()).getElementById("apply")).isNull();
    // even a forged press of the missing button applies nothing
    String run = TestDatabase.one("select max(id) from staff_feed_run");
    assertThat(TestDatabase.one("select status from staff_feed_run where id = ?::bigint", run))
        .isEqualTo("CHECKED");
    assertThat(
            TestDatabase.one("select count(*) from users where email = ?", "a-" + u + "@nhs.net"))
        .isEqualTo("0");

    Page unreadable = check(admin, "name,age\nAnn,3\n");
    assertThat(text(unreadable, "file-problem")).contains("has none called \"staff number\"");
  }

  @Test
  void aConflictArisingAfterTheCheckStopsTheApplyAndTwoAdminsApplyOnce() throws Exception {
    String u = unique();
    String email = "late-" + u + "@nhs.net";
    WebClient admin = admin();
    Page checked = check(admin, HEADER + "K" + u + ",Kim,Late," + email + ",,,RTD,2024-01-01,\n");
    assertThat(text(checked, "joiners")).isEqualTo("1");
    // someone registers that address between the check and the apply
    TestUser other = TestUsers.withEmailDomain("nhs.net", "TRAINEE");
    TestDatabase.execute(
        "update users set email = ?, staff_number = ? where id = ?", email, "Z" + u, other.id());
    Page refused = admin.follow(admin.submit(PAGE, checked, "apply", "apply", Map.of()));
    assertThat(refused.body())
        .contains("Nothing was changed: the accounts changed since the check");
    assertThat(text(refused, "lines"))
        .contains("belongs to the account of staff number Z" + u.toUpperCase());
    assertThat(TestDatabase.one("select staff_number from users where id = ?", other.id()))
        .isEqualTo("Z" + u.toUpperCase());

    // two admins press Apply on the same good run at once: it is applied once, nobody sees a 500
    String joiner = "twice-" + u + "@nhs.net";
    WebClient first = admin();
    WebClient second = admin();
    Page one = check(first, HEADER + "T" + u + ",Tia,Twice," + joiner + ",,,RTD,2024-01-01,\n");
    String run = TestDatabase.one("select max(id) from staff_feed_run");
    Page two = second.get(PAGE + "?run=" + run);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Page>> presses = new ArrayList<>();
      presses.add(pool.submit(() -> first.submit(PAGE, one, "apply", "apply", Map.of())));
      presses.add(pool.submit(() -> second.submit(PAGE, two, "apply", "apply", Map.of())));
      List<String> answers = new ArrayList<>();
      for (Future<Page> p : presses) {
        Page page = p.get();
        answers.add(page.status() == 302 ? "applied" : page.body());
      }
      assertThat(answers).hasSize(2).allMatch(a -> !a.contains("Something went wrong"));
      assertThat(String.join(" ", answers)).contains("applied");
    } finally {
      pool.shutdownNow();
    }
    assertThat(TestDatabase.one("select count(*) from users where email = ?", joiner))
        .isEqualTo("1");
    assertThat(TestDatabase.one("select status from staff_feed_run where id = ?::bigint", run))
        .isEqualTo("APPLIED");
  }

  @Test
  void theWatchedFolderAppliesAGoodFileAndRefusesABadOneWithItsProblems() throws Exception {
    String u = unique();
    String good = "folder-" + u + "@nhs.net";
    Files.writeString(
        FOLDER.resolve("good-" + u + ".csv"),
        HEADER + "F" + u + ",Fay,Folder," + good + ",,,RTD,2024-01-01,\n");
    Files.writeString(
        FOLDER.resolve("bad-" + u + ".csv"),
        HEADER + "F2" + u + ",Fay,Bad,not-an-address,,,RTD,2024-01-01,\n");
    long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < end
        && (Files.exists(FOLDER.resolve("good-" + u + ".csv"))
            || Files.exists(FOLDER.resolve("bad-" + u + ".csv")))) {
      Thread.sleep(200);
    }
    assertThat(TestDatabase.one("select count(*) from users where email = ?", good)).isEqualTo("1");
    try (var done = Files.list(FOLDER.resolve("done"))) {
      assertThat(done.map(p -> p.getFileName().toString()))
          .anyMatch(n -> n.endsWith("good-" + u + ".csv"));
    }
    Path problems;
    try (var refused = Files.list(FOLDER.resolve("refused"))) {
      problems =
          refused
              .filter(p -> p.getFileName().toString().endsWith("bad-" + u + ".csv.problems.txt"))
              .findFirst()
              .orElseThrow();
    }
    assertThat(Files.readString(problems))
        .contains("line 2: \"not-an-address\" is not an email address.");
    assertThat(
            TestDatabase.one(
                "select string_agg(status, ',' order by id) from staff_feed_run where file_name"
                    + " like ?",
                "%-" + u + ".csv"))
        .isEqualTo("REFUSED,APPLIED");
  }

  /**
   * The benchmark in docs/benchmarks.md (run with {@code -Dccio.bench=true}): a 100,000-line feed
   * of joiners checked, then applied; a second file moving every one of them, checked and applied.
   * Prints the times; asserts only what was done.
   */
  @Test
  @EnabledIfSystemProperty(named = "ccio.bench", matches = "true")
  void benchmarkOfAHundredThousandLines() throws Exception {
    int n = 100_000;
    String u = unique();
    StringBuilder joiners = new StringBuilder(HEADER);
    StringBuilder movers = new StringBuilder(HEADER);
    for (int i = 0; i < n; i++) {
      String line = "B" + u + i + ",Person,Number " + i + ",bench-" + u + "-" + i + "@nhs.net,";
      joiners
          .append(line)
          .append("Allied Health Professionals,PA")
          .append(10000 + i % 90000)
          .append(",RTD,2024-01-01,\n");
      movers.append(line).append(",,RX9,2024-01-01,\n");
    }
    WebClient admin = admin();
    for (StringBuilder file : List.of(joiners, movers)) {
      long started = System.nanoTime();
      Page checked = check(admin, file.toString());
      long checkedAt = System.nanoTime();
      assertThat(text(checked, "problem-count")).isEqualTo("0");
      Page applied = admin.follow(admin.submit(PAGE, checked, "apply", "apply", Map.of()));
      long appliedAt = System.nanoTime();
      assertThat(text(applied, "status")).isEqualTo("applied");
      LOG.info(
          String.format(
              "BENCH staff feed %d lines (%d bytes): upload and check %d ms, apply %d ms",
              n,
              file.length(),
              (checkedAt - started) / 1_000_000,
              (appliedAt - checkedAt) / 1_000_000));
    }
    assertThat(
            TestDatabase.one("select count(*) from users where email like ?", "bench-" + u + "-%"))
        .isEqualTo(String.valueOf(n));
  }
}
