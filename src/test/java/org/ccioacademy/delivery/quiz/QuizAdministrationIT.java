package org.ccioacademy.delivery.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ccioacademy.testing.Browser;
import org.ccioacademy.testing.TestCourses;
import org.ccioacademy.testing.TestDatabase;
import org.ccioacademy.testing.TestUsers;
import org.ccioacademy.testing.TestUsers.TestUser;
import org.ccioacademy.testing.WarTest;
import org.ccioacademy.testing.WebClient;
import org.ccioacademy.testing.WebClient.Page;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Quiz administration (issue 4): question banks with a random draw for each attempt, and time
 * limits kept on the server, through the real pages and database.
 */
@RunAsClient
class QuizAdministrationIT extends WarTest {

  static final String COURSE = "quiz-bank-test";
  static final String QUIZ = "learn/quiz.xhtml?course=" + COURSE + "&module=bank";

  static {
    StringBuilder bank = new StringBuilder("draw: 3\ntime-limit-minutes: 5\nquestions:\n");
    for (int i = 1; i <= 6; i++) {
      bank.append(
          """
            - id: q%d
              type: true-false
              text: "Statement number %d is %s."
              answer: %s
              feedback: "Number %d is %s."
          """
              .formatted(i, i, i % 2 == 0, i % 2 == 0, i, i % 2 == 0));
    }
    TestCourses.write(
        COURSE,
        Map.of(
            "course.yaml",
            """
            id: quiz-bank-test
            title: Question bank course
            summary: A short course used by the quiz administration tests.
            audience: [nurse, doctor]
            level: foundation
            cpd-hours: 1
            competencies: [fci:it-systems]
            completion: {module: quiz, pass-mark: 100, attempts: 4}
            modules: [bank]
            """,
            "bank.md",
            """
            ---
            title: A bank of statements
            minutes: 60
            reviewed: 2026-12-01
            outcomes: [Tell true statements from false.]
            competencies: [fci:it-systems]
            sources: [{title: NHS England, url: "https://www.england.nhs.uk/"}]
            ---
            Even-numbered statements are true.
            """,
            "bank.quiz.yaml",
            bank.toString()));
  }

  private WebClient enrolled(TestUser trainee) throws Exception {
    WebClient web = client();
    web.signIn(trainee.email(), trainee.password());
    Page course = web.get("course.xhtml?id=" + COURSE);
    web.submit("course.xhtml?id=" + COURSE, course, "enrolment", "enrol", Map.of());
    return web;
  }

  /** Presses Start the quiz and returns the page then shown. */
  private Page start(WebClient web) {
    Page intro = web.get(QUIZ);
    assertThat(intro.body()).contains("Start the quiz");
    Page started = web.submit(QUIZ, intro, "begin", "start", Map.of());
    assertThat(started.status()).as(started.body()).isEqualTo(302);
    return web.follow(started);
  }

  /** The open sitting's question ids, in the order shown. */
  private static List<Long> openSitting(TestUser trainee) throws SQLException {
    String ids =
        TestDatabase.one(
            "select s.question_ids from quiz_sitting s join enrolment e on e.id = s.enrolment_id"
                + " where e.user_id = ? and s.closed_at is null",
            trainee.id());
    return ids == null ? List.of() : Arrays.stream(ids.split(",")).map(Long::valueOf).toList();
  }

  /** Form fields answering the drawn questions, in order: rightly, or only the first few. */
  private static List<Map.Entry<String, String>> answers(List<Long> drawn, boolean right, int how)
      throws SQLException {
    List<Map.Entry<String, String>> fields = new ArrayList<>();
    for (int i = 0; i < Math.min(how, drawn.size()); i++) {
      boolean truth =
          Boolean.parseBoolean(
              TestDatabase.one("select truth::text from question where id = ?", drawn.get(i)));
      fields.add(Map.entry("quiz:items:" + i + ":choice", String.valueOf(truth == right)));
    }
    return fields;
  }

  private static List<String> questionsShown(Page page) {
    List<String> shown = new ArrayList<>();
    Matcher m = Pattern.compile("Question \\d+: (Statement number \\d+)").matcher(page.body());
    while (m.find()) {
      shown.add(m.group(1));
    }
    return shown;
  }

