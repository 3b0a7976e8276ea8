package org.ccioacademy.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.ccioacademy.testing.TestCourses;
import org.ccioacademy.testing.TestDatabase;
import org.ccioacademy.testing.TestUsers;
import org.ccioacademy.testing.TestUsers.TestUser;
import org.ccioacademy.testing.WarTest;
import org.ccioacademy.testing.WebClient;
import org.ccioacademy.testing.WebClient.Page;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * A tutor changes an assignment once set: re-dates it (those still to hand in are told), gives one
 * trainee more time (their own deadline lets them hand in, on time), is refused a change of the
 * highest mark once work is marked, and withdraws it (nothing more handed in; work and marks kept).
 */
@RunAsClient
class AssignmentChangesIT extends WarTest {

  private static final String COURSE = "assignment-changes-test";

  static {
    TestCourses.write(
        COURSE,
        Map.of(
            "course.yaml",
            """
            id: assignment-changes-test
            title: Changing assignments
            summary: A short course used by the tests of changing assignments.
            audience: [nurse, doctor]
            level: foundation
            cpd-hours: 3
            competencies: [fci:it-systems]
            completion: {module: read, pass-mark: 50, attempts: 0}
            modules: [only]
            """,
            "only.md",
            """
            ---
            title: The only module
            minutes: 180
            reviewed: 2026-12-01
            outcomes: [Hand in an essay.]
            competencies: [fci:it-systems]
            sources: [{title: NHS England, url: "https://www.england.nhs.uk/"}]
            ---
            Write an essay.
            """));
  }

  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

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

  private static void enrol(WebClient trainee) {
    String url = "course.xhtml?id=" + COURSE;
    trainee.submit(url, trainee.get(url), "enrolment", "enrol", Map.of());
  }

  private static String kinds(long userId) throws Exception {
    return TestDatabase.one(
        "select coalesce(string_agg(kind, ',' order by id), '') from notification"
            + " where user_id = ? and kind like 'assignment.%'",
        userId);
  }

