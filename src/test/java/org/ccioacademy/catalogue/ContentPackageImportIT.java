package org.ccioacademy.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.ccioacademy.testing.TestCmi5;
import org.ccioacademy.testing.TestCourses;
import org.ccioacademy.testing.TestDatabase;
import org.ccioacademy.testing.TestPackages;
import org.ccioacademy.testing.TestUsers;
import org.ccioacademy.testing.WarTest;
import org.ccioacademy.testing.WebClient;
import org.ccioacademy.testing.WebClient.Page;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/**
 * A course whose module is a SCORM package, loaded from courses/: the package stored once by its
 * fingerprint with every file and its media type, a changed package a new course version (the old
 * version keeps playing the old package), and a broken package reported by file and line.
 */
@RunAsClient
class ContentPackageImportIT extends WarTest {

  private static final String ID = "package-import-test";

  private static final String COURSE =
      """
      id: package-import-test
      title: Package import test
      summary: A course whose first module is a SCORM package.
      audience: [nurse, doctor]
      level: foundation
      cpd-hours: 1
      competencies: [fci:it-systems]
      completion: {module: read, pass-mark: 70, attempts: 0}
      modules: [fluids, notes]
      """;

  private static String module(String title, String extra, String text) {
    return """
        ---
        title: %s
        minutes: 30
        reviewed: 2026-12-01
        %soutcomes: [Know the thing.]
        competencies: [fci:it-systems]
        sources: [{title: A source, url: "https://example.org/"}]
        ---
        %s
        """
        .formatted(title, extra, text);
  }

  private static void write(Map<String, byte[]> pkg) {
    TestCourses.write(
        ID,
        Map.of(
            "course.yaml", COURSE,
            "fluids.md", module("Fluids", "package: fluids.zip\n", "Play the package below."),
            "notes.md", module("Notes", "", "Some notes.")));
    TestPackages.writeZip(TestCourses.dir().resolve(ID).resolve("fluids.zip"), pkg);
  }

  private Page reload(WebClient admin) {
    Page page = admin.get("admin/courses.xhtml");
    Page done = admin.submit("admin/courses.xhtml", page, "reload", "reload", Map.of());
    assertThat(done.status()).as(done.body()).isEqualTo(302);
    return admin.follow(done);
  }

