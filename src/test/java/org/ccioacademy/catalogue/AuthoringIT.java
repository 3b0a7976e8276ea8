package org.ccioacademy.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.ccioacademy.testing.TestDatabase;
import org.ccioacademy.testing.TestQuizzes;
import org.ccioacademy.testing.TestUsers;
import org.ccioacademy.testing.TestUsers.TestUser;
import org.ccioacademy.testing.WarTest;
import org.ccioacademy.testing.WebClient;
import org.ccioacademy.testing.WebClient.Page;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Tutors editing courses in the browser: drafts, publishing a new version (audited), who may edit,
 * two editors at once, a course created from nothing, and the tutor's statistics.
 */
@RunAsClient
class AuthoringIT extends WarTest {

  @Test
  void aTutorEditsAModuleAndItsQuizThenPublishesANewVersion() throws Exception {
    String course = "data-quality-analytics";
    TestUser tutor = TestUsers.tutorOf(course);
    WebClient web = signedIn(tutor);
    String before =
        TestDatabase.one(
            "select v.number from course c join course_version v on v.id = c.current_version_id where c.code = ?",
            course);
    String module = TestDatabase.modules(course).get(0);

    String url = "author/module.xhtml?course=" + course + "&module=" + module;
    Page editor = web.get(url);
    assertThat(editor.status()).isEqualTo(200);
    int bank =
        Integer.parseInt(
            TestDatabase.one(
                "select count(*) from question q join module m on m.id = q.module_id"
                    + " join course c on c.current_version_id = m.course_version_id"
                    + " where c.code = ? and m.code = ?",
                course,
                module));
    assertThat(editor.body()).contains("Preview").contains("Question " + bank);
    Map<String, List<String>> form = web.form(editor, "moduleForm");
    form.put("moduleForm:title", List.of("Dimensions of data quality, revised"));
    form.put(
        "moduleForm:body",
        List.of(
            form.get("moduleForm:body").get(0)
                + "\n\n## A new closing section\n\nRevised text <script>alert(1)</script>.\n"));
    form.put("moduleForm:questions:0:text", List.of("A reworded first question?"));
    // a draw larger than the bank is saved in the draft, and reported
    form.put("moduleForm:draw", List.of(String.valueOf(bank + 1)));
    Page tooMany = web.follow(web.send(url, editor, form, "moduleForm:save"));
    assertThat(tooMany.body())
        .contains(
            "Draw: is "
                + (bank + 1)
                + ", but the quiz has only "
                + bank
                + " questions to draw from")
        .contains("Module saved in the draft, but 1 problem in it stops the course being published")
        .contains("msg-warn");
    assertThat(Jsoup.parse(tooMany.body()).select("ul.problems li").text()).doesNotContain("[");
    editor = tooMany;
    form = web.form(editor, "moduleForm");
    form.put("moduleForm:draw", List.of("4"));
    form.put("moduleForm:timeLimit", List.of("15"));
    Page saved = web.send(url, editor, form, "moduleForm:save");
    assertThat(saved.status()).as(saved.body()).isEqualTo(302);
    Page again = web.follow(saved);
    assertThat(again.body())
        .contains("Module saved in the draft")
        .contains("A new closing section");
    assertThat(
            TestDatabase.one(
                "select count(*) from course_draft d join course c on c.id = d.course_id where c.code = ?",
                course))
        .isEqualTo("1");
    // trainees still see the published version
    assertThat(
            TestDatabase.one(
                "select v.number from course c join course_version v on v.id = c.current_version_id where c.code = ?",
                course))
        .isEqualTo(before);

    Page courseEditor = web.get("author/course.xhtml?id=" + course);
    assertThat(courseEditor.body())
        .contains("You are editing a saved draft")
        .doesNotContain("To fix before publishing");
    Page published =
        web.send(
            "author/course.xhtml?id=" + course,
            courseEditor,
            web.form(courseEditor, "course"),
            "course:publish");
    assertThat(published.status()).as(published.body()).isEqualTo(302);
    assertThat(web.follow(published).body())
        .contains("Published as version " + (Integer.parseInt(before) + 1));

    assertThat(
            TestDatabase.one(
                "select v.number || ' ' || v.origin || ' ' || m.title from course c join course_version v on v.id = c.current_version_id join module m on m.course_version_id = v.id where c.code = ? and m.code = ?",
                course,
                module))
        .isEqualTo((Integer.parseInt(before) + 1) + " BROWSER Dimensions of data quality, revised");
    assertThat(
            TestDatabase.one(
                "select m.draw || ' of ' || (select count(*) from question q where q.module_id = m.id)"
                    + " || ', ' || m.time_limit_minutes || ' min' from course c"
                    + " join module m on m.course_version_id = c.current_version_id"
                    + " where c.code = ? and m.code = ?",
                course,
                module))
        .isEqualTo("4 of " + bank + ", 15 min");
    assertThat(
            TestDatabase.one(
                "select count(*) from course_draft d join course c on c.id = d.course_id where c.code = ?",
                course))
        .isEqualTo("0");
    assertThat(
            TestDatabase.one(
                "select actor_label || ' ' || after_value from audit_log where action = 'course.published' and actor_id = ?",
                tutor.id()))
        .isEqualTo(
            tutor.email()
                + " version "
                + (Integer.parseInt(before) + 1)
                + " (edited in the browser)");
    // the file format holds it: the export has the new title
    assertThat(
            new String(
                web.download("api/courses/" + course + "/export").body(),
                StandardCharsets.ISO_8859_1))
        .contains(module + ".md");
  }

