package org.ccioacademy.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ccioacademy.testing.TestCourses;
import org.ccioacademy.testing.TestDatabase;
import org.ccioacademy.testing.TestLrs;
import org.ccioacademy.testing.TestMail;
import org.ccioacademy.testing.TestQuizzes;
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
 * The trainee's path through a course (catalogue, enrol, read, quiz, complete) and who may see
 * what, through HTTP against the real WAR on Payara Micro, importing the shipped curriculum (and a
 * hostile test course) from courses/ into a real PostgreSQL.
 */
@RunAsClient
class CourseDeliveryIT extends WarTest {

  static final String COURSE = "clinical-safety";

  static {
    // a course whose text tries to run script: imported like any other, it must run nothing
    TestCourses.write(
        "xss-test",
        Map.of(
            "course.yaml",
            """
            id: xss-test
            title: Hostile content test
            summary: A course whose module text tries to run script.
            audience: [nurse]
            level: foundation
            cpd-hours: 1
            competencies: [fci:it-systems]
            completion: {module: read, pass-mark: 50, attempts: 0}
            modules: [hostile]
            """,
            "hostile.md",
            """
            ---
            title: Hostile module
            minutes: 60
            reviewed: 2026-12-01
            outcomes: [Stay safe.]
            competencies: [fci:it-systems]
            sources: [{title: OWASP, url: "https://owasp.org/"}]
            ---
            Before <script>alert(1)</script> after.

            <img src="x" onerror="alert(2)">

            [click](javascript:alert(3))

            > [!WARNING] Careful
            > This is a <b onmouseover="alert(4)">callout</b>.
            """));
  }

  static {
    // a course of its own for the test that changes its rows behind the application's back
    TestCourses.write(
        "kept-test",
        Map.of(
            "course.yaml",
            """
            id: kept-test
            title: Kept version test
            summary: A course whose published version is read once.
            audience: [nurse]
            level: foundation
            cpd-hours: 1
            competencies: [fci:it-systems]
            completion: {module: read, pass-mark: 50, attempts: 0}
            modules: [kept]
            """,
            "kept.md",
            """
            ---
            title: Kept module
            minutes: 60
            reviewed: 2026-12-01
            outcomes: [Know what is kept.]
            competencies: [fci:it-systems]
            sources: [{title: A kept source, url: "https://example.org/"}]
            ---
            Kept text.
            """));
  }

  private static String moduleUrl(String course, String module) {
    return "learn/module.xhtml?course=" + course + "&module=" + module;
  }

  private static Page takeQuiz(WebClient web, String course, String module, boolean right)
      throws SQLException {
    String url = "learn/quiz.xhtml?course=" + course + "&module=" + module;
    Page quiz = web.get(url);
    assertThat(quiz.status()).as(quiz.body()).isEqualTo(200);
    return web.submitAll(url, quiz, "quiz", "submit", TestQuizzes.answers(course, module, right));
  }

  @Test
  void theCatalogueFiltersAndPagesInTheDatabase() throws Exception {
    WebClient anonymous = client();
    Page all = anonymous.get("catalogue.xhtml?group=any");
    assertThat(all.status()).isEqualTo(200);
    // 10 to a page: the shipped courses and those other test classes have added by now
    int published =
        Integer.parseInt(
            TestDatabase.one(
                "select count(*) from course c join course_version v"
                    + " on v.id = c.current_version_id where v.status = 'PUBLISHED'"));
    int pages = (published + 9) / 10;
    assertThat(pages).isGreaterThanOrEqualTo(2);
    assertThat(all.body())
        .contains("(page 1 of " + pages + ")")
        .contains("Clinical safety: DCB0129 and DCB0160");
    assertThat(anonymous.get("catalogue.xhtml?group=any&page=2").body())
        .contains("(page 2 of " + pages + ")");
    assertThat(anonymous.get("catalogue.xhtml?group=any&q=DCB0129").body())
        .contains("Clinical safety: DCB0129 and DCB0160")
        .doesNotContain("Digital leadership");
    assertThat(anonymous.get("catalogue.xhtml?group=any&domain=hee:patients-public").body())
        .contains("1 course")
        .contains("Digital health for patients");
    assertThat(anonymous.get("catalogue.xhtml?group=any&level=ADVANCED").body())
        .contains("AI and software as a medical device")
        .doesNotContain("Clinical safety: DCB0129");
    // (other test classes add courses of every size: words no course has make the empty result)
    assertThat(anonymous.get("catalogue.xhtml?group=DOCTOR&hours=1&q=zzqx").body())
        .contains("No course matches.");
    // nonsense in the filters is ignored, never an error
    assertThat(anonymous.get("catalogue.xhtml?group=SURGEON&level=x&hours=999&page=-3").status())
        .isEqualTo(200);
    assertThat(anonymous.get("course.xhtml?id=no-such-course").status()).isEqualTo(404);
  }

