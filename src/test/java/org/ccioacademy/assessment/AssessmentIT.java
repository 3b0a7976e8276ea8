package org.ccioacademy.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.ccioacademy.testing.Browser;
import org.ccioacademy.testing.TestCourses;
import org.ccioacademy.testing.TestDatabase;
import org.ccioacademy.testing.TestLrs;
import org.ccioacademy.testing.TestLrsReceiver;
import org.ccioacademy.testing.TestQuizzes;
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
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Assignments: a tutor sets one (every problem at once), trainees on the course draft and submit
 * text and a file checked by content, under the deadline, late and attempt rules, which the server
 * applies whatever is sent; nobody else sees their work.
 */
@RunAsClient
class AssessmentIT extends WarTest {

  static final String COURSE = "assessment-test";

  static {
    TestCourses.write(
        COURSE,
        Map.of(
            "course.yaml",
            """
            id: assessment-test
            title: Writing a clinical safety case
            summary: A short course used by the assessment tests.
            audience: [nurse, doctor]
            level: intermediate
            cpd-hours: 2
            competencies: [fci:it-systems]
            completion: {module: read, pass-mark: 50, attempts: 0}
            modules: [hazards]
            """,
            "hazards.md",
            """
            ---
            title: Hazards and controls
            minutes: 120
            reviewed: 2026-12-01
            outcomes: [Write a hazard log entry.]
            competencies: [fci:it-systems]
            sources: [{title: NHS England, url: "https://www.england.nhs.uk/"}]
            ---
            How to write a hazard log entry.
            """));
  }

  static final String GRADED = "gradebook-test";

  static {
    TestCourses.write(
        GRADED,
        Map.of(
            "course.yaml",
            """
            id: gradebook-test
            title: Gradebook course
            summary: A short course used by the gradebook tests.
            audience: [nurse, doctor]
            level: foundation
            cpd-hours: 1
            competencies: [fci:it-systems]
            completion: {module: read-and-quiz, pass-mark: 50, attempts: 0}
            modules: [basics]
            """,
            "basics.md",
            """
            ---
            title: Basics
            minutes: 60
            reviewed: 2026-12-01
            outcomes: [Name the standard.]
            competencies: [fci:it-systems]
            sources: [{title: NHS England, url: "https://www.england.nhs.uk/"}]
            ---
            The basics.
            """,
            "basics.quiz.yaml",
            """
            questions:
              - id: standard
                type: true-false
                text: "DCB0129 applies to manufacturers."
                answer: true
                feedback: "It does: DCB0160 is for those who deploy."
              - id: other
                type: true-false
                text: "DCB0160 applies to manufacturers."
                answer: false
                feedback: "It applies to health organisations that deploy."
            """));
  }

  private static final String PAGE = "author/assignments.xhtml?course=" + COURSE;

  /** Saves a text answer as a draft, then submits it. */
  private static void handIn(WebClient trainee, String url, String text) {
    trainee.submit(url, trainee.get(url), "work", "save", Map.of("body", text));
    trainee.submit(url, trainee.get(url), "work", "submit", Map.of("body", text));
  }

  /** The number at the start of a line of "Work waiting for you" on the tutor's home page. */
  private static long waiting(WebClient tutor, String line) {
    String text = Jsoup.parse(tutor.get("tutor/home.xhtml").body()).select("#" + line).text();
    assertThat(text).as("the line " + line + " of the tutor's home").matches("\\d+ .*");
    return Long.parseLong(text.substring(0, text.indexOf(' ')));
  }

  /** Sets an assignment through the tutor's form; returns its id. */
  private String set(WebClient tutor, String title, String due, String policy, String max)
      throws Exception {
    Page form = tutor.get(PAGE);
    Map<String, List<String>> fields = tutor.form(form, "assignment");
    fields.put("assignment:title", List.of(title));
    fields.put("assignment:instructions", List.of("Write one hazard log entry.\nSay why."));
    fields.put("assignment:dueAt", List.of(due));
    fields.put("assignment:latePolicy", List.of(policy));
    fields.put("assignment:maxSubmissions", List.of(max));
    Page done = tutor.send(PAGE, form, fields, "assignment:create");
    assertThat(done.status()).as(done.body()).isEqualTo(302);
    return TestDatabase.one("select max(id) from assignment where title = ?", title);
  }

