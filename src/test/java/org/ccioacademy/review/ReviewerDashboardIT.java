package org.ccioacademy.review;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.ccioacademy.testing.Browser;
import org.ccioacademy.testing.TestCertificates;
import org.ccioacademy.testing.TestDatabase;
import org.ccioacademy.testing.TestEvents;
import org.ccioacademy.testing.TestLearning;
import org.ccioacademy.testing.TestUsers;
import org.ccioacademy.testing.TestUsers.TestUser;
import org.ccioacademy.testing.WarTest;
import org.ccioacademy.testing.WebClient;
import org.ccioacademy.testing.WebClient.Page;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/**
 * The reviewer dashboard against a small hand-made cohort whose every figure is counted by hand
 * below: trainees with no enrolments, a course nobody completed, a trainee who moved region, one
 * with no region or grade, and one who re-certified (time to completion counts the first).
 */
@RunAsClient
class ReviewerDashboardIT extends WarTest {

  /** An ODS code only this test's trainees have. */
  static final String ODS = "QRD" + (System.nanoTime() % 100000);

  static final Map<String, TestUser> T = new LinkedHashMap<>();
  static String cohortId;

  private static TestUser trainee(
      String key, String region, String group, String grade, Integer signedInDaysAgo)
      throws SQLException {
    TestUser t = TestUsers.create("TRAINEE");
    TestDatabase.execute(
        "update users set ods_code = ?, region = ?, professional_group = ?, grade = ?,"
            + " last_sign_in_at = now() - make_interval(days => ?) where id = ?",
        ODS,
        region,
        group,
        grade,
        signedInDaysAgo,
        t.id());
    T.put(key, t);
    return t;
  }

  @BeforeAll
  static void handMadeCohort() throws SQLException {
    String a = "clinical-safety";
    String b = "data-quality-analytics";
    // T1: London nurse, completed A in 10 days, active
    long e1 =
        TestLearning.enrolment(trainee("t1", "LONDON", "NURSE", "BAND_5", 5).id(), a)
            .completed(30, 20)
            .create();
    // T2: London doctor, never signed in since: completed A in 20 days; left B
    TestUser t2 = trainee("t2", "LONDON", "DOCTOR", "FY1", null);
    long e2 = TestLearning.enrolment(t2.id(), a).completed(40, 20).create();
    TestLearning.enrolment(t2.id(), b).left(40).lastActive(35).create();
    // T3: North West, on A for 100 days, nothing for 90: inactive
    long e3 =
        TestLearning.enrolment(trainee("t3", "NORTH_WEST", "NURSE", "BAND_6", 90).id(), a)
            .active(100)
            .lastActive(90)
            .create();
    // T4: North West, never signed in, no enrolments: inactive and never started
    trainee("t4", "NORTH_WEST", "AHP", "BAND_5", null);
    // T5: moved from London to the South West; on B
    TestUser t5 = trainee("t5", "LONDON", "NURSE", "BAND_5", 1);
    TestLearning.enrolment(t5.id(), b).active(10).lastActive(1).create();
    TestDatabase.execute("update users set region = 'SOUTH_WEST' where id = ?", t5.id());
    // T6: no region, no grade, signed in 2 days ago, no enrolments
    trainee("t6", null, "OTHER", null, 2);
    // T7: London doctor who completed A in 30 days 370 days ago and re-certified 40 days ago
    TestUser t7 = trainee("t7", "LONDON", "DOCTOR", "ST3", 3);
    long e7 = TestLearning.enrolment(t7.id(), a).completed(400, 40).create();
    TestLearning.recertifying(e7, 50, 400, 370);
    // modules of A: T1 (90), T2 (80) and T7 (100) completed all three, passing each quiz; T3 read
    // the first only and scored 40 on its quiz (not passed)
    TestLearning.passedEveryModule(e1, 90);
    TestLearning.passedEveryModule(e2, 80);
    TestLearning.passedEveryModule(e7, 100);
    TestLearning.scoredWithoutPassing(e3, "why-clinical-safety", 40);
    // pathway: T4 holds the second stage's certificate, T6 a revoked first stage (not counted)
    TestCertificates.stage(T.get("t4").id(), "clinical-safety-officer").create();
    TestCertificates.stage(T.get("t6").id(), "digital-champion")
        .revoked("issued in error")
        .create();
    // an event that has begun: T1 came, T2 was marked present then corrected to absent, T3 did
    // not come, T5 is on the waitlist; and one that has not begun (not counted)
    for (int days : new int[] {-3, 30}) {
      long event =
          TestEvents.event("Regional day " + ODS + " " + days)
              .describedAs("x")
              .startingIn(days)
              .registration(60, -5)
              .places(50)
              .organisedBy(T.get("t1").id())
              .create();
      long session = TestEvents.session(event, "Morning", days, "09:00", "12:00", "3", true);
      for (String[] r :
          new String[][] {
            {"t1", "REGISTERED"}, {"t2", "REGISTERED"}, {"t3", "REGISTERED"}, {"t5", "WAITLISTED"}
          }) {
        TestEvents.register(event, T.get(r[0]).id(), r[1]);
      }
      for (String[] m : new String[][] {{"t1", "PRESENT"}, {"t2", "PRESENT"}, {"t2", "ABSENT"}}) {
        TestEvents.mark(session, T.get(m[0]).id(), m[1]);
      }
    }
    // data quality: T4's NMC PIN is missing; T7 is a doctor with a nurse's PIN (not a GMC number)
    TestDatabase.execute(
        "update users set registration_number = null where id = ?", T.get("t4").id());
    TestDatabase.execute("update users set profession = 'DOCTOR' where id = ?", t7.id());
    cohortId =
        TestDatabase.one("insert into cohort (name) values ('Hand-made ' || ?) returning id", ODS);
    TestDatabase.execute(
        "insert into cohort_criterion (cohort_id, kind, value) values (?, 'ORGANISATION', ?)",
        Long.parseLong(cohortId),
        ODS);
  }

  private static Map<String, List<String>> rows(Document doc, String table) {
    Map<String, List<String>> rows = new LinkedHashMap<>();
    for (Element tr : doc.select("#" + table + " tbody tr")) {
      List<String> cells = new ArrayList<>();
      tr.select("td").forEach(td -> cells.add(td.text()));
      rows.put(tr.selectFirst("th").text(), cells);
    }
    return rows;
  }