  @Test
  void aPublishedVersionIsReadFromTheDatabaseOnceAndKept() throws Exception {
    WebClient web = signedIn(TestUsers.create("TRAINEE"));
    TestCourses.enrol(web, "kept-test");
    assertThat(web.get(moduleUrl("kept-test", "kept")).body())
        .contains("Kept module", "Know what is kept.", "A kept source");

    // nothing in the application changes a published version (a change is a new version), so
    // the reader keeps it whole after the first read: rows changed behind its back are not read
    long module =
        Long.parseLong(
            TestDatabase.one(
                "select m.id from module m join course c on c.current_version_id ="
                    + " m.course_version_id where c.code = 'kept-test'"));
    TestDatabase.execute("update module set title = 'Changed title' where id = ?", module);
    TestDatabase.execute(
        "update module_outcome set text = 'Changed outcome' where module_id = ?", module);
    TestDatabase.execute(
        "update module_source set title = 'Changed source' where module_id = ?", module);
    Page again = web.get(moduleUrl("kept-test", "kept"));
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.body())
        .contains("Kept module", "Know what is kept.", "A kept source")
        .doesNotContain("Changed");
    // a new version is read when the course points at it: CourseImportIT's new version, and
    // ClusterIT's publishing on another instance
  }

  @Test
  void theReaderKeepsNoViewStateAndTakesFormsOnlyFromThisSite() throws Exception {
    TestUser trainee = TestUsers.create("TRAINEE");
    WebClient web = signedIn(trainee);
    TestCourses.enrol(web, COURSE);
    String m = TestDatabase.modules(COURSE).get(0);
    Page reader = web.get(moduleUrl(COURSE, m));
    // nothing of the page is kept in the session: its forms say so, and post to its address
    assertThat(reader.viewState()).isEqualTo("stateless");
    assertThat(Jsoup.parse(reader.body()).getElementById("read").attr("action"))
        .endsWith(moduleUrl(COURSE, m));

    // a form forged on another site (the browser names that site): refused, nothing recorded
    String[][] forged = {
      {"Sec-Fetch-Site", "cross-site"}, {"Sec-Fetch-Site", "same-site"},
      {"Origin", "https://evil.example"}, {"Origin", "null"}
    };
    for (String[] header : forged) {
      web.header(header[0], header[1]);
      Page refused = web.submit(moduleUrl(COURSE, m), reader, "read", "markRead", Map.of());
      web.header(header[0], null);
      assertThat(refused.status()).as(header[0] + ": " + header[1]).isEqualTo(400);
      assertThat(refused.body()).doesNotContain("Exception");
    }
    assertThat(
            TestDatabase.one(
                "select count(*) from module_progress p join enrolment e on e.id = p.enrolment_id"
                    + " where e.user_id = ? and p.read_at is not null",
                trainee.id()))
        .isEqualTo("0");

    // from the page itself, as a browser says it (or a program that says nothing): recorded
    List<String> modules = TestDatabase.modules(COURSE);
    String[][] own = {
      {"Sec-Fetch-Site", "same-origin"},
      {"Origin", "http://" + base.getHost() + ":" + base.getPort()}
    };
    for (int i = 0; i < own.length; i++) {
      web.header(own[i][0], own[i][1]);
      Page page = web.get(moduleUrl(COURSE, modules.get(i)));
      Page sent = web.submit(moduleUrl(COURSE, modules.get(i)), page, "read", "markRead", Map.of());
      assertThat(sent.location()).as(own[i][0] + ": " + own[i][1]).contains("learn/quiz.xhtml");
      web.header(own[i][0], null);
    }
    assertThat(TestLrs.recordsOf(trainee.id()))
        .containsExactly("read " + modules.get(0), "read " + modules.get(1));
  }

  @Test
  void aTraineeEnrolsReadsTakesTheQuizzesAndCompletesTheCourse() throws Exception {
    TestUser trainee = TestUsers.create("TRAINEE");
    WebClient web = signedIn(trainee);

    Page course = web.get("course.xhtml?id=" + COURSE);
    assertThat(course.body()).contains("Enrol on this course");
    // the form posts back to the page's whole address, so a page shown again keeps it
    assertThat(Jsoup.parse(course.body()).getElementById("enrolment").attr("action"))
        .endsWith("course.xhtml?id=" + COURSE);
    Page enrolled = web.submit("course.xhtml?id=" + COURSE, course, "enrolment", "enrol", Map.of());
    assertThat(enrolled.status()).isEqualTo(302);
    assertThat(web.follow(enrolled).body()).contains("You are enrolled on").contains("Start: ");
    assertThat(TestDatabase.one("select status from enrolment where user_id = ?", trainee.id()))
        .isEqualTo("ACTIVE");

    List<String> modules = TestDatabase.modules(COURSE);
    assertThat(modules).hasSize(3);
    for (int i = 0; i < modules.size(); i++) {
      String m = modules.get(i);
      Page reader = web.get(moduleUrl(COURSE, m));
      assertThat(reader.status()).isEqualTo(200);
      assertThat(reader.body())
          .contains("Module " + (i + 1) + " of 3")
          .contains("aria-valuenow=\"" + (i * 100 / 3) + "\"");
      Page read = web.submit(moduleUrl(COURSE, m), reader, "read", "markRead", Map.of());
      assertThat(read.location()).contains("learn/quiz.xhtml");
      if (i == 0) {
        // the same form sent twice more (a double click, a retry): still read once
        web.submit(moduleUrl(COURSE, m), reader, "read", "markRead", Map.of());
        web.submit(moduleUrl(COURSE, m), reader, "read", "markRead", Map.of());
        assertThat(TestLrs.recordsOf(trainee.id())).containsExactly("read " + m);
      }

      if (i == 0) {
        Page failed = web.follow(takeQuiz(web, COURSE, m, false));
        assertThat(failed.body()).contains("Not passed this time").contains("Not right.");
        assertThat(failed.body()).doesNotContain("The answer:"); // answers stay hidden until passed
      }
      Page passed = web.follow(takeQuiz(web, COURSE, m, true));
      assertThat(passed.body()).contains("You passed").contains("100%");
      // the last quiz completes the course, and its result says so with the way to the certificate
      if (i < modules.size() - 1) {
        assertThat(passed.body()).doesNotContain("You have completed");
      } else {
        Element done = Jsoup.parse(passed.body()).getElementById("course-complete");
        assertThat(done.text()).contains("You have completed Clinical safety");
        assertThat(done.select("a").eachAttr("href"))
            .anyMatch(href -> href.contains("trainee/certificates.xhtml"));
      }
    }
    // the course page offers the certificate, not "Continue: module 1"
    Document completed = Jsoup.parse(web.get("course.xhtml?id=" + COURSE).body());
    assertThat(completed.text())
        .contains("You completed this course on")
        .doesNotContain("Continue:");
    assertThat(completed.getElementById("certificate").attr("href"))
        .contains("trainee/certificates.xhtml");
    assertThat(completed.getElementById("lookBack").text()).startsWith("Look back over the course");

    assertThat(TestDatabase.one("select status from enrolment where user_id = ?", trainee.id()))
        .isEqualTo("COMPLETED");
    assertThat(
            TestDatabase.one(
                "select count(*) from enrolment e join course c on c.id = e.course_id"
                    + " where e.user_id = ? and e.completed_at is not null"
                    + " and e.completed_version_id = c.current_version_id",
                trainee.id()))
        .isEqualTo("1");
    assertThat(
            TestDatabase.one(
                "select string_agg(attempt_no || ':' || score || ':' || passed, ' ' order by a.id)"
                    + " from quiz_attempt a join enrolment e on e.id = a.enrolment_id"
                    + " where e.user_id = ?",
                trainee.id()))
        .isEqualTo("1:0:false 2:100:true 1:100:true 1:100:true");
    // every question of every attempt answered: one response each
    assertThat(
            TestDatabase.one(
                "select count(*) from quiz_response r join quiz_attempt a on a.id = r.attempt_id"
                    + " join enrolment e on e.id = a.enrolment_id where e.user_id = ?",
                trainee.id()))
        .isEqualTo(
            TestDatabase.one(
                "select sum(a.total) from quiz_attempt a join enrolment e on e.id = a.enrolment_id"
                    + " where e.user_id = ?",
                trainee.id()))
        .isNotEqualTo("0");
    assertThat(
            TestDatabase.one(
                "select string_agg(action, ',' order by id) from audit_log where actor_id = ?"
                    + " and action like 'course.%'",
                trainee.id()))
        .isEqualTo("course.enrolled,course.completed");
    // the completion email, through a real SMTP server
    List<MimeMessage> mail = TestMail.receivedBy(trainee.email(), Duration.ofSeconds(20));
    assertThat(mail).hasSize(1);
    assertThat(mail.get(0).getSubject())
        .isEqualTo("You have completed Clinical safety: DCB0129 and DCB0160");
    assertThat(mail.get(0).getContent().toString())
        .contains("Well done: you completed Clinical safety")
        .contains("/trainee/learning.xhtml");
    Page learning = web.get("trainee/learning.xhtml");
    assertThat(learning.body())
        .contains("Completed")
        .contains("Clinical safety: DCB0129 and DCB0160");
  }

  @Test
  void attemptsAreLimitedOnTheServerAndNeverOverwritten() throws Exception {
    TestUser trainee = TestUsers.create("TRAINEE");
    WebClient web = signedIn(trainee);
    Page course = web.get("course.xhtml?id=" + COURSE);
    web.submit("course.xhtml?id=" + COURSE, course, "enrolment", "enrol", Map.of());
    String m = TestDatabase.modules(COURSE).get(0);
    String url = "learn/quiz.xhtml?course=" + COURSE + "&module=" + m;

    // an unanswered question: nothing is marked, and the answers given are kept
    Page quiz = web.get(url);
    List<Map.Entry<String, String>> partial =
        new ArrayList<>(TestQuizzes.answers(COURSE, m, false));
    partial.remove(0);
    Page incomplete = web.submitAll(url, quiz, "quiz", "submit", partial);
    assertThat(incomplete.status()).isEqualTo(200);
    assertThat(incomplete.body())
        .contains("Question 1 has no answer yet.")
        .contains("checked=\"checked\"");
    assertThat(
            TestDatabase.one(
                "select count(*) from quiz_attempt a join enrolment e on e.id = a.enrolment_id where e.user_id = ?",
                trainee.id()))
        .isEqualTo("0");

    takeQuiz(web, COURSE, m, false);
    takeQuiz(web, COURSE, m, false);
    Page third = web.get(url);
    assertThat(third.body()).contains("This is attempt 3 of 3");
    web.submitAll(url, third, "quiz", "submit", TestQuizzes.answers(COURSE, m, false));
    // the same form sent again, as a client might: refused on the server
    Page again = web.submitAll(url, third, "quiz", "submit", TestQuizzes.answers(COURSE, m, true));
    assertThat(again.body()).contains("You have used all 3 attempts");
    assertThat(web.get(url).body())
        .contains("You have used all 3 attempts")
        .doesNotContain("Submit my answers");
    assertThat(
            TestDatabase.one(
                "select string_agg(attempt_no || ':' || score, ' ' order by attempt_no)"
                    + " from quiz_attempt a join enrolment e on e.id = a.enrolment_id where e.user_id = ?",
                trainee.id()))
        .isEqualTo("1:0 2:0 3:0");
    // the learning records: each attempt once (attempted, failed with its score), the refused
    // fourth none
    assertThat(TestLrs.recordsOf(trainee.id()))
        .containsExactly(
            "attempted quiz",
            "failed quiz",
            "attempted quiz",
            "failed quiz",
            "attempted quiz",
            "failed quiz");
    JsonObject failed = TestLrs.recordOf(trainee.id(), "failed", "/module/" + m + "/quiz");
    assertThat(failed.getJsonObject("result").getBoolean("success")).isFalse();
    assertThat(failed.getJsonObject("result").getJsonObject("score").getInt("raw")).isZero();
    assertThat(failed.getJsonObject("context").getString("registration")).hasSize(36);
    assertThat(
            failed
                .getJsonObject("context")
                .getJsonObject("contextActivities")
                .getJsonArray("parent")
                .getJsonObject(0)
                .getString("id"))
        .endsWith("/course/" + COURSE);
  }

  @Test
  void theTutorChoosesWhatAFailedAttemptShowsAndAPassShowsEverything() throws Exception {
    String m = TestDatabase.modules(COURSE).get(0);
    String explanation =
        TestDatabase.one(
                "select q.feedback from question q join module m on m.id = q.module_id"
                    + " join course c on c.current_version_id = m.course_version_id"
                    + " where c.code = ? and m.code = ? order by q.position limit 1",
                COURSE,
                m)
            .substring(0, 25);
    String set =
        "update course_version set quiz_feedback = ?"
            + " where id = (select current_version_id from course where code = ?)";
    try {
      for (String choice : List.of("AFTER_PASS", "SCORE_ONLY", "ALWAYS")) {
        TestDatabase.execute(set, choice, COURSE);
        WebClient web = signedIn(TestUsers.create("TRAINEE"));
        TestCourses.enrol(web, COURSE);
        String failed = web.follow(takeQuiz(web, COURSE, m, false)).body();
        assertThat(failed).as(choice).contains("Not passed this time");
        switch (choice) {
          case "AFTER_PASS" ->
              assertThat(failed)
                  .contains("Not right.", "appear once you pass")
                  .doesNotContain(explanation)
                  .doesNotContain("The answer:");
          case "SCORE_ONLY" ->
              assertThat(failed)
                  .contains("appear once you pass")
                  .doesNotContain("Not right.")
                  .doesNotContain(explanation);
          default -> assertThat(failed).contains("Not right.", "class=\"feedback\"", "The answer:");
        }
        if (!choice.equals("ALWAYS")) {
          assertThat(failed).doesNotContain("class=\"feedback\"");
        }
        String passed = web.follow(takeQuiz(web, COURSE, m, true)).body();
        assertThat(passed).as(choice).contains("You passed", "class=\"feedback\"");
      }
    } finally {
      TestDatabase.execute(set, "AFTER_PASS", COURSE);
    }
  }

  @Test
  void theQuizPageNeverSendsTheAnswersToTheBrowser() throws Exception {
    TestUser trainee = TestUsers.create("TRAINEE");
    WebClient web = signedIn(trainee);
    Page course = web.get("course.xhtml?id=" + COURSE);
    web.submit("course.xhtml?id=" + COURSE, course, "enrolment", "enrol", Map.of());
    String m = TestDatabase.modules(COURSE).get(0);
    String body = web.get("learn/quiz.xhtml?course=" + COURSE + "&module=" + m).body();
    String feedback =
        TestDatabase.one(
            "select q.feedback from question q join module m on m.id = q.module_id"
                + " join course c on c.current_version_id = m.course_version_id"
                + " where c.code = ? and m.code = ? order by q.position limit 1",
            COURSE,
            m);
    String optionFeedback =
        TestDatabase.one(
            "select min(o.feedback) from question_option o join question q on q.id = o.question_id"
                + " join module m on m.id = q.module_id"
                + " join course c on c.current_version_id = m.course_version_id"
                + " where c.code = ? and m.code = ? and o.feedback is not null",
            COURSE,
            m);
    assertThat(body).contains("Question 1:").doesNotContain(feedback.substring(0, 30));
    if (optionFeedback != null) {
      assertThat(body)
          .doesNotContain(optionFeedback.substring(0, Math.min(30, optionFeedback.length())));
    }
  }

  @Test
  void onlyEnrolledTraineesTheCoursesTutorsAndAdminsOpenModules() throws Exception {
    String m = TestDatabase.modules(COURSE).get(0);
    WebClient anonymous = client();
    assertThat(anonymous.get(moduleUrl(COURSE, m)).location()).contains("sign-in");

    Page notEnrolled = signedIn(TestUsers.create("TRAINEE")).get(moduleUrl(COURSE, m));
    assertThat(notEnrolled.status()).isEqualTo(302);
    assertThat(notEnrolled.location()).contains("course.xhtml?id=" + COURSE);

    assertThat(signedIn(TestUsers.create("REVIEWER")).get(moduleUrl(COURSE, m)).status())
        .isEqualTo(403);
    TestUser otherTutor = TestUsers.create("TUTOR");
    assertThat(signedIn(otherTutor).get(moduleUrl(COURSE, m)).status()).isEqualTo(403);

    TestUser tutor = TestUsers.tutorOf(COURSE);
    assertThat(signedIn(tutor).get(moduleUrl(COURSE, m)).body())
        .contains("You are seeing this module as its tutor");
    assertThat(signedIn(TestUsers.create("ADMIN")).get(moduleUrl(COURSE, m)).status())
        .isEqualTo(200);
    assertThat(signedIn(tutor).get("learn/quiz.xhtml?course=" + COURSE + "&module=" + m).status())
        .isEqualTo(403);
  }

  @Test
  void nobodyCanReadAnotherTraineesAttempt() throws Exception {
    TestUser owner = TestUsers.create("TRAINEE");
    WebClient web = signedIn(owner);
    Page course = web.get("course.xhtml?id=" + COURSE);
    web.submit("course.xhtml?id=" + COURSE, course, "enrolment", "enrol", Map.of());
    Page result = takeQuiz(web, COURSE, TestDatabase.modules(COURSE).get(0), true);
    String attempt = result.location().replaceAll(".*id=", "");
    assertThat(web.get("learn/attempt.xhtml?id=" + attempt).status()).isEqualTo(200);
    assertThat(
            signedIn(TestUsers.create("TRAINEE")).get("learn/attempt.xhtml?id=" + attempt).status())
        .isEqualTo(404);
    assertThat(
            signedIn(TestUsers.create("TUTOR")).get("learn/attempt.xhtml?id=" + attempt).status())
        .isEqualTo(404);
    assertThat(web.get("learn/attempt.xhtml?id=nonsense").status()).isEqualTo(404);
  }

  @Test
  void aMailServerThatIsDownNeverFailsACompletionAndTheMailIsSentWhenItIsBack() throws Exception {
    TestUser trainee = TestUsers.create("TRAINEE");
    WebClient web = signedIn(trainee);
    Page course = web.get("course.xhtml?id=xss-test");
    web.submit("course.xhtml?id=xss-test", course, "enrolment", "enrol", Map.of());
    TestMail.stop();
    try {
      String url = moduleUrl("xss-test", "hostile");
      Page done = web.submit(url, web.get(url), "read", "markRead", Map.of());
      assertThat(web.follow(done).body()).contains("Well done: you have completed");
      assertThat(TestDatabase.one("select status from enrolment where user_id = ?", trainee.id()))
          .isEqualTo("COMPLETED");
      // the mail is kept, and its failed attempts are recorded
      String state = null;
      for (int i = 0; i < 100 && (state == null || state.startsWith("QUEUED 0")); i++) {
        Thread.sleep(200);
        state =
            TestDatabase.one(
                "select status || ' ' || attempts || ' ' || (last_error is not null)"
                    + " from mail_message where to_address = ?",
                trainee.email());
      }
      assertThat(state).matches("QUEUED [1-9]\\d* true");
    } finally {
      TestMail.restart();
    }
    List<MimeMessage> received = TestMail.receivedBy(trainee.email(), Duration.ofSeconds(30));
    assertThat(received).hasSize(1);
    assertThat(received.get(0).getSubject()).isEqualTo("You have completed Hostile content test");
    assertThat(
            TestDatabase.one(
                "select status from mail_message where to_address = ?", trainee.email()))
        .isEqualTo("SENT");
  }

  @Test
  void scriptInCourseContentIsShownAsTextAndNeverRuns() throws Exception {
    TestUser trainee = TestUsers.create("TRAINEE");
    WebClient web = signedIn(trainee);
    Page course = web.get("course.xhtml?id=xss-test");
    web.submit("course.xhtml?id=xss-test", course, "enrolment", "enrol", Map.of());
    String body = web.get(moduleUrl("xss-test", "hostile")).body();
    String article =
        body.substring(body.indexOf("class=\"module-body\""), body.indexOf("class=\"sources\""));
    assertThat(article)
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .doesNotContain("<script")
        .doesNotContainPattern("<[a-zA-Z][^>]*\\son[a-zA-Z]+\\s*=")
        .doesNotContain("javascript:")
        .contains("class=\"callout callout-warning\"");
  }
}
