package org.ccioacademy.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ccioacademy.testing.TestCmi5;
import org.ccioacademy.testing.TestCourses;
import org.ccioacademy.testing.TestDatabase;
import org.ccioacademy.testing.TestLrs;
import org.ccioacademy.testing.TestPackages;
import org.ccioacademy.testing.TestUsers;
import org.ccioacademy.testing.TestUsers.TestUser;
import org.ccioacademy.testing.WarTest;
import org.ccioacademy.testing.WebClient;
import org.ccioacademy.testing.WebClient.Page;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Playing a SCORM 1.2 package module over HTTP, as the player's frame does: the package served
 * sandboxed from the launch's own path with the API in every page, commits taken by number (late
 * and repeated ones change nothing, four at once all answered), every value checked, a second
 * session resuming where the first left off, and the package's mastery score completing the module,
 * the course and its certificate; the interactions a SCORM 1.2 or 2004 package records on the
 * tutor's page of its attempts. The frame's requests carry no cookie.
 */
@RunAsClient
@TestMethodOrder(MethodOrderer.MethodName.class)
class ScormPlayerIT extends WarTest {

  static final String ID = "scorm-player-test";
  private static final Pattern FRAME = Pattern.compile("id=\"scorm-frame\"[^>]*src=\"([^\"]+)\"");

  private static final HttpClient RAW = HttpClient.newHttpClient();

  /**
   * A course of one module whose content is the package {@code <module>.zip}, which the caller
   * writes beside it; {@code kind} is what its summary calls the package ("a SCORM 1.2 package").
   */
  private static void packageCourse(
      String id, String title, String kind, String module, String moduleTitle, String outcome) {
    TestCourses.write(
        id,
        Map.of(
            "course.yaml",
            String.join(
                "\n",
                "id: " + id,
                "title: " + title,
                "summary: A course whose one module is " + kind + ".",
                "audience: [nurse, doctor]",
                "level: foundation",
                "cpd-hours: 1",
                "competencies: [fci:it-systems]",
                "completion: {module: read, pass-mark: 70, attempts: 0}",
                "modules: [" + module + "]",
                ""),
            module + ".md",
            String.join(
                "\n",
                "---",
                "title: " + moduleTitle,
                "minutes: 60",
                "reviewed: 2026-12-01",
                "package: " + module + ".zip",
                "outcomes: [" + outcome + "]",
                "competencies: [fci:it-systems]",
                "sources: [{title: The package's publisher, url: \"https://example.org/\"}]",
                "---",
                "Work through the " + (kind.contains("cmi5") ? "course" : "package") + " below.",
                "")));
  }

  static void writeCourse() {
    packageCourse(
        ID,
        "SCORM player test",
        "a SCORM 1.2 package",
        "fluids",
        "Fluid balance charts",
        "Keep a fluid balance chart.");
    TestPackages.writeZip(
        TestCourses.dir().resolve(ID).resolve("fluids.zip"),
        TestPackages.scorm12(
            "Fluid balance charts",
            "<!DOCTYPE html><html><head><title>Fluids</title></head><body>Fluids</body></html>",
            80));
  }

  static final String CMI5 = "cmi5-player-test";

  /** A cmi5 course: one module, a package of two AUs (moveOn Passed, mastery score 0.8). */
  static void writeCmi5Course() {
    packageCourse(
        CMI5,
        "cmi5 player test",
        "a cmi5 course",
        "ig",
        "Information governance",
        "Share records lawfully.");
    Map<String, String> aus = new LinkedHashMap<>();
    aus.put("Consent", TestCmi5.auPage("Consent", "0.9"));
    aus.put("Records", TestCmi5.auPage("Records", "0.9"));
    TestPackages.writeZip(
        TestCourses.dir().resolve(CMI5).resolve("ig.zip"),
        TestCmi5.course("Information governance", "Passed", "0.8", aus));
  }

  static final String S2004 = "scorm2004-player-test";

  /** A course whose one module is a SCORM 2004 package (completion threshold 0.8). */
  static void writeScorm2004Course() {
    packageCourse(
        S2004,
        "SCORM 2004 player test",
        "a SCORM 2004 package",
        "observations",
        "Early warning scores",
        "Score a set of observations.");
    TestPackages.writeZip(
        TestCourses.dir().resolve(S2004).resolve("observations.zip"),
        TestPackages.scorm2004(
            "Early warning scores", TestPackages.sco2004Page("Early warning scores"), "0.8"));
  }

