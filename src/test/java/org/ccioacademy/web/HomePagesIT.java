package org.ccioacademy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.ccioacademy.testing.Browser;
import org.ccioacademy.testing.TestCourses;
import org.ccioacademy.testing.TestDatabase;
import org.ccioacademy.testing.TestEvents;
import org.ccioacademy.testing.TestLearning;
import org.ccioacademy.testing.TestUsers;
import org.ccioacademy.testing.TestUsers.TestUser;
import org.ccioacademy.testing.WarTest;
import org.ccioacademy.testing.WebClient;
import org.ccioacademy.testing.WebClient.Page;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;

/**
 * A home for each role that says what is next. A trainee's: where to continue, deadlines of
 * assignments and re-certification, events to come with their place on a waitlist, new marks and
 * certificates; only their own. Checked in Chromium at desktop and phone sizes with axe.
 */
@RunAsClient
class HomePagesIT extends WarTest {

  static final String COURSE = "home-test";

  static {
    TestCourses.write(
        COURSE,
        Map.of(
            "course.yaml",
            """
            id: home-test
            title: Leading a digital change
            summary: A short course used by the home page tests.
            audience: [nurse, doctor]
            level: foundation
            cpd-hours: 3
            competencies: [fci:it-systems]
            completion: {module: read, pass-mark: 50, attempts: 0}
            modules: [why, how]
            """,
            "why.md",
            """
            ---
            title: Why change
            minutes: 90
            reviewed: 2026-12-01
            outcomes: [Say why.]
            competencies: [fci:it-systems]
            sources: [{title: NHS England, url: "https://www.england.nhs.uk/"}]
            ---
            Why.
            """,
            "how.md",
            """
            ---
            title: How to change
            minutes: 90
            reviewed: 2026-12-01
            outcomes: [Say how.]
            competencies: [fci:it-systems]
            sources: [{title: NHS England, url: "https://www.england.nhs.uk/"}]
            ---
            How.
            """));
  }

  private static String assignment(String title, String due, String policy) throws Exception {
    return TestDatabase.one(
        "insert into assignment (course_id, title, instructions, due_at, late_policy,"
            + " text_allowed, file_allowed) select id, ?, 'Write.', now() + cast(? as interval),"
            + " ?, true, false from course where code = ? returning id",
        title,
        due,
        policy,
        COURSE);
  }

  /** A trainee with something in every part of their home. */
  private static TestUser busyTrainee() throws Exception {
    TestUser t = TestUsers.create("TRAINEE");
    long enrolment = TestLearning.enrolment(t.id(), COURSE).active(5).create();
    TestDatabase.execute(
        "insert into module_progress (enrolment_id, module_code, read_at, completed_at)"
            + " values (?, 'why', now(), now())",
        enrolment);
    String soon = assignment("Home essay due soon", "3 days", "REFUSE");
    assignment("Home essay overdue", "-2 days", "ACCEPT");
    assignment("Home essay closed", "-2 days", "REFUSE");
    String done = assignment("Home essay handed in", "5 days", "REFUSE");
    TestDatabase.execute(
        "insert into submission (assignment_id, user_id, attempt_no, status, submitted_at,"
            + " released_at) values (?, ?, 1, 'SUBMITTED', now() - interval '1 day', now())",
        Long.parseLong(done),
        t.id());
    TestDatabase.execute(
        "insert into submission (assignment_id, user_id, attempt_no, status, body)"
            + " values (?, ?, 1, 'DRAFT', 'Half')",
        Long.parseLong(soon),
        t.id());
    // a course certificate that lapses in ten days, and one just issued
    TestDatabase.execute(
        "insert into certificate (id, user_id, kind, achievement, title, holder_name,"
            + " completed_on, delivery_mode, issued_at, expires_on) values"
            + " (upper(substr(md5(random()::text), 1, 26)), ?, 'COURSE', 'course:' || ? || ':1',"
            + " 'Lapsing course', 'Test', current_date - 700, 'Online', now() - interval '700 days',"
            + " current_date + 10),"
            + " (upper(substr(md5(random()::text), 1, 26)), ?, 'EVENT', 'event:' || ?,"
            + " 'Regional day', 'Test', current_date, 'In person', now(), null)",
        t.id(),
        COURSE,
        t.id(),
        t.id());
    long organiser = TestUsers.create("TUTOR").id();
    long going =
        TestEvents.event("Home regional day").startingIn(12).organisedBy(organiser).create();
    TestEvents.register(going, t.id(), "REGISTERED");
    long full =
        TestEvents.event("Home summer school")
            .startingIn(40)
            .places(1)
            .organisedBy(organiser)
            .create();
    TestDatabase.execute(
        "insert into event_registration (event_id, user_id, status, requested_at, waitlisted_at)"
            + " values (?, ?, 'WAITLISTED', now() - interval '3 days', now() - interval '3 days'),"
            + " (?, ?, 'WAITLISTED', now() - interval '2 days', now() - interval '2 days')",
        full,
        TestUsers.create("TRAINEE").id(),
        full,
        t.id());
    long past = TestEvents.event("Home past day").startingIn(-10).organisedBy(organiser).create();
    TestEvents.register(past, t.id(), "REGISTERED");
    return t;
  }