  /** Moves the trainee's open sitting into the past: its deadline passed this long ago. */
  private static void deadlinePassed(TestUser trainee, Duration ago) throws SQLException {
    TestDatabase.execute(
        "update quiz_sitting s set started_at = now() - interval '5 minutes' - ?::interval,"
            + " deadline = now() - ?::interval from enrolment e"
            + " where e.id = s.enrolment_id and e.user_id = ? and s.closed_at is null",
        ago.toSeconds() + " seconds",
        ago.toSeconds() + " seconds",
        trainee.id());
  }

  private static String attempts(TestUser trainee) throws SQLException {
    return TestDatabase.one(
        "select string_agg(a.attempt_no || ':' || a.correct || '/' || a.total || ':' || a.score"
            + " || (case when a.timed_out then ':timed-out' else '' end), ' ' order by a.attempt_no)"
            + " from quiz_attempt a join enrolment e on e.id = a.enrolment_id where e.user_id = ?",
        trainee.id());
  }

  @Test
  void eachAttemptDrawsFromTheBankAndOnlyTheDrawnQuestionsAreMarked() throws Exception {
    TestUser trainee = TestUsers.create("TRAINEE");
    WebClient web = enrolled(trainee);
    Page intro = web.get(QUIZ);
    assertThat(intro.body())
        .contains("Each attempt has 3 questions drawn at random from 6")
        .contains("You will have <strong>5 minutes</strong> from the moment you start")
        .doesNotContain("Submit my answers")
        .doesNotContain("Statement number");

    Page quiz = start(web);
    List<Long> drawn = openSitting(trainee);
    assertThat(drawn).hasSize(3).doesNotHaveDuplicates();
    assertThat(
            TestDatabase.one(
                "select count(*) from question q join module m on m.id = q.module_id"
                    + " join course c on c.current_version_id = m.course_version_id"
                    + " where c.code = ? and q.id = any (string_to_array(?, ',')::bigint[])",
                COURSE,
                drawn.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElseThrow()))
        .isEqualTo("3");
    assertThat(
            TestDatabase.one(
                "select extract(epoch from s.deadline - s.started_at)::int from quiz_sitting s"
                    + " join enrolment e on e.id = s.enrolment_id where e.user_id = ?",
                trainee.id()))
        .isEqualTo("300");
    List<String> shown = questionsShown(quiz);
    assertThat(shown).hasSize(3);
    assertThat(quiz.body()).contains("Hand in by").contains("Time left:");
    // reloading, or pressing Start again from the old page, neither draws again nor restarts
    assertThat(questionsShown(web.get(QUIZ))).isEqualTo(shown);
    web.submit(QUIZ, intro, "begin", "start", Map.of());
    assertThat(openSitting(trainee)).isEqualTo(drawn);
    assertThat(
            TestDatabase.one(
                "select count(*) from quiz_sitting s join enrolment e on e.id = s.enrolment_id"
                    + " where e.user_id = ?",
                trainee.id()))
        .isEqualTo("1");

    // wrong answers, then more attempts: each draws afresh from the bank
    Set<List<Long>> draws = new HashSet<>();
    draws.add(drawn);
    Page marked = web.submitAll(QUIZ, quiz, "quiz", "submit", answers(drawn, false, 3));
    assertThat(marked.location()).contains("learn/attempt.xhtml");
    assertThat(attempts(trainee)).isEqualTo("1:0/3:0");
    assertThat(
            TestDatabase.one(
                "select string_agg(r.question_id::text, ',' order by r.question_id)"
                    + " from quiz_response r join quiz_attempt a on a.id = r.attempt_id"
                    + " join enrolment e on e.id = a.enrolment_id where e.user_id = ?",
                trainee.id()))
        .isEqualTo(
            drawn.stream()
                .sorted()
                .map(String::valueOf)
                .reduce((a, b) -> a + "," + b)
                .orElseThrow());
    Page result = web.follow(marked);
    // the result lists the drawn questions only
    assertThat(result.body().split("Statement number", -1)).hasSize(4);
    assertThat(result.body()).contains("0 of 3 right");
    for (int i = 2; i <= 3; i++) {
      Page again = start(web);
      List<Long> next = openSitting(trainee);
      draws.add(next);
      web.submitAll(QUIZ, again, "quiz", "submit", answers(next, false, 3));
    }
    // three draws of 3 from 6 in order (120 orders): all the same only by a 1-in-14,400 chance
    assertThat(draws).hasSizeGreaterThan(1);
    Page last = start(web);
    List<Long> fourth = openSitting(trainee);
    web.submitAll(QUIZ, last, "quiz", "submit", answers(fourth, true, 3));
    assertThat(attempts(trainee)).isEqualTo("1:0/3:0 2:0/3:0 3:0/3:0 4:3/3:100");
    assertThat(
            TestDatabase.one(
                "select count(*) from module_progress p join enrolment e on e.id = p.enrolment_id"
                    + " where e.user_id = ? and p.quiz_passed_at is not null",
                trainee.id()))
        .isEqualTo("1");
  }