  private static String loaded;

  private synchronized void load() throws Exception {
    if (loaded == null) {
      writeCourse();
      writeCmi5Course();
      writeScorm2004Course();
      WebClient admin = signedIn(TestUsers.create("ADMIN"));
      Page page = admin.get("admin/courses.xhtml");
      Page done = admin.submit("admin/courses.xhtml", page, "reload", "reload", Map.of());
      assertThat(admin.follow(done).body()).contains("Courses reloaded: 3 courses loaded");
      loaded = ID;
    }
  }

  private WebClient enrolled(TestUser trainee) throws Exception {
    return enrolled(trainee, ID);
  }

  private WebClient enrolled(TestUser trainee, String courseId) throws Exception {
    load();
    WebClient web = signedIn(trainee);
    Page course = web.get("course.xhtml?id=" + courseId);
    web.submit("course.xhtml?id=" + courseId, course, "enrolment", "enrol", Map.of());
    return web;
  }

  /** Opens the player; the frame's address (a launch of its own). */
  private String frame(WebClient web) {
    return frame(web, "learn/play.xhtml?course=" + ID + "&module=fluids");
  }

  private String frame(WebClient web, String path) {
    Page play = web.get(path);
    assertThat(play.status()).as(play.body()).isEqualTo(200);
    Matcher m = FRAME.matcher(play.body());
    assertThat(m.find()).as(play.body()).isTrue();
    return m.group(1).replace("&amp;", "&");
  }

  private static String launchBase(String frame) {
    return frame.substring(0, frame.indexOf("/", "/scorm/".length()) + 1);
  }