  @Test
  void onlyTheCoursesTutorsAndAdminsMayEditIt() throws Exception {
    String course = "clinical-terminologies";
    String module = "snomed-ct-in-practice";
    List<String> pages =
        List.of(
            "author/course.xhtml?id=" + course,
            "author/module.xhtml?course=" + course + "&module=" + module,
            "author/stats.xhtml?id=" + course);
    TestUser otherTutor = TestUsers.tutorOf("clinical-safety");
    for (String p : pages) {
      assertThat(signedIn(otherTutor).get(p).status())
          .as("tutor of another course: " + p)
          .isEqualTo(403);
      assertThat(signedIn(TestUsers.create("TRAINEE")).get(p).status())
          .as("trainee: " + p)
          .isEqualTo(403);
      assertThat(signedIn(TestUsers.create("REVIEWER")).get(p).status())
          .as("reviewer: " + p)
          .isEqualTo(403);
      assertThat(client().get(p).location()).as("anonymous: " + p).contains("sign-in");
      assertThat(signedIn(TestUsers.tutorOf(course)).get(p).status())
          .as("its tutor: " + p)
          .isEqualTo(200);
      assertThat(signedIn(TestUsers.create("ADMIN")).get(p).status())
          .as("admin: " + p)
          .isEqualTo(200);
    }
    // a posted form from a page the tutor could not open changes nothing either
    assertThat(
            TestDatabase.one(
                "select count(*) from course_draft d join course c on c.id = d.course_id where c.code = ?",
                course))
        .isEqualTo("0");
  }