  @Test
  void aTutorSetsAnAssignmentAndHearsOfEveryProblemAtOnce() throws Exception {
    TestUser tutorUser = TestUsers.tutorOf(COURSE);
    WebClient tutor = signedIn(tutorUser);
    Page form = tutor.get(PAGE);
    assertThat(form.status()).isEqualTo(200);
    Map<String, List<String>> fields = tutor.form(form, "assignment");
    fields.put("assignment:title", List.of(" "));
    fields.put("assignment:instructions", List.of("Typed instructions are kept."));
    fields.remove("assignment:textAllowed");
    fields.remove("assignment:fileAllowed");
    fields.put("assignment:maxMark", List.of("10"));
    fields.put("assignment:passMark", List.of("11"));
    Page wrong = tutor.send(PAGE, form, fields, "assignment:create");
    assertThat(wrong.body())
        .contains("There are 4 problems")
        .contains("Give the assignment a title.")
        .contains("Give the deadline")
        .contains("Allow text, a file, or both.")
        .contains("The pass mark must be from 0 to the highest mark, 10.")
        .contains("Typed instructions are kept.");
    assertThat(
            TestDatabase.one(
                "select count(*) from assignment a join course c on c.id = a.course_id where c.code = ?",
                COURSE))
        .isEqualTo("0");

    String id = set(tutor, "Hazard log entry", "2030-06-12T17:00", "REFUSE", "1");
    Page list = tutor.get(PAGE);
    assertThat(list.body())
        .contains("Hazard log entry")
        .contains("12 Jun 2030, 17:00")
        .contains("Refused");
    // stored in UTC: 17:00 in June is 16:00 UTC (British Summer Time)
    assertThat(
            TestDatabase.one(
                "select to_char(due_at at time zone 'UTC', 'HH24:MI') from assignment where id = ?",
                Long.parseLong(id)))
        .isEqualTo("16:00");
    assertThat(
            TestDatabase.one(
                "select count(*) from audit_log where action = 'assignment.created' and actor_id = ?",
                tutorUser.id()))
        .isEqualTo("1");
    // not the course's tutor, or not a tutor at all: refused
    assertThat(signedIn(TestUsers.create("TUTOR")).get(PAGE).status()).isEqualTo(403);
    assertThat(signedIn(TestUsers.create("TRAINEE")).get(PAGE).status()).isEqualTo(403);
    assertThat(signedIn(TestUsers.create("ADMIN")).get(PAGE).status()).isEqualTo(200);
  }

  @Test
  void aTraineeDraftsAndSubmitsUnderTheRulesAndNobodyElseSeesTheWork() throws Exception {
    WebClient tutor = signedIn(TestUsers.tutorOf(COURSE));
    String id = set(tutor, "Safety case summary", "2030-06-12T17:00", "REFUSE", "1");
    String url = "learn/assignment.xhtml?id=" + id;

    TestUser traineeUser = TestUsers.create("TRAINEE");
    WebClient trainee = signedIn(traineeUser);
    assertThat(trainee.get(url).status()).as("not enrolled").isEqualTo(403);
    TestCourses.enrol(trainee, COURSE);
    assertThat(trainee.get("course.xhtml?id=" + COURSE).body()).contains("Safety case summary");
    Page page = trainee.get(url);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains("Deadline 12 June 2030, 17:00")
        .contains("Late work is refused")
        .contains("a PDF document or a Word document up to 10 MB");

    // a web page named .pdf is refused; what was typed is kept, nothing is stored
    Map<String, List<String>> fields = trainee.form(page, "work");
    fields.put("work:body", List.of("My answer, typed before the upload."));
    Page refused =
        trainee.sendWithFile(
            url,
            page,
            fields,
            "work:file",
            "answer.pdf",
            "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8),
            "work:save");
    assertThat(refused.body())
        .contains("That file is not a PDF document or a Word document (whatever its name says).")
        .contains("My answer, typed before the upload.");
    // shown again at its own address: a reload or a bookmark opens this assignment, not a 404
    assertThat(Jsoup.parse(refused.body()).getElementById("work").attr("action"))
        .endsWith("learn/assignment.xhtml?id=" + id);
    assertThat(
            TestDatabase.one("select count(*) from submission where user_id = ?", traineeUser.id()))
        .isEqualTo("0");

    // a real PDF: saved as a draft, then submitted
    byte[] pdf = pdf();
    page = trainee.get(url);
    fields = trainee.form(page, "work");
    fields.put("work:body", List.of("My answer."));
    Page saved = trainee.sendWithFile(url, page, fields, "work:file", "case.pdf", pdf, "work:save");
    assertThat(saved.status()).as(saved.body()).isEqualTo(302);
    page = trainee.follow(saved);
    assertThat(page.body()).contains("Your draft is saved.").contains("Now attached: case.pdf.");
    Page beforeSubmitting = page;
    Page submitted = trainee.submit(url, page, "work", "submit", Map.of("body", "My answer."));
    assertThat(submitted.status()).as(submitted.body()).isEqualTo(302);
    page = trainee.follow(submitted);
    assertThat(page.body())
        .contains("Handed in: attempt 1.")
        .contains("You have already submitted this assignment, and it allows one submission.")
        .doesNotContain("id=\"work:submit\"");
    // nothing more to hand in: no answer box or "Save draft", and what was handed in is shown
    Document after = Jsoup.parse(page.body());
    assertThat(after.getElementById("work")).isNull();
    assertThat(after.select("#submitted .handed-in-text").text()).isEqualTo("My answer.");
    String submission =
        TestDatabase.one(
            "select id from submission where user_id = ? and status = 'SUBMITTED'",
            traineeUser.id());
    HttpResponse<byte[]> file = trainee.download("api/submissions/" + submission + "/file");
    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.body()).isEqualTo(pdf);
    assertThat(file.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
    // another trainee: neither the page's work nor the file
    WebClient other = signedIn(TestUsers.create("TRAINEE"));
    assertThat(other.download("api/submissions/" + submission + "/file").statusCode())
        .isEqualTo(404);
    assertThat(other.get(url).status()).isEqualTo(403);

    // a second submission is refused on the server, whatever is sent
    // (from a tab still open on the form)
    Page forced =
        trainee.submit(url, beforeSubmitting, "work", "submit", Map.of("body", "Second go."));
    assertThat(
            TestDatabase.one(
                "select count(*) from submission where user_id = ? and status = 'SUBMITTED'",
                traineeUser.id()))
        .isEqualTo("1");
    assertThat(forced.status()).isIn(200, 302);
  }

