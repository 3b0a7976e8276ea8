package org.ccioacademy.platform.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ccioacademy.testing.EventPages;
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

/**
 * In-app notifications beside the emails: a new assignment, a mark released and a changed event
 * each reach the person in the app and by email; the list says "emailed" only once the mail server
 * took the message; opening one marks it read and goes to its page; nobody opens another's.
 */
@RunAsClient
class NotificationsIT extends WarTest {

  static final String COURSE = "notify-test";

  static {
    TestCourses.write(
        COURSE,
        Map.of(
            "course.yaml",
            """
            id: notify-test
            title: Notified course
            summary: A short course used by the notification tests.
            audience: [nurse, doctor]
            level: foundation
            cpd-hours: 3
            competencies: [fci:it-systems]
            completion: {module: read, pass-mark: 50, attempts: 0}
            modules: [intro]
            """,
            "intro.md",
            """
            ---
            title: Introduction
            minutes: 180
            reviewed: 2026-12-01
            outcomes: [Say what a CCIO does.]
            competencies: [fci:it-systems]
            sources: [{title: NHS England, url: "https://www.england.nhs.uk/"}]
            ---
            What a CCIO does.
            """));
  }

  private static final String LIST = "account/notifications.xhtml";

  private static String unread(WebClient who) {
    return Jsoup.parse(who.get(LIST).body()).select("#bell .count").text();
  }

  /** Waits for the list to show the email about {@code headline} as sent. */
  private static Document awaitEmailed(WebClient who, String headline) throws Exception {
    long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (true) {
      Document list = Jsoup.parse(who.get(LIST).body());
      String line = list.select(".notification:contains(" + headline + ")").text();
      if (line.contains("Emailed") || System.nanoTime() > end) {
        assertThat(line).as("the notification " + headline).contains("Emailed");
        return list;
      }
      Thread.sleep(300);
    }
  }

  @Test
  void aTraineeHearsOfANewAssignmentAndTheirMarkInTheAppAndByEmail() throws Exception {
    TestUser tutorUser = TestUsers.tutorOf(COURSE);
    WebClient tutor = signedIn(tutorUser);
    TestUser traineeUser = TestUsers.create("TRAINEE");
    WebClient trainee = signedIn(traineeUser);
    String course = "course.xhtml?id=" + COURSE;
    trainee.submit(course, trainee.get(course), "enrolment", "enrol", Map.of());
    assertThat(trainee.get(LIST).body()).contains("You have no notifications yet.");
    assertThat(unread(trainee)).isEmpty();

    // the tutor sets an assignment: the trainee is told in the app, and by email
    String page = "author/assignments.xhtml?course=" + COURSE;
    Page form = tutor.get(page);
    Map<String, List<String>> fields = tutor.form(form, "assignment");
    fields.put("assignment:title", List.of("Notified essay"));
    fields.put("assignment:instructions", List.of("Write about a CCIO."));
    fields.put(
        "assignment:dueAt",
        List.of(LocalDate.now(ZoneId.of("Europe/London")).plusDays(14) + "T17:00"));
    fields.put("assignment:latePolicy", List.of("ACCEPT"));
    fields.put("assignment:maxSubmissions", List.of("1"));
    assertThat(tutor.send(page, form, fields, "assignment:create").status()).isEqualTo(302);
    String assignment =
        TestDatabase.one("select max(id) from assignment where title = 'Notified essay'");
    String headline = "New assignment on Notified course: Notified essay";
    TestMail.awaitSubject(traineeUser.email(), headline, Duration.ofSeconds(20));
    Document list = awaitEmailed(trainee, headline);
    assertThat(list.select("#bell .count").text()).isEqualTo("1 unread");
    assertThat(list.select(".notification.unread").text()).contains(headline);

    // opening it marks it read and goes to the assignment
    String id =
        TestDatabase.one(
            "select id from notification where user_id = ? and kind = 'assignment.set'",
            traineeUser.id());
    Page open = trainee.get(LIST + "?open=" + id);
    assertThat(open.status()).isEqualTo(302);
    assertThat(open.location()).endsWith("/learn/assignment.xhtml?id=" + assignment);
    assertThat(unread(trainee)).isEmpty();

    // hand in, then the tutor marks and releases: the trainee is told the mark is ready
    String url = "learn/assignment.xhtml?id=" + assignment;
    trainee.submit(url, trainee.get(url), "work", "save", Map.of("body", "A CCIO leads."));
    trainee.submit(url, trainee.get(url), "work", "submit", Map.of("body", "A CCIO leads."));
    String submission =
        TestDatabase.one(
            "select id from submission where user_id = ? and status = 'SUBMITTED'",
            traineeUser.id());
    String markUrl = "author/mark.xhtml?submission=" + submission;
    Page marked =
        tutor.submit(
            markUrl,
            tutor.get(markUrl),
            "marking",
            "save",
            Map.of("mark", "70", "feedback", "Clear.", "release", "true"));
    assertThat(marked.status()).as(marked.body()).isEqualTo(302);
    TestMail.awaitSubject(
        traineeUser.email(), "Your mark for Notified essay is ready", Duration.ofSeconds(20));
    awaitEmailed(trainee, "Your mark for Notified essay is ready");
    assertThat(unread(trainee)).isEqualTo("1 unread");

    // someone else cannot open (or mark read) the trainee's notification
    String markId =
        TestDatabase.one(
            "select id from notification where user_id = ? and kind = 'mark.released'",
            traineeUser.id());
    WebClient other = signedIn(TestUsers.create("TRAINEE"));
    Page theirs = other.get(LIST + "?open=" + markId);
    assertThat(theirs.location()).endsWith("/" + LIST);
    assertThat(other.follow(theirs).body()).doesNotContain("Notified essay");
    assertThat(
            TestDatabase.one(
                "select read_at is null from notification where id = ?", Long.parseLong(markId)))
        .isEqualTo("t");

    // mark all as read
    Page all = trainee.submit(LIST, trainee.get(LIST), "notifications", "readAll", Map.of());
    assertThat(all.status()).isEqualTo(302);
    assertThat(trainee.follow(all).body()).contains("1 notification marked as read.");
    assertThat(unread(trainee)).isEmpty();
  }

