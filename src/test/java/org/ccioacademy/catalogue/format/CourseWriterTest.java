package org.ccioacademy.catalogue.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

class CourseWriterTest {

  @Test
  void importExportImportIsByteForByteStable() {
    CourseDefinition read = SampleCourse.read(SampleCourse.files()).course();
    SortedMap<String, String> exported = CourseWriter.write(read);

    CourseReader.Result again = SampleCourse.read(exported);
    assertThat(again.problems()).isEmpty();
    assertThat(again.course()).isEqualTo(read);
    assertThat(CourseWriter.write(again.course())).isEqualTo(exported);
    assertThat(exported.keySet())
        .containsExactly(
            "course.yaml", "first.md", "first.quiz.yaml", "second.md", "second.quiz.yaml");
  }

  @Test
  void theCanonicalFormIsReadableYamlAndMarkdown() {
    SortedMap<String, String> files =
        CourseWriter.write(SampleCourse.read(SampleCourse.files()).course());
    assertThat(files.get("course.yaml"))
        .isEqualTo(
            """
            id: sample
            title: 'Sample: a course'
            summary: A short course for tests.
            audience:
              - doctor
              - nurse
            level: foundation
            cpd-hours: 2
            competencies:
              - fw:data
              - fw:safety@2
            completion:
              module: read-and-quiz
              pass-mark: 70
              attempts: 3
            modules:
              - first
              - id: second
                required: false
            """);
    assertThat(files.get("second.md"))
        .isEqualTo(
            """
            ---
            title: The second module
            minutes: 10
            reviewed: 2026-11-30
            outcomes:
              - Do the optional thing.
            competencies:
              - fw:safety
            sources:
              - title: Another source
                url: https://example.org/other
            ---
            Optional text.
            """);
    assertThat(files.get("first.quiz.yaml")).contains("  - id: five\n    type: numeric\n");
    assertThat(files.get("first.quiz.yaml")).contains("    answer: 2.5\n    tolerance: 0.5\n");
  }

  @Test
  void theFingerprintIgnoresLayoutButNotContent() {
    Map<String, String> files = SampleCourse.files();
    String original = CourseWriter.fingerprint(SampleCourse.read(files).course());

    files.put(
        "course.yaml",
        SampleCourse.COURSE
            .replace("# a comment", "# another comment")
            .replace("[nurse, doctor]", "[doctor,  nurse]"));
    files.put(
        "first.md",
        SampleCourse.FIRST.replace("---\n\n## Why", "---\n\n\n## Why").replace("\n", "\r\n"));
    assertThat(CourseWriter.fingerprint(SampleCourse.read(files).course())).isEqualTo(original);

    files.put("first.md", SampleCourse.FIRST.replace("The example.", "A better example."));
    assertThat(CourseWriter.fingerprint(SampleCourse.read(files).course())).isNotEqualTo(original);
  }

  @Test
  void anUnfinishedDraftIsWrittenAndReadBackAsItWasWithItsProblemsNamed() {
    CourseDefinition full = SampleCourse.read(SampleCourse.files()).course();
    ModuleDefinition first = full.modules().get(0);
    CourseDefinition draft =
        new CourseDefinition(
            full.id(),
            null,
            full.summary(),
            full.audience(),
            null,
            0,
            full.competencies(),
            full.moduleRule(),
            full.passMark(),
            full.attempts(),
            full.certificateValidMonths(),
            full.quizFeedback(),
            List.of(
                new ModuleDefinition(
                    "first",
                    true,
                    null,
                    0,
                    first.reviewed(),
                    first.outcomes(),
                    first.competencies(),
                    first.sources(),
                    first.body(),
                    List.of())));
    var files = CourseWriter.write(draft);
    CourseReader.Result back = SampleCourse.read(files);
    assertThat(back.ok()).isFalse();
    assertThat(back.course()).isEqualTo(draft);
    assertThat(back.problems())
        .extracting(Problem::toString)
        .containsExactlyInAnyOrder(
            "sample/course.yaml line 1, title: is required",
            "sample/course.yaml line 1, level: is required",
            "sample/course.yaml line 6, cpd-hours: is 0; it must be between 1 and 40",
            "sample/first.md line 2, title: is required",
            "sample/first.md line 2, minutes: is 0; it must be between 1 and 240",
            "sample/first.md: the course's completion rule needs a quiz, but first.quiz.yaml is missing");
  }
}