  @Test
  void lateWorkIsRefusedOrFlaggedAsTheAssignmentSays() throws Exception {
    WebClient tutor = signedIn(TestUsers.tutorOf(COURSE));
    String refuse = set(tutor, "Refuses late work", "2030-01-10T12:00", "REFUSE", "0");
    String accept = set(tutor, "Accepts late work", "2030-01-10T12:00", "ACCEPT", "0");
    TestDatabase.one(
        "update assignment set due_at = now() - interval '1 hour' where id in (?, ?) returning 1",
        Long.parseLong(refuse),
        Long.parseLong(accept));
    TestUser traineeUser = TestUsers.create("TRAINEE");
    WebClient trainee = signedIn(traineeUser);
    TestCourses.enrol(trainee, COURSE);

    String refuseUrl = "learn/assignment.xhtml?id=" + refuse;
    Page page = trainee.get(refuseUrl);
    assertThat(page.body()).contains("and this assignment does not accept late work.");
    assertThat(Jsoup.parse(page.body()).getElementById("work")).as("no answer box").isNull();
    // the form sent anyway, as a script would: nothing is handed in or even saved as a draft
    Map<String, String> forged = new LinkedHashMap<>();
    forged.put("work", "work");
    forged.put("work:body", "Too late.");
    forged.put("work:submit", "");
    forged.put("jakarta.faces.ViewState", page.viewState());
    forged.put("primefaces.nonce", page.nonce());
    Page tried = trainee.post(refuseUrl, forged);
    assertThat(
            TestDatabase.one("select count(*) from submission where user_id = ?", traineeUser.id()))
        .isEqualTo("0");
    assertThat(tried.status()).isIn(200, 302);

    String acceptUrl = "learn/assignment.xhtml?id=" + accept;
    page = trainee.get(acceptUrl);
    assertThat(page.body()).contains("what you submit now is marked as late");
    Page late = trainee.submit(acceptUrl, page, "work", "submit", Map.of("body", "Late but done."));
    assertThat(trainee.follow(late).body()).contains("Handed in, late: attempt 1.");
    assertThat(
            TestDatabase.one(
                "select late from submission where user_id = ? and status = 'SUBMITTED'",
                traineeUser.id()))
        .isEqualTo("t");
  }

