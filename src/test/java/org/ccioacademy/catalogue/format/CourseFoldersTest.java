package org.ccioacademy.catalogue.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CourseFoldersTest {

  @TempDir Path root;

  private void write(String folder, Map<String, String> files) throws IOException {
    Path dir = Files.createDirectories(root.resolve(folder));
    for (Map.Entry<String, String> f : files.entrySet()) {
      Files.writeString(dir.resolve(f.getKey()), f.getValue());
    }
  }

  @Test
  void aBrokenCourseNeverStopsTheOthersFromLoading() throws IOException {
    write("frameworks", Map.of("fw.yaml", SampleCourse.FRAMEWORK));
    write("sample", SampleCourse.files());
    Map<String, String> broken = SampleCourse.files();
    broken.put(
        "course.yaml",
        SampleCourse.COURSE
            .replace("id: sample", "id: broken")
            .replace("level: foundation", "level: [oops"));
    write("broken", broken);
    Files.write(
        root.resolve("sample").resolve("picture.png"),
        new byte[] {(byte) 0x89, 'P', 'N', 'G', (byte) 0xff});
    Files.writeString(root.resolve("README.md"), "not a course");

    CourseFolders.Snapshot s = CourseFolders.read(root);

    assertThat(s.frameworks()).extracting(FrameworkDefinition::id).containsExactly("fw");
    assertThat(s.courses().keySet()).containsExactly("broken", "sample");
    assertThat(s.courses().get("broken").ok()).isFalse();
    assertThat(s.courses().get("broken").problems().get(0).toString())
        .startsWith("broken/course.yaml line ");
    assertThat(s.courses().get("sample").problems())
        .extracting(Problem::toString)
        .containsExactly("sample/picture.png: the file is not UTF-8 text");
    Files.delete(root.resolve("sample").resolve("picture.png"));
    assertThat(CourseFolders.read(root).goodCourses())
        .extracting(CourseDefinition::id)
        .containsExactly("sample");
  }

  @Test
  void aBrokenFrameworkIsReportedAndCoursesUsingItAreNot() throws IOException {
    write("frameworks", Map.of("fw.yaml", SampleCourse.FRAMEWORK.replace("id: fw", "id: other")));
    write("sample", SampleCourse.files());

    CourseFolders.Snapshot s = CourseFolders.read(root);

    assertThat(s.frameworkProblems())
        .extracting(Problem::toString)
        .containsExactly(
            "frameworks/fw.yaml line 1, id: is \"other\" but the file is named fw.yaml");
    assertThat(s.goodCourses()).isEmpty();
    assertThat(s.courses().get("sample").problems().get(0).toString())
        .contains("unknown competency framework \"fw\"");
  }
}