  @Test
  void whenTwoTutorsSaveTheSameDraftTheSecondIsToldAndLosesNothing() throws Exception {
    String course = "epr-implementation";
    WebClient first = signedIn(TestUsers.tutorOf(course));
    WebClient second = signedIn(TestUsers.tutorOf(course));
    String url = "author/course.xhtml?id=" + course;
    Page a = first.get(url);
    Page b = second.get(url);
    Map<String, List<String>> fa = first.form(a, "course");
    fa.put("course:title", List.of("EPR implementation (first editor)"));
    assertThat(first.send(url, a, fa, "course:save").status()).isEqualTo(302);

    Map<String, List<String>> fb = second.form(b, "course");
    fb.put("course:title", List.of("EPR implementation (second editor)"));
    Page conflict = second.send(url, b, fb, "course:save");
    assertThat(conflict.status()).isEqualTo(200);
    assertThat(conflict.body())
        .contains("Someone else saved this course's draft while you were editing it")
        .contains("value=\"EPR implementation (second editor)\"");
    assertThat(first.get(url).body()).contains("EPR implementation (first editor)");
    Page discard = first.get(url);
    first.send(url, discard, first.form(discard, "course"), "course:discard");
    assertThat(
            TestDatabase.one(
                "select count(*) from course_draft d join course c on c.id = d.course_id where c.code = ?",
                course))
        .isEqualTo("0");
  }

  @Test
  void aTutorCreatesACourseWhichCannotBePublishedUntilItIsComplete() throws Exception {
    TestUser tutor = TestUsers.create("TUTOR");
    WebClient web = signedIn(tutor);
    Page list = web.get("author/courses.xhtml");
    Page bad =
        web.submit(
            "author/courses.xhtml",
            list,
            "newCourse",
            "create",
            Map.of("code", "Bad Id!", "title", ""));
    assertThat(bad.body())
        .contains("lower-case letters, digits and hyphens")
        .contains("Give the course a title.");
    String code = "tutor-made-" + System.nanoTime() % 100000;
    Page created =
        web.submit(
            "author/courses.xhtml",
            web.get("author/courses.xhtml"),
            "newCourse",
            "create",
            Map.of("code", code, "title", "A tutor's own course"));
    assertThat(created.location()).contains("author/course.xhtml?id=" + code);

    String url = "author/course.xhtml?id=" + code;
    Page editor = web.follow(created);
    Page refused = web.send(url, editor, web.form(editor, "course"), "course:publish");
    assertThat(refused.body())
        .contains("cannot be published until the")
        .contains(code + "/course.yaml line")
        .contains("summary: is required")
        .contains("modules: is required");
    assertThat(TestDatabase.one("select current_version_id from course where code = ?", code))
        .isNull();

    // fill it in: details, one module with text and a quiz question
    Page again = web.get(url);
    Map<String, List<String>> f = web.form(again, "course");
    f.put("course:summary", List.of("A short course made in the browser."));
    f.put("course:competencies", List.of("fci:data-analytics"));
    f.put("course:moduleRule", List.of("READ"));
    web.send(url, again, f, "course:save");
    Page withModule = web.get(url);
    Page added =
        web.submit(
            url,
            withModule,
            "modules",
            "add",
            Map.of("newModuleId", "first-steps", "newModuleTitle", "First steps"));
    assertThat(added.location())
        .contains("author/module.xhtml")
        .contains("module=first-steps")
        .contains("course=" + code);

    String murl = "author/module.xhtml?course=" + code + "&module=first-steps";
    Page module = web.follow(added);
    Map<String, List<String>> m = web.form(module, "moduleForm");
    m.put("moduleForm:outcomes", List.of("Explain the first step."));
    // the course's one CPD hour needs an hour of learning (the review date defaults to today)
    m.put("moduleForm:minutes", List.of("60"));
    m.put("moduleForm:competencies", List.of("hee:health-data-management@2"));
    m.put("moduleForm:sources", List.of("NHS England | https://www.england.nhs.uk/"));
    m.put(
        "moduleForm:body",
        List.of("## Start\n\n> [!EXAMPLE] Worked example: a first step\n> Take it.\n"));
    assertThat(web.send(murl, module, m, "moduleForm:save").status()).isEqualTo(302);

    Page ready = web.get(url);
    assertThat(ready.body()).doesNotContain("To fix before publishing");
    Page published = web.send(url, ready, web.form(ready, "course"), "course:publish");
    assertThat(published.status()).as(published.body()).isEqualTo(302);
    assertThat(
            TestDatabase.one(
                "select v.number || ' ' || v.title from course c join course_version v on v.id = c.current_version_id where c.code = ?",
                code))
        .isEqualTo("1 A tutor's own course");
    assertThat(client().get("catalogue.xhtml?group=any&q=made+in+the+browser").body())
        .contains("A tutor's own course");
    assertThat(
            TestDatabase.one(
                "select count(*) from course_tutor t join course c on c.id = t.course_id where c.code = ? and t.user_id = ?",
                code,
                tutor.id()))
        .isEqualTo("1");
  }