  private Document dashboard(WebClient web, String by) {
    Page page = web.get("reviewer/dashboard.xhtml?cohort=" + cohortId + "&by=" + by);
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    return Jsoup.parse(page.body());
  }

  @Test
  void aTutorAndAReviewerSeeTheSameFiguresForAModule() throws Exception {
    // one rule (delivery's module_figures): every enrolment counts, T2's who left included
    WebClient admin = signedIn(TestUsers.create("ADMIN"));
    String course = "data-quality-analytics";
    Document tutors = Jsoup.parse(admin.get("author/stats.xhtml?id=" + course).body());
    Document reviewers = Jsoup.parse(admin.get("reviewer/course.xhtml?course=" + course).body());
    List<List<String>> asTutor = new ArrayList<>();
    for (List<String> r : rows(tutors, "moduleFigures").values()) {
      // enrolled, completed (rate), took the quiz, passed (rate), attempts, average
      asTutor.add(
          List.of(
              r.get(0),
              r.get(1).replaceAll(" .*", ""),
              r.get(2),
              r.get(3).replaceAll(" .*", ""),
              r.get(5).replace("No attempts yet", "–")));
    }
    List<List<String>> asReviewer = new ArrayList<>();
    for (List<String> r : rows(reviewers, "modules").values()) {
      // enrolled, completed, rate, took the quiz, passed, rate, average
      asReviewer.add(List.of(r.get(0), r.get(1), r.get(3), r.get(4), r.get(6)));
    }
    assertThat(asTutor).isNotEmpty().isEqualTo(asReviewer);
    assertThat(tutors.getElementById("enrolled").text()).isEqualTo(asTutor.get(0).get(0));
    assertThat(Long.parseLong(tutors.getElementById("left").text())).isPositive();
  }

  @Test
  void everyFigureMatchesTheCountByHand() throws Exception {
    WebClient admin = signedIn(TestUsers.create("ADMIN"));
    Document doc = dashboard(admin, "REGION");
    assertThat(doc.getElementById("scope").text()).isEqualTo("every trainee (national)");
    assertThat(doc.getElementById("trainees").text()).isEqualTo("7");
    assertThat(doc.getElementById("enrolments").text()).isEqualTo("6");
    assertThat(doc.getElementById("completion-rate").text()).isEqualTo("50.0%");
    assertThat(doc.getElementById("left").text()).isEqualTo("1");
    assertThat(doc.getElementById("inactive").text()).isEqualTo("2 (28.6%)");
    assertThat(doc.getElementById("never-started").text()).isEqualTo("2");

    Map<String, List<String>> courses = rows(doc, "courses");
    assertThat(courses).hasSize(2);
    // A: 4 enrolled, 3 completed in 10, 20 and 30 days (T7's first completion, not the re-take)
    assertThat(courses.get("Clinical safety: DCB0129 and DCB0160"))
        .containsExactly("4", "3", "75.0%", "0", "20.0", "28.0");
    // B: nobody completed: no rate of days
    assertThat(
            courses.values().stream().filter(r -> r.get(0).equals("2")).findFirst().orElseThrow())
        .containsExactly("2", "0", "0.0%", "1", "–", "–");

    // module by module: 4 on the course; T3 took the first quiz and did not pass
    Map<String, List<String>> modules =
        rows(
            Jsoup.parse(
                admin
                    .get("reviewer/course.xhtml?course=clinical-safety&cohort=" + cohortId)
                    .body()),
            "modules");
    assertThat(modules).hasSize(3);
    assertThat(modules.values().iterator().next())
        .containsExactly("4", "3", "75.0%", "4", "3", "75.0%", "77.5%");
    assertThat(modules.values().stream().skip(1))
        .allSatisfy(
            m -> assertThat(m).containsExactly("4", "3", "75.0%", "3", "3", "100.0%", "90.0%"));

    // month by month: T1 and T2 completed 20 days ago (in 10 and 20 days); T7 first completed
    // 370 days ago, before the 12 months shown; every other month none
    Map<String, List<String>> months = rows(doc, "months");
    assertThat(months).hasSize(12);
    String month =
        java.time.format.DateTimeFormatter.ofPattern("MMM yyyy", java.util.Locale.UK)
            .format(java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).minusDays(20));
    assertThat(months.get(month)).containsExactly("2", "15.0");
    assertThat(months.entrySet().stream().filter(m -> !m.getKey().equals(month)))
        .allSatisfy(m -> assertThat(m.getValue()).containsExactly("0", "–"));

    // events: only the one that has begun; 3 with a place, 1 came
    Map<String, List<String>> events = rows(doc, "events");
    assertThat(events).containsOnlyKeys("Regional day " + ODS + " -3");
    assertThat(events.get("Regional day " + ODS + " -3")).endsWith("3", "1", "33.3%");

    // pathway: each trainee once, at the highest stage held (not revoked), counted here
    // independently of the page's SQL
    Map<String, List<String>> stages = rows(doc, "stages");
    List<String> order =
        List.of(
            "digital-champion",
            "clinical-safety-officer",
            "clinical-lead-for-digital",
            "deputy-ccio",
            "ccio");
    int[] highest = new int[order.size() + 1];
    for (TestUser t : T.values()) {
      int best = 0;
      for (int i = 0; i < order.size(); i++) {
        if (!"0"
            .equals(
                TestDatabase.one(
                    "select count(*) from certificate where user_id = ? and kind = 'STAGE'"
                        + " and revoked_at is null and achievement = ?",
                    t.id(),
                    "stage:ccio-career-path:" + order.get(i)))) {
          best = i + 1;
        }
      }
      highest[best]++;
    }
    List<List<String>> stageRows = new ArrayList<>(stages.values());
    assertThat(stageRows).hasSize(6);
    for (int i = 0; i < 6; i++) {
      assertThat(stageRows.get(i).get(0)).as("stage " + i).isEqualTo(String.valueOf(highest[i]));
    }
    assertThat(highest[2]).isGreaterThanOrEqualTo(1);
    assertThat(stages.get("No stage yet").get(0)).isEqualTo(String.valueOf(highest[0]));

    Map<String, List<String>> regions = rows(doc, "breakdown");
    assertThat(regions.get("London")).containsExactly("3", "4", "3", "75.0%", "0 (0.0%)");
    assertThat(regions.get("North West")).containsExactly("2", "1", "0", "0.0%", "2 (100.0%)");
    // T5 counts where they are now
    assertThat(regions.get("South West")).containsExactly("1", "1", "0", "0.0%", "0 (0.0%)");
    assertThat(regions.get("Not given")).containsExactly("1", "0", "0", "–", "0 (0.0%)");
    assertThat(regions).hasSize(4);