  @Test
  void aPackageIsStoredOnceAndACourseVersionKeepsThePackageItWasPublishedWith() throws Exception {
    Map<String, byte[]> v1 = TestPackages.scorm12("Fluids", "<html><body>One</body></html>", 80);
    write(v1);
    WebClient admin = signedIn(TestUsers.create("ADMIN"));
    assertThat(reload(admin).body()).contains("Courses reloaded: 1 course loaded, ");

    String sha1 =
        TestDatabase.one(
            "select m.package_sha256 from module m join course c on c.current_version_id ="
                + " m.course_version_id where c.code = ? and m.code = 'fluids'",
            ID);
    assertThat(sha1).hasSize(64);
    assertThat(
            TestDatabase.one(
                "select scorm_version || ' ' || title || ' ' || file_count from content_package"
                    + " where sha256 = ?",
                sha1))
        .isEqualTo("SCORM_12 Fluids 2");
    assertThat(
            TestDatabase.one(
                "select string_agg(f.path || '=' || f.media_type || ':' || f.byte_size, ','"
                    + " order by f.path) from content_package_file f join content_package p on"
                    + " p.id = f.package_id where p.sha256 = ?",
                sha1))
        .isEqualTo(
            "imsmanifest.xml=application/xml:"
                + v1.get("imsmanifest.xml").length
                + ",scormcontent/index.html=text/html; charset=UTF-8:"
                + v1.get("scormcontent/index.html").length);
    assertThat(
            TestDatabase.one(
                "select i.identifier || ' ' || i.launch || ' ' || i.mastery_score from"
                    + " content_package_item i join content_package p on p.id = i.package_id"
                    + " where p.sha256 = ?",
                sha1))
        .isEqualTo("I1 scormcontent/index.html 80.0000");

    // the same package zipped again changes nothing
    write(v1);
    assertThat(reload(admin).body()).contains("Courses reloaded: 0 courses loaded, ");
    assertThat(TestDatabase.one("select count(*) from content_package where sha256 = ?", sha1))
        .isEqualTo("1");

    // a new package is a new course version; the old version still plays the old package
    Map<String, byte[]> v2 = TestPackages.scorm12("Fluids", "<html><body>Two</body></html>", 80);
    write(v2);
    assertThat(reload(admin).body()).contains("Courses reloaded: 1 course loaded, ");
    assertThat(
            TestDatabase.one(
                "select string_agg(v.number || ':' || (m.package_sha256 = ?), ',' order by"
                    + " v.number) from module m join course_version v on v.id ="
                    + " m.course_version_id join course c on c.id = v.course_id where c.code = ?"
                    + " and m.code = 'fluids'",
                sha1,
                ID))
        .isEqualTo("1:true,2:false");
    assertThat(
            TestDatabase.one(
                "select convert_from(f.content, 'UTF8') from content_package_file f join"
                    + " content_package p on p.id = f.package_id join module m on"
                    + " m.package_sha256 = p.sha256 join course c on c.current_version_id ="
                    + " m.course_version_id where c.code = ? and f.path ="
                    + " 'scormcontent/index.html'",
                ID))
        .contains("Two");

    // exported with its package, which imports back as the very same course
    byte[] export = export(admin);
    Map<String, byte[]> exported = unzip(export);
    assertThat(exported.keySet())
        .containsExactly(
            ID + "/course.yaml", ID + "/fluids.md", ID + "/fluids.zip", ID + "/notes.md");
    Map<String, byte[]> inner = unzip(exported.get(ID + "/fluids.zip"));
    assertThat(inner.keySet()).containsExactly("imsmanifest.xml", "scormcontent/index.html");
    assertThat(new String(inner.get("scormcontent/index.html"), StandardCharsets.UTF_8))
        .contains("Two");
    java.nio.file.Path folder = TestCourses.dir().resolve(ID);
    for (Map.Entry<String, byte[]> f : exported.entrySet()) {
      java.nio.file.Files.write(
          folder.resolve(f.getKey().substring(ID.length() + 1)), f.getValue());
    }
    assertThat(reload(admin).body()).contains("Courses reloaded: 0 courses loaded, ");
    assertThat(export(admin)).isEqualTo(export);

    // a broken package is reported by file and line, and the course stays as it was
    Map<String, byte[]> broken = TestPackages.scorm12("Fluids", "<html></html>", 80);
    broken.remove("scormcontent/index.html");
    write(broken);
    assertThat(reload(admin).body())
        .contains("1 with problems")
        .contains(ID + "/fluids.zip/imsmanifest.xml line ")
        .contains("the launch file \"scormcontent/index.html\" is not in the package");
    assertThat(
            TestDatabase.one(
                "select v.number from course c join course_version v on v.id ="
                    + " c.current_version_id where c.code = ?",
                ID))
        .isEqualTo("2");
    TestCourses.remove(ID);
  }

  private byte[] export(WebClient admin) {
    java.net.http.HttpResponse<byte[]> r = admin.download("api/courses/" + ID + "/export");
    assertThat(r.statusCode()).isEqualTo(200);
    return r.body();
  }

