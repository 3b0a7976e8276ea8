package org.ccioacademy.catalogue.format;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A small, valid course folder as text, for tests to read as it is or to break on purpose. */
final class SampleCourse {

  static final String FRAMEWORK =
      """
      id: fw
      title: Test framework
      publisher: Test publisher
      year: 2020
      url: https://example.org/framework
      description: A framework for tests.
      levels:
        - id: 1
          title: Level 1
        - id: 2
          title: Level 2
        - id: 3
          title: Level 3
      domains:
        - id: data
          number: "1"
          title: Data
        - id: safety
          title: Safety
      """;

  static final String COURSE =
      """
      # a comment that does not change the course
      id: sample
      title: "Sample: a course"
      summary: >-
        A short course
        for tests.
      audience: [nurse, doctor]
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
      """;

  static final String FIRST =
      """
      ---
      title: The first module
      minutes: 120
      reviewed: 2026-12-01
      outcomes:
        - Explain the first thing.
        - Explain the second thing.
      competencies: [fw:data@1]
      sources:
        - title: A source
          url: https://example.org/source
      ---

      ## Why it matters

      Some text with a | table |
      | --- | --- |

      > [!EXAMPLE] Worked example: a case
      > The example.
      """;

  static final String FIRST_QUIZ =
      """
      questions:
        - id: one
          type: single
          text: "Which one: A or B?"
          options:
            - text: A
              correct: true
            - text: B
              feedback: Not B.
          feedback: A is right.
        - id: two
          type: multiple
          text: Which are right?
          options:
            - text: A
              correct: true
            - text: B
              correct: true
            - text: C
              feedback: Not C.
          feedback: A and B.
        - id: three
          type: true-false
          text: Is it true?
          answer: false
          feedback: It is false.
        - id: four
          type: short-text
          text: Name it.
          answers: [clinical safety officer, CSO]
          feedback: The CSO.
        - id: five
          type: numeric
          text: How many?
          answer: 2.50
          tolerance: 0.5
          feedback: Two and a half.
      """;

  static final String SECOND =
      """
      ---
      title: The second module
      minutes: 10
      reviewed: 2026-11-30
      outcomes: [Do the optional thing.]
      competencies: [fw:safety]
      sources:
        - {title: Another source, url: "https://example.org/other"}
      ---
      Optional text.
      """;

  static final String SECOND_QUIZ =
      """
      questions:
        - id: only
          type: true-false
          text: Optional?
          answer: true
          feedback: Yes.
      """;

  static Map<String, String> files() {
    Map<String, String> files = new TreeMap<>();
    files.put("course.yaml", COURSE);
    files.put("first.md", FIRST);
    files.put("first.quiz.yaml", FIRST_QUIZ);
    files.put("second.md", SECOND);
    files.put("second.quiz.yaml", SECOND_QUIZ);
    return files;
  }

  static List<FrameworkDefinition> frameworks() {
    Problems p = new Problems();
    FrameworkDefinition f = FrameworkReader.read("frameworks/fw.yaml", FRAMEWORK, p);
    if (!p.isEmpty()) {
      throw new IllegalStateException(p.list().toString());
    }
    return List.of(f);
  }

  static CourseReader.Result read(Map<String, String> files) {
    return new CourseReader(frameworks()).read("sample", files);
  }

  /** The problems reading {@code files} gives, as text; the course must not be importable. */
  static List<String> problems(Map<String, String> files) {
    CourseReader.Result r = read(files);
    if (r.ok()) {
      throw new AssertionError("a course with problems is not importable, but this one was read");
    }
    return r.problems().stream().map(Problem::toString).toList();
  }

  /** The sample's files with {@code name} replaced by {@code text} (removed when null). */
  static Map<String, String> with(String name, String text) {
    Map<String, String> files = files();
    if (text == null) {
      files.remove(name);
    } else {
      files.put(name, text);
    }
    return files;
  }

  private SampleCourse() {}
}