  @Test
  void aTutorReDatesExtendsForOneTraineeAndWithdrawsAnAssignment() throws Exception {
    TestUser tutorUser = TestUsers.tutorOf(COURSE);
    WebClient tutor = signedIn(tutorUser);
    TestUser aUser = TestUsers.create("TRAINEE");
    TestUser bUser = TestUsers.create("TRAINEE");
    WebClient a = signedIn(aUser);
    WebClient b = signedIn(bUser);
    enrol(a);
    enrol(b);
    String id = assignment("Changing essay " + System.nanoTime(), "-1 hour", "REFUSE");
    String page = "author/assignment.xhtml?id=" + id;
    String work = "learn/assignment.xhtml?id=" + id;

    // only the course's tutors (and admins) open it
    assertThat(tutor.get(page).status()).isEqualTo(200);
    assertThat(signedIn(TestUsers.create("TUTOR")).get(page).status()).isEqualTo(403);
    assertThat(a.get(page).status()).isEqualTo(403);
    assertThat(signedIn(TestUsers.create("ADMIN")).get(page).status()).isEqualTo(200);
    assertThat(tutor.get("author/assignment.xhtml?id=999999999").status()).isEqualTo(404);

    // past its deadline, refused: B is given an extension, every mistake named first
    assertThat(b.get(work).body()).contains("does not accept late work");
    Page form = tutor.get(page);
    Page wrong =
        tutor.submit(
            page,
            form,
            "extension",
            "extend",
            Map.of(
                "trainee", "nobody@example.nhs.uk",
                "extendedDue",
                    MINUTE.format(LocalDateTime.now(ZoneId.of("Europe/London")).minusDays(3)),
                "reason", ""));
    assertThat(wrong.body())
        .contains("Nobody with the address nobody@example.nhs.uk is taking this course.")
        .contains("An extension ends after the assignment")
        .contains("Say why, for the record");
    // the error summary at the top links each problem to its field
    assertThat(Jsoup.parse(wrong.body()).select("#error-summary a").eachAttr("href"))
        .containsExactlyInAnyOrder(
            "#extension:trainee", "#extension:extendedDue", "#extension:reason");
    assertThat(
            TestDatabase.one(
                "select count(*) from assignment_extension where assignment_id = ?",
                Long.parseLong(id)))
        .isEqualTo("0");
    String later = MINUTE.format(LocalDateTime.now(ZoneId.of("Europe/London")).plusDays(2));
    Page given =
        tutor.submit(
            page,
            tutor.get(page),
            "extension",
            "extend",
            Map.of("trainee", bUser.email(), "extendedDue", later, "reason", "Sick leave"));
    assertThat(given.status()).as(given.body()).isEqualTo(302);
    assertThat(tutor.follow(given).body()).contains("Sick leave").contains(bUser.email());
    assertThat(kinds(bUser.id())).isEqualTo("assignment.extended");
    assertThat(b.get(work).body()).contains("You have an extension");
    b.submit(work, b.get(work), "work", "save", Map.of("body", "My essay."));
    b.submit(work, b.get(work), "work", "submit", Map.of("body", "My essay."));
    assertThat(
            TestDatabase.one(
                "select status || ' ' || late from submission where assignment_id = ? and user_id = ?",
                Long.parseLong(id),
                bUser.id()))
        .isEqualTo("SUBMITTED false");
    assertThat(a.get(work).body()).contains("does not accept late work");

    // re-dated: A (still to hand in) is told; B (handed in) is not
    form = tutor.get(page);
    Map<String, List<String>> fields = tutor.form(form, "assignment");
    fields.put(
        "assignment:dueAt",
        List.of(MINUTE.format(LocalDateTime.now(ZoneId.of("Europe/London")).plusDays(7))));
    Page stale = tutor.get(page); // a second tab, open before the change
    Page saved = tutor.send(page, form, fields, "assignment:save");
    assertThat(saved.status()).as(saved.body()).isEqualTo(302);
    assertThat(kinds(aUser.id())).isEqualTo("assignment.redated");
    assertThat(kinds(bUser.id())).isEqualTo("assignment.extended");
    assertThat(a.get(work).body()).contains("You can submit until the deadline.");
    Map<String, List<String>> staleFields = tutor.form(stale, "assignment");
    staleFields.put("assignment:title", List.of("From the old tab"));
    assertThat(tutor.send(page, stale, staleFields, "assignment:save").body())
        .contains("Someone else changed this assignment");

    // once work is marked, the highest mark stays
    TestDatabase.execute(
        "insert into grade (submission_id, mark, marker_label) select id, 60, 'Tutor'"
            + " from submission where assignment_id = ? and user_id = ?",
        Long.parseLong(id),
        bUser.id());
    form = tutor.get(page);
    fields = tutor.form(form, "assignment");
    fields.put("assignment:maxMark", List.of("50"));
    assertThat(tutor.send(page, form, fields, "assignment:save").body())
        .contains("Some work is already marked, so the highest mark and the rubric cannot change.");

    // withdrawn: a reason is needed; then nobody hands in, A is told, the mark is kept
    assertThat(
            tutor
                .submit(
                    page, tutor.get(page), "withdrawal", "withdraw", Map.of("withdrawReason", ""))
                .body())
        .contains("Say why it is withdrawn");
    Page withdrawn =
        tutor.submit(
            page,
            tutor.get(page),
            "withdrawal",
            "withdraw",
            Map.of("withdrawReason", "The brief was wrong; a new one follows."));
    assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(302);
    assertThat(Jsoup.parse(a.get(work).body()).select("#withdrawn").text())
        .contains("withdrawn", "The brief was wrong");
    assertThat(a.get(work).body()).doesNotContain("id=\"work\"");
    assertThat(kinds(aUser.id())).isEqualTo("assignment.redated,assignment.withdrawn");
    assertThat(Jsoup.parse(a.get("trainee/home.xhtml").body()).select("#deadlines").text())
        .doesNotContain("Changing essay");
    assertThat(
            TestDatabase.one(
                "select count(*) from grade g join submission s on s.id = g.submission_id"
                    + " where s.assignment_id = ?",
                Long.parseLong(id)))
        .isEqualTo("1");
    assertThat(
            TestDatabase.column(
                "select action from audit_log where target_type = 'assignment' and target_id = ?"
                    + " order by id",
                id))
        .contains("assignment.extended", "assignment.changed", "assignment.withdrawn");
  }
}
