package org.ccioacademy.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipInputStream;
import org.ccioacademy.testing.Browser;
import org.ccioacademy.testing.TestCourses;
import org.ccioacademy.testing.TestDatabase;
import org.ccioacademy.testing.TestMail;
import org.ccioacademy.testing.TestUsers;
import org.ccioacademy.testing.TestUsers.TestUser;
import org.ccioacademy.testing.WarTest;
import org.ccioacademy.testing.WebClient;
import org.ccioacademy.testing.WebClient.Page;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * The clinician's voice: trainees rate the clinical systems they use (one current rating each, the
 * history kept), name systems not listed for an admin to confirm, and comment for reviewers after
 * moderation; the figures are published only where enough people rated, publicly and in each
 * reviewer's scope; trainees rate modules and flag errors, and tutors answer them. The last test
 * does it in Chromium, axe checking every page: a trainee rates their EPR on a phone, flags an
 * error in a module, and the module's tutor answers it.
 */
@RunAsClient
class VoiceIT extends WarTest {

  private static final String RATE = "trainee/systems.xhtml";

  /** A course for the browser test: one module to give feedback on. */
  static final String BROWSER_COURSE = "voice-browser-test";

  static {
    TestCourses.certificateTest();
    TestCourses.write(
        BROWSER_COURSE,
        Map.of(
            "course.yaml",
            """
            id: voice-browser-test
            title: Records that clinicians can use
            summary: A short course used by the voice browser test.
            audience: [nurse, doctor]
            level: foundation
            cpd-hours: 1
            competencies: [fci:it-systems]
            completion: {module: read, pass-mark: 50, attempts: 0}
            modules: [usable-records]
            """,
            "usable-records.md",
            """
            ---
            title: What makes a record usable
            minutes: 60
            reviewed: 2026-12-01
            outcomes: [Describe what makes a clinical system usable.]
            competencies: [fci:it-systems]
            sources: [{title: NHS England, url: "https://www.england.nhs.uk/"}]
            ---
            The System Usability Scale was published in 1986.
            """));

    TestCourses.write(
        "rating-activity-test",
        Map.of(
            "course.yaml",
            """
            id: rating-activity-test
            title: Your systems as your colleagues use them
            summary: A course whose one module asks the trainee to rate a system they use.
            audience: [nurse, doctor]
            level: foundation
            cpd-hours: 1
            competencies: [fci:it-systems]
            completion: {module: read, pass-mark: 50, attempts: 0}
            modules: [rate-yours]
            """,
            "rate-yours.md",
            """
            ---
            title: Rate the system you use
            minutes: 60
            reviewed: 2026-12-01
            activity: rate-a-clinical-system
            outcomes: [Rate a clinical system with the System Usability Scale.]
            competencies: [fci:it-systems]
            sources: [{title: NHS England, url: "https://www.england.nhs.uk/"}]
            ---
            Apply it: rate the electronic patient record you use most.
            """));
  }

  /** A system on the list with a name no other test uses. */
  private static long listedSystem(String product) throws Exception {
    return Long.parseLong(
        TestDatabase.one(
            "insert into clinical_system (product, supplier, kind, status)"
                + " values (?, ?, 'EPR', 'LISTED') returning id",
            product + " " + UUID.randomUUID().toString().substring(0, 6),
            "Supplier " + UUID.randomUUID().toString().substring(0, 6)));
  }