  @Test
  void timeLimitsAndAttemptLimitsAreKeptOnTheServer() throws Exception {
    TestUser trainee = TestUsers.create("TRAINEE");
    WebClient web = enrolled(trainee);

    // before the deadline every question needs an answer, as for any quiz
    Page quiz = start(web);
    List<Long> drawn = openSitting(trainee);
    Page incomplete = web.submitAll(QUIZ, quiz, "quiz", "submit", answers(drawn, true, 1));
    assertThat(incomplete.body()).contains("2 questions have no answer yet");
    assertThat(attempts(trainee)).isNull();

    // the page hands in what was answered when the time is up: inside the grace, it is marked
    deadlinePassed(trainee, Duration.ofSeconds(10));
    List<Map.Entry<String, String>> timeUp = new ArrayList<>(answers(drawn, false, 1));
    timeUp.add(Map.entry("quiz:timeUp", "true"));
    Page marked = web.submitAll(QUIZ, quiz, "quiz", "submit", timeUp);
    assertThat(marked.location()).contains("learn/attempt.xhtml");
    assertThat(attempts(trainee)).isEqualTo("1:0/3:0");

    // answers arriving after the deadline and its grace: not marked, whatever they are
    Page second = start(web);
    List<Long> next = openSitting(trainee);
    deadlinePassed(trainee, Duration.ofMinutes(2));
    Page late = web.submitAll(QUIZ, second, "quiz", "submit", answers(next, true, 3));
    assertThat(attempts(trainee)).isEqualTo("1:0/3:0 2:0/3:0:timed-out");
    assertThat(web.follow(late).body())
        .contains("ran out before your answers arrived, so this attempt was not marked");
    assertThat(
            TestDatabase.one(
                "select count(*) from quiz_response r join quiz_attempt a on a.id = r.attempt_id"
                    + " where a.timed_out"))
        .isEqualTo("0");

    // a sitting left open past its time is closed, as used, when the trainee comes back
    start(web);
    deadlinePassed(trainee, Duration.ofMinutes(30));
    Page back = web.get(QUIZ);
    assertThat(back.body())
        .contains("Your attempt 3 ran out of time before its answers arrived")
        .contains("This is attempt 4 of 4")
        .contains("Start the quiz");
    assertThat(attempts(trainee)).isEqualTo("1:0/3:0 2:0/3:0:timed-out 3:0/3:0:timed-out");
    assertThat(
            TestDatabase.one(
                "select count(*) from audit_log where action = 'quiz.timed-out' and actor_id = ?",
                trainee.id()))
        .isEqualTo("2");

    // the last attempt used, Start from an old page is refused on the server
    Page fourth = start(web);
    web.submitAll(QUIZ, fourth, "quiz", "submit", answers(openSitting(trainee), false, 3));
    assertThat(web.get(QUIZ).body())
        .contains("You have used all 4 attempts")
        .doesNotContain("Start the quiz");
    Page refused = web.submit(QUIZ, back, "begin", "start", Map.of());
    assertThat(refused.body()).contains("You have used all 4 attempts");
    assertThat(openSitting(trainee)).isEmpty();
  }