    Map<String, List<String>> grades = rows(dashboard(admin, "GRADE"), "breakdown");
    assertThat(grades.get("Band 5")).containsExactly("3", "2", "1", "50.0%", "1 (33.3%)");
    assertThat(grades.get("Not given")).containsExactly("1", "0", "0", "–", "0 (0.0%)");
    Map<String, List<String>> groups = rows(dashboard(admin, "GROUP"), "breakdown");
    assertThat(groups.get("Doctor")).containsExactly("2", "3", "2", "66.7%", "0 (0.0%)");
    Map<String, List<String>> orgs = rows(dashboard(admin, "ORGANISATION"), "breakdown");
    assertThat(orgs).containsOnlyKeys(ODS);

    // the maintained facts agree with the source tables for every trainee in the database
    assertThat(
            TestDatabase.one(
                "select count(*) from (select u.id, u.region, u.ods_code, u.grade,"
                    + " count(e.id) as n, count(e.completed_at) as c,"
                    + " count(*) filter (where e.status = 'LEFT') as l,"
                    + " greatest(u.last_sign_in_at, max(e.last_activity_at)) as la,"
                    + " (select array_agg(c.achievement::text order by c.achievement)"
                    + " from certificate c where c.user_id = u.id and c.kind = 'STAGE'"
                    + " and c.revoked_at is null) as st"
                    + " from users u join user_roles r on r.user_id = u.id and r.role = 'TRAINEE'"
                    + " left join enrolment e on e.user_id = u.id group by u.id) s"
                    + " full join trainee_fact t on t.user_id = s.id"
                    + " where s.id is null or t.user_id is null"
                    + " or (s.region, s.ods_code, s.grade, s.n, s.c, s.l, s.la, s.st)"
                    + " is distinct from (t.region, t.ods_code, t.grade, t.enrolments, t.completed,"
                    + " t.left_courses, t.last_activity_at, t.stages)"))
        .isEqualTo("0");
    assertThat(
            TestDatabase.one(
                "select count(*) from enrolment e join user_roles r on r.user_id = e.user_id"
                    + " and r.role = 'TRAINEE' full join enrolment_fact f on f.enrolment_id = e.id"
                    + " where e.id is null or f.enrolment_id is null or e.status <> f.status"))
        .isEqualTo("0");