  @Test
  void theStatisticsMatchAnIndependentCount() throws Exception {
    String course = "cyber-security-dspt";
    TestUser tutor = TestUsers.tutorOf(course);
    // two trainees: one completes module 1 with a perfect quiz, one fails it
    for (boolean right : new boolean[] {true, false}) {
      WebClient t = signedIn(TestUsers.create("TRAINEE"));
      Page c = t.get("course.xhtml?id=" + course);
      t.submit("course.xhtml?id=" + course, c, "enrolment", "enrol", Map.of());
      String m = TestDatabase.modules(course).get(0);
      String murl = "learn/module.xhtml?course=" + course + "&module=" + m;
      t.submit(murl, t.get(murl), "read", "markRead", Map.of());
      String qurl = "learn/quiz.xhtml?course=" + course + "&module=" + m;
      t.submitAll(qurl, t.get(qurl), "quiz", "submit", TestQuizzes.answers(course, m, right));
    }
    String enrolled =
        TestDatabase.one(
            "select count(*) from enrolment e join course c on c.id = e.course_id where c.code = ?",
            course);
    String completed =
        TestDatabase.one(
            "select count(*) from module_progress p join enrolment e on e.id = p.enrolment_id join course c on c.id = e.course_id where c.code = ? and p.completed_at is not null and p.module_code = (select m.code from module m where m.course_version_id = c.current_version_id order by m.position limit 1)",
            course);
    String passed =
        TestDatabase.one(
            "select count(*) from module_progress p join enrolment e on e.id = p.enrolment_id join course c on c.id = e.course_id where c.code = ? and p.quiz_passed_at is not null and p.module_code = (select m.code from module m where m.course_version_id = c.current_version_id order by m.position limit 1)",
            course);
    String took =
        TestDatabase.one(
            "select count(*) from module_progress p join enrolment e on e.id = p.enrolment_id join course c on c.id = e.course_id where c.code = ? and p.best_score is not null and p.module_code = (select m.code from module m where m.course_version_id = c.current_version_id order by m.position limit 1)",
            course);
    String average =
        TestDatabase.one(
            "select round(avg(p.best_score), 1) from module_progress p join enrolment e on e.id = p.enrolment_id join course c on c.id = e.course_id where c.code = ? and p.best_score is not null and p.module_code = (select m.code from module m where m.course_version_id = c.current_version_id order by m.position limit 1)",
            course);

    Page stats = signedIn(tutor).get("author/stats.xhtml?id=" + course);
    assertThat(stats.status()).isEqualTo(200);
    Element firstRow = Jsoup.parse(stats.body()).select("#moduleFigures tbody tr").first();
    assertThat(firstRow.select("td").get(0).text()).isEqualTo(enrolled);
    assertThat(firstRow.select("td").get(1).text()).startsWith(completed + " (");
    // every enrolment counts, whatever its status (as on the reviewers' course page)
    assertThat(firstRow.select("td").get(2).text()).isEqualTo(took);
    assertThat(firstRow.select("td").get(3).text()).startsWith(passed + " (");
    assertThat(firstRow.select("td").get(5).text()).isEqualTo(average + "%");
    assertThat(stats.body()).contains("Questions most often answered wrongly");
    assertThat(Jsoup.parse(stats.body()).select("#hardest tbody tr")).isNotEmpty();
  }
}