  @Test
  void aTutorAllowsOneTraineeExtraAttemptsAndExtraTimeWithAReason() throws Exception {
    TestUser trainee = TestUsers.create("TRAINEE");
    WebClient web = enrolled(trainee);
    String enrolment =
        TestDatabase.one(
            "select e.id from enrolment e join course c on c.id = e.course_id"
                + " where e.user_id = ? and c.code = ?",
            trainee.id(),
            COURSE);
    String url = "author/quiz-score.xhtml?enrolment=" + enrolment + "&module=bank";
    WebClient tutor = client();
    TestUser tutorUser = TestUsers.tutorOf(COURSE);
    tutor.signIn(tutorUser.email(), tutorUser.password());
    Page page = tutor.get(url);
    assertThat(page.body()).contains("0 used of 4").contains("5 minutes");

    Page bad =
        tutor.submit(
            url,
            page,
            "allowance",
            "allow",
            Map.of("extraAttempts", "1", "extraTimePercent", "300", "allowanceReason", ""));
    assertThat(bad.body())
        .contains("Give the extra time as a whole per cent from 0 to 200")
        .contains("Say why: the reason is kept with the allowance.");
    Page saved =
        tutor.submit(
            url,
            bad,
            "allowance",
            "allow",
            Map.of(
                "extraAttempts",
                "1",
                "extraTimePercent",
                "50",
                "allowanceReason",
                "Dyslexia: 50% extra time agreed with occupational health."));
    assertThat(tutor.follow(saved).body())
        .contains("Allowance saved: 1 extra attempt and 50% extra time.")
        .contains("0 used of 5 (the course allows 4)")
        .contains("5 minutes, plus 50% for this trainee")
        .contains("Dyslexia: 50% extra time agreed with occupational health.");

    // the trainee's clock: 7 minutes 30 seconds; and a fifth attempt
    assertThat(web.get(QUIZ).body())
        .contains("You will have <strong>7 minutes 30 seconds</strong> (with the extra time");
    for (int i = 1; i <= 5; i++) {
      Page quiz = start(web);
      if (i == 1) {
        assertThat(
                TestDatabase.one(
                    "select extract(epoch from s.deadline - s.started_at)::int from quiz_sitting s"
                        + " join enrolment e on e.id = s.enrolment_id where e.user_id = ?",
                    trainee.id()))
            .isEqualTo("450");
      }
      web.submitAll(QUIZ, quiz, "quiz", "submit", answers(openSitting(trainee), false, 3));
    }
    assertThat(attempts(trainee)).endsWith("5:0/3:0");
    assertThat(web.get(QUIZ).body()).contains("You have used all 5 attempts");
    assertThat(
            TestDatabase.one(
                "select count(*) from audit_log where action = 'quiz.allowance-set'"
                    + " and target_id = ?",
                enrolment))
        .isEqualTo("1");

    // someone who does not teach the course: the same answer as for no such record
    WebClient stranger = client();
    TestUser other = TestUsers.create("TUTOR");
    stranger.signIn(other.email(), other.password());
    assertThat(stranger.get(url).status()).isEqualTo(404);
  }

  @Test
  void oneSittingIsMarkedOnceWhateverTheWindows() throws Exception {
    TestUser trainee = TestUsers.create("TRAINEE");
    WebClient web = enrolled(trainee);
    Page first = start(web);
    Page second = web.get(QUIZ);
    List<Long> drawn = openSitting(trainee);
    web.submitAll(QUIZ, first, "quiz", "submit", answers(drawn, false, 3));
    Page again = web.submitAll(QUIZ, second, "quiz", "submit", answers(drawn, true, 3));
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.body()).contains("already been submitted (perhaps in another window)");
    assertThat(attempts(trainee)).isEqualTo("1:0/3:0");
  }

  @Test
  void inTheBrowserTheClockCountsDownAndHandsInTheAnswers() throws Exception {
    TestUser trainee = TestUsers.create("TRAINEE");
    try (Browser browser = new Browser(base.toString())) {
      browser.open("sign-in.xhtml");
      browser.type("signIn:email", trainee.email());
      browser.type("signIn:password", trainee.password());
      browser.press("signIn:submit");
      browser.open("course.xhtml?id=" + COURSE);
      browser.press("enrolment:enrol");
      browser.open(QUIZ);
      assertThat(browser.text()).contains("You will have 5 minutes");
      browser.press("begin:start");
      String left = browser.find("#quiz-time-left").getText();
      assertThat(left).matches("[45]:\\d\\d");
      assertThat(browser.find("#quiz-time-left").getAttribute("role")).isEqualTo("timer");

      // 8 seconds left: answer one question and let the clock hand the answers in
      TestDatabase.execute(
          "update quiz_sitting s set started_at = now() - interval '4 minutes 52 seconds',"
              + " deadline = now() + interval '8 seconds' from enrolment e"
              + " where e.id = s.enrolment_id and e.user_id = ? and s.closed_at is null",
          trainee.id());
      List<Long> drawn = openSitting(trainee);
      browser.open(QUIZ);
      boolean truth =
          Boolean.parseBoolean(
              TestDatabase.one("select truth::text from question where id = ?", drawn.get(0)));
      browser.find("input[name='quiz:items:0:choice'][value='" + truth + "']").click();
      new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
          .until(d -> d.getCurrentUrl().contains("learn/attempt.xhtml"));
      assertThat(browser.text()).contains("1 of 3 right");
      browser.checkAccessibility();
    }
    assertThat(attempts(trainee)).isEqualTo("1:1/3:33");
  }
}
