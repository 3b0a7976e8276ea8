package org.ccioacademy.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ccioacademy.testing.TestCourses;
import org.ccioacademy.testing.TestDatabase;
import org.ccioacademy.testing.TestLearning;
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
 * A course's assessed assignment, written in its course files (issue 20): imported as an assignment
 * with its rubric and no deadline; the course is complete only once the modules are done and a
 * tutor has released a pass; a fail is not enough; tutors cannot change it in the browser; a new
 * version of the files brings it up to date.
 */
@RunAsClient
class CourseWorkIT extends WarTest {

  static final String COURSE = "course-work-test";
  static final String CHANGING = "course-work-changes-test";

  static final String RUBRIC =
      "Hazards identified: None 0 | Some 4 | The main ones 8\n"
          + "Controls proposed: Absent 0 | Partly 3 | Proportionate and owned 6\n";

  static Map<String, String> files(String course, String title, String rubric) {
    Map<String, String> files = new HashMap<>();
    files.put(
        "course.yaml",
        """
        id: %s
        title: Assessed course work
        summary: A short course with an assessed assignment, used by its tests.
        audience: [nurse, doctor]
        level: advanced
        cpd-hours: 3
        competencies: [fci:it-systems, hee:digital-implementation@4]
        completion: {module: read, pass-mark: 50, attempts: 0}
        modules: [reading]
        assignment: hazard-log
        """
            .formatted(course));
    files.put(
        "reading.md",
        """
        ---
        title: Reading
        minutes: 120
        reviewed: 2026-12-01
        outcomes: [Explain what a hazard log records.]
        competencies: [fci:it-systems]
        sources: [{title: NHS England, url: "https://www.england.nhs.uk/"}]
        ---
        What a hazard log records.
        """);
    StringBuilder a =
        new StringBuilder(
            """
            ---
            title: %s
            minutes: 60
            pass-mark: 50
            competencies: [hee:digital-implementation@4]
            rubric: |
            """
                .formatted(title));
    rubric.lines().forEach(l -> a.append("  ").append(l).append('\n'));
    a.append(
        "---\n## What to produce\n\nA hazard log of **five** hazards for your service.\n\n"
            + "<script>alert('brief')</script> <img src=x onerror=alert(2)>"
            + " [a link](javascript:alert(3))\n");
    files.put("hazard-log.assignment.md", a.toString());
    return files;
  }

  static {
    TestCourses.write(COURSE, files(COURSE, "A hazard log for a real change", RUBRIC));
    TestCourses.write(CHANGING, files(CHANGING, "A hazard log", RUBRIC));
  }

  private static String assignmentId() throws Exception {
    return assignmentId(COURSE);
  }

  private static String assignmentId(String course) throws Exception {
    return TestDatabase.one(
        "select a.id from assignment a join course c on c.id = a.course_id"
            + " where c.code = ? and a.course_file_code = 'hazard-log'",
        course);
  }

  private static List<String> criteria(String assignment) throws Exception {
    return TestDatabase.column(
        "select c.title from rubric_criterion c join assignment a on a.rubric_id = c.rubric_id"
            + " where a.id = ? order by c.position",
        Long.parseLong(assignment));
  }

  private void reload() throws Exception {
    WebClient admin = signedIn(TestUsers.create("ADMIN"));
    Page reload =
        admin.submit(
            "admin/courses.xhtml", admin.get("admin/courses.xhtml"), "reload", "reload", Map.of());
    assertThat(reload.status()).as(reload.body()).isEqualTo(302);
  }

  private static void handIn(WebClient trainee, String url, String text) {
    trainee.submit(url, trainee.get(url), "work", "save", Map.of("body", text));
    Page done = trainee.submit(url, trainee.get(url), "work", "submit", Map.of("body", text));
    assertThat(done.status()).as(done.body()).isEqualTo(302);
  }

  /** The trainee's newest submitted work for the course's assessed assignment. */
  private static String newestSubmission(long traineeId, String course) throws Exception {
    return TestDatabase.one(
        "select max(s.id) from submission s join assignment a on a.id = s.assignment_id"
            + " join course c on c.id = a.course_id where s.user_id = ? and c.code = ?"
            + " and a.course_file_code = 'hazard-log' and s.status = 'SUBMITTED'",
        traineeId,
        course);
  }

