package org.ccioacademy.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.ccioacademy.testing.TestCourses;
import org.ccioacademy.testing.TestDatabase;
import org.ccioacademy.testing.TestUsers;
import org.ccioacademy.testing.TestUsers.TestUser;
import org.ccioacademy.testing.WarTest;
import org.ccioacademy.testing.WebClient;
import org.ccioacademy.testing.WebClient.Page;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Reloading courses/ from Admin → Courses: idempotent, versioned (what happens to trainees part way
 * through), problems reported by file, line and field without stopping other courses, and export →
 * import → export byte-for-byte stable; against the real WAR and PostgreSQL.
 */
@RunAsClient
@TestMethodOrder(MethodOrderer.MethodName.class)
class CourseImportIT extends WarTest {

  static final String ID = "versioning-test";

  static final String COURSE_V1 =
      """
      id: versioning-test
      title: Versioning test
      summary: A course that changes while trainees are on it.
      audience: [nurse, doctor]
      level: foundation
      cpd-hours: 1
      competencies: [fci:it-systems]
      completion: {module: read, pass-mark: 70, attempts: 0}
      modules: [one, two]
      """;

  static String module(String title, String text) {
    return """
        ---
        title: %s
        minutes: 30
        reviewed: 2026-12-01
        outcomes: [Know the thing.]
        competencies: [fci:it-systems]
        sources: [{title: A source, url: "https://example.org/"}]
        ---
        %s
        """
        .formatted(title, text);
  }

  static {
    TestCourses.write(
        ID,
        Map.of(
            "course.yaml", COURSE_V1,
            "one.md", module("Module one", "First text."),
            "two.md", module("Module two", "Second text.")));
  }

  private Page reload(WebClient admin) {
    Page page = admin.get("admin/courses.xhtml");
    Page done = admin.submit("admin/courses.xhtml", page, "reload", "reload", Map.of());
    assertThat(done.status()).as(done.body()).isEqualTo(302);
    return admin.follow(done);
  }

  private void enrolAndRead(WebClient web, String... modules) {
    Page course = web.get("course.xhtml?id=" + ID);
    web.submit("course.xhtml?id=" + ID, course, "enrolment", "enrol", Map.of());
    for (String m : modules) {
      String url = "learn/module.xhtml?course=" + ID + "&module=" + m;
      Page reader = web.get(url);
      assertThat(web.submit(url, reader, "read", "markRead", Map.of()).status()).isEqualTo(302);
    }
  }

  private byte[] export(TestUser admin) throws Exception {
    HttpResponse<byte[]> response = signedIn(admin).download("api/courses/" + ID + "/export");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Disposition").orElse("")).contains(ID + "-v");
    return response.body();
  }