  private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
    Map<String, byte[]> files = new java.util.TreeMap<>();
    try (java.util.zip.ZipInputStream in =
        new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
      for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (!e.isDirectory()) {
          files.put(e.getName(), in.readAllBytes());
        }
      }
    }
    return files;
  }

  @Test
  void aTutorUploadsAPackageForAModuleAndPublishesIt() throws Exception {
    String course = "package-upload-test";
    TestCourses.write(
        course,
        Map.of(
            "course.yaml",
            COURSE
                .replace("id: package-import-test", "id: " + course)
                .replace("modules: [fluids, notes]", "modules: [notes, more]"),
            "notes.md",
            module("Notes", "", "Some notes."),
            "more.md",
            module("More", "", "More notes.")));
    WebClient admin = signedIn(TestUsers.create("ADMIN"));
    assertThat(reload(admin).body()).contains("Courses reloaded: 1 course loaded, ");
    WebClient tutor = signedIn(TestUsers.tutorOf(course));
    String editor = "author/module.xhtml?course=" + course + "&module=notes";
    Page page = tutor.get(editor);
    assertThat(page.body()).contains("Content package (SCORM or cmi5)").contains("Upload package");

    // a zip that is not a package: every problem said, nothing changed
    Page refused =
        tutor.submitAllWithFile(
            editor,
            page,
            "packageForm",
            "upload",
            List.of(),
            "package",
            "notes.zip",
            TestPackages.zip(Map.of("readme.txt", "hello".getBytes(StandardCharsets.UTF_8))));
    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.body())
        .contains("This package cannot be used: ")
        .contains(
            "has no imsmanifest.xml (SCORM) or cmi5.xml (cmi5) at its root, so it is not a content package")
        .contains("Nothing was changed.");
    assertThat(
            TestDatabase.one(
                "select count(*) from course_draft d join course c on c.id = d.course_id where c.code = ?",
                course))
        .isEqualTo("0");

    Page uploaded =
        tutor.submitAllWithFile(
            editor,
            tutor.get(editor),
            "packageForm",
            "upload",
            List.of(),
            "package",
            "from-the-tool.zip",
            TestPackages.zip(TestPackages.scorm12("Notes", "<html><body>Notes</body></html>", 80)));
    assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(302);
    Page after = tutor.follow(uploaded);
    assertThat(after.body())
        .contains("Package uploaded: the module plays it once the draft is published.")
        .contains("Trainees play the package <strong>notes.zip</strong>");
    // a cmi5 course is uploaded the same way
    String moreEditor = "author/module.xhtml?course=" + course + "&module=more";
    Page cmi5 =
        tutor.submitAllWithFile(
            moreEditor,
            tutor.get(moreEditor),
            "packageForm",
            "upload",
            List.of(),
            "package",
            "ig.zip",
            TestPackages.zip(
                TestCmi5.course(
                    "Information governance",
                    "CompletedOrPassed",
                    null,
                    Map.of("Consent", "<html><body>Consent</body></html>"))));
    assertThat(cmi5.status()).as(cmi5.body()).isEqualTo(302);
    assertThat(tutor.follow(cmi5).body())
        .contains("Trainees play the package <strong>more.zip</strong>");
    assertThat(
            TestDatabase.one(
                "select count(*) from audit_log where action = 'course.package-attached'"
                    + " and target_label = ?",
                course))
        .isEqualTo("2");

    Page courseEditor = tutor.get("author/course.xhtml?id=" + course);
    Page published =
        tutor.send(
            "author/course.xhtml?id=" + course,
            courseEditor,
            tutor.form(courseEditor, "course"),
            "course:publish");
    assertThat(published.status()).as(published.body()).isEqualTo(302);
    assertThat(
            TestDatabase.one(
                "select m.package_name || ' ' || p.title from course c join module m on"
                    + " m.course_version_id = c.current_version_id join content_package p on"
                    + " p.sha256 = m.package_sha256 where c.code = ? and m.code = 'notes'",
                course))
        .isEqualTo("notes.zip Notes");
    assertThat(
            TestDatabase.one(
                "select p.scorm_version || ' ' || p.identifier || ' ' || i.move_on from course c"
                    + " join module m on m.course_version_id = c.current_version_id join"
                    + " content_package p on p.sha256 = m.package_sha256 join content_package_item"
                    + " i on i.package_id = p.id and i.launch is not null where c.code = ?"
                    + " and m.code = 'more'",
                course))
        .isEqualTo("CMI5 " + TestCmi5.COURSE_ID + " CompletedOrPassed");
    TestCourses.remove(course);
  }
}