  /** Marks a submission with the rubric levels named (each label unique), released or not. */
  private static void mark(WebClient tutor, String submission, boolean release, String... levels) {
    String markUrl = "author/mark.xhtml?submission=" + submission;
    Page markPage = tutor.get(markUrl);
    Map<String, List<String>> marking = tutor.form(markPage, "marking");
    Document doc = Jsoup.parse(markPage.body());
    for (String level : levels) {
      Element label = doc.selectFirst("label:containsOwn(" + level + ")");
      Element radio = doc.getElementById(label.attr("for"));
      marking.put(radio.attr("name"), List.of(radio.attr("value")));
    }
    marking.put("marking:feedback", List.of("Marked."));
    if (release) {
      marking.put("marking:release", List.of("true"));
    }
    Page saved = tutor.send(markUrl, markPage, marking, "marking:save");
    assertThat(saved.status()).as(saved.body()).isEqualTo(302);
  }

  private static void markAndRelease(WebClient tutor, long traineeId, String... levels)
      throws Exception {
    mark(tutor, newestSubmission(traineeId, COURSE), true, levels);
  }

  /** What the trainee's home lists as work to hand in. */
  private static String due(WebClient trainee) {
    return Jsoup.parse(trainee.get("trainee/home.xhtml").body()).select("li.due").text();
  }

  private static String status(long userId) throws Exception {
    return TestDatabase.one(
        "select e.status from enrolment e join course c on c.id = e.course_id"
            + " where e.user_id = ? and c.code = ?",
        userId,
        COURSE);
  }

  @Test
  void theCourseIsCompleteOnlyOnceTheModulesAreDoneAndAPassIsReleased() throws Exception {
    String id = assignmentId();
    assertThat(
            TestDatabase.one(
                "select coalesce(due_at::text, 'none') || ' ' || max_mark || '/' || pass_mark"
                    + " || ' ' || max_submissions from assignment where id = ?",
                Long.parseLong(id)))
        .as("no deadline, out of the rubric's 14, half of it to pass, three attempts")
        .isEqualTo("none 14/7 3");

    TestUser traineeUser = TestUsers.create("TRAINEE");
    WebClient trainee = signedIn(traineeUser);
    TestLearning.takeCourse(trainee, COURSE);
    assertThat(status(traineeUser.id())).as("the modules alone").isEqualTo("ACTIVE");
    Page course = trainee.get("course.xhtml?id=" + COURSE);
    assertThat(Jsoup.parse(course.body()).select("#assessed-work-left").text())
        .contains("Every module is done")
        .contains("A hazard log for a real change");
    assertThat(course.body()).contains("assessed: a pass is needed to complete the course");

    String url = "learn/assignment.xhtml?id=" + id;
    Page brief = trainee.get(url);
    assertThat(brief.body())
        .as("the instructions are Markdown")
        .contains("<strong>five</strong>")
        .contains("No deadline: hand it in when you are ready");
    // the brief is shown as HTML only after MarkdownRenderer's sanitiser: nothing hostile runs
    var briefSection = Jsoup.parse(brief.body()).select("#brief").first().parent();
    assertThat(briefSection.select("script, img, [onerror], a[href^=javascript]")).isEmpty();
    assertThat(briefSection.text()).contains("<script>alert('brief')</script>");
    assertThat(Jsoup.parse(brief.body()).select("#rubric").text())
        .contains("Hazards identified", "The main ones (8)");

    TestUser tutorUser = TestUsers.tutorOf(COURSE);
    WebClient tutor = signedIn(tutorUser);
    assertThat(due(trainee)).contains("A hazard log for a real change").contains("no deadline");
    handIn(trainee, url, "Three hazards, no controls.");
    assertThat(due(trainee)).as("waiting for its mark").doesNotContain("A hazard log");
    markAndRelease(tutor, traineeUser.id(), "Some (4)", "Absent (0)");
    assertThat(status(traineeUser.id())).as("4 of 14 is a fail").isEqualTo("ACTIVE");
    assertThat(due(trainee)).as("a fail: due again").contains("A hazard log for a real change");

    handIn(trainee, url, "Five hazards, with owned controls.");
    markAndRelease(tutor, traineeUser.id(), "The main ones (8)", "Partly (3)");
    assertThat(status(traineeUser.id())).as("11 of 14 passes").isEqualTo("COMPLETED");
    assertThat(due(trainee)).doesNotContain("A hazard log");
    assertThat(
            TestDatabase.one(
                "select count(*) from audit_log where action = 'course.completed'"
                    + " and actor_label = 'system' and target_id = (select e.id::text from"
                    + " enrolment e join course c on c.id = e.course_id where e.user_id = ?"
                    + " and c.code = ?)",
                traineeUser.id(),
                COURSE))
        .isEqualTo("1");
  }