  @Test
  void inTheBrowserATutorSetsAnAssignmentAndATraineeHandsInAFile() throws Exception {
    TestUser tutorUser = TestUsers.tutorOf(COURSE);
    TestUser trainee = TestUsers.create("TRAINEE");
    Path file = Files.createTempFile("safety-case", ".pdf");
    Files.write(file, pdf());
    try (Browser browser = new Browser(base.toString())) {
      browser.open("sign-in.xhtml");
      browser.type("signIn:email", tutorUser.email());
      browser.type("signIn:password", tutorUser.password());
      browser.press("signIn:submit");
      browser.open(PAGE);
      browser.type("assignment:title", "Browser hazard log");
      browser.type("assignment:instructions", "Attach your hazard log as a PDF.");
      browser.driver().findElement(By.id("assignment:dueAt")).sendKeys("12062030\t1700");
      browser.press("assignment:create");
      assertThat(browser.text()).contains("The assignment Browser hazard log is set.");
      browser.checkAccessibility();
      browser.press("signOutForm:signOut");

      browser.open("sign-in.xhtml");
      browser.type("signIn:email", trainee.email());
      browser.type("signIn:password", trainee.password());
      browser.press("signIn:submit");
      browser.open("course.xhtml?id=" + COURSE);
      browser.press("enrolment:enrol");
      assertThat(browser.find("#assignments").getText()).contains("Browser hazard log");
      browser.open(
          "learn/assignment.xhtml?id="
              + TestDatabase.one(
                  "select max(id) from assignment where title = 'Browser hazard log'"));
      assertThat(browser.text()).contains("Attach your hazard log as a PDF.");
      browser.type("work:body", "Summary of my hazard log.");
      browser.find("[id='work:file']").sendKeys(file.toString());
      browser.press("work:save");
      assertThat(browser.text()).contains("Your draft is saved.").contains("Now attached:");
      browser.pressAndConfirm("work:submit", "Submit it");
      assertThat(browser.text()).contains("Handed in: attempt 1.");
      browser.checkAccessibility();
      browser.press("signOutForm:signOut");

      // the tutor marks it from the queue and releases it
      browser.open("sign-in.xhtml");
      browser.type("signIn:email", tutorUser.email());
      browser.type("signIn:password", tutorUser.password());
      browser.press("signIn:submit");
      browser.open("author/marking.xhtml?course=" + COURSE);
      String submission =
          TestDatabase.one(
              "select s.id from submission s join assignment a on a.id = s.assignment_id"
                  + " where a.title = 'Browser hazard log' and s.status = 'SUBMITTED'");
      browser.open("author/mark.xhtml?submission=" + submission);
      assertThat(browser.text()).contains("Summary of my hazard log.");
      browser.type("marking:mark", "72");
      browser.type("marking:feedback", "A clear hazard log.");
      browser.find("[id='marking:release']").click();
      browser.press("marking:save");
      assertThat(browser.text())
          .contains("The mark is saved and released to the trainee.")
          .contains("A clear hazard log.");
      // the gradebook's filter and the rubrics page, checked with axe as they open
      browser.open("author/gradebook.xhtml?course=" + COURSE);
      new Select(browser.find("#show")).selectByVisibleText("Still to pass an item");
      browser.click("form.filters button[type=submit]");
      assertThat(browser.currentPath()).contains("show=OUTSTANDING");
      browser.open("author/rubrics.xhtml");
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @Test
  void tutorsMarkReleaseAndChangeMarksWithEveryMarkKeptAndNoClashLost() throws Exception {
    WebClient tutorA = signedIn(TestUsers.tutorOf(COURSE));
    String id = set(tutorA, "Risk assessment", "2030-06-12T17:00", "REFUSE", "1");
    TestUser traineeUser = TestUsers.create("TRAINEE");
    WebClient trainee = signedIn(traineeUser);
    TestCourses.enrol(trainee, COURSE);
    String url = "learn/assignment.xhtml?id=" + id;
    Page page = trainee.get(url);
    Map<String, List<String>> fields = trainee.form(page, "work");
    fields.put("work:body", List.of("The risks, in order."));
    byte[] pdf = pdf();
    long waitingBefore = waiting(tutorA, "to-mark");
    trainee.sendWithFile(url, page, fields, "work:file", "risks.pdf", pdf, "work:save");
    trainee.submit(url, trainee.get(url), "work", "submit", Map.of("body", "The risks, in order."));
    // the tutor's home counts the work waiting, and links to it in the queue
    assertThat(waiting(tutorA, "to-mark")).isEqualTo(waitingBefore + 1);
    assertThat(Jsoup.parse(tutorA.get("tutor/home.xhtml").body()).select("#to-mark a").attr("href"))
        .contains("author/marking.xhtml?stage=TO_MARK");
    String submission =
        TestDatabase.one(
            "select id from submission where user_id = ? and status = 'SUBMITTED'",
            traineeUser.id());

    String name = TestDatabase.one("select full_name from users where id = ?", traineeUser.id());
    Page queue = tutorA.get("author/marking.xhtml?course=" + COURSE);
    assertThat(queue.body()).contains(name).contains("Risk assessment").contains("To mark");
    String markUrl = "author/mark.xhtml?submission=" + submission;
    // only the course's tutors (and admins) mark it, or see its file
    WebClient stranger = signedIn(TestUsers.create("TUTOR"));
    assertThat(stranger.get(markUrl).status()).isEqualTo(404);
    assertThat(stranger.download("api/submissions/" + submission + "/file").statusCode())
        .isEqualTo(404);
    assertThat(tutorA.download("api/submissions/" + submission + "/file").body()).isEqualTo(pdf);
    assertThat(trainee.get(markUrl).status()).isEqualTo(403);

    Page form = tutorA.get(markUrl);
    assertThat(form.body()).contains("The risks, in order.").contains("Download risks.pdf");
    Page wrong =
        tutorA.submit(markUrl, form, "marking", "save", Map.of("mark", "150", "feedback", "Kept."));
    assertThat(wrong.body()).contains("The mark must be from 0 to 100.").contains("Kept.");

    // two tutors at once: the second is told, and keeps what they typed
    Page formA = tutorA.get(markUrl);
    WebClient tutorB = signedIn(TestUsers.tutorOf(COURSE));
    Page formB = tutorB.get(markUrl);
    assertThat(
            tutorB
                .submit(markUrl, formB, "marking", "save", Map.of("mark", "60", "feedback", "B."))
                .status())
        .isEqualTo(302);
    Page clash =
        tutorA.submit(
            markUrl,
            formA,
            "marking",
            "save",
            Map.of("mark", "70", "feedback", "Clear and well ordered."));
    assertThat(clash.body())
        .contains("Someone else marked this submission while you had it open.")
        .contains("Clear and well ordered.")
        .contains("value=\"70\"");
    // a change needs a reason; then both marks are kept, newest first
    Page noReason =
        tutorA.submit(
            markUrl,
            clash,
            "marking",
            "save",
            Map.of("mark", "70", "feedback", "Clear and well ordered."));
    assertThat(noReason.body()).contains("Say why the mark changes");
    Page changed =
        tutorA.submit(
            markUrl,
            noReason,
            "marking",
            "save",
            Map.of(
                "mark",
                "70",
                "feedback",
                "Clear and well ordered.",
                "reason",
                "Agreed after discussion."));
    assertThat(changed.status()).as(changed.body()).isEqualTo(302);
    assertThat(
            TestDatabase.one(
                "select string_agg(mark::text || ':' || coalesce(reason, '-'), ',' order by id) from grade where submission_id = ?",
                Long.parseLong(submission)))
        .isEqualTo("60.00:-,70.00:Agreed after discussion.");

    // not released: the trainee does not see it; released in bulk from the queue: they do
    assertThat(trainee.get(url).body())
        .contains("Not released yet")
        .doesNotContain("70 out of 100");
    Page marked = tutorA.get("author/marking.xhtml?course=" + COURSE + "&stage=MARKED");
    assertThat(marked.body()).contains(name).contains("70 / 100, not released");
    Page released =
        tutorA.follow(
            tutorA.submit(
                "author/marking.xhtml?course=" + COURSE + "&stage=MARKED",
                marked,
                "release",
                "all",
                Map.of()));
    assertThat(released.body()).containsPattern("\\d+ marks? (is|are) released");
    assertThat(trainee.get(url).body())
        .contains("70 out of 100 (pass)")
        .contains("Clear and well ordered.");
    assertThat(
            TestDatabase.one(
                "select count(*) from audit_log where target_type = 'submission' and target_id = ?"
                    + " and action in ('submission.marked', 'submission.released')",
                submission))
        .isEqualTo("3");
    // the learning records: handed in, and marked once the mark was released (by the marker)
    assertThat(TestLrs.recordsOf(traineeUser.id()))
        .containsExactly("submitted " + id, "was marked on " + id);
    JsonObject scored = TestLrs.recordOf(traineeUser.id(), "was marked on", "/assignment/" + id);
    assertThat(scored.getJsonObject("result").getJsonObject("score").getInt("raw")).isEqualTo(70);
    assertThat(scored.getJsonObject("result").getBoolean("success")).isTrue();
    assertThat(
            scored
                .getJsonObject("context")
                .getJsonObject("instructor")
                .getJsonObject("account")
                .getString("name"))
        .startsWith("ccio-");
    assertThat(TestLrsReceiver.await(scored.getString("id"), java.time.Duration.ofSeconds(20)))
        .as("forwarded to the trust's LRS")
        .isNotNull();
  }

  @Test
  void aRubricMarksCriterionByCriterionAndIsTheTutorsOwnUntilShared() throws Exception {
    TestUser tutorUser = TestUsers.tutorOf(COURSE);
    WebClient tutor = signedIn(tutorUser);
    String rubrics = "author/rubrics.xhtml";
    Page bad =
        tutor.submit(
            rubrics,
            tutor.get(rubrics),
            "rubric",
            "create",
            Map.of(
                "title", "", "criteria", "Hazards identified None 0\nControls: Weak | Strong 4"));
    assertThat(bad.body())
        .contains("Give the rubric a title")
        .contains("Line 1: write the criterion, a colon, then its levels")
        .contains("Line 2: each level is a name then its points")
        .contains("Controls: Weak | Strong 4");
    String text =
        "Hazards identified: None 0 | Some 5 | All the main ones 10\n"
            + "Controls proposed: None 0 | Partly 4 | Proportionate and owned 8";
    Page made =
        tutor.follow(
            tutor.submit(
                rubrics,
                tutor.get(rubrics),
                "rubric",
                "create",
                Map.of("title", "Safety case rubric", "criteria", text)));
    assertThat(made.body())
        .contains("The rubric Safety case rubric is ready, out of 18.")
        .contains("All the main ones: 10");
    String rubric =
        TestDatabase.one(
            "select id from rubric where owner_id = ? and title = 'Safety case rubric'",
            tutorUser.id());

    // another tutor of the same course cannot set an assignment with it
    WebClient colleague = signedIn(TestUsers.tutorOf(COURSE));
    Page form = colleague.get(PAGE);
    Map<String, List<String>> fields = colleague.form(form, "assignment");
    fields.put("assignment:title", List.of("Not my rubric"));
    fields.put("assignment:instructions", List.of("Try."));
    fields.put("assignment:dueAt", List.of("2030-06-12T17:00"));
    fields.put("assignment:rubricId", List.of(rubric));
    assertThat(colleague.send(PAGE, form, fields, "assignment:create").status()).isEqualTo(200);
    assertThat(TestDatabase.one("select count(*) from assignment where title = 'Not my rubric'"))
        .isEqualTo("0");

    // its owner sets one: out of the rubric's total, whatever "out of" said
    form = tutor.get(PAGE);
    fields = tutor.form(form, "assignment");
    fields.put("assignment:title", List.of("Safety case with a rubric"));
    fields.put("assignment:instructions", List.of("Write the safety case."));
    fields.put("assignment:dueAt", List.of("2030-06-12T17:00"));
    fields.put("assignment:rubricId", List.of(rubric));
    // the pass mark left as the form offers it: half the rubric's total, not half of 100
    assertThat(fields.get("assignment:passMark")).containsExactly("");
    assertThat(tutor.send(PAGE, form, fields, "assignment:create").status()).isEqualTo(302);
    String id =
        TestDatabase.one("select id from assignment where title = 'Safety case with a rubric'");
    assertThat(
            TestDatabase.one(
                "select max_mark || '/' || pass_mark from assignment where id = ?",
                Long.parseLong(id)))
        .isEqualTo("18/9");

    // shared with every tutor, the colleague sees it and may mark with it; only its owner (or an
    // admin) changes that, and stopping sharing leaves the colleague's assignment as it is
    assertThat(colleague.get(rubrics).body()).doesNotContain("Safety case rubric");
    Page own = tutor.get(rubrics);
    assertThat(own.body()).contains("Safety case rubric (out of 18): yours<");
    Page shared = tutor.follow(tutor.submit(rubrics, own, "sharing", "rubrics:0:share", Map.of()));
    assertThat(shared.body())
        .contains("The rubric Safety case rubric is shared: every tutor can now mark with it.")
        .contains("yours, shared with every tutor");
    String ownerName = TestDatabase.one("select full_name from users where id = ?", tutorUser.id());
    Page theirs = colleague.get(rubrics);
    assertThat(theirs.body())
        .contains("Safety case rubric (out of 18): " + ownerName + "'s, shared with every tutor")
        .doesNotContain("Stop sharing");
    form = colleague.get(PAGE);
    fields = colleague.form(form, "assignment");
    fields.put("assignment:title", List.of("Borrowed rubric"));
    fields.put("assignment:instructions", List.of("Write it."));
    fields.put("assignment:dueAt", List.of("2030-06-12T17:00"));
    fields.put("assignment:rubricId", List.of(rubric));
    fields.put("assignment:passMark", List.of("9"));
    assertThat(colleague.send(PAGE, form, fields, "assignment:create").status()).isEqualTo(302);
    tutor.submit(rubrics, tutor.get(rubrics), "sharing", "rubrics:0:unshare", Map.of());
    assertThat(colleague.get(rubrics).body()).doesNotContain("Safety case rubric");
    assertThat(TestDatabase.one("select rubric_id from assignment where title = 'Borrowed rubric'"))
        .isEqualTo(rubric);
    assertThat(
            TestDatabase.one(
                "select string_agg(action, ',' order by id) from audit_log"
                    + " where target_type = 'rubric' and target_id = ?",
                rubric))
        .isEqualTo("rubric.created,rubric.shared,rubric.unshared");

    TestUser traineeUser = TestUsers.create("TRAINEE");
    WebClient trainee = signedIn(traineeUser);
    TestCourses.enrol(trainee, COURSE);
    String url = "learn/assignment.xhtml?id=" + id;
    // the trainee sees how it is marked before handing in
    assertThat(Jsoup.parse(trainee.get(url).body()).select("#rubric").text())
        .contains("How it is marked", "Hazards identified", "Some (5)", "Controls proposed");
    handIn(trainee, url, "My safety case.");
    String submission =
        TestDatabase.one(
            "select id from submission where user_id = ? and status = 'SUBMITTED'",
            traineeUser.id());
    String markUrl = "author/mark.xhtml?submission=" + submission;
    Page markPage = tutor.get(markUrl);
    Page missing = tutor.submit(markUrl, markPage, "marking", "save", Map.of("feedback", "Good."));
    assertThat(missing.body())
        .contains("Choose a level for each criterion: Hazards identified, Controls proposed.");

    Map<String, List<String>> marking = tutor.form(markPage, "marking");
    Document doc = Jsoup.parse(markPage.body());
    for (String level : List.of("Some (5)", "Proportionate and owned (8)")) {
      Element label = doc.selectFirst("label:containsOwn(" + level + ")");
      Element radio = doc.getElementById(label.attr("for"));
      marking.put(radio.attr("name"), List.of(radio.attr("value")));
    }
    marking.put("marking:feedback", List.of("Good hazards; controls well owned."));
    marking.put("marking:release", List.of("true"));
    Page saved = tutor.send(markUrl, markPage, marking, "marking:save");
    assertThat(saved.status()).as(saved.body()).isEqualTo(302);
    assertThat(
            TestDatabase.one(
                "select g.mark || '/' || count(gl.*) from grade g left join grade_level gl"
                    + " on gl.grade_id = g.id where g.submission_id = ? group by g.id, g.mark",
                Long.parseLong(submission)))
        .isEqualTo("13.00/2");
    Page reopened = tutor.get(markUrl);
    assertThat(reopened.body())
        .contains("Hazards identified: Some (5); Controls proposed: Proportionate and owned (8)");
    // reopened, the levels of the mark are the ones chosen
    Document again = Jsoup.parse(reopened.body());
    List<String> checked = new ArrayList<>();
    for (Element radio : again.select(".rubric-criterion input[type=radio][checked]")) {
      checked.add(again.selectFirst("label[for='" + radio.id() + "']").text());
    }
    assertThat(checked).containsExactly("Some (5)", "Proportionate and owned (8)");
    assertThat(trainee.get(url).body())
        .contains("13 out of 18 (pass)")
        .contains("Hazards identified: Some (5); Controls proposed: Proportionate and owned (8)");
  }

  @Test
  void secondMarkingKeepsTheFirstSecondAndAgreedMarksAndReleasesTheAgreedOne() throws Exception {
    TestUser firstUser = TestUsers.tutorOf(COURSE);
    WebClient first = signedIn(firstUser);
    Page form = first.get(PAGE);
    Map<String, List<String>> fields = first.form(form, "assignment");
    fields.put("assignment:title", List.of("Moderated case review"));
    fields.put("assignment:instructions", List.of("Review the case."));
    fields.put("assignment:dueAt", List.of("2030-06-12T17:00"));
    fields.put("assignment:moderated", List.of("true"));
    assertThat(first.send(PAGE, form, fields, "assignment:create").status()).isEqualTo(302);
    String id = TestDatabase.one("select id from assignment where title = 'Moderated case review'");
    TestUser traineeUser = TestUsers.create("TRAINEE");
    WebClient trainee = signedIn(traineeUser);
    TestCourses.enrol(trainee, COURSE);
    String url = "learn/assignment.xhtml?id=" + id;
    handIn(trainee, url, "My review.");
    String submission =
        TestDatabase.one(
            "select id from submission where user_id = ? and status = 'SUBMITTED'",
            traineeUser.id());
    String markUrl = "author/mark.xhtml?submission=" + submission;

    Page firstMark =
        first.submit(
            markUrl,
            first.get(markUrl),
            "marking",
            "save",
            Map.of("kind", "FIRST", "mark", "60", "feedback", "First view.", "release", "true"));
    assertThat(first.follow(firstMark).body()).contains("second-marked");
    assertThat(
            TestDatabase.one(
                "select released_at is null from submission where id = ?",
                Long.parseLong(submission)))
        .as("a first mark alone is not released")
        .isEqualTo("t");
    Page ownSecond =
        first.submit(
            markUrl,
            first.get(markUrl),
            "marking",
            "save",
            Map.of("kind", "SECOND", "mark", "62", "feedback", "Me again."));
    assertThat(ownSecond.body())
        .contains("The second mark must come from another tutor than the first.");

    WebClient second = signedIn(TestUsers.tutorOf(COURSE));
    assertThat(second.get(markUrl).body())
        .containsPattern("checked=\"checked\"[^>]*value=\"SECOND\"");
    Page secondMark =
        second.submit(
            markUrl,
            second.get(markUrl),
            "marking",
            "save",
            Map.of("kind", "SECOND", "mark", "70", "feedback", "Second view."));
    assertThat(secondMark.status()).as(secondMark.body()).isEqualTo(302);
    assertThat(first.get("author/marking.xhtml?course=" + COURSE + "&stage=TO_MODERATE").body())
        .contains("Moderated case review");

    Page agreed =
        first.submit(
            markUrl,
            first.get(markUrl),
            "marking",
            "save",
            Map.of("kind", "AGREED", "mark", "65", "feedback", "Agreed: 65.", "release", "true"));
    assertThat(agreed.status()).as(agreed.body()).isEqualTo(302);
    assertThat(
            TestDatabase.one(
                "select string_agg(kind || ' ' || mark::int, ', ' order by id) from grade"
                    + " where submission_id = ?",
                Long.parseLong(submission)))
        .isEqualTo("FIRST 60, SECOND 70, AGREED 65");
    assertThat(trainee.get(url).body()).contains("65 out of 100 (pass)").contains("Agreed: 65.");
  }

  @Test
  void theGradebookShowsEachTraineeAgainstEveryItemWithTotalsAndExportsThem() throws Exception {
    TestUser tutorUser = TestUsers.tutorOf(GRADED);
    WebClient tutor = signedIn(tutorUser);
    String page = "author/assignments.xhtml?course=" + GRADED;
    Page form = tutor.get(page);
    Map<String, List<String>> fields = tutor.form(form, "assignment");
    fields.put("assignment:title", List.of("Short essay"));
    fields.put("assignment:instructions", List.of("Write it."));
    fields.put("assignment:dueAt", List.of("2030-06-12T17:00"));
    fields.put("assignment:maxMark", List.of("20"));
    fields.put("assignment:passMark", List.of("10"));
    assertThat(tutor.send(page, form, fields, "assignment:create").status()).isEqualTo(302);
    String assignment =
        TestDatabase.one("select max(id) from assignment where title = 'Short essay'");

    // Ada: quiz passed (100%) and essay marked 15 of 20; Ben: quiz failed (0%), no essay;
    // Cy: enrolled, nothing done; Di: left the course (not in the gradebook)
    TestUser ada = TestUsers.create("TRAINEE");
    TestUser ben = TestUsers.create("TRAINEE");
    TestUser cy = TestUsers.create("TRAINEE");
    TestUser di = TestUsers.create("TRAINEE");
    for (TestUser t : List.of(ada, ben, cy, di)) {
      WebClient w = signedIn(t);
      TestCourses.enrol(w, GRADED);
    }
    for (var t : List.of(Map.entry(ada, true), Map.entry(ben, false))) {
      WebClient w = signedIn(t.getKey());
      String quiz = "learn/quiz.xhtml?course=" + GRADED + "&module=basics";
      w.submitAll(
          quiz, w.get(quiz), "quiz", "submit", TestQuizzes.answers(GRADED, "basics", t.getValue()));
    }
    WebClient adaWeb = signedIn(ada);
    String url = "learn/assignment.xhtml?id=" + assignment;
    handIn(adaWeb, url, "Essay.");
    String submission =
        TestDatabase.one(
            "select id from submission where user_id = ? and status = 'SUBMITTED'", ada.id());
    String markUrl = "author/mark.xhtml?submission=" + submission;
    tutor.submit(
        markUrl, tutor.get(markUrl), "marking", "save", Map.of("mark", "15", "feedback", "Good."));
    WebClient diWeb = signedIn(di);
    diWeb.submit(
        "course.xhtml?id=" + GRADED,
        diWeb.get("course.xhtml?id=" + GRADED),
        "enrolment",
        "leave",
        Map.of());

    Page book = tutor.get("author/gradebook.xhtml?course=" + GRADED);
    assertThat(book.status()).isEqualTo(200);
    assertThat(book.body())
        .contains("3 trainees")
        .contains("Basics (quiz)")
        .contains("Short essay (/20)");
    Document doc = Jsoup.parse(book.body());
    Map<String, String> rows = new HashMap<>();
    for (Element tr : doc.select("#gradebook tbody tr")) {
      // each cell's own text (its "Set" link left out)
      rows.put(
          tr.selectFirst("th").text(),
          tr.select("td").stream().map(Element::ownText).toList().toString());
    }
    String adaName = TestDatabase.one("select full_name from users where id = ?", ada.id());
    String benName = TestDatabase.one("select full_name from users where id = ?", ben.id());
    String cyName = TestDatabase.one("select full_name from users where id = ?", cy.id());
    // the average is over both items: (100 + 75) / 2; (0 + 0) / 2; nothing done: 0
    assertThat(rows.get(adaName)).isEqualTo("[100%, 15, 2 of 2, 87.5%]");
    assertThat(rows.get(benName)).isEqualTo("[0% (not passed), –, 0 of 2, 0.0%]");
    assertThat(rows.get(cyName)).isEqualTo("[–, –, 0 of 2, 0.0%]");
    assertThat(book.body())
        .doesNotContain(TestDatabase.one("select full_name from users where id = ?", di.id()));
    assertThat(tutor.get("author/gradebook.xhtml?course=" + GRADED + "&q=" + ada.email()).body())
        .contains("1 trainee");
    // filters, counted as the Passed column counts; the exports follow them
    Map<String, List<String>> shown =
        Map.of(
            "ALL_PASSED", List.of(adaName),
            "OUTSTANDING", List.of(benName, cyName),
            "NOTHING_YET", List.of(cyName),
            "COMPLETED", List.of(),
            "NOT_COMPLETED", List.of(adaName, benName, cyName));
    for (var f : shown.entrySet()) {
      Document filtered =
          Jsoup.parse(
              tutor.get("author/gradebook.xhtml?course=" + GRADED + "&show=" + f.getKey()).body());
      assertThat(filtered.select("#gradebook tbody th").eachText())
          .as(f.getKey())
          .containsExactlyInAnyOrderElementsOf(f.getValue());
      assertThat(filtered.selectFirst("#show option[selected]").attr("value"))
          .isEqualTo(f.getKey());
      assertThat(filtered.selectFirst("a[id$=xlsx]").attr("href")).contains("show=" + f.getKey());
    }
    String outstanding =
        new String(
            tutor.download("api/gradebook/" + GRADED + ".csv?show=OUTSTANDING").body(),
            StandardCharsets.UTF_8);
    assertThat(outstanding).contains(benName).contains(cyName).doesNotContain(adaName);

    // exports: CSV, and a real XLSX opened and read cell by cell
    String csv =
        new String(
            tutor.download("api/gradebook/" + GRADED + ".csv").body(), StandardCharsets.UTF_8);
    assertThat(csv)
        .startsWith(
            "\uFEFFtrainee,email,Basics (quiz) (out of 100),Short essay (out of 20),passed,average per cent\r\n")
        .contains(adaName + "," + ada.email() + ",100,15,2,87.5\r\n");
    HttpResponse<byte[]> xlsx = tutor.download("api/gradebook/" + GRADED + ".xlsx");
    assertThat(xlsx.statusCode()).isEqualTo(200);
    assertThat(xlsx.headers().firstValue("Content-Disposition").orElse(""))
        .contains(
            "gradebook-" + GRADED + "-" + LocalDate.now(ZoneId.of("Europe/London")) + ".xlsx");
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      List<Row> sheet = wb.getFirstSheet().read();
      assertThat(sheet).hasSize(4);
      assertThat(sheet.get(0).getCellText(2)).isEqualTo("Basics (quiz) (out of 100)");
      Row adaRow =
          sheet.stream().filter(r -> adaName.equals(r.getCellText(0))).findFirst().orElseThrow();
      assertThat(adaRow.getCellAsNumber(2).orElseThrow()).isEqualByComparingTo("100");
      assertThat(adaRow.getCellAsNumber(3).orElseThrow()).isEqualByComparingTo("15");
      assertThat(adaRow.getCellAsNumber(5).orElseThrow()).isEqualByComparingTo("87.5");
    }
    // a tutor sets Ben's quiz score by hand: a reason is required, both are kept
    String enrolment =
        TestDatabase.one(
            "select e.id from enrolment e join course c on c.id = e.course_id"
                + " where e.user_id = ? and c.code = ?",
            ben.id(),
            GRADED);
    String scoreUrl = "author/quiz-score.xhtml?enrolment=" + enrolment + "&module=basics";
    Page scorePage = tutor.get(scoreUrl);
    assertThat(scorePage.body()).contains(benName).contains("Best score now").contains("0%");
    Page noReason = tutor.submit(scoreUrl, scorePage, "override", "save", Map.of("score", "80"));
    assertThat(noReason.body()).contains("Say why the score is set by hand");
    Page set =
        tutor.submit(
            scoreUrl,
            noReason,
            "override",
            "save",
            Map.of("score", "80", "reason", "Question 2 was ambiguous."));
    assertThat(tutor.follow(set).body())
        .contains("The score is set to 80%, with your reason.")
        .contains("Question 2 was ambiguous.");
    Document after = Jsoup.parse(tutor.get("author/gradebook.xhtml?course=" + GRADED).body());
    for (Element tr : after.select("#gradebook tbody tr")) {
      if (tr.selectFirst("th").text().equals(benName)) {
        assertThat(tr.select("td").first().ownText()).isEqualTo("80%");
      }
    }
    assertThat(
            TestDatabase.one(
                "select previous || '>' || score from quiz_override where enrolment_id = ?",
                Long.parseLong(enrolment)))
        .isEqualTo("0>80");
    assertThat(
            TestDatabase.one(
                "select count(*) from quiz_attempt where enrolment_id = ?",
                Long.parseLong(enrolment)))
        .as("the attempts are untouched")
        .isEqualTo("1");

    // only the course's tutors and admins
    WebClient stranger = signedIn(TestUsers.create("TUTOR"));
    assertThat(stranger.get(scoreUrl).status()).isEqualTo(404);
    assertThat(stranger.get("author/gradebook.xhtml?course=" + GRADED).status()).isEqualTo(403);
    assertThat(stranger.download("api/gradebook/" + GRADED + ".xlsx").statusCode()).isEqualTo(404);
    assertThat(signedIn(ada).download("api/gradebook/" + GRADED + ".csv").statusCode())
        .isEqualTo(403);
  }

  /** A real PDF: the application's own certificate renderer is not needed, a minimal one is. */
  private static byte[] pdf() throws Exception {
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }
}
