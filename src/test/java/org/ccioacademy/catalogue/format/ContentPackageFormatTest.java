package org.ccioacademy.catalogue.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.ccioacademy.testing.TestPackages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A module may be a SCORM package: its header names a zip or folder beside it ({@code package:}),
 * which is read and checked with the course, every problem named by file and line.
 */
class ContentPackageFormatTest {

  @TempDir Path root;

  private static final String PACKAGE_MODULE =
      SampleCourse.FIRST.replace(
          "reviewed: 2026-12-01\n", "reviewed: 2026-12-01\npackage: first.zip\n");

  private static Map<String, byte[]> sco() {
    return TestPackages.scorm12("First", "<html><body>First</body></html>", 80);
  }

  private Path course(Map<String, String> changes) throws IOException {
    Files.createDirectories(root.resolve("frameworks"));
    Files.writeString(root.resolve("frameworks/fw.yaml"), SampleCourse.FRAMEWORK);
    Path dir = Files.createDirectories(root.resolve("sample"));
    Map<String, String> files = SampleCourse.files();
    files.put("first.md", PACKAGE_MODULE);
    files.remove("first.quiz.yaml");
    files.putAll(changes);
    for (Map.Entry<String, String> f : files.entrySet()) {
      if (f.getValue() != null) {
        Files.writeString(dir.resolve(f.getKey()), f.getValue());
      }
    }
    return dir;
  }

  private CourseReader.Result read() {
    return CourseFolders.read(root).courses().get("sample");
  }

  @Test
  void aModuleNamesItsPackageAndTheCourseKeepsItsFingerprint() throws IOException {
    Path dir = course(Map.of());
    TestPackages.writeZip(dir.resolve("first.zip"), sco());

    CourseFolders.Snapshot s = CourseFolders.read(root);
    CourseReader.Result r = s.courses().get("sample");

    assertThat(r.problems()).isEmpty();
    ModuleDefinition first = r.course().modules().get(0);
    assertThat(first.isPackage()).isTrue();
    assertThat(first.content().name()).isEqualTo("first.zip");
    assertThat(first.hasQuiz()).isFalse();
    assertThat(s.packages()).containsOnlyKeys(first.content().sha256());
    assertThat(s.packages().get(first.content().sha256()).manifest().title()).isEqualTo("First");
    // the course file written back names the package; the course's fingerprint covers its files
    assertThat(CourseWriter.write(r.course()).get("first.md")).contains("package: first.zip");
    String before = CourseWriter.fingerprint(r.course());
    Map<String, byte[]> changed = sco();
    changed.put("scormcontent/index.html", "<html>New</html>".getBytes(StandardCharsets.UTF_8));
    TestPackages.writeZip(dir.resolve("first.zip"), changed);
    assertThat(CourseWriter.fingerprint(read().course())).isNotEqualTo(before);
    // the same files unpacked in a folder are the same package
    Files.delete(dir.resolve("first.zip"));
    TestPackages.writeFolder(dir.resolve("first-unpacked"), changed);
    Files.writeString(
        dir.resolve("first.md"), PACKAGE_MODULE.replace("first.zip", "first-unpacked"));
    assertThat(read().problems()).isEmpty();
    assertThat(read().course().modules().get(0).content().sha256())
        .isEqualTo(CourseFolders.read(root).packages().keySet().iterator().next());
  }

  @Test
  void everyPackageProblemIsNamedByFileAndLine() throws IOException {
    Path dir = course(Map.of("first.quiz.yaml", SampleCourse.FIRST_QUIZ));
    TestPackages.writeZip(dir.resolve("first.zip"), sco());
    TestPackages.writeZip(dir.resolve("stray.zip"), sco());
    assertThat(read().problems())
        .extracting(Problem::toString)
        .containsExactly(
            "sample/first.quiz.yaml: a content package module has no quiz file: the package says"
                + " when it is complete; remove this file or the module's \"package\"",
            "sample/stray.zip: this content package is not part of the course; name it in a"
                + " module's header as \"package: stray.zip\" or remove it");

    Files.delete(dir.resolve("first.quiz.yaml"));
    Files.delete(dir.resolve("stray.zip"));
    Files.writeString(dir.resolve("first.md"), PACKAGE_MODULE.replace("first.zip", "gone.zip"));
    assertThat(read().problems())
        .extracting(Problem::toString)
        .containsExactly(
            "sample/first.md line 5, package: names \"gone.zip\", but the course folder has no zip"
                + " file or folder of that name",
            "sample/first.zip: this content package is not part of the course; name it in a"
                + " module's header as \"package: first.zip\" or remove it");

    Files.writeString(dir.resolve("first.md"), PACKAGE_MODULE);
    Files.write(dir.resolve("first.zip"), "not a zip".getBytes(StandardCharsets.UTF_8));
    assertThat(read().problems())
        .extracting(Problem::toString)
        .containsExactly("sample/first.zip: is not a zip file, or it is empty");
    assertThat(read().ok()).isFalse();

    // two modules may not play one package
    TestPackages.writeZip(dir.resolve("first.zip"), sco());
    Files.writeString(
        dir.resolve("second.md"),
        SampleCourse.SECOND.replace(
            "reviewed: 2026-11-30\n", "reviewed: 2026-11-30\npackage: first.zip\n"));
    Files.delete(dir.resolve("second.quiz.yaml"));
    assertThat(read().problems())
        .extracting(Problem::toString)
        .containsExactly(
            "sample/second.md line 5, package: names first.zip, which another module of the"
                + " course already plays");
  }

  @Test
  void aPackageModuleAsksForNoActivityAndNeedsNoTeachingText() throws IOException {
    Path dir =
        course(
            Map.of(
                "first.md",
                PACKAGE_MODULE
                    .replace(
                        "package: first.zip\n",
                        "package: first.zip\nactivity: rate-a-clinical-system\n")
                    .replaceAll("(?s)\n---\n.*$", "\n---\n")));
    TestPackages.writeZip(dir.resolve("first.zip"), sco());
    assertThat(read().problems())
        .extracting(Problem::toString)
        .containsExactly(
            "sample/first.md line 6, activity: cannot be asked of a content package module; its"
                + " package says when it is done");
  }
}