  @Test
  void peopleRegisteredForAnEventAreToldWhenItsDatesOrPlaceChange() throws Exception {
    WebClient organiser = signedIn(TestUsers.create("TUTOR"));
    String id = EventPages.create(organiser, "Moving day", 10);
    TestUser traineeUser = TestUsers.create("TRAINEE");
    WebClient trainee = signedIn(traineeUser);
    EventPages.register(trainee, id);
    awaitEmailed(trainee, "Your place at Moving day");

    String manage = "organise/event.xhtml?id=" + id;
    Page page = organiser.get(manage);
    Map<String, List<String>> details = organiser.form(page, "details");
    LocalDate later = LocalDate.now(ZoneId.of("Europe/London")).plusDays(40);
    details.put("details:startsOn", List.of(later.toString()));
    details.put("details:endsOn", List.of(later.toString()));
    details.put("details:venue", List.of("Manchester Central"));
    assertThat(organiser.send(manage, page, details, "details:save").status()).isEqualTo(302);

    var mail =
        TestMail.awaitSubject(
            traineeUser.email(), "Moving day has changed", Duration.ofSeconds(20));
    assertThat(mail.getContent().toString())
        .contains(
            "It is now on " + DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).format(later))
        .contains("It is now at Manchester Central.");
    Document list = awaitEmailed(trainee, "Moving day has changed");
    assertThat(list.select(".notification:contains(Moving day has changed) a").attr("href"))
        .contains("open=");
    String changed =
        TestDatabase.one(
            "select link from notification where user_id = ? and kind = 'event.changed'",
            traineeUser.id());
    assertThat(changed).isEqualTo("/event.xhtml?id=" + id);

    // a change of capacity alone is no news to those registered
    page = organiser.get(manage);
    details = organiser.form(page, "details");
    details.put("details:capacity", List.of("12"));
    assertThat(organiser.send(manage, page, details, "details:save").status()).isEqualTo(302);
    assertThat(
            TestDatabase.one(
                "select count(*) from notification where user_id = ? and kind = 'event.changed'",
                traineeUser.id()))
        .isEqualTo("1");
  }

  @Test
  void theListIsEveryonesOwnAndPagedInTheDatabase() throws Exception {
    Page anonymous = client().get(LIST);
    assertThat(anonymous.status()).isEqualTo(302);
    assertThat(anonymous.location()).contains("sign-in");
    for (String role : List.of("TRAINEE", "TUTOR", "REVIEWER", "ADMIN")) {
      WebClient who = signedIn(TestUsers.create(role));
      assertThat(who.get(LIST).status()).as(role).isEqualTo(200);
    }

    TestUser many = TestUsers.create("TRAINEE");
    TestDatabase.execute(
        "insert into notification (user_id, kind, headline, link, created_at)"
            + " select ?, 'test', 'Notice number ' || n, null, now() - n * interval '1 minute'"
            + " from generate_series(1, 25) n",
        many.id());
    WebClient web = signedIn(many);
    Document first = Jsoup.parse(web.get(LIST).body());
    assertThat(first.select(".notification")).hasSize(20);
    assertThat(first.select(".notification").first().text()).contains("Notice number 1 ");
    assertThat(first.select("#showing").text()).isEqualTo("1 to 20 of 25");
    assertThat(first.select("#older")).hasSize(1);
    assertThat(first.select("#newer")).isEmpty();
    assertThat(first.select("#bell .count").text()).isEqualTo("25 unread");
    Document second = Jsoup.parse(web.get(LIST + "?page=2").body());
    assertThat(second.select(".notification")).hasSize(5);
    assertThat(second.select("#showing").text()).isEqualTo("21 to 25 of 25");
    assertThat(second.select("#newer")).hasSize(1);
    assertThat(Jsoup.parse(web.get(LIST + "?page=99").body()).select("#showing").text())
        .isEqualTo("21 to 25 of 25");
    // one with no link opens the list again, read
    String id =
        TestDatabase.one(
            "select id from notification where user_id = ? and headline = 'Notice number 3'",
            many.id());
    assertThat(web.get(LIST + "?open=" + id).location()).endsWith("/" + LIST);
    assertThat(unread(web)).isEqualTo("24 unread");
  }
}