  /** Answers that score {@code all agree} 100 (true) or all neutral 50 (false). */
  private static Map<String, String> answers(boolean best) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 1; i <= 10; i++) {
      m.put("q" + i, best ? (i % 2 == 1 ? "5" : "1") : "3");
    }
    m.put("minutesLost", "30");
    m.put("training", "SOME");
    m.put("recommend", best ? "YES" : "NO");
    return m;
  }

  /** A rating stored as the page stores it (a fixture for the figures), by a new trainee. */
  private static TestUser ratedBy(long system, boolean best, String region, String ods)
      throws Exception {
    TestUser t = TestUsers.create("TRAINEE");
    TestDatabase.execute(
        "insert into system_rating (user_id, system_id, ods_code, region, answers, sus_score,"
            + " minutes_lost, training, recommend, comment_status, rated_at)"
            + " values (?, ?, ?, ?, cast(? as smallint[]), ?, 20, 'ENOUGH', ?, 'NONE', now())",
        t.id(),
        system,
        ods,
        region,
        best ? "{5,1,5,1,5,1,5,1,5,1}" : "{3,3,3,3,3,3,3,3,3,3}",
        best ? 100 : 50,
        best ? "YES" : "NO");
    return t;
  }

  /** The audit actions a person took. */
  private static List<String> actions(TestUser who) throws Exception {
    return TestDatabase.column(
        "select action from audit_log where actor_id = ? order by id", who.id());
  }

  private Page rate(WebClient web, Map<String, String> fields) {
    return web.submit(RATE, web.get(RATE), "rate", "save", fields);
  }

  @Test
  void aRatingIsCheckedScoredAndReplacedByTheNextWithTheHistoryKept() throws Exception {
    long epr = listedSystem("Ward EPR");
    TestUser trainee = TestUsers.create("TRAINEE");
    WebClient web = signedIn(trainee);
    Page page = web.get(RATE);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("I think that I would like to use this system frequently.");

    // every mistake at once; nothing saved, nothing typed lost
    Map<String, String> partial = new HashMap<>(answers(true));
    partial.remove("q4");
    partial.put("minutesLost", "800");
    partial.put("comment", "Logging in takes four screens.");
    partial.put("system", Long.toString(epr));
    Page wrong = rate(web, partial);
    assertThat(wrong.body())
        .contains("Choose an answer to statement 4.")
        .contains("Give the minutes lost in a shift as a whole number from 0 to 720.")
        .contains("Logging in takes four screens.");
    assertThat(
            TestDatabase.one("select count(*) from system_rating where user_id = ?", trainee.id()))
        .isEqualTo("0");

    Map<String, String> good = new HashMap<>(answers(true));
    good.put("system", Long.toString(epr));
    Page saved = rate(web, good);
    assertThat(saved.status()).as(saved.body()).isEqualTo(302);
    Page mine = web.follow(saved);
    assertThat(mine.body()).contains("Thank you: your rating is saved.").contains("100 of 100");
    assertThat(
            TestDatabase.one(
                "select sus_score || ' ' || region || ' ' || ods_code from system_rating"
                    + " where user_id = ?",
                trainee.id()))
        .isEqualTo("100.0 LONDON RTD");

    // rate it again: the form starts from the current rating, and the new one replaces it
    Page again = web.get(RATE + "?system=" + epr);
    assertThat(again.body()).contains("Rate it again");
    Map<String, String> worse = new HashMap<>(answers(false));
    worse.put("system", Long.toString(epr));
    assertThat(rate(web, worse).status()).isEqualTo(302);
    assertThat(
            TestDatabase.column(
                "select sus_score || ' ' || (replaced_at is null) from system_rating"
                    + " where user_id = ? order by id",
                trainee.id()))
        .containsExactly("100.0 false", "50.0 true");
    assertThat(web.get(RATE).body()).contains("50 of 100").doesNotContain("100 of 100");
    assertThat(actions(trainee)).contains("voice.system-rated");
  }

  @Test
  void aDoubleClickOrTwoTabsLeaveOneCurrentRatingAndNoError() throws Exception {
    long epr = listedSystem("Tabbed EPR");
    TestUser trainee = TestUsers.create("TRAINEE");
    WebClient web = signedIn(trainee);
    List<Page> forms = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      forms.add(web.get(RATE));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Page>> sent = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        Page form = forms.get(i);
        Map<String, String> fields = new HashMap<>(answers(i % 2 == 0));
        fields.put("system", Long.toString(epr));
        Callable<Page> send = () -> web.submit(RATE, form, "rate", "save", fields);
        sent.add(pool.submit(send));
      }
      for (Future<Page> f : sent) {
        assertThat(f.get().status()).isEqualTo(302);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(
            TestDatabase.one(
                "select count(*) || '/' || count(*) filter (where replaced_at is null)"
                    + " from system_rating where user_id = ?",
                trainee.id()))
        .isEqualTo("4/1");
  }

  @Test
  void aSystemNotListedWaitsForAnAdminWhoMergesItIntoTheListedOne() throws Exception {
    long listed = listedSystem("Listed EPR");
    String named = "Homegrown " + UUID.randomUUID().toString().substring(0, 6);
    TestUser trainee = TestUsers.create("TRAINEE");
    WebClient web = signedIn(trainee);
    Map<String, String> other = new HashMap<>(answers(true));
    other.put("system", "-1");
    Page missing = rate(web, other);
    assertThat(missing.body())
        .contains("Give the product (such as Millennium or SystmOne).")
        .contains("Choose what kind of system it is.");
    other.put("product", named);
    other.put("supplier", "In-house");
    other.put("kind", "EPR");
    Page saved = web.follow(rate(web, other));
    assertThat(saved.body())
        .contains("An administrator will check the system you named")
        .contains(named + " (In-house) (waiting for an administrator to add it to the list)");
    // it can be rated again from the list, where it waits for an admin
    String proposal = TestDatabase.one("select id from clinical_system where product = ?", named);
    assertThat(
            Jsoup.parse(web.get(RATE + "?system=" + proposal).body())
                .select("select[id='rate:system'] option[selected]")
                .text())
        .isEqualTo(named + " (In-house)");
    // another trainee naming it in another case gets the same proposal
    TestUser second = TestUsers.create("TRAINEE");
    other.put("product", named.toUpperCase());
    other.put("supplier", "IN-HOUSE");
    assertThat(rate(signedIn(second), other).status()).isEqualTo(302);
    assertThat(
            TestDatabase.one(
                "select count(*) from clinical_system where lower(product) = lower(?)", named))
        .isEqualTo("1");
    // not offered to others, and not in the public figures, until listed
    assertThat(client().get("usability").body()).doesNotContain(named);

    TestUser admin = TestUsers.create("ADMIN");
    WebClient adminWeb = signedIn(admin);
    assertThat(adminWeb.get("admin/home.xhtml").body())
        .contains("1 clinical system trainees named is not on the list yet");
    String path = "admin/systems.xhtml";
    Page list = adminWeb.get(path);
    assertThat(list.body()).contains(named);
    Map<String, List<String>> fields = adminWeb.form(list, "proposed");
    String into = nameEndingWith(list, "proposed", ":into");
    fields.put(into, List.of(Long.toString(listed)));
    Page merged = adminWeb.send(path, list, fields, into.replace(":into", ":merge"));
    assertThat(merged.status()).as(merged.body()).isEqualTo(302);
    assertThat(adminWeb.follow(merged).body()).contains("is merged");
    assertThat(
            TestDatabase.column(
                "select user_id::text from system_rating where system_id = ? order by user_id",
                listed))
        .containsExactly(Long.toString(trainee.id()), Long.toString(second.id()));
    assertThat(
            TestDatabase.one(
                "select count(*) from clinical_system where lower(product) = lower(?)", named))
        .isEqualTo("0");
    assertThat(actions(admin)).contains("voice.system-merged");
  }

  /**
   * The name of the text area of form {@code formId} that holds {@code text}, whose name ends with
   * {@code suffix}.
   */
  private static String rowField(Page page, String formId, String text, String suffix) {
    return Jsoup.parse(page.body())
        .getElementById(formId)
        .select("textarea[name$=" + suffix + "]")
        .stream()
        .filter(t -> t.wholeText().contains(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No text area holding " + text))
        .attr("name");
  }

  /** The name of the one field of form {@code formId} whose name ends with {@code suffix}. */
  private static String nameEndingWith(Page page, String formId, String suffix) {
    Document doc = Jsoup.parse(page.body());
    return doc.getElementById(formId).select("[name$=" + suffix + "]").first().attr("name");
  }

  @Test
  void figuresArePublishedFromTenPeopleAndNotFromNine() throws Exception {
    long epr = listedSystem("Counted EPR");
    String product = TestDatabase.one("select product from clinical_system where id = ?", epr);
    for (int i = 0; i < 9; i++) {
      ratedBy(epr, i < 5, "LONDON", "RTD");
    }
    WebClient anonymous = client();
    Page nine = anonymous.get("usability");
    assertThat(nine.status()).isEqualTo(200);
    String row = rowOf(nine, "products", product);
    assertThat(row).contains("Fewer than 10 people rated it: not shown").doesNotContain("%");
    assertThat(anonymous.get("usability?system=" + epr).body())
        .contains("Fewer than 10 people have rated this system");
    String json = anonymous.get("api/usability/figures/" + epr).body();
    assertThat(json).contains("\"published\":false").doesNotContain("\"raters\":9");

    // the tenth: 5 score 100 and 5 score 50
    ratedBy(epr, false, "LONDON", "RTD");
    Page ten = anonymous.get("usability");
    assertThat(rowOf(ten, "products", product))
        .contains("75.0 (56.1 to 93.9)") // mean ± t(0.975, 9) × s / √10
        .contains("50%"); // would recommend
    Page detail = anonymous.get("usability?system=" + epr);
    assertThat(detail.body()).contains("Mean SUS score").contains("75.0");
    Document d = Jsoup.parse(detail.body());
    assertThat(d.select("#distribution tbody tr")).hasSize(10);
    assertThat(d.select("#distribution tbody tr").get(5).text()).endsWith("5");
    assertThat(d.select("#distribution tbody tr").get(9).text()).endsWith("5");
    assertThat(d.select("#trend tbody tr").first().text()).contains("75.0");

    String figures = anonymous.get("api/usability/figures").body();
    assertThat(figures).contains("\"minimumRaters\":10").contains("\"meanSus\":75.0");
    var csv = anonymous.download("api/usability/figures.csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(new String(csv.body(), StandardCharsets.UTF_8))
        .contains("Product," + product)
        .contains(",10,75.0,56.1,93.9,75.0,20.0,50,100,");
    assertThat(anonymous.get("openapi").body()).contains("/api/usability/figures");
  }

  private static String rowOf(Page page, String table, String name) {
    return Jsoup.parse(page.body()).select("#" + table + " tbody tr").stream()
        .filter(tr -> tr.text().contains(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " not in #" + table))
        .text();
  }

  @Test
  void commentsReachReviewersInScopeOnlyAsAnAdminModeratedThemAndNeverWithAName() throws Exception {
    long epr = listedSystem("Moderated EPR");
    for (int i = 0; i < 9; i++) {
      ratedBy(epr, true, "LONDON", "RTD");
    }
    TestUser author = TestUsers.create("TRAINEE");
    Map<String, String> fields = new HashMap<>(answers(true));
    fields.put("system", Long.toString(epr));
    fields.put("comment", "Dr Jane Example on ward 7 says the drug chart crashes hourly.");
    assertThat(rate(signedIn(author), fields).status()).isEqualTo(302);
    // a second comment, to withhold
    TestUser other = TestUsers.create("TRAINEE");
    fields.put("comment", "Patient J.S. was given the wrong dose because of it.");
    assertThat(rate(signedIn(other), fields).status()).isEqualTo(302);

    TestUser reviewer = TestUsers.create("REVIEWER");
    TestUsers.scopeOnly(
        "insert into reviewer_scope (user_id, kind, value) values (?, 'REGION', 'LONDON')",
        reviewer.id());
    WebClient reviewerWeb = signedIn(reviewer);
    String detail = "reviewer/usability.xhtml?system=" + epr;
    assertThat(reviewerWeb.get(detail).body())
        .contains("No comments to show.")
        .doesNotContain("drug chart");

    TestUser admin = TestUsers.create("ADMIN");
    WebClient adminWeb = signedIn(admin);
    String path = "admin/comments.xhtml";
    Page queue = adminWeb.get(path);
    assertThat(queue.body())
        .contains("Dr Jane Example on ward 7")
        .contains("Patient J.S.")
        .doesNotContain(author.email())
        .doesNotContain("Test Trainee");
    // publish the first with the name taken out, withhold the second
    String jane = rowField(queue, "queue", "Jane", ":text");
    String row = jane.substring(0, jane.length() - ":text".length());
    Map<String, List<String>> edit = adminWeb.form(queue, "queue");
    edit.put(jane, List.of("A colleague says the drug chart crashes hourly."));
    Page published = adminWeb.send(path, queue, edit, row + ":publish");
    assertThat(published.status()).as(published.body()).isEqualTo(302);
    Page after = adminWeb.follow(published);
    assertThat(after.body()).contains("is published for reviewers").doesNotContain("Jane");
    String patient = rowField(after, "queue", "Patient", ":text");
    Page withheld =
        adminWeb.send(
            path,
            after,
            adminWeb.form(after, "queue"),
            patient.substring(0, patient.length() - ":text".length()) + ":withhold");
    assertThat(withheld.status()).isEqualTo(302);
    // neither waits any more (other tests' comments may)
    assertThat(adminWeb.follow(withheld).body())
        .contains("is withheld")
        .doesNotContain("Patient J.S.")
        .doesNotContain("Dr Jane Example");
    // the same form sent again (another tab) changes nothing and says why
    Page stale = adminWeb.send(path, queue, edit, row + ":publish");
    assertThat(adminWeb.follow(stale).body()).contains("moderated, or replaced by a new rating");

    assertThat(reviewerWeb.get(detail).body())
        .contains("A colleague says the drug chart crashes hourly.")
        .doesNotContain("Jane")
        .doesNotContain("Patient J.S.")
        .doesNotContain(author.email());
    // a reviewer of another region sees neither London's figures nor its comments
    TestUser north = TestUsers.create("REVIEWER");
    TestUsers.scopeOnly(
        "insert into reviewer_scope (user_id, kind, value) values (?, 'REGION', 'NORTH_WEST')",
        north.id());
    WebClient northWeb = signedIn(north);
    Page theirs = northWeb.get(detail + "&area=REGION:LONDON");
    assertThat(theirs.body()).contains("North West").doesNotContain("drug chart");
    assertThat(rowOf(theirs, "beside", "Moderated EPR")).contains("None");
    // and London's reviewer sees London beside England, with the same figures in both
    assertThat(rowOf(reviewerWeb.get("reviewer/usability.xhtml"), "beside", "Moderated EPR"))
        .contains("11")
        .contains("100.0 (100.0 to 100.0)");
    // a reviewer with no scope is told so
    TestUser none = TestUsers.create("REVIEWER");
    TestDatabase.execute("delete from reviewer_scope where user_id = ?", none.id());
    assertThat(signedIn(none).get("reviewer/usability.xhtml").body()).contains("no-scope");
    assertThat(actions(admin)).contains("voice.comment-published", "voice.comment-withheld");
  }

  /**
   * Publishes, as an admin moderating the queue, the waiting comment that holds {@code holding},
   * reworded as {@code as}.
   */
  private void publishComment(String holding, String as) throws Exception {
    WebClient adminWeb = signedIn(TestUsers.create("ADMIN"));
    String path = "admin/comments.xhtml";
    Page queue = adminWeb.get(path);
    String text = rowField(queue, "queue", holding, ":text");
    Map<String, List<String>> edit = adminWeb.form(queue, "queue");
    edit.put(text, List.of(as));
    Page published =
        adminWeb.send(
            path, queue, edit, text.substring(0, text.length() - ":text".length()) + ":publish");
    assertThat(published.status()).as(published.body()).isEqualTo(302);
    assertThat(adminWeb.follow(published).body()).contains("is published for reviewers");
  }

  @Test
  void aPublishedCommentReachesReviewersInScopeAndNeverThePublicPageOrTheDownloads()
      throws Exception {
    long epr = listedSystem("Public EPR");
    String product = TestDatabase.one("select product from clinical_system where id = ?", epr);
    // nine ratings and the commenter's: ten people, so the public figures are published and the
    // product's row and page are there to look at
    for (int i = 0; i < 9; i++) {
      ratedBy(epr, true, "LONDON", "RTD");
    }
    String marker = "orders vanish " + UUID.randomUUID().toString().substring(0, 8);
    TestUser author = TestUsers.create("TRAINEE");
    Map<String, String> fields = new HashMap<>(answers(true));
    fields.put("system", Long.toString(epr));
    fields.put("comment", "Sister Ann Example says " + marker + " when two nurses sign.");
    assertThat(rate(signedIn(author), fields).status()).isEqualTo(302);
    String published = "A colleague says " + marker + " when two nurses sign.";
    publishComment(marker, published);
    assertThat(
            TestDatabase.one(
                "select comment_status from system_rating where user_id = ? and system_id = ?",
                author.id(),
                epr))
        .isEqualTo("PUBLISHED");

    // a reviewer in scope reads it
    TestUser reviewer = TestUsers.create("REVIEWER");
    TestUsers.scopeOnly(
        "insert into reviewer_scope (user_id, kind, value) values (?, 'REGION', 'LONDON')",
        reviewer.id());
    WebClient reviewerWeb = signedIn(reviewer);
    assertThat(reviewerWeb.get("reviewer/usability.xhtml?system=" + epr).body())
        .contains(published)
        .doesNotContain("Ann Example");

    // the public pages, anonymous or signed in (the reviewer too), never show it
    WebClient anonymous = client();
    Page list = anonymous.get("usability.xhtml");
    assertThat(list.status()).isEqualTo(200);
    assertThat(rowOf(list, "products", product)).contains("100.0");
    for (WebClient web : List.of(anonymous, signedIn(author), reviewerWeb)) {
      for (String page : List.of("usability.xhtml", "usability.xhtml?system=" + epr)) {
        Page p = web.get(page);
        assertThat(p.status()).as(page).isEqualTo(200);
        assertThat(p.body()).as(page).doesNotContain(marker).doesNotContain("Ann Example");
      }
    }
    assertThat(anonymous.get("usability.xhtml?system=" + epr).body()).contains("Mean SUS score");

    // nor do the downloads: the JSON of all products, of this one, and the CSV
    String all = anonymous.get("api/usability/figures").body();
    assertThat(all).contains(product).doesNotContain(marker).doesNotContain("Ann Example");
    String one = anonymous.get("api/usability/figures/" + epr).body();
    assertThat(one).contains("\"published\":true").doesNotContain(marker).doesNotContain("comment");
    var csv = anonymous.download("api/usability/figures.csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(new String(csv.body(), StandardCharsets.UTF_8))
        .contains("Product," + product)
        .doesNotContain(marker)
        .doesNotContain("Ann Example");
  }

  @Test
  void traineesRateModulesAndFlagErrorsThatTheirTutorsAnswer() throws Exception {
    String course = "certificate-test";
    String module = TestDatabase.modules(course).get(0);
    String url = "learn/module.xhtml?course=" + course + "&module=" + module;
    String title =
        TestDatabase.one(
            "select m.title from module m join course c on c.current_version_id ="
                + " m.course_version_id where c.code = ? and m.code = ?",
            course,
            module);
    TestUser trainee = TestUsers.create("TRAINEE");
    WebClient web = signedIn(trainee);
    // not enrolled: no feedback asked for
    assertThat(web.get(url).body()).doesNotContain("What did you think of this module?");
    web.submit(
        "course.xhtml?id=" + course,
        web.get("course.xhtml?id=" + course),
        "enrolment",
        "enrol",
        Map.of());
    Page reader = web.get(url);
    assertThat(reader.body()).contains("What did you think of this module?");

    Page missing = web.submit(url, reader, "feedback", "send", Map.of("clear", "4"));
    assertThat(missing.body())
        .contains("Say whether it was useful to your work.")
        .contains("Say whether it was accurate and up to date.");
    Page sent =
        web.submit(
            url,
            web.get(url),
            "feedback",
            "send",
            Map.of("clear", "2", "useful", "3", "accurate", "2", "comment", "Too much jargon."));
    assertThat(sent.status()).as(sent.body()).isEqualTo(302);
    assertThat(web.follow(sent).body()).contains("Change my feedback");
    TestUser tutor = TestUsers.tutorOf(course);
    Page noText = web.submit(url, web.get(url), "flagError", "raise", Map.of());
    assertThat(noText.body()).contains("Say what is wrong, and where in the module.");
    Page flagged =
        web.submit(
            url,
            web.get(url),
            "flagError",
            "raise",
            Map.of("description", "The second paragraph gives the wrong year for the Act."));
    assertThat(flagged.status()).isEqualTo(302);
    assertThat(web.follow(flagged).body()).contains("Waiting for a tutor to answer.");

    // the course's tutor sees it, never with a name, and answers it
    WebClient tutorWeb = signedIn(tutor);
    String page = "author/feedback.xhtml?id=" + course;
    Page feedback = tutorWeb.get(page);
    assertThat(feedback.body())
        .contains("the wrong year for the Act")
        .contains("Too much jargon.")
        .doesNotContain(trainee.email());
    assertThat(Jsoup.parse(feedback.body()).select("#to-improve li").first().text())
        .contains("1 open flag");
    assertThat(tutorWeb.get("account/notifications.xhtml").body())
        .contains("An error was flagged in");
    // and in the course's statistics, beside the completions
    Document stats = Jsoup.parse(tutorWeb.get("author/stats.xhtml?id=" + course).body());
    assertThat(stats.select("#feedbackFigures tbody tr").first().text())
        .contains(title)
        .contains("2.0"); // clear: 2 and accurate: 2, from the one rating
    assertThat(stats.getElementById("improve-first").text()).contains("1 open flag");
    String text = nameEndingWith(feedback, "flags", ":text");
    Map<String, List<String>> answer = tutorWeb.form(feedback, "flags");
    answer.put(text, List.of("Thank you: corrected to 2018 in version 2."));
    String send = text.substring(0, text.length() - ":text".length()) + ":send";
    Page answered = tutorWeb.send(page, feedback, answer, send);
    assertThat(answered.status()).as(answered.body()).isEqualTo(302);
    assertThat(tutorWeb.follow(answered).body()).contains("Answered on");
    // answering again from a stale page (another tutor, another tab) is refused in words
    Page twice = tutorWeb.send(page, feedback, answer, send);
    assertThat(tutorWeb.follow(twice).body()).contains("answered this flag a moment ago");

    assertThat(web.get(url).body()).contains("The tutor answered: Thank you: corrected to 2018");
    assertThat(web.get("account/notifications.xhtml").body()).contains("has been answered");
    assertThat(
            TestMail.awaitSubject(
                    trainee.email(),
                    "Your flag on " + title + " has been answered",
                    Duration.ofSeconds(30))
                .getContent()
                .toString())
        .contains("corrected to 2018");

    // another course's tutor may not see it
    TestUser stranger = TestUsers.create("TUTOR");
    assertThat(signedIn(stranger).get(page).status()).isEqualTo(403);
  }

  @Test
  void aModuleWhoseExerciseIsToRateASystemIsCompleteOnceTheTraineeHasRatedOne() throws Exception {
    String course = "rating-activity-test";
    String url = "learn/module.xhtml?course=" + course + "&module=rate-yours";
    long epr = listedSystem("Exercise EPR");
    TestUser trainee = TestUsers.create("TRAINEE");
    WebClient web = signedIn(trainee);
    web.submit(
        "course.xhtml?id=" + course,
        web.get("course.xhtml?id=" + course),
        "enrolment",
        "enrol",
        Map.of());
    Page read = web.submit(url, web.get(url), "read", "markRead", Map.of());
    assertThat(read.status()).isEqualTo(302);
    Page module = web.follow(read);
    assertThat(module.body())
        .contains("To complete this module, do what its exercise asks")
        .contains("Rate a system now")
        .doesNotContain("This module is complete.");
    assertThat(
            TestDatabase.one(
                "select count(*) from enrolment where user_id = ? and completed_at is not null",
                trainee.id()))
        .isEqualTo("0");
    // the exercise's link leads to the rating and back to the module, now complete
    String rate = Jsoup.parse(module.body()).getElementById("doActivity").attr("href");
    assertThat(rate).contains("course=" + course).contains("module=rate-yours");
    Map<String, String> fields = new HashMap<>(answers(true));
    fields.put("system", Long.toString(epr));
    String path = rate.substring(1);
    Page back = web.submit(path, web.get(path), "rate", "save", fields);
    assertThat(back.location()).contains("learn/module.xhtml").contains("module=rate-yours");
    assertThat(web.follow(back).body())
        .contains("done, thank you")
        .contains("This module is complete.");
    assertThat(
            TestDatabase.one(
                "select count(*) from enrolment where user_id = ? and completed_at is not null",
                trainee.id()))
        .isEqualTo("1");

    // someone who rated before enrolling completes it by reading it
    TestUser rated = ratedBy(epr, false, "LONDON", "RTD");
    WebClient ratedWeb = signedIn(rated);
    ratedWeb.submit(
        "course.xhtml?id=" + course,
        ratedWeb.get("course.xhtml?id=" + course),
        "enrolment",
        "enrol",
        Map.of());
    ratedWeb.submit(url, ratedWeb.get(url), "read", "markRead", Map.of());
    assertThat(
            TestDatabase.one(
                "select count(*) from enrolment where user_id = ? and completed_at is not null",
                rated.id()))
        .isEqualTo("1");
  }

  @Test
  void aPersonsVoiceIsInTheirCopyOfTheirDataAndGoesWithAnErasure() throws Exception {
    long epr = listedSystem("Erased EPR");
    String name = "Philippa Voiceover-" + UUID.randomUUID().toString().substring(0, 6);
    TestUser trainee = TestUsers.create("TRAINEE");
    TestDatabase.execute("update users set full_name = ? where id = ?", name, trainee.id());
    WebClient web = signedIn(trainee);
    Map<String, String> fields = new HashMap<>(answers(true));
    fields.put("system", Long.toString(epr));
    fields.put("comment", "Signed by " + name + ": the EPR is quick.");
    assertThat(rate(web, fields).status()).isEqualTo(302);
    String course = "certificate-test";
    String module = TestDatabase.modules(course).get(1);
    String url = "learn/module.xhtml?course=" + course + "&module=" + module;
    web.submit(
        "course.xhtml?id=" + course,
        web.get("course.xhtml?id=" + course),
        "enrolment",
        "enrol",
        Map.of());
    web.submit(
        url,
        web.get(url),
        "flagError",
        "raise",
        Map.of("description", "A typo in the second paragraph. " + name));
    web.submit(
        url,
        web.get(url),
        "feedback",
        "send",
        Map.of("clear", "5", "useful", "5", "accurate", "5", "comment", "Thanks."));
    // someone else's comment names them
    TestUser colleague = TestUsers.create("TRAINEE");
    fields.put("comment", "Ask " + name + " how to find the drug chart.");
    assertThat(rate(signedIn(colleague), fields).status()).isEqualTo(302);

    // their copy of their data has all three, the other's comment not
    Page mine = web.get("account/my-data.xhtml");
    var zip = web.submitForDownload("account/my-data.xhtml", mine, "mine", "download", Map.of());
    Map<String, String> entries = new HashMap<>();
    try (var in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
      for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    assertThat(entries.get("voice/system-ratings.json"))
        .contains("the EPR is quick")
        .contains("\"sus_score\": 100.0")
        .doesNotContain("drug chart");
    assertThat(entries.get("voice/module-flags.json")).contains("A typo in the second paragraph");
    assertThat(entries.get("voice/module-feedback.json")).contains("Thanks.");

    // erased: their ratings and feedback go, the flag stays without them, and their name is
    // taken out of what the colleague wrote
    TestUser admin = TestUsers.create("ADMIN");
    WebClient adminWeb = signedIn(admin);
    String account = "admin/user.xhtml?id=" + trainee.id();
    Page page = adminWeb.get(account);
    assertThat(Jsoup.parse(page.body()).getElementById("erase-removed").text())
        .contains("1 rating of a clinical system, with its comment")
        .contains("1 rating of a module");
    Page done =
        adminWeb.submit(
            account,
            page,
            "erase",
            "eraseData",
            Map.of("reference", "request of 7 Dec", "confirm", name));
    assertThat(done.status()).as(done.body()).isEqualTo(302);
    assertThat(
            TestDatabase.one("select count(*) from system_rating where user_id = ?", trainee.id()))
        .isEqualTo("0");
    assertThat(
            TestDatabase.one(
                "select count(*) from module_feedback where user_id = ?", trainee.id()))
        .isEqualTo("0");
    assertThat(
            TestDatabase.column(
                "select coalesce(user_id::text, 'nobody') || ' ' || description from module_flag"
                    + " where description like 'A typo in the second paragraph.%'"))
        .singleElement()
        .asString()
        .startsWith("nobody ")
        .doesNotContain(name);
    assertThat(
            TestDatabase.one("select comment from system_rating where user_id = ?", colleague.id()))
        .startsWith("Ask ")
        .doesNotContain(name);
  }

  private Browser browserFor(TestUser user) throws Exception {
    Browser browser = new Browser(base.toString());
    browser.open("sign-in.xhtml");
    browser.type("signIn:email", user.email());
    browser.type("signIn:password", user.password());
    browser.press("signIn:submit");
    return browser;
  }

  /** Chooses a radio button by tapping its label, as a thumb on a phone would. */
  private static void choose(Browser browser, String radioName, String value) {
    var input = browser.find("input[name='" + radioName + "'][value='" + value + "']");
    browser
        .driver()
        .findElement(By.cssSelector("label[for='" + input.getAttribute("id") + "']"))
        .click();
    assertThat(input.isSelected()).as(radioName + " " + value).isTrue();
  }

  @Test
  void aTraineeRatesTheirEprOnAPhoneAndATutorAnswersTheErrorTheyFlagged() throws Exception {
    String product =
        TestDatabase.one(
            "insert into clinical_system (product, supplier, kind, status) values"
                + " ('Phone EPR ' || floor(random() * 1e6)::text, 'Browser Health', 'EPR',"
                + " 'LISTED') returning product");
    TestUser trainee = TestUsers.create("TRAINEE");
    TestUser tutor = TestUsers.tutorOf(BROWSER_COURSE);
    try (Browser phone = browserFor(trainee)) {
      phone.driver().manage().window().setSize(new Dimension(390, 844));
      phone.open("trainee/systems.xhtml");
      new Select(phone.find("select[id='rate:system']"))
          .selectByVisibleText(product + " (Browser Health)");
      for (int i = 1; i <= 10; i++) {
        // agrees with the positive statements, disagrees with the negative ones
        choose(phone, "rate:q" + i, i % 2 == 1 ? "4" : "2");
      }
      phone.type("rate:minutesLost", "20");
      choose(phone, "rate:training", "SOME");
      choose(phone, "rate:recommend", "YES");
      phone.type("rate:comment", "Quick to chart observations on the ward.");
      JavascriptExecutor js = (JavascriptExecutor) phone.driver();
      assertThat(
              ((Number)
                      js.executeScript(
                          "return document.documentElement.scrollWidth - window.innerWidth"))
                  .longValue())
          .as("the rating form scrolls sideways on a phone")
          .isLessThanOrEqualTo(1);
      phone.press("rate:save");
      assertThat(phone.text())
          .contains("Thank you: your rating is saved.")
          .contains(product + " (Browser Health)")
          .contains("75 of 100")
          .contains("Waiting for moderation");
      phone.open("usability");
      assertThat(phone.text()).contains(product).contains("Fewer than 10 people rated it");

      // the module: the trainee flags an error in it
      phone.open("course.xhtml?id=" + BROWSER_COURSE);
      phone.press("enrolment:enrol");
      phone.open("learn/module.xhtml?course=" + BROWSER_COURSE + "&module=usable-records");
      choose(phone, "feedback:clear", "4");
      choose(phone, "feedback:useful", "5");
      choose(phone, "feedback:accurate", "2");
      phone.press("feedback:send");
      assertThat(phone.text()).contains("your feedback on this module is saved");
      phone.type("flagError:description", "Brooke's scale was first described in 1986, not 1996.");
      phone.press("flagError:raise");
      assertThat(phone.text()).contains("Waiting for a tutor to answer.");
      phone.screenshot(Path.of("target/screenshots/voice-trainee-phone.png"));
    }
    try (Browser browser = browserFor(tutor)) {
      browser.open("author/stats.xhtml?id=" + BROWSER_COURSE);
      browser.click("#feedbackLink");
      assertThat(browser.text())
          .contains("Modules to improve first")
          .contains("What makes a record usable: 1 open flag")
          .contains("not 1996");
      String area = browser.find("#flags textarea").getAttribute("id");
      browser.type(area, "Thank you: the module now says 1986 throughout.");
      browser.press(area.replace(":text", ":send"));
      assertThat(browser.text())
          .contains("Your answer is sent to the trainee")
          .contains("Answered on");
    }
    try (Browser browser = browserFor(trainee)) {
      browser.open("account/notifications.xhtml");
      assertThat(browser.text())
          .contains("Your flag on What makes a record usable has been answered");
      browser.open("learn/module.xhtml?course=" + BROWSER_COURSE + "&module=usable-records");
      assertThat(browser.text())
          .contains("The tutor answered: Thank you: the module now says 1986");
    }
  }
}