    // the database sets each trainee's intake from when the account was made
    assertThat(TestDatabase.one("select intake_year from users where id = ?", T.get("t1").id()))
        .isEqualTo(String.valueOf(Intakes.of(LocalDate.now(ZoneId.of("Europe/London")))));
  }

  @Test
  void theFactsAreRefreshedInPlaceAndFollowStageCertificates() throws Exception {
    TestUser t = TestUsers.create("TRAINEE");
    String enrolment =
        Long.toString(TestLearning.enrolment(t.id(), "clinical-safety").active(5).create());
    String rowVersion = "select xmin::text from enrolment_fact where enrolment_id = ?";
    String before = TestDatabase.one(rowVersion, Long.parseLong(enrolment));
    // a sign-in changes the trainee's last activity, and does not rewrite their enrolment rows
    TestDatabase.execute("update users set last_sign_in_at = now() where id = ?", t.id());
    assertThat(TestDatabase.one(rowVersion, Long.parseLong(enrolment))).isEqualTo(before);
    assertThat(
            TestDatabase.one(
                "select t.last_activity_at = u.last_sign_in_at from trainee_fact t"
                    + " join users u on u.id = t.user_id where t.user_id = ?",
                t.id()))
        .isEqualTo("t");

    // a stage certificate is counted as it is issued and stops counting when it is revoked
    String stages =
        "select coalesce(array_to_string(stages, ','), '') from trainee_fact"
            + " where user_id = ?";
    TestCertificates.stage(t.id(), "digital-champion").create();
    TestCertificates.stage(t.id(), "clinical-safety-officer").create();
    assertThat(TestDatabase.one(stages, t.id()))
        .isEqualTo(
            "stage:ccio-career-path:clinical-safety-officer,stage:ccio-career-path:digital-champion");
    TestDatabase.execute(
        "update certificate set revoked_at = now(), revoked_reason = 'issued in error'"
            + " where user_id = ? and achievement like '%clinical-safety-officer'",
        t.id());
    assertThat(TestDatabase.one(stages, t.id()))
        .isEqualTo("stage:ccio-career-path:digital-champion");

    // no longer a trainee: out of the figures, enrolments and all
    TestDatabase.execute("delete from user_roles where user_id = ? and role = 'TRAINEE'", t.id());
    assertThat(
            TestDatabase.one(
                "select (select count(*) from trainee_fact where user_id = ?)"
                    + " + (select count(*) from enrolment_fact where user_id = ?)",
                t.id(),
                t.id()))
        .isEqualTo("0");
    TestDatabase.execute("insert into user_roles (user_id, role) values (?, 'TRAINEE')", t.id());
    assertThat(TestDatabase.one(stages, t.id()))
        .isEqualTo("stage:ccio-career-path:digital-champion");
    assertThat(TestDatabase.one("select count(*) from enrolment_fact where user_id = ?", t.id()))
        .isEqualTo("1");
  }

  @Test
  void theFactsStayRightWhenOneTraineeChangesInTwoTransactionsAtOnce() throws Exception {
    TestUser t = TestUsers.create("TRAINEE");
    String first =
        Long.toString(TestLearning.enrolment(t.id(), "clinical-safety").active(5).create());
    String second =
        Long.toString(TestLearning.enrolment(t.id(), "data-quality-analytics").active(5).create());
    // two connections, each with its own transactions: one marks a module read (activity) on one
    // course, the other completes or signs in; 40 rounds, released together
    CyclicBarrier together = new CyclicBarrier(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<?>> work = new ArrayList<>();
    for (String[] job :
        new String[][] {
          {
            "update enrolment set last_activity_at = now(), version = version + 1 where id = ?",
            first
          },
          {
            "update enrolment set status = case when status = 'ACTIVE' then 'LEFT' else 'ACTIVE' end,"
                + " left_at = case when status = 'ACTIVE' then now() end where id = ?",
            second
          }
        }) {
      work.add(
          pool.submit(
              () -> {
                try (Connection c = TestDatabase.connect()) {
                  c.setAutoCommit(false);
                  for (int i = 0; i < 40; i++) {
                    together.await(20, TimeUnit.SECONDS);
                    try (PreparedStatement s = c.prepareStatement(job[0])) {
                      s.setLong(1, Long.parseLong(job[1]));
                      s.executeUpdate();
                    }
                    try (PreparedStatement s =
                        c.prepareStatement(
                            "update users set last_sign_in_at = now() where id = ?")) {
                      s.setLong(1, t.id());
                      s.executeUpdate();
                    }
                    c.commit();
                  }
                }
                return null;
              }));
    }
    try {
      for (var w : work) {
        w.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(
            TestDatabase.one(
                "select (t.enrolments, t.completed, t.left_courses, t.last_activity_at)"
                    + " is not distinct from (s.n, s.c, s.l, greatest(u.last_sign_in_at, s.la))"
                    + " from trainee_fact t join users u on u.id = t.user_id"
                    + " cross join lateral (select count(*)::int as n,"
                    + " count(e.completed_at)::int as c,"
                    + " (count(*) filter (where e.status = 'LEFT'))::int as l,"
                    + " max(e.last_activity_at) as la from enrolment e where e.user_id = u.id) s"
                    + " where t.user_id = ?",
                t.id()))
        .isEqualTo("t");
    assertThat(
            TestDatabase.one(
                "select string_agg(f.status, ',' order by f.enrolment_id) = string_agg(e.status, ','"
                    + " order by e.id) from enrolment_fact f join enrolment e"
                    + " on e.id = f.enrolment_id where f.user_id = ?",
                t.id()))
        .isEqualTo("t");
  }

  private static String csv(WebClient web, String path) {
    var response = web.download("api/review/" + path);
    assertThat(response.statusCode()).isEqualTo(200);
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  private static String name(String key) throws SQLException {
    return TestDatabase.one("select full_name from users where id = ?", T.get(key).id());
  }

  private static List<String> names(Page page) {
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    return Jsoup.parse(page.body()).select("#trainees tbody th").eachText();
  }

  @Test
  void everyNumberOpensTheTraineesBehindItAndTheirReadOnlyRecord() throws Exception {
    WebClient admin = signedIn(TestUsers.create("ADMIN"));
    String list = "reviewer/trainees.xhtml?cohort=" + cohortId;
    // names appear only on drill-down, never on the dashboard
    assertThat(admin.get("reviewer/dashboard.xhtml?cohort=" + cohortId).body())
        .doesNotContain(name("t1"))
        .contains("reviewer/trainees.xhtml?cohort=" + cohortId + "&amp;show=INACTIVE");
    assertThat(names(admin.get(list))).hasSize(7);
    assertThat(names(admin.get(list + "&show=INACTIVE")))
        .containsExactlyInAnyOrder(name("t3"), name("t4"));
    assertThat(names(admin.get(list + "&show=NOT_ENROLLED")))
        .containsExactlyInAnyOrder(name("t4"), name("t6"));
    assertThat(names(admin.get(list + "&by=REGION&value=-"))).containsExactly(name("t6"));
    assertThat(names(admin.get(list + "&by=REGION&value=NORTH_WEST&show=INACTIVE")))
        .containsExactlyInAnyOrder(name("t3"), name("t4"));
    assertThat(names(admin.get(list + "&show=COMPLETED&course=clinical-safety")))
        .containsExactlyInAnyOrder(name("t1"), name("t2"), name("t7"));
    assertThat(names(admin.get(list + "&show=LEFT&course=data-quality-analytics")))
        .containsExactly(name("t2"));
    assertThat(admin.get(list + "&show=LEFT&course=no-such-course").status()).isEqualTo(404);

    // every other number: pathway stages, an event's places and attendance, a module's figures
    assertThat(names(admin.get(list + "&show=STAGE&stage=clinical-safety-officer")))
        .containsExactly(name("t4"));
    // T6's first stage certificate was revoked
    assertThat(names(admin.get(list + "&show=STAGE&stage=digital-champion"))).isEmpty();
    assertThat(names(admin.get(list + "&show=STAGE&stage=-")))
        .hasSize(6)
        .doesNotContain(name("t4"));
    assertThat(admin.get(list + "&show=STAGE&stage=no-such-stage").status()).isEqualTo(404);
    String event =
        TestDatabase.one("select id from event where title = ?", "Regional day " + ODS + " -3");
    assertThat(names(admin.get(list + "&show=REGISTERED&event=" + event)))
        .containsExactlyInAnyOrder(name("t1"), name("t2"), name("t3"));
    // T2 was marked present, then corrected to absent
    assertThat(names(admin.get(list + "&show=ATTENDED&event=" + event)))
        .containsExactly(name("t1"));
    assertThat(admin.get(list + "&show=ATTENDED&event=999999999").status()).isEqualTo(404);
    String module = list + "&course=clinical-safety&module=why-clinical-safety&show=";
    assertThat(names(admin.get(module + "MODULE_DONE")))
        .containsExactlyInAnyOrder(name("t1"), name("t2"), name("t7"));
    assertThat(names(admin.get(module + "QUIZ_TAKEN")))
        .containsExactlyInAnyOrder(name("t1"), name("t2"), name("t3"), name("t7"));
    assertThat(names(admin.get(module + "QUIZ_PASSED")))
        .containsExactlyInAnyOrder(name("t1"), name("t2"), name("t7"));
    assertThat(
            admin
                .get(list + "&course=clinical-safety&module=no-such-module&show=QUIZ_TAKEN")
                .status())
        .isEqualTo(404);
    assertThat(admin.get("reviewer/dashboard.xhtml?cohort=" + cohortId).body())
        .contains("show=STAGE&amp;stage=clinical-safety-officer")
        .contains("show=STAGE&amp;stage=-")
        .contains("show=ATTENDED&amp;event=" + event);
    assertThat(admin.get("reviewer/course.xhtml?course=clinical-safety&cohort=" + cohortId).body())
        .contains("module=why-clinical-safety&amp;show=QUIZ_PASSED");

    // exports: the whole list streamed, as CSV and as a real workbook read back cell by cell
    String csv =
        new String(
            admin.download("api/review/trainees.csv?cohort=" + cohortId + "&show=INACTIVE").body(),
            StandardCharsets.UTF_8);
    assertThat(csv)
        .startsWith("\uFEFFTrainee,Organisation,Region,Professional group,Grade,Courses,Completed,")
        .contains(name("t3") + "," + ODS + ",North West,")
        .contains(
            name("t4") + "," + ODS + ",North West,Allied health professional,Band 5,0,0,,0,\r\n");
    assertThat(csv.split("\r\n")).hasSize(3);
    var xlsx = admin.download("api/review/trainees.xlsx?cohort=" + cohortId);
    assertThat(xlsx.statusCode()).isEqualTo(200);
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      List<Row> sheet = wb.getFirstSheet().read();
      assertThat(sheet).hasSize(8);
      String t2name = name("t2");
      Row t2 =
          sheet.stream().filter(r -> t2name.equals(r.getCellText(0))).findFirst().orElseThrow();
      assertThat(t2.getCellAsNumber(5).orElseThrow()).isEqualByComparingTo("2");
      assertThat(t2.getCellAsNumber(6).orElseThrow()).isEqualByComparingTo("1");
    }
    String courses =
        new String(
            admin.download("api/review/courses.csv?cohort=" + cohortId).body(),
            StandardCharsets.UTF_8);
    assertThat(courses).contains("Clinical safety: DCB0129 and DCB0160,4,3,75.0,0,20.0,28.0\r\n");
    // the other tables: a course module by module, pathway stages, events, data quality
    assertThat(csv(admin, "modules.csv?course=clinical-safety&cohort=" + cohortId))
        .contains(",4,3,75.0,4,3,75.0,77.5\r\n");
    assertThat(csv(admin, "stages.csv?cohort=" + cohortId))
        .contains("No stage yet,6,85.7\r\n")
        .contains(",1,14.3\r\n");
    assertThat(csv(admin, "events.csv?cohort=" + cohortId))
        .contains(
            "Regional day "
                + ODS
                + " -3,"
                + TestDatabase.one(
                    "select starts_on::text from event where id = ?", Long.parseLong(event))
                + ",3,1,33.3\r\n");
    assertThat(csv(admin, "quality-figures.csv?cohort=" + cohortId))
        .contains("Registration number,7,1,14.3,1,14.3,28.6\r\n");
    assertThat(admin.download("api/review/modules.csv?course=no-such-course").statusCode())
        .isEqualTo(404);
    assertThat(admin.download("api/review/trainees.pdf?cohort=" + cohortId).statusCode())
        .isEqualTo(404);

    // the record: read only, in scope only
    Page record = admin.get("reviewer/trainee.xhtml?id=" + T.get("t7").id());
    assertThat(record.status()).isEqualTo(200);
    assertThat(record.body())
        .contains(name("t7"))
        .contains("Clinical safety: DCB0129 and DCB0160")
        .contains("Completed")
        .doesNotContain("<form id=\"record");
    // the record shows events attended with their hours, the stage reached, and certificates
    // with the day of what they certify beside the day they were issued
    Document t1 = Jsoup.parse(admin.get("reviewer/trainee.xhtml?id=" + T.get("t1").id()).body());
    assertThat(t1.select("#events tbody th").eachText()).contains("Regional day " + ODS + " -3");
    assertThat(t1.select("#events tbody tr").first().select("td").eachText()).contains("1", "3");
    assertThat(t1.getElementById("stage").text()).isEqualTo("No stage reached yet.");
    Document t4 = Jsoup.parse(admin.get("reviewer/trainee.xhtml?id=" + T.get("t4").id()).body());
    assertThat(t4.getElementById("stage").text()).startsWith("Furthest stage reached: ");
    assertThat(t4.select("#certificates thead th").eachText())
        .containsExactly("Certificate", "Completed", "Issued", "Standing");
    Document t6 = Jsoup.parse(admin.get("reviewer/trainee.xhtml?id=" + T.get("t6").id()).body());
    assertThat(t6.getElementById("stage").text()).isEqualTo("No stage reached yet.");
    assertThat(t6.select("#certificates tbody td").eachText()).contains("Revoked");
    TestUser london = TestUsers.create("REVIEWER");
    TestUsers.scopeOnly(
        "insert into reviewer_scope (user_id, kind, value) values (?, 'REGION', 'LONDON')",
        london.id());
    WebClient reviewer = signedIn(london);
    assertThat(names(reviewer.get(list)))
        .containsExactlyInAnyOrder(name("t1"), name("t2"), name("t7"));
    assertThat(reviewer.get("reviewer/trainee.xhtml?id=" + T.get("t1").id()).status())
        .isEqualTo(200);
    // T3 is in the North West, T5 moved out of London: not found, like a record that is not there
    assertThat(reviewer.get("reviewer/trainee.xhtml?id=" + T.get("t3").id()).status())
        .isEqualTo(404);
    assertThat(reviewer.get("reviewer/trainee.xhtml?id=" + T.get("t5").id()).status())
        .isEqualTo(404);
    assertThat(names(reviewer.get(list + "&by=REGION&value=NORTH_WEST"))).isEmpty();
    String theirs =
        new String(
            reviewer.download("api/review/trainees.csv?cohort=" + cohortId).body(),
            StandardCharsets.UTF_8);
    assertThat(theirs.split("\r\n")).hasSize(4);
    assertThat(theirs).doesNotContain(name("t3")).doesNotContain(name("t5"));
  }

  /** A program's request to the application, with a token and nothing else (no cookies). */
  private HttpResponse<String> withToken(String path, String token) throws Exception {
    var request = HttpRequest.newBuilder(base.toURI().resolve(path)).GET();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aProgramReadsTheFiguresWithAReviewersTokenWithinTheirScopeAndNothingMore() throws Exception {
    TestUser london = TestUsers.create("REVIEWER");
    TestUsers.scopeOnly(
        "insert into reviewer_scope (user_id, kind, value) values (?, 'REGION', 'LONDON')",
        london.id());
    WebClient reviewer = signedIn(london);
    String page = "reviewer/api-tokens.xhtml";

    // every problem named beside its field, nothing made
    Page refused =
        reviewer.submit(
            page, reviewer.get(page), "make", "create", Map.of("name", " ", "days", "0"));
    assertThat(refused.body())
        .contains("Give the token a name that says what uses it")
        .contains("Choose how long the token lasts: 1 to 365 days.");
    assertThat(TestDatabase.one("select count(*) from api_token where user_id = ?", london.id()))
        .isEqualTo("0");

    // made, and shown once: on the page after the redirect, not when it is opened again
    Page made =
        reviewer.submit(
            page, reviewer.get(page), "make", "create", Map.of("name", "Power BI", "days", "30"));
    assertThat(made.status()).as(made.body()).isEqualTo(302);
    Document shown = Jsoup.parse(reviewer.follow(made).body());
    String token = shown.getElementById("token").attr("value");
    assertThat(token).startsWith("ccio_").hasSize(48);
    assertThat(reviewer.get(page).body()).doesNotContain(token).contains("Power BI");
    assertThat(
            TestDatabase.one(
                "select count(*) from api_token where token_hash = sha256(convert_to(?, 'UTF8'))"
                    + " and expires_at between now() + interval '29 days' and now() + interval '31 days'",
                token))
        .isEqualTo("1");

    // the figures, within the reviewer's scope (London: T1, T2 and T7), as JSON and as a list
    var figures = withToken("api/review/figures?cohort=" + cohortId, token);
    assertThat(figures.statusCode()).as(figures.body()).isEqualTo(200);
    assertThat(
            Json.createReader(new StringReader(figures.body()))
                .readObject()
                .getJsonObject("summary")
                .getInt("trainees"))
        .isEqualTo(3);
    var list = withToken("api/review/trainees.csv?cohort=" + cohortId, token);
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains(name("t1")).doesNotContain(name("t3"));
    assertThat(
            TestDatabase.one(
                "select count(*) from api_token where last_used_at is not null"
                    + " and user_id = ?",
                london.id()))
        .isEqualTo("1");

    // only the reviewer API: not the pages, and no session to take elsewhere
    var pageWithToken = withToken("reviewer/dashboard.xhtml", token);
    assertThat(pageWithToken.statusCode()).isEqualTo(302);
    String cookie =
        figures.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("JSESSIONID="))
            .map(c -> c.substring(0, c.indexOf(';')))
            .findFirst()
            .orElse(null);
    if (cookie != null) {
      var reused =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(base.toURI().resolve("reviewer/dashboard.xhtml"))
                      .header("Cookie", cookie)
                      .GET()
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(reused.statusCode()).isEqualTo(302);
    }

    // the OpenAPI document says how
    assertThat(withToken("/openapi", null).body())
        .contains("reviewerToken")
        .contains("scheme: bearer")
        .contains("/api/review/figures");

    // a wrong token is refused, however it is spelt
    var wrong = withToken("api/review/figures", token.substring(0, 47) + "x");
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(wrong.headers().firstValue("WWW-Authenticate"))
        .contains("Bearer error=\"invalid_token\"");
    assertThat(withToken("api/review/figures", "not-a-token").statusCode()).isEqualTo(401);
    assertThat(withToken("api/review/figures", null).statusCode()).isIn(401, 403);

    // expired, or its owner no longer a reviewer: refused
    TestDatabase.execute(
        "update api_token set expires_at = now() - interval '1 second' where user_id = ?",
        london.id());
    assertThat(withToken("api/review/figures", token).statusCode()).isEqualTo(401);
    TestDatabase.execute(
        "update api_token set expires_at = now() + interval '1 day' where user_id = ?",
        london.id());
    assertThat(withToken("api/review/figures", token).statusCode()).isEqualTo(200);
    TestDatabase.execute(
        "delete from user_roles where user_id = ? and role = 'REVIEWER'", london.id());
    assertThat(withToken("api/review/figures", token).statusCode()).isEqualTo(401);
    TestDatabase.execute(
        "insert into user_roles (user_id, role) values (?, 'REVIEWER')", london.id());

    // revoked by its owner: refused at once, and audited
    WebClient again = signedIn(london);
    Page revoked = again.submit(page, again.get(page), "tokens", "rows:0:revoke", Map.of());
    assertThat(revoked.status()).as(revoked.body()).isEqualTo(302);
    assertThat(withToken("api/review/figures", token).statusCode()).isEqualTo(401);
    assertThat(
            TestDatabase.one(
                "select string_agg(action, ',' order by id) from audit_log"
                    + " where target_type = 'api_token' and actor_id = ?",
                london.id()))
        .isEqualTo("api-token.made,api-token.revoked");

    // an admin sees a person's tokens on their account page and revokes one (a lost laptop)
    Page second =
        again.submit(
            page, again.get(page), "make", "create", Map.of("name", "Laptop", "days", "10"));
    String laptop = Jsoup.parse(again.follow(second).body()).getElementById("token").attr("value");
    assertThat(withToken("api/review/figures", laptop).statusCode()).isEqualTo(200);
    TestUser adminUser = TestUsers.create("ADMIN");
    WebClient admin = signedIn(adminUser);
    String account = "admin/user.xhtml?id=" + london.id();
    Page accountPage = admin.get(account);
    assertThat(Jsoup.parse(accountPage.body()).select("#token-list tbody th").eachText())
        .containsExactly("Laptop", "Power BI");
    Page byAdmin = admin.submit(account, accountPage, "tokens", "rows:0:revoke", Map.of());
    assertThat(byAdmin.status()).as(byAdmin.body()).isEqualTo(302);
    assertThat(withToken("api/review/figures", laptop).statusCode()).isEqualTo(401);
    assertThat(
            TestDatabase.one(
                "select count(*) from audit_log where action = 'api-token.revoked'"
                    + " and actor_id = ?",
                adminUser.id()))
        .isEqualTo("1");
  }

  @Test
  void theDataQualityPanelCountsMissingAndInvalidFieldsAndListsWhoToAsk() throws Exception {
    WebClient admin = signedIn(TestUsers.create("ADMIN"));
    Page page = admin.get("reviewer/quality.xhtml?cohort=" + cohortId);
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    Document doc = Jsoup.parse(page.body());
    Map<String, List<String>> rows = rows(doc, "quality");
    assertThat(rows.get("Registration number")).containsExactly("1 (14.3%)", "1 (14.3%)", "28.6%");
    assertThat(rows.get("Organisation (ODS code)")).containsExactly("0 (0.0%)", "0 (0.0%)", "0.0%");
    assertThat(rows.get("Region")).containsExactly("1 (14.3%)", "0 (0.0%)", "14.3%");
    assertThat(rows.get("Grade or band")).containsExactly("1 (14.3%)", "0 (0.0%)", "14.3%");
    Map<String, List<String>> problems = rows(doc, "problems");
    assertThat(problems).containsOnlyKeys(name("t4"), name("t6"), name("t7"));
    assertThat(problems.get(name("t6")).get(2)).isEqualTo("Region missing; Grade or band missing");
    assertThat(problems.get(name("t7")).get(2)).isEqualTo("Registration number not valid");
    assertThat(problems.get(name("t4")).get(2)).isEqualTo("Registration number missing");
    Document region =
        Jsoup.parse(
            admin.get("reviewer/quality.xhtml?cohort=" + cohortId + "&check=REGION").body());
    assertThat(rows(region, "problems")).containsOnlyKeys(name("t6"));
    // a London reviewer: only London's records
    TestUser london = TestUsers.create("REVIEWER");
    TestUsers.scopeOnly(
        "insert into reviewer_scope (user_id, kind, value) values (?, 'REGION', 'LONDON')",
        london.id());
    Document scoped =
        Jsoup.parse(signedIn(london).get("reviewer/quality.xhtml?cohort=" + cohortId).body());
    assertThat(rows(scoped, "problems")).containsOnlyKeys(name("t7"));
  }

  @Test
  void aScopedReviewerSeesNothingOutsideTheScope() throws Exception {
    TestUser london = TestUsers.create("REVIEWER");
    // an admin limits the reviewer to London on the reviewer's account page
    WebClient admin = signedIn(TestUsers.create("ADMIN"));
    String account = "admin/user.xhtml?id=" + london.id();
    Page page = admin.get(account);
    assertThat(page.body())
        .contains("What this reviewer sees")
        .contains("every trainee (national)");
    Map<String, List<String>> fields = admin.form(page, "scope");
    fields.put("scope:regions", List.of("LONDON"));
    fields.put("scope:organisations", List.of("not/a/code"));
    Page refused = admin.send(account, page, fields, "scope:saveScope");
    assertThat(refused.body()).contains("Not a region or an ODS code: not/a/code.");
    assertThat(
            TestDatabase.one(
                "select string_agg(kind, ',') from reviewer_scope where user_id = ?", london.id()))
        .as("the refused change leaves the national scope as it was")
        .isEqualTo("NATIONAL");
    fields = admin.form(refused, "scope");
    fields.put("scope:regions", List.of("LONDON"));
    fields.put("scope:organisations", List.of(""));
    Page both = admin.send(account, refused, fields, "scope:saveScope");
    assertThat(both.body())
        .contains(
            "Choose either every trainee in the country, or regions and organisations, not both.");
    fields = admin.form(both, "scope");
    fields.remove("scope:national");
    fields.put("scope:regions", List.of("LONDON"));
    fields.put("scope:organisations", List.of(""));
    Page saved = admin.send(account, both, fields, "scope:saveScope");
    assertThat(saved.status()).as(saved.body()).isEqualTo(302);
    assertThat(admin.follow(saved).body()).contains("this reviewer now sees regions: London.");
    Document doc = dashboard(signedIn(london), "REGION");
    assertThat(doc.getElementById("scope").text()).isEqualTo("regions: London");
    assertThat(doc.getElementById("trainees").text()).isEqualTo("3");
    assertThat(doc.getElementById("enrolments").text()).isEqualTo("4");
    assertThat(rows(doc, "breakdown")).containsOnlyKeys("London");
    assertThat(doc.body().text()).doesNotContain("North West").doesNotContain("South West");
    // with no cohort chosen, the list and the export say whose trainees they are, and when
    WebClient londonWeb = signedIn(london);
    assertThat(Jsoup.parse(londonWeb.get("reviewer/trainees.xhtml").body()).title())
        .contains("every trainee you can see (regions: London)");
    var export = londonWeb.download("api/review/courses.csv");
    assertThat(export.headers().firstValue("Content-Disposition").orElse(""))
        .contains("courses-regions-london-" + LocalDate.now(ZoneId.of("Europe/London")) + ".csv");
    var cohortExport = londonWeb.download("api/review/courses.csv?cohort=" + cohortId);
    assertThat(cohortExport.headers().firstValue("Content-Disposition").orElse(""))
        .contains(
            "courses-"
                + TestDatabase.one("select name from cohort where id = ?", Long.parseLong(cohortId))
                    .toLowerCase(Locale.UK)
                    .replaceAll("[^a-z0-9]+", "-")
                    .replaceAll("^-+|-+$", ""));

    TestUser elsewhere = TestUsers.create("REVIEWER");
    TestUsers.scopeOnly(
        "insert into reviewer_scope (user_id, kind, value) values (?, 'ORGANISATION', 'RX1')",
        elsewhere.id());
    Document none = dashboard(signedIn(elsewhere), "REGION");
    assertThat(none.getElementById("trainees").text()).isEqualTo("0");
    assertThat(none.getElementById("completion-rate").text()).isEqualTo("–");
    assertThat(none.select("#courses")).isEmpty();

    // an organisation scope: the cohort's own code
    TestUser trust = TestUsers.create("REVIEWER");
    TestUsers.scopeOnly(
        "insert into reviewer_scope (user_id, kind, value) values (?, 'ORGANISATION', ?)",
        trust.id(),
        ODS);
    assertThat(dashboard(signedIn(trust), "REGION").getElementById("trainees").text())
        .isEqualTo("7");
    // the API: the same figures, the same scope
    Page json = signedIn(london).get("api/review/figures?cohort=" + cohortId + "&by=GROUP");
    assertThat(json.status()).isEqualTo(200);
    assertThat(json.body())
        .contains("\"trainees\":3")
        .contains("\"enrolments\":4")
        .contains("\"completionRate\":75.0")
        .contains("\"scope\":\"regions: London\"")
        .doesNotContain("Allied health");
    assertThat(signedIn(london).get("api/review/figures?cohort=999999999").status()).isEqualTo(404);
    // a cohort that does not exist: 404, the same for everyone
    assertThat(signedIn(london).get("reviewer/dashboard.xhtml?cohort=999999999").status())
        .isEqualTo(404);
  }

  @Test
  void adminsMakeCohortsWithEveryProblemReportedAndReviewersOnlyReadThem() throws Exception {
    WebClient admin = signedIn(TestUsers.create("ADMIN"));
    String url = "reviewer/cohorts.xhtml";
    Page form = admin.get(url);
    Map<String, List<String>> fields = admin.form(form, "cohort");
    fields.put("cohort:name", List.of(""));
    fields.put("cohort:organisations", List.of("RTD not-a-code!"));
    fields.put("cohort:intakeYear", List.of("1999"));
    Page bad = admin.send(url, form, fields, "cohort:save");
    assertThat(bad.status()).isEqualTo(200);
    assertThat(bad.body())
        .contains("Give the cohort a name")
        .contains("Give the intake as the year it starts")
        .contains("Not known: Organisation")
        .contains("NOT-A-CODE!");
    String name = "North West nurses " + ODS;
    fields = admin.form(bad, "cohort");
    fields.put("cohort:name", List.of(name));
    fields.put("cohort:organisations", List.of(ODS));
    fields.put("cohort:intakeYear", List.of(""));
    fields.put("cohort:regions", List.of("NORTH_WEST"));
    fields.put("cohort:groups", List.of("NURSE"));
    Page saved = admin.send(url, bad, fields, "cohort:save");
    assertThat(saved.status()).as(saved.body()).isEqualTo(302);
    assertThat(admin.follow(saved).body())
        .contains(
            "The cohort "
                + name
                + " is saved: Region: North West; Organisation: "
                + ODS
                + "; Professional group: Nurse, midwife or nursing associate.");
    String id = TestDatabase.one("select id from cohort where name = ?", name);
    Page nurses = admin.get("reviewer/dashboard.xhtml?cohort=" + id);
    assertThat(Jsoup.parse(nurses.body()).getElementById("trainees").text()).isEqualTo("1");

    // a list of trainees: an unknown address is named, nothing saved
    form = admin.get(url);
    fields = admin.form(form, "cohort");
    fields.put("cohort:name", List.of("Listed " + ODS));
    fields.put("cohort:explicit", List.of("true"));
    fields.put(
        "cohort:members",
        List.of(T.get("t1").email() + "\n" + T.get("t4").email() + "\nnobody@example.nhs.uk"));
    Page unknown = admin.send(url, form, fields, "cohort:save");
    assertThat(unknown.body()).contains("No trainee has this address: nobody@example.nhs.uk.");
    fields = admin.form(unknown, "cohort");
    fields.put("cohort:members", List.of(T.get("t1").email() + "\n" + T.get("t4").email()));
    assertThat(admin.send(url, unknown, fields, "cohort:save").status()).isEqualTo(302);
    String listed = TestDatabase.one("select id from cohort where name = ?", "Listed " + ODS);
    Document list = Jsoup.parse(admin.get("reviewer/dashboard.xhtml?cohort=" + listed).body());
    assertThat(list.getElementById("trainees").text()).isEqualTo("2");
    assertThat(list.getElementById("never-started").text()).isEqualTo("1");

    // reviewers read cohorts but have no form, and cannot open one to change
    WebClient reviewer = signedIn(TestUsers.create("REVIEWER"));
    Page read = reviewer.get(url);
    assertThat(read.body()).contains(name).doesNotContain("Make a cohort");
    assertThat(reviewer.get(url + "?id=" + id).status()).isEqualTo(404);
    assertThat(
            TestDatabase.one(
                "select count(*) from audit_log where action = 'cohort.created'"
                    + " and target_id in (?, ?)",
                id,
                listed))
        .isEqualTo("2");
  }

  @Test
  void inTheBrowserTheDashboardHasChartsBesideItsTablesAndPassesAxe() throws Exception {
    TestUser reviewer = TestUsers.create("REVIEWER");
    try (Browser browser = new Browser(base.toString())) {
      browser.open("sign-in.xhtml");
      browser.type("signIn:email", reviewer.email());
      browser.type("signIn:password", reviewer.password());
      browser.press("signIn:submit");
      browser.open("reviewer/dashboard.xhtml?cohort=" + cohortId);
      assertThat(browser.find("#trainees").getText()).isEqualTo("7");
      assertThat(browser.find("canvas[role=img]").getAttribute("aria-label"))
          .startsWith("Completion rate per course");
      new Select(browser.find("#by")).selectByVisibleText("Grade or band");
      browser.click("form.filters button[type=submit]");
      assertThat(browser.currentPath()).contains("by=GRADE");
      assertThat(browser.find("#breakdown").getText()).contains("Band 5");
      browser.open("reviewer/cohorts.xhtml");
      // the pages behind the numbers, each checked with axe as it opens
      browser.open("reviewer/course.xhtml?course=clinical-safety&cohort=" + cohortId);
      assertThat(browser.find("#modules").getText()).contains("77.5%");
      browser.open("reviewer/trainees.xhtml?show=INACTIVE&cohort=" + cohortId);
      assertThat(browser.find("#trainees").getText()).contains(name("t3"));
      // the list's Excel download, saved by the browser and read back cell by cell
      Browser.Downloaded xlsx = browser.download("#xlsx");
      assertThat(xlsx.name()).endsWith(".xlsx");
      try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
        List<Row> sheet = wb.getFirstSheet().read();
        assertThat(sheet.get(0).getCellText(0)).isEqualTo("Trainee");
        assertThat(sheet.stream().skip(1).map(r -> r.getCellText(0)))
            .containsExactlyInAnyOrder(name("t3"), name("t4"));
      }
      browser.click("#trainees a");
      assertThat(browser.currentPath()).startsWith("reviewer/trainee.xhtml");
      browser.open("reviewer/quality.xhtml?cohort=" + cohortId);
      assertThat(browser.find("#problems").getText()).contains(name("t7"));
      // an API token made, shown once, and listed (each page checked with axe)
      browser.open("reviewer/api-tokens.xhtml");
      browser.type("make:name", "Reporting tool");
      browser.press("make:create");
      assertThat(browser.find("#token").getAttribute("value")).startsWith("ccio_");
      assertThat(browser.find("#token-list").getText())
          .contains("Reporting tool")
          .contains("Never");
    }
    // the admin's view of that person's tokens, axe-checked too
    TestUser admin = TestUsers.create("ADMIN");
    try (Browser browser = new Browser(base.toString())) {
      browser.open("sign-in.xhtml");
      browser.type("signIn:email", admin.email());
      browser.type("signIn:password", admin.password());
      browser.press("signIn:submit");
      browser.open("admin/user.xhtml?id=" + reviewer.id());
      assertThat(browser.find("#token-list").getText()).contains("Reporting tool");
    }
  }
}