  private HttpResponse<String> raw(String path) throws Exception {
    return RAW.send(
        HttpRequest.newBuilder(base.toURI().resolve(path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> commit(
      String launch, long seq, Map<String, String> values, boolean finished) throws Exception {
    var v = Json.createObjectBuilder();
    values.forEach(v::add);
    String body =
        Json.createObjectBuilder()
            .add("seq", seq)
            .add("values", v)
            .add("elapsed", 12.5)
            .add("finished", finished)
            .build()
            .toString();
    return RAW.send(
        HttpRequest.newBuilder(base.toURI().resolve(launch + "~ccio/commit"))
            .header("Content-Type", "text/plain")
            .header("Origin", "null")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static JsonObject json(HttpResponse<String> r) {
    return Json.createReader(new StringReader(r.body())).readObject();
  }

  @Test
  void a_theFrameIsSandboxedAndEveryPageHasTheApi() throws Exception {
    TestUser trainee = TestUsers.create("TRAINEE");
    String frame = frame(enrolled(trainee));
    assertThat(frame).matches("/scorm/[A-Za-z0-9_-]{43}/scormcontent/index.html");

    HttpResponse<String> page = raw(frame);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
        .startsWith("sandbox allow-scripts")
        .doesNotContain("allow-same-origin")
        .contains("frame-ancestors 'self'");
    assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(page.body())
        .startsWith(
            "<!DOCTYPE html><html><head><script src=\""
                + launchBase(frame)
                + "~ccio/api.js\"></script><title>Fluids</title>");

    HttpResponse<String> api = raw(launchBase(frame) + "~ccio/api.js");
    assertThat(api.statusCode()).isEqualTo(200);
    assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("text/javascript");
    assertThat(api.body())
        .contains("global.API = api12(session)")
        .contains("CcioScorm.start({")
        .contains("\"cmi.core.student_id\":\"ccio-" + trainee.id() + "\"")
        .contains("\"cmi.core.entry\":\"ab-initio\"")
        .contains("\"cmi.student_data.mastery_score\":\"80\"");

    // the manifest is served as it is; nothing outside the package, and no other launch's files
    assertThat(raw(launchBase(frame) + "imsmanifest.xml").headers().firstValue("Content-Type"))
        .hasValue("application/xml");
    assertThat(raw(launchBase(frame) + "missing.html").statusCode()).isEqualTo(404);
    HttpResponse<String> escape = raw(launchBase(frame) + "..%2F..%2FWEB-INF%2Fweb.xml");
    assertThat(escape.statusCode()).isIn(302, 400, 404);
    assertThat(escape.body()).doesNotContain("<web-app");
    assertThat(raw("/scorm/" + "A".repeat(43) + "/scormcontent/index.html").statusCode())
        .isEqualTo(404);
    assertThat(commit("/scorm/" + "A".repeat(43) + "/", 1, Map.of(), false).statusCode())
        .isEqualTo(410);
  }

  @Test
  void b_commitsAreCheckedTakenInOrderAndASecondSessionResumes() throws Exception {
    TestUser trainee = TestUsers.create("TRAINEE");
    WebClient web = enrolled(trainee);
    String launch = launchBase(frame(web));

    HttpResponse<String> first =
        commit(
            launch,
            1,
            Map.of(
                "cmi.core.lesson_location", "page-2",
                "cmi.suspend_data", "answers=1,0,1",
                "cmi.core.lesson_status", "incomplete",
                "cmi.core.exit", "suspend"),
            false);
    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    assertThat(first.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
    assertThat(json(first).getString("completion")).isEqualTo("incomplete");

    // a value the standard refuses refuses the whole commit: nothing of it is kept
    HttpResponse<String> bad =
        commit(
            launch,
            2,
            Map.of("cmi.core.lesson_location", "page-9", "cmi.core.lesson_status", "done"),
            false);
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(json(bad).getString("message"))
        .isEqualTo(
            "The package sent a value for cmi.core.lesson_status that the SCORM standard does not"
                + " allow (error 405); nothing from this save was kept.");
    assertThat(commit(launch, 3, Map.of("cmi.core.student_id", "someone-else"), false).statusCode())
        .isEqualTo(400);
    // a late commit with an older number changes nothing
    assertThat(commit(launch, 1, Map.of("cmi.core.lesson_location", "page-1"), false).statusCode())
        .isEqualTo(200);
    assertThat(
            TestDatabase.one(
                "select s.data ->> 'cmi.core.lesson_location' from scorm_sco s join scorm_attempt a"
                    + " on a.id = s.attempt_id join enrolment e on e.id = a.enrolment_id"
                    + " where e.user_id = ?",
                trainee.id()))
        .isEqualTo("page-2");

    // four commits at once from one launch (a retry racing a save): all answered, the last kept
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<HttpResponse<String>>> all = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        long seq = 10 + i;
        Callable<HttpResponse<String>> c =
            () -> commit(launch, seq, Map.of("cmi.core.lesson_location", "page-" + seq), false);
        all.add(pool.submit(c));
      }
      for (Future<HttpResponse<String>> f : all) {
        assertThat(f.get().statusCode()).as(f.get().body()).isEqualTo(200);
      }
    } finally {
      pool.shutdown();
    }
    assertThat(
            TestDatabase.one(
                "select l.last_seq from scorm_launch l join scorm_attempt a on a.id = l.attempt_id"
                    + " join enrolment e on e.id = a.enrolment_id where e.user_id = ?",
                trainee.id()))
        .isEqualTo("13");

    // the next session resumes: the suspend data and the location, and entry "resume"
    String second = launchBase(frame(web));
    assertThat(second).isNotEqualTo(launch);
    String api = raw(second + "~ccio/api.js").body();
    String values = api.substring(api.indexOf("\"values\":{"));
    values = values.substring(0, values.indexOf('}'));
    assertThat(values)
        .contains("\"cmi.suspend_data\":\"answers=1,0,1\"")
        .contains("\"cmi.core.lesson_location\":\"page-13\"")
        .contains("\"cmi.core.entry\":\"resume\"")
        .contains("\"cmi.core.total_time\":\"0000:00:12.50\"")
        .doesNotContain("cmi.core.exit");
    assertThat(TestDatabase.one("select status from enrolment where user_id = ?", trainee.id()))
        .isEqualTo("ACTIVE");
  }

  @Test
  void c_aScoreUnderTheMasteryScoreFailsAndOneOverItCompletesTheCourse() throws Exception {
    TestUser trainee = TestUsers.create("TRAINEE");
    WebClient web = enrolled(trainee);
    String launch = launchBase(frame(web));
    HttpResponse<String> low =
        commit(
            launch,
            1,
            Map.of("cmi.core.score.raw", "60", "cmi.core.lesson_status", "completed"),
            true);
    assertThat(json(low).getString("success")).isEqualTo("failed");
    assertThat(json(low).getBoolean("moduleComplete")).isFalse();
    assertThat(web.get("learn/module.xhtml?course=" + ID + "&module=fluids").body())
        .contains("Not passed yet");

    String again = launchBase(frame(web));
    HttpResponse<String> high =
        commit(
            again,
            1,
            Map.of("cmi.core.score.raw", "90", "cmi.core.lesson_status", "completed"),
            true);
    assertThat(high.statusCode()).as(high.body()).isEqualTo(200);
    assertThat(json(high).getString("success")).isEqualTo("passed");
    assertThat(json(high).getInt("percent")).isEqualTo(90);
    assertThat(json(high).getBoolean("moduleComplete")).isTrue();
    assertThat(TestDatabase.one("select status from enrolment where user_id = ?", trainee.id()))
        .isEqualTo("COMPLETED");
    assertThat(
            TestDatabase.one(
                "select best_score from module_progress p join enrolment e on e.id ="
                    + " p.enrolment_id where e.user_id = ?",
                trainee.id()))
        .isEqualTo("90");
    assertThat(
            TestDatabase.one(
                "select count(*) from certificate where user_id = ? and kind = 'COURSE'"
                    + " and title like 'SCORM player test%'",
                trainee.id()))
        .isEqualTo("1");
    Page module = web.get("learn/module.xhtml?course=" + ID + "&module=fluids");
    assertThat(module.body()).contains("This module is complete.").contains("Passed");
    assertThat(module.body()).doesNotContain("I have read this module");
    // the course's tutor sees the score and the attempts in the gradebook
    WebClient tutor = signedIn(TestUsers.tutorOf(ID));
    Page book = tutor.get("author/gradebook.xhtml?course=" + ID + "&q=" + trainee.email());
    assertThat(book.status()).isEqualTo(200);
    assertThat(book.body()).contains("Fluid balance charts (package)").contains("90% · 1 attempt");
    // and each attempt: the part's status, score and sessions
    String enrolmentId =
        TestDatabase.one("select id from enrolment where user_id = ?", trainee.id());
    Page attempts =
        tutor.get("author/package-attempts.xhtml?enrolment=" + enrolmentId + "&module=fluids");
    assertThat(attempts.status()).isEqualTo(200);
    assertThat(attempts.body())
        .contains("Attempt 1: complete, score 90%")
        .contains("<th scope=\"row\">I1</th><td>completed</td><td>passed</td>");
    assertThat(org.jsoup.Jsoup.parse(attempts.body()).select("table.data tbody tr").text())
        .isEqualTo("I1 completed passed 90% 0 min 25 s 2");
    // another course's tutor, and a trainee, are told there is no such result
    assertThat(
            signedIn(TestUsers.create("TUTOR"))
                .get("author/package-attempts.xhtml?enrolment=" + enrolmentId + "&module=fluids")
                .status())
        .isEqualTo(404);
  }

  @Test
  void d_onlyTheEnrolledPlay() throws Exception {
    load();
    String play = "learn/play.xhtml?course=" + ID + "&module=fluids";
    assertThat(client().get(play).status()).isEqualTo(302);
    Page notEnrolled = signedIn(TestUsers.create("TRAINEE")).get(play);
    assertThat(notEnrolled.status()).isEqualTo(302);
    assertThat(notEnrolled.location()).contains("course.xhtml?id=" + ID);
    assertThat(signedIn(TestUsers.create("REVIEWER")).get(play).status()).isEqualTo(403);
    assertThat(signedIn(TestUsers.create("TUTOR")).get(play).status()).isEqualTo(403);
    // the course's tutors and admins preview it: browsing for no credit, nothing recorded
    TestUser tutorUser = TestUsers.tutorOf(ID);
    WebClient tutor = signedIn(tutorUser);
    Page preview = tutor.get(play);
    assertThat(preview.status()).isEqualTo(200);
    assertThat(preview.body()).contains("You are previewing this package as its tutor");
    Matcher m = FRAME.matcher(preview.body());
    assertThat(m.find()).isTrue();
    String launch = launchBase(m.group(1));
    assertThat(raw(launch + "~ccio/api.js").body())
        .contains("\"cmi.core.credit\":\"no-credit\"")
        .contains("\"cmi.core.lesson_mode\":\"browse\"");
    HttpResponse<String> tried =
        commit(launch, 1, Map.of("cmi.core.lesson_status", "completed"), true);
    assertThat(json(tried).getBoolean("preview")).isTrue();
    assertThat(json(tried).getString("completion")).isEqualTo("completed");
    assertThat(commit(launch, 2, Map.of("cmi.core.lesson_status", "done"), false).statusCode())
        .isEqualTo(400);
    assertThat(
            TestDatabase.one(
                "select count(*) from scorm_attempt a join enrolment e on e.id = a.enrolment_id"
                    + " where e.user_id = ?",
                tutorUser.id()))
        .isEqualTo("0");
    assertThat(
            TestDatabase.one(
                "select count(*) || ' ' || count(attempt_id) from scorm_launch where user_id = ?",
                tutorUser.id()))
        .isEqualTo("1 0");
    assertThat(signedIn(TestUsers.create("ADMIN")).get(play).status()).isEqualTo(200);
    WebClient trainee = enrolled(TestUsers.create("TRAINEE"));
    assertThat(trainee.get(play + "&item=NOPE").status()).isEqualTo(404);
    assertThat(trainee.get("learn/play.xhtml?course=" + ID + "&module=nope").status())
        .isEqualTo(404);
    assertThat(
            trainee
                .get("learn/play.xhtml?course=clinical-safety&module=why-clinical-safety")
                .status())
        .isEqualTo(404);
    // a launch belongs to its trainee's attempt: another trainee's frame plays their own
    assertThat(URI.create(frame(trainee)).getPath()).startsWith("/scorm/");
  }

  @Test
  void e_whatAPackageStoredIsInTheTraineesCopyOfTheirDataAndGoesOnErasure() throws Exception {
    TestUser trainee = TestUsers.create("TRAINEE");
    WebClient web = enrolled(trainee);
    String launch = launchBase(frame(web));
    assertThat(
            commit(
                    launch,
                    1,
                    Map.of(
                        "cmi.suspend_data", "my private notes",
                        "cmi.core.lesson_status", "incomplete"),
                    false)
                .statusCode())
        .isEqualTo(200);
    Page page = web.get("account/my-data.xhtml");
    HttpResponse<byte[]> zip =
        web.submitForDownload("account/my-data.xhtml", page, "mine", "download", Map.of());
    assertThat(zip.statusCode()).isEqualTo(200);
    String data = unzipEntry(zip.body(), "learning/package-data.json");
    assertThat(data).contains("my private notes").contains("incomplete");
    assertThat(unzipEntry(zip.body(), "learning/package-attempts.json")).contains("fluids");

    WebClient admin = signedIn(TestUsers.create("ADMIN"));
    String account = "admin/user.xhtml?id=" + trainee.id();
    String name = TestDatabase.one("select full_name from users where id = ?", trainee.id());
    Page done =
        admin.submit(
            account,
            admin.get(account),
            "erase",
            "eraseData",
            Map.of("reference", "request of 7 Dec", "confirm", name));
    assertThat(done.status()).as(done.body()).isEqualTo(302);
    assertThat(
            TestDatabase.one(
                "select s.data::text || ' ' || s.completion from scorm_sco s join scorm_attempt a"
                    + " on a.id = s.attempt_id join enrolment e on e.id = a.enrolment_id"
                    + " where e.user_id = ?",
                trainee.id()))
        .isEqualTo("{} incomplete");
    assertThat(
            TestDatabase.one("select count(*) from scorm_launch where user_id = ?", trainee.id()))
        .isEqualTo("0");
    assertThat(commit(launch, 2, Map.of("cmi.suspend_data", "more"), false).statusCode())
        .isEqualTo(410);
  }

  private static String unzipEntry(byte[] zip, String name) throws Exception {
    try (java.util.zip.ZipInputStream in =
        new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
      for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (e.getName().equals(name)) {
          return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError(name + " is not in the copy");
  }

  /** The session's credentials, fetched from the launch's fetch URL, as the AU would. */
  private TestLrs fetched(Map<String, String> q) throws Exception {
    HttpResponse<String> fetched =
        RAW.send(
            HttpRequest.newBuilder(URI.create(q.get("fetch")))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return TestLrs.withAuthToken(base, json(fetched).getString("auth-token"));
  }

  /** LMS.LaunchData of the launch, read with the session's credentials. */
  private static JsonObject launchData(TestLrs au, Map<String, String> q) throws Exception {
    return json(
        au.get(
            "activities/state?stateId=LMS.LaunchData&activityId="
                + URLEncoder.encode(q.get("activityId"), StandardCharsets.UTF_8)
                + "&agent="
                + URLEncoder.encode(q.get("actor"), StandardCharsets.UTF_8)
                + "&registration="
                + q.get("registration")));
  }

  /** The cmi5 launch parameters in a frame's address. */
  private static Map<String, String> launchQuery(String frame) {
    Map<String, String> q = new LinkedHashMap<>();
    for (String pair : URI.create(frame).getRawQuery().split("&")) {
      int eq = pair.indexOf('=');
      q.put(
          pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return q;
  }

  @Test
  void f_cmi5AusOpenedInManyTabsAtOnceLeaveOneSessionAndWhatTheySendMovesTheModuleOn()
      throws Exception {
    TestUser trainee = TestUsers.create("TRAINEE");
    WebClient web = enrolled(trainee, CMI5);
    String play = "learn/play.xhtml?course=" + CMI5 + "&module=ig";

    // six tabs (or clicks) open the first AU at once: every one answered, one registration (the
    // attempt), one session left open and the five before it abandoned by the LMS
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<Page>> all = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        all.add(pool.submit(() -> web.get(play)));
      }
      for (Future<Page> f : all) {
        assertThat(f.get().status()).as(f.get().body()).isEqualTo(200);
      }
    } finally {
      pool.shutdown();
    }
    String registration =
        TestDatabase.one(
            "select string_agg(cast(a.registration as varchar), ',') from scorm_attempt a"
                + " join enrolment e on e.id = a.enrolment_id where e.user_id = ?",
            trainee.id());
    assertThat(registration).matches("[0-9a-f-]{36}");
    assertThat(
            TestDatabase.one(
                "select count(*) filter (where ended_at is null) || ' of ' || count(*)"
                    + " from cmi5_session where user_id = ?",
                trainee.id()))
        .isEqualTo("1 of 6");
    assertThat(
            TestDatabase.one(
                "select count(*) from lrs_statement where verb_id = ? and user_id = ?",
                "https://w3id.org/xapi/adl/verbs/abandoned",
                trainee.id()))
        .isEqualTo("5");

    // the AU opens with the launch parameters, and its pages get no SCORM API
    String frame = frame(web, play);
    Map<String, String> q = launchQuery(frame);
    assertThat(q.get("endpoint")).isEqualTo(base + "xapi/");
    assertThat(q.get("registration")).isEqualTo(registration);
    assertThat(q.get("activityId")).startsWith("http").contains("/xapi/activities/cmi5/");
    assertThat(q.get("actor")).contains("\"name\":\"ccio-" + trainee.id() + "\"");
    String page = raw(URI.create(frame).getPath()).body();
    assertThat(page).contains("<h1>Consent</h1>").doesNotContain("~ccio/api.js");

    // its credentials, once
    TestLrs au = fetched(q);
    String session =
        TestDatabase.one(
            "select cast(id as varchar) from cmi5_session where user_id = ? and ended_at is null",
            trainee.id());
    TestLrs.Cmi5Launch launch =
        new TestLrs.Cmi5Launch(null, session, registration, q.get("activityId"), q.get("actor"));
    // LMS.LaunchData: the context template with the session and the AU's publisher id
    JsonObject launchData = launchData(au, q);
    assertThat(launchData.getString("launchMode")).isEqualTo("Normal");
    assertThat(launchData.getString("moveOn")).isEqualTo("Passed");
    assertThat(launchData.getJsonNumber("masteryScore").doubleValue()).isEqualTo(0.8);
    assertThat(launchData.getString("returnURL"))
        .isEqualTo(base + "learn/module.xhtml?course=" + CMI5 + "&module=ig");
    assertThat(launchData.getJsonObject("contextTemplate").toString())
        .contains(session)
        .contains(TestCmi5.COURSE_ID + "/au/1");

    assertThat(
            au.post("statements", TestLrs.cmi5Statement(launch, "initialized", null, false))
                .statusCode())
        .isEqualTo(200);
    // failed first (under the mastery score): the part is not done, and says so
    assertThat(
            au.post(
                    "statements",
                    TestLrs.cmi5Statement(
                        launch, "failed", "{\"success\":false,\"score\":{\"scaled\":0.5}}", true))
                .statusCode())
        .isEqualTo(200);
    assertThat(
            TestDatabase.one(
                "select s.success || ' ' || (s.satisfied_at is null) from scorm_sco s join"
                    + " scorm_attempt a on a.id = s.attempt_id join enrolment e"
                    + " on e.id = a.enrolment_id where e.user_id = ?",
                trainee.id()))
        .isEqualTo("failed true");
    assertThat(web.get("learn/module.xhtml?course=" + CMI5 + "&module=ig").body())
        .contains("Not passed yet");
    // "passed" in that session is refused (a session says passed or failed, not both)
    HttpResponse<String> both =
        au.post(
            "statements",
            TestLrs.cmi5Statement(
                launch, "passed", "{\"success\":true,\"score\":{\"scaled\":0.9}}", true));
    assertThat(both.statusCode()).isEqualTo(403);
    assertThat(json(both).getString("message")).contains("not both");
    assertThat(TestDatabase.one("select status from enrolment where user_id = ?", trainee.id()))
        .isEqualTo("ACTIVE");

    // the trainee's copy of their data has their sessions; erasure takes them, and their clients
    Page mine = web.get("account/my-data.xhtml");
    HttpResponse<byte[]> zip =
        web.submitForDownload("account/my-data.xhtml", mine, "mine", "download", Map.of());
    assertThat(unzipEntry(zip.body(), "learning-records/cmi5-sessions.json"))
        .contains(registration)
        .contains(TestCmi5.COURSE_ID + "/au/1")
        .contains("initialized");
    WebClient admin = signedIn(TestUsers.create("ADMIN"));
    String account = "admin/user.xhtml?id=" + trainee.id();
    String name = TestDatabase.one("select full_name from users where id = ?", trainee.id());
    admin.submit(
        account,
        admin.get(account),
        "erase",
        "eraseData",
        Map.of("reference", "request of 7 Dec", "confirm", name));
    assertThat(
            TestDatabase.one(
                "select (select count(*) from cmi5_session where user_id = ?) || ' '"
                    + " || (select count(*) from cmi5_progress where registration ="
                    + " cast(? as uuid)) || ' ' || (select count(*) from lrs_client"
                    + " where launch_registration = cast(? as uuid))",
                trainee.id(),
                registration,
                registration))
        .isEqualTo("0 0 0");
    assertThat(au.get("statements").statusCode()).isEqualTo(401);
  }

  @Test
  void g_aTutorsPreviewOfACmi5CourseBrowsesAndJudgesNobody() throws Exception {
    load();
    TestUser tutorUser = TestUsers.tutorOf(CMI5);
    WebClient tutor = signedIn(tutorUser);
    Map<String, String> q =
        launchQuery(frame(tutor, "learn/play.xhtml?course=" + CMI5 + "&module=ig"));
    TestLrs au = fetched(q);
    TestLrs.Cmi5Launch launch =
        new TestLrs.Cmi5Launch(
            null,
            TestDatabase.one(
                "select cast(id as varchar) from cmi5_session where user_id = ?", tutorUser.id()),
            q.get("registration"),
            q.get("activityId"),
            q.get("actor"));
    JsonObject launchData = launchData(au, q);
    assertThat(launchData.getString("launchMode")).isEqualTo("Browse");
    assertThat(
            au.post("statements", TestLrs.cmi5Statement(launch, "initialized", null, false))
                .statusCode())
        .isEqualTo(200);
    HttpResponse<String> judged =
        au.post(
            "statements",
            TestLrs.cmi5Statement(launch, "completed", "{\"completion\":true}", true));
    assertThat(judged.statusCode()).isEqualTo(403);
    assertThat(json(judged).getString("message")).contains("in Browse mode");
    assertThat(
            TestDatabase.one(
                "select count(*) from scorm_attempt a join enrolment e on e.id = a.enrolment_id"
                    + " where e.user_id = ?",
                tutorUser.id()))
        .isEqualTo("0");
  }

  /** The rows of the tutor's interactions tables on a trainee's page of package attempts. */
  private List<String> interactionRows(String courseId, String module, TestUser trainee)
      throws Exception {
    String enrolmentId =
        TestDatabase.one(
            "select e.id from enrolment e join course c on c.id = e.course_id"
                + " where e.user_id = ? and c.code = ?",
            trainee.id(),
            courseId);
    Page attempts =
        signedIn(TestUsers.tutorOf(courseId))
            .get("author/package-attempts.xhtml?enrolment=" + enrolmentId + "&module=" + module);
    assertThat(attempts.status()).as(attempts.body()).isEqualTo(200);
    return org.jsoup.Jsoup.parse(attempts.body()).select("table.interactions tbody tr").eachText();
  }

  @Test
  void h_theInteractionsAPackageCommitsAreOnItsTutorsPageOfAttemptsIn12And2004() throws Exception {
    // SCORM 1.2: write-only interactions, a student_response and a time of day
    TestUser trainee = TestUsers.create("TRAINEE");
    String launch = launchBase(frame(enrolled(trainee)));
    Map<String, String> v12 = new LinkedHashMap<>();
    v12.put("cmi.interactions.0.id", "q-fluid-1");
    v12.put("cmi.interactions.0.type", "choice");
    v12.put("cmi.interactions.0.student_response", "b");
    v12.put("cmi.interactions.0.result", "correct");
    v12.put("cmi.interactions.0.time", "09:30:00");
    v12.put("cmi.interactions.1.id", "q-fluid-2");
    v12.put("cmi.interactions.1.type", "fill-in");
    v12.put("cmi.interactions.1.student_response", "1500 ml");
    v12.put("cmi.interactions.1.result", "wrong");
    v12.put("cmi.core.lesson_status", "incomplete");
    HttpResponse<String> saved12 = commit(launch, 1, v12, false);
    assertThat(saved12.statusCode()).as(saved12.body()).isEqualTo(200);
    // an interaction past the next free one refuses the whole save (201)
    HttpResponse<String> gap =
        commit(launch, 2, Map.of("cmi.interactions.5.id", "q-fluid-6"), false);
    assertThat(gap.statusCode()).isEqualTo(400);
    assertThat(json(gap).getString("message")).contains("cmi.interactions.5.id").contains("201");
    assertThat(interactionRows(ID, "fluids", trainee))
        .containsExactly("q-fluid-1 choice b correct", "q-fluid-2 fill-in 1500 ml wrong");

    // SCORM 2004: each interaction's id first, its type before its learner_response, a timestamp
    TestUser learner = TestUsers.create("TRAINEE");
    WebClient web = enrolled(learner, S2004);
    String launch04 =
        launchBase(frame(web, "learn/play.xhtml?course=" + S2004 + "&module=observations"));
    assertThat(raw(launch04 + "~ccio/api.js").body()).contains("\"cmi.entry\":\"ab-initio\"");
    Map<String, String> v04 = new LinkedHashMap<>();
    v04.put("cmi.interactions.0.id", "q-news-1");
    v04.put("cmi.interactions.0.type", "numeric");
    v04.put("cmi.interactions.0.timestamp", "2026-12-07T10:15:30");
    v04.put("cmi.interactions.0.learner_response", "7");
    v04.put("cmi.interactions.0.result", "correct");
    v04.put("cmi.interactions.1.id", "q-news-2");
    v04.put("cmi.interactions.1.type", "choice");
    v04.put("cmi.interactions.1.timestamp", "2026-12-07T10:16:02.5Z");
    v04.put("cmi.interactions.1.learner_response", "escalate[,]repeat");
    v04.put("cmi.interactions.1.result", "incorrect");
    v04.put("cmi.progress_measure", "0.5");
    v04.put("cmi.completion_status", "incomplete");
    HttpResponse<String> saved04 = commit(launch04, 1, v04, false);
    assertThat(saved04.statusCode()).as(saved04.body()).isEqualTo(200);
    // a type before its interaction's id refuses the whole save (408), as a response in another
    // type's form does (406)
    HttpResponse<String> early =
        commit(launch04, 2, Map.of("cmi.interactions.2.type", "likert"), false);
    assertThat(early.statusCode()).isEqualTo(400);
    assertThat(json(early).getString("message"))
        .isEqualTo(
            "The package sent a value for cmi.interactions.2.type that the SCORM standard does"
                + " not allow (error 408); nothing from this save was kept.");
    HttpResponse<String> form =
        commit(launch04, 3, Map.of("cmi.interactions.0.learner_response", "seven"), false);
    assertThat(form.statusCode()).isEqualTo(400);
    assertThat(json(form).getString("message")).contains("(error 406)");
    assertThat(
            TestDatabase.one(
                "select (s.data ->> 'cmi.interactions.0.timestamp') || ' '"
                    + " || (s.data ->> 'cmi.interactions.1.timestamp') || ' '"
                    + " || (s.data ->> 'cmi.interactions.0.learner_response')"
                    + " from scorm_sco s join scorm_attempt a on a.id = s.attempt_id"
                    + " join enrolment e on e.id = a.enrolment_id where e.user_id = ?",
                learner.id()))
        .isEqualTo("2026-12-07T10:15:30 2026-12-07T10:16:02.5Z 7");
    assertThat(interactionRows(S2004, "observations", learner))
        .containsExactly(
            "q-news-1 numeric 7 correct", "q-news-2 choice escalate[,]repeat incorrect");
  }
}