  private static Map<String, String> unzip(byte[] zip) throws Exception {
    Map<String, String> files = new TreeMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (!e.isDirectory()) {
          assertThat(e.getName()).startsWith(ID + "/");
          files.put(
              e.getName().substring(ID.length() + 1),
              new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    }
    return files;
  }

  @Test
  void a_reloadingUnchangedFilesChangesNothing() throws Exception {
    WebClient admin = signedIn(TestUsers.create("ADMIN"));
    String versions = TestDatabase.one("select count(*) from course_version");
    Page page = reload(admin);
    assertThat(page.body())
        .contains("Courses reloaded: 0 courses loaded, ")
        .contains(" unchanged, 0 with problems");
    assertThat(TestDatabase.one("select count(*) from course_version")).isEqualTo(versions);
    assertThat(page.body()).contains("reloaded by");
  }

  @Test
  void b_aBrokenCourseIsReportedByFileLineAndFieldAndTheOthersStillLoad() throws Exception {
    WebClient admin = signedIn(TestUsers.create("ADMIN"));
    TestCourses.write(
        "broken-test",
        Map.of(
            "course.yaml",
            COURSE_V1
                .replace("id: versioning-test", "id: broken-test")
                .replace("fci:it-systems", "fci:astrology"),
            "one.md",
            module("One", "Text."),
            "two.md",
            "no header here\n"));
    Page page = reload(admin);
    assertThat(page.body())
        .contains("Courses reloaded: 0 courses loaded, ")
        .contains(" unchanged, 1 with problems")
        .contains(
            "broken-test/course.yaml line 7, competencies[0]: unknown competency \"fci:astrology\": fci has no such domain")
        .contains(
            "broken-test/two.md line 1: a module file starts with a header between two \"---\" lines");
    assertThat(TestDatabase.one("select count(*) from course where code = 'broken-test'"))
        .isEqualTo("0");
    assertThat(client().get("catalogue.xhtml?group=any&q=versioning").body())
        .contains("Versioning test");
    TestCourses.remove("broken-test");
  }

  @Test
  void c_aChangedCourseBecomesANewVersionAndTraineesPartWayThroughKeepTheirProgress()
      throws Exception {
    TestUser partWay = TestUsers.create("TRAINEE");
    WebClient trainee = signedIn(partWay);
    enrolAndRead(trainee, "one");
    TestUser finisher = TestUsers.create("TRAINEE");
    enrolAndRead(signedIn(finisher), "one", "two");
    String v1 = TestDatabase.one("select current_version_id from course where code = ?", ID);
    assertThat(TestDatabase.one("select status from enrolment where user_id = ?", finisher.id()))
        .isEqualTo("COMPLETED");

    // version 2: module two is gone, module three is new, module one is reworded
    TestCourses.write(
        ID,
        Map.of(
            "course.yaml", COURSE_V1.replace("modules: [one, two]", "modules: [one, three]"),
            "one.md", module("Module one", "First text, reworded."),
            "three.md", module("Module three", "Third text.")));
    WebClient admin = signedIn(TestUsers.create("ADMIN"));
    assertThat(reload(admin).body()).contains("Courses reloaded: 1 course loaded, ");

    String v2 = TestDatabase.one("select current_version_id from course where code = ?", ID);
    assertThat(v2).isNotEqualTo(v1);
    assertThat(
            TestDatabase.one(
                "select number || ' ' || status from course_version where id = ?",
                Long.parseLong(v2)))
        .isEqualTo("2 PUBLISHED");
    assertThat(
            TestDatabase.one("select status from course_version where id = ?", Long.parseLong(v1)))
        .isEqualTo("SUPERSEDED");
    assertThat(
            TestDatabase.one(
                "select count(*) from audit_log where action = 'course.published'"
                    + " and after_value like 'version 2%'"
                    + " and target_id = (select id::text from course where code = ?)",
                ID))
        .isEqualTo("1");

    // the trainee part-way through keeps module one and now needs module three
    assertThat(TestDatabase.one("select status from enrolment where user_id = ?", partWay.id()))
        .isEqualTo("ACTIVE");
    Page course = trainee.get("course.xhtml?id=" + ID);
    assertThat(course.body())
        .contains("aria-valuenow=\"50\"")
        .contains("Module three")
        .doesNotContain("Module two");
    Page reader = trainee.get("learn/module.xhtml?course=" + ID + "&module=three");
    trainee.submit(
        "learn/module.xhtml?course=" + ID + "&module=three", reader, "read", "markRead", Map.of());
    assertThat(
            TestDatabase.one(
                "select status || ' ' || (completed_version_id = ?) from enrolment where user_id = ?",
                Long.parseLong(v2),
                partWay.id()))
        .isEqualTo("COMPLETED true");

    // the trainee who had finished keeps that completion, against version 1
    assertThat(
            TestDatabase.one(
                "select status || ' ' || completed_version_id from enrolment where user_id = ?",
                finisher.id()))
        .isEqualTo("COMPLETED " + v1);
    // an old module address now says the module is not found
    assertThat(trainee.get("learn/module.xhtml?course=" + ID + "&module=two").status())
        .isEqualTo(404);
  }

  @Test
  void d_exportImportExportIsByteForByteStable() throws Exception {
    TestUser admin = TestUsers.create("ADMIN");
    byte[] first = export(admin);
    Map<String, String> files = unzip(first);
    assertThat(files.keySet()).containsExactly("course.yaml", "one.md", "three.md");
    assertThat(files.get("course.yaml")).contains("modules:\n  - one\n  - three\n");

    // the exported files replace the hand-written ones: same content, so nothing changes
    TestCourses.write(ID, files);
    assertThat(reload(signedIn(admin)).body()).contains("Courses reloaded: 0 courses loaded, ");
    assertThat(export(admin)).isEqualTo(first);
  }

  @Test
  void e_onlyTheCoursesTutorsAndAdminsMayExport() throws Exception {
    TestUser tutor = TestUsers.create("TUTOR");
    WebClient web = signedIn(tutor);
    assertThat(web.get("api/courses/" + ID + "/export").status()).isEqualTo(403);
    try (Connection c = TestDatabase.connect();
        PreparedStatement add =
            c.prepareStatement(
                "insert into course_tutor (course_id, user_id) select id, ? from course where code = ?")) {
      add.setLong(1, tutor.id());
      add.setString(2, ID);
      add.executeUpdate();
    }
    assertThat(web.get("api/courses/" + ID + "/export").status()).isEqualTo(200);
    assertThat(signedIn(TestUsers.create("TRAINEE")).get("api/courses/" + ID + "/export").status())
        .isEqualTo(403);
    assertThat(web.get("api/courses/no-such-course/export").status()).isEqualTo(404);
  }

  @Test
  void f_aCourseNotReviewedForAYearIsFlaggedToAdminsAndItsDateShownToTrainees() throws Exception {
    String stale = "stale-review-test";
    TestCourses.write(
        stale,
        Map.of(
            "course.yaml",
            COURSE_V1
                .replace("id: " + ID, "id: " + stale)
                .replace("modules: [one, two]", "modules: [old]"),
            "old.md",
            module("An old module", "Old text.")
                .replace("minutes: 30", "minutes: 60")
                .replace("reviewed: 2026-12-01", "reviewed: 2025-06-01")));
    WebClient admin = signedIn(TestUsers.create("ADMIN"));
    Document courses = Jsoup.parse(reload(admin).body());
    String staleRow = courses.select("tr:has(a[href$='id=" + stale + "'])").text();
    assertThat(staleRow)
        .contains("1 June 2025")
        .contains("Review due: not checked against its sources for over 12 months");
    String freshRow = courses.select("tr:has(a[href$='id=" + ID + "'])").text();
    assertThat(freshRow).contains("1 December 2026").doesNotContain("Review due");
    assertThat(Jsoup.parse(admin.get("admin/home.xhtml").body()).select("#attention").text())
        .containsPattern("\\d+ courses? ha(s|ve) not been checked against (its|their) sources");

    WebClient trainee = signedIn(TestUsers.create("TRAINEE"));
    trainee.submit(
        "course.xhtml?id=" + stale,
        trainee.get("course.xhtml?id=" + stale),
        "enrolment",
        "enrol",
        Map.of());
    assertThat(
            Jsoup.parse(trainee.get("learn/module.xhtml?course=" + stale + "&module=old").body())
                .select(".sources")
                .text())
        .contains("Checked against these sources on 1 June 2025.");
  }
}