  @Test
  void aTraineeLandsOnWhatIsNextForThemAndOnlyThem() throws Exception {
    TestUser t = busyTrainee();
    WebClient web = client();
    Page landed = web.signIn(t.email(), t.password());
    assertThat(landed.location()).endsWith("/trainee/home.xhtml");
    Document home = Jsoup.parse(web.get("trainee/home.xhtml").body());

    assertThat(home.select("#continue").text())
        .contains("Leading a digital change", "1 of 2 required modules done");
    assertThat(home.select("#continue a.continue").attr("href"))
        .contains("course=" + COURSE)
        .contains("module=how");

    String deadlines = home.select("#deadlines").text();
    assertThat(deadlines)
        .contains("Home essay due soon", "draft saved")
        .contains("Home essay overdue", "late work is still accepted")
        .contains("Renew: Lapsing course", "take the course again")
        .doesNotContain("Home essay closed")
        .doesNotContain("Home essay handed in");
    assertThat(deadlines.indexOf("Home essay overdue"))
        .isLessThan(deadlines.indexOf("Home essay due soon"));

    String events = home.select("#my-events").text();
    assertThat(events)
        .contains("Home regional day", "You have a place")
        .contains("Home summer school", "Number 2 on the waitlist")
        .doesNotContain("Home past day");
    assertThat(events.indexOf("Home regional day"))
        .isLessThan(events.indexOf("Home summer school"));

    assertThat(home.select("#news").text())
        .contains("Your mark for Home essay handed in")
        .contains("Certificate: Regional day");

    // someone else's home shows none of it
    TestUser other = TestUsers.create("TRAINEE");
    Document theirs = Jsoup.parse(signedIn(other).get("trainee/home.xhtml").body());
    assertThat(theirs.select("#continue").text()).contains("You are not on a course yet.");
    assertThat(theirs.select("#deadlines").text()).contains("Nothing is due");
    assertThat(theirs.select("#my-events").text()).contains("You are not registered");
    assertThat(theirs.select("#news").text()).contains("No new marks or certificates");
    assertThat(theirs.text()).doesNotContain("Home essay", "Lapsing course", "Home regional day");
  }

  @Test
  void aTraineeWithoutProfessionalDetailsGivesThemFirst() throws Exception {
    TestUser t = TestUsers.create("TRAINEE");
    TestDatabase.execute(
        "update users set professional_group = null, profession = null, grade = null,"
            + " registration_number = null, ods_code = null, region = null where id = ?",
        t.id());
    WebClient web = signedIn(t);
    Page home = web.get("trainee/home.xhtml");
    assertThat(home.status()).isEqualTo(302);
    assertThat(home.location()).endsWith("/trainee/profile.xhtml");
    assertThat(web.follow(home).body()).contains("Please give your professional details");
  }

  @Test
  void onlyTraineesHaveATraineeHome() throws Exception {
    assertThat(client().get("trainee/home.xhtml").location()).contains("sign-in");
    for (String role : new String[] {"TUTOR", "REVIEWER", "ADMIN"}) {
      assertThat(signedIn(TestUsers.create(role)).get("trainee/home.xhtml").status())
          .as(role)
          .isEqualTo(403);
    }
  }