  @Test
  void aPassBeforeTheModulesCompletesTheCourseWithTheLastModule() throws Exception {
    TestUser traineeUser = TestUsers.create("TRAINEE");
    WebClient trainee = signedIn(traineeUser);
    TestCourses.enrol(trainee, COURSE);
    handIn(trainee, "learn/assignment.xhtml?id=" + assignmentId(), "Early work.");
    markAndRelease(signedIn(TestUsers.tutorOf(COURSE)), traineeUser.id(), "Some (4)", "Partly (3)");
    assertThat(status(traineeUser.id())).isEqualTo("ACTIVE");
    TestLearning.takeEveryModule(trainee, COURSE);
    assertThat(status(traineeUser.id())).isEqualTo("COMPLETED");
  }

  @Test
  void tutorsCannotChangeItInTheBrowserAndNewFilesBringItUpToDate() throws Exception {
    String id = assignmentId();
    WebClient tutor = signedIn(TestUsers.tutorOf(COURSE));
    String edit = "author/assignment.xhtml?id=" + id;
    Page page = tutor.get(edit);
    assertThat(page.status()).isEqualTo(200);
    assertThat(Jsoup.parse(page.body()).select("#course-files").text())
        .contains("change them there");
    assertThat(page.body()).doesNotContain("id=\"assignment:save\"");
    // the course's list of assignments says where it is changed, and that it has no deadline
    String row =
        Jsoup.parse(tutor.get("author/assignments.xhtml?course=" + COURSE).body())
            .select("tr:has(a[href$='id=" + id + "'])")
            .text();
    assertThat(row)
        .contains("None (assessed course work, from the course files)")
        .contains("Not late: no deadline")
        .contains("See it (changed in the course files)")
        .doesNotContain("Change, extend or withdraw");
    // the course editor shows it, and publishing a browser edit keeps it
    Page editor = tutor.get("author/course.xhtml?id=" + COURSE);
    assertThat(Jsoup.parse(editor.body()).select("#assessed").text())
        .contains("A hazard log for a real change")
        .contains("written in the course files");
    String editorUrl = "author/course.xhtml?id=" + COURSE;
    Page published = tutor.send(editorUrl, editor, tutor.form(editor, "course"), "course:publish");
    assertThat(published.status()).as(published.body()).isEqualTo(302);
    assertThat(
            TestDatabase.one(
                "select v.origin || ' ' || v.assignment_code from course c"
                    + " join course_version v on v.id = c.current_version_id where c.code = ?",
                COURSE))
        .isEqualTo("BROWSER hazard-log");

    // a new version of the files: a new title and a third criterion, taken at once while
    // nothing is marked; once work is marked with a rubric, that rubric stays
    String changing = assignmentId(CHANGING);
    String owners = "Owners named: No 0 | Yes 2\n";
    TestCourses.write(CHANGING, files(CHANGING, "A hazard log, revised", RUBRIC + owners));
    reload();
    assertThat(
            TestDatabase.one("select title from assignment where id = ?", Long.parseLong(changing)))
        .isEqualTo("A hazard log, revised");
    assertThat(criteria(changing))
        .containsExactly("Hazards identified", "Controls proposed", "Owners named");
    assertThat(
            TestDatabase.one(
                "select max_mark || '/' || pass_mark from assignment where id = ?",
                Long.parseLong(changing)))
        .isEqualTo("16/8");

    TestUser traineeUser = TestUsers.create("TRAINEE");
    WebClient trainee = signedIn(traineeUser);
    TestCourses.enrol(trainee, CHANGING);
    handIn(trainee, "learn/assignment.xhtml?id=" + changing, "Work.");
    String submission = newestSubmission(traineeUser.id(), CHANGING);
    assertThat(tutor.get("author/mark.xhtml?submission=" + submission).status())
        .as("a tutor of another course cannot mark it")
        .isIn(403, 404);
    mark(
        signedIn(TestUsers.tutorOf(CHANGING)),
        submission,
        false,
        "Some (4)",
        "Partly (3)",
        "Yes (2)");

    TestCourses.write(CHANGING, files(CHANGING, "A hazard log, revised again", RUBRIC));
    reload();
    assertThat(criteria(changing))
        .as("work is marked with the three-criterion rubric: it stays")
        .hasSize(3);
    assertThat(
            TestDatabase.one("select title from assignment where id = ?", Long.parseLong(changing)))
        .isEqualTo("A hazard log, revised again");
    assertThat(
            TestDatabase.one(
                "select count(*) from assignment a join course c on c.id = a.course_id"
                    + " where c.code = ? and a.course_file_code is not null",
                CHANGING))
        .as("one assignment, kept up to date, not a second one")
        .isEqualTo("1");
  }
}