  @Test
  void theTraineeHomeIsAccessibleAndFitsAPhone() throws Exception {
    TestUser t = busyTrainee();
    try (Browser browser = new Browser(base.toString())) {
      browser.open("sign-in.xhtml");
      browser.type("signIn:email", t.email());
      browser.type("signIn:password", t.password());
      browser.press("signIn:submit");
      assertThat(browser.currentPath()).startsWith("trainee/home.xhtml");
      assertThat(browser.text()).contains("Number 2 on the waitlist");
      browser.checkAccessibility();
      browser.driver().manage().window().setSize(new Dimension(390, 844));
      browser.open("trainee/home.xhtml");
      browser.checkAccessibility();
      Object sideways =
          ((org.openqa.selenium.JavascriptExecutor) browser.driver())
              .executeScript("return document.documentElement.scrollWidth > window.innerWidth");
      assertThat(sideways).as("the page scrolls sideways on a phone").isEqualTo(false);
      browser.click("#continue a.continue");
      assertThat(browser.currentPath()).startsWith("learn/module.xhtml");
      assertThat(browser.text()).contains("How to change");
    }
  }

  @Test
  void aReviewerLandsOnTheirCohortsWithinTheirScope() throws Exception {
    String cohort = "A home cohort " + System.nanoTime();
    TestDatabase.execute(
        "insert into cohort (name, description, explicit) values (?, '', false)", cohort);
    TestUser national = TestUsers.create("REVIEWER");
    WebClient web = client();
    assertThat(web.signIn(national.email(), national.password()).location())
        .endsWith("/reviewer/home.xhtml");
    Document home = Jsoup.parse(web.get("reviewer/home.xhtml").body());
    assertThat(home.select("#scope").text()).contains("every trainee (national)");
    assertThat(home.select("#cohort-figures").text()).contains(cohort);
    String all = TestDatabase.one("select count(*) from trainee_fact");
    assertThat(home.select("#everyone-trainees").text().replace(",", "")).isEqualTo(all);

    TestUser north = TestUsers.create("REVIEWER");
    TestUsers.scopeOnly(
        "insert into reviewer_scope (user_id, kind, value) values (?, 'REGION', 'NORTH_EAST')",
        north.id());
    Document theirs = Jsoup.parse(signedIn(north).get("reviewer/home.xhtml").body());
    assertThat(theirs.select("#scope").text()).contains("regions:");
    String inRegion =
        TestDatabase.one("select count(*) from trainee_fact where region = 'NORTH_EAST'");
    assertThat(theirs.select("#everyone-trainees").text().replace(",", "")).isEqualTo(inRegion);

    TestUser none = TestUsers.create("REVIEWER");
    TestDatabase.execute("delete from reviewer_scope where user_id = ?", none.id());
    Document nothing = Jsoup.parse(signedIn(none).get("reviewer/home.xhtml").body());
    assertThat(nothing.select("#no-scope").text()).contains("has not yet said which trainees");
    assertThat(nothing.select("#everyone-trainees").text()).isEqualTo("0");
  }

  @Test
  void anAdminIsToldWhatNeedsTheirAttention() throws Exception {
    TestUser reviewer = TestUsers.create("REVIEWER");
    TestDatabase.execute("delete from reviewer_scope where user_id = ?", reviewer.id());
    TestDatabase.execute(
        "insert into mail_message (to_address, subject, body, status, attempts, purpose)"
            + " values ('nobody@test.ccio.academy', 'Lost', 'Lost', 'FAILED', 5, 'test')");
    TestUser admin = TestUsers.create("ADMIN");
    Document home = Jsoup.parse(signedIn(admin).get("admin/home.xhtml").body());
    String attention = home.select("#attention").text();
    assertThat(attention)
        .containsPattern("\\d+ emails? could not be sent in the last 30 days")
        .containsPattern("\\d+ reviewers? sees? no trainees");
    assertThat(home.select("#attention a[href$='admin/users.xhtml?role=REVIEWER']")).hasSize(1);

    // put right, they go
    TestDatabase.execute(
        "insert into reviewer_scope (user_id, kind, value)"
            + " select r.user_id, 'NATIONAL', '*' from user_roles r where r.role = 'REVIEWER'"
            + " and not exists (select 1 from reviewer_scope s where s.user_id = r.user_id)");
    TestDatabase.execute(
        "update mail_message set status = 'SENT', sent_at = now()" + " where status = 'FAILED'");
    String after =
        Jsoup.parse(signedIn(admin).get("admin/home.xhtml").body()).select("#attention").text();
    assertThat(after).doesNotContain("could not be sent").doesNotContain("no trainees");
  }
}
