package org.ccioacademy.catalogue.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.ccioacademy.identity.ProfessionalGroup;
import org.junit.jupiter.api.Test;

class CourseReaderTest {

  @Test
  void readsAValidCourseWithEveryField() {
    CourseReader.Result r = SampleCourse.read(SampleCourse.files());
    assertThat(r.problems()).isEmpty();
    CourseDefinition c = r.course();
    assertThat(c.id()).isEqualTo("sample");
    assertThat(c.title()).isEqualTo("Sample: a course");
    assertThat(c.summary()).isEqualTo("A short course for tests.");
    assertThat(c.audience())
        .containsExactlyInAnyOrder(ProfessionalGroup.DOCTOR, ProfessionalGroup.NURSE);
    assertThat(c.level()).isEqualTo(CourseLevel.FOUNDATION);
    assertThat(c.cpdHours()).isEqualTo(2);
    assertThat(c.competencies())
        .containsExactlyInAnyOrder(
            new CompetencyRef("fw", "data", null), new CompetencyRef("fw", "safety", 2));
    assertThat(c.moduleRule()).isEqualTo(ModuleRule.READ_AND_QUIZ);
    assertThat(c.passMark()).isEqualTo(70);
    assertThat(c.attempts()).isEqualTo(3);
    assertThat(c.modules())
        .extracting(ModuleDefinition::id)
        .containsExactlyInAnyOrder("first", "second");
    ModuleDefinition first = c.modules().get(0);
    assertThat(first.required()).isTrue();
    assertThat(c.modules().get(1).required()).isFalse();
    assertThat(first.title()).isEqualTo("The first module");
    assertThat(first.minutes()).isEqualTo(120);
    assertThat(first.reviewed()).isEqualTo(LocalDate.of(2026, 12, 1));
    assertThat(first.outcomes()).hasSize(2);
    assertThat(first.sources())
        .containsExactlyInAnyOrder(new SourceLink("A source", "https://example.org/source"));
    assertThat(first.body()).startsWith("## Why it matters\n").endsWith("> The example.\n");
    assertThat(first.questions())
        .extracting(QuestionDefinition::type)
        .containsExactlyInAnyOrder(
            QuestionType.SINGLE,
            QuestionType.MULTIPLE,
            QuestionType.TRUE_FALSE,
            QuestionType.SHORT_TEXT,
            QuestionType.NUMERIC);
    QuestionDefinition numeric = first.questions().get(4);
    assertThat(numeric.number()).isEqualTo(new BigDecimal("2.5"));
    assertThat(numeric.tolerance()).isEqualTo(new BigDecimal("0.5"));
    assertThat(first.questions().get(0).options().get(1).feedback()).isEqualTo("Not B.");
    assertThat(first.questions().get(2).truth()).isFalse();
    assertThat(first.questions().get(3).answers())
        .containsExactlyInAnyOrder("clinical safety officer", "CSO");
  }

  @Test
  void aCertificateMayExpireAfterSomeMonthsAndTheFigureIsChecked() {
    assertThat(SampleCourse.read(SampleCourse.files()).course().certificateValidMonths()).isNull();
    String expiring =
        SampleCourse.COURSE.replace("modules:", "certificate:\n  valid-for-months: 12\nmodules:");
    CourseReader.Result r = SampleCourse.read(SampleCourse.with("course.yaml", expiring));
    assertThat(r.problems()).isEmpty();
    assertThat(r.course().certificateValidMonths()).isEqualTo(12);
    assertThat(CourseWriter.write(r.course()).get("course.yaml"))
        .contains("certificate:\n  valid-for-months: 12\nmodules:");
    assertThat(SampleCourse.read(CourseWriter.write(r.course())).course()).isEqualTo(r.course());

    assertThat(
            SampleCourse.problems(
                SampleCourse.with(
                    "course.yaml",
                    SampleCourse.COURSE.replace(
                        "modules:", "certificate:\n  valid-for-months: 0\nmodules:"))))
        .singleElement()
        .asString()
        .contains("certificate.valid-for-months")
        .contains("1")
        .contains("120");
    assertThat(
            SampleCourse.problems(
                SampleCourse.with(
                    "course.yaml",
                    SampleCourse.COURSE.replace(
                        "modules:", "certificate:\n  valid-for: 12\nmodules:"))))
        .anySatisfy(p -> assertThat(p).contains("certificate.valid-for: unknown field"));
  }

  @Test
  void theTutorChoosesWhatAFailedQuizAttemptShows() {
    CourseDefinition plain = SampleCourse.read(SampleCourse.files()).course();
    assertThat(plain.quizFeedback()).isEqualTo(QuizFeedback.AFTER_PASS);
    assertThat(CourseWriter.write(plain).get("course.yaml")).doesNotContain("quiz-feedback");
    String scoreOnly =
        SampleCourse.COURSE.replace("modules:", "quiz-feedback: score-only\nmodules:");
    CourseReader.Result r = SampleCourse.read(SampleCourse.with("course.yaml", scoreOnly));
    assertThat(r.problems()).isEmpty();
    assertThat(r.course().quizFeedback()).isEqualTo(QuizFeedback.SCORE_ONLY);
    assertThat(CourseWriter.write(r.course()).get("course.yaml"))
        .contains("quiz-feedback: score-only");
    assertThat(SampleCourse.read(CourseWriter.write(r.course())).course()).isEqualTo(r.course());
    assertThat(
            SampleCourse.problems(
                SampleCourse.with(
                    "course.yaml",
                    SampleCourse.COURSE.replace("modules:", "quiz-feedback: never\nmodules:"))))
        .singleElement()
        .asString()
        .contains("quiz-feedback")
        .contains("after-pass, always or score-only");
  }

  @Test
  void aQuizMayDrawFromItsBankAndHaveATimeLimit() {
    assertThat(SampleCourse.read(SampleCourse.files()).course().modules().get(0).draw()).isNull();
    String timed = "draw: 3\ntime-limit-minutes: 20\n" + SampleCourse.FIRST_QUIZ;
    CourseReader.Result r = SampleCourse.read(SampleCourse.with("first.quiz.yaml", timed));
    assertThat(r.problems()).isEmpty();
    ModuleDefinition first = r.course().modules().get(0);
    assertThat(first.draw()).isEqualTo(3);
    assertThat(first.timeLimitMinutes()).isEqualTo(20);
    assertThat(first.questions()).hasSize(5);
    assertThat(CourseWriter.write(r.course()).get("first.quiz.yaml"))
        .startsWith("draw: 3\ntime-limit-minutes: 20\nquestions:\n");
    assertThat(SampleCourse.read(CourseWriter.write(r.course())).course()).isEqualTo(r.course());

    assertThat(
            SampleCourse.problems(
                SampleCourse.with("first.quiz.yaml", "draw: 6\n" + SampleCourse.FIRST_QUIZ)))
        .containsExactly(
            "sample/first.quiz.yaml line 1, draw: is 6, but the quiz has only 5 questions to"
                + " draw from");
    assertThat(
            SampleCourse.problems(
                SampleCourse.with(
                    "first.quiz.yaml", "time-limit-minutes: 0\n" + SampleCourse.FIRST_QUIZ)))
        .singleElement()
        .asString()
        .contains("time-limit-minutes")
        .contains("between 1 and 600");
    assertThat(
            SampleCourse.problems(
                SampleCourse.with("first.quiz.yaml", "draw: some\n" + SampleCourse.FIRST_QUIZ)))
        .singleElement()
        .asString()
        .contains("draw: should be a whole number");
    assertThat(
            SampleCourse.problems(
                SampleCourse.with("first.quiz.yaml", "shuffle: yes\n" + SampleCourse.FIRST_QUIZ)))
        .anySatisfy(p -> assertThat(p).contains("shuffle: unknown field"));
  }

  @Test
  void badYamlNamesTheFileAndLine() {
    assertThat(
            SampleCourse.problems(
                SampleCourse.with("course.yaml", "id: sample\ntitle: [unclosed\nlevel: x\n")))
        .singleElement()
        .asString()
        .startsWith("sample/course.yaml line ")
        .contains("not valid YAML");
  }

  @Test
  void anUnknownCompetencyNamesFileLineAndField() {
    String course = SampleCourse.COURSE.replace("- fw:safety@2", "- fw:nonsense");
    assertThat(SampleCourse.problems(SampleCourse.with("course.yaml", course)))
        .containsExactlyInAnyOrder(
            "sample/course.yaml line 12, competencies[1]: unknown competency \"fw:nonsense\": fw has no such domain");
  }

  @Test
  void unknownFrameworksAndLevelsAreReported() {
    String first =
        SampleCourse.FIRST.replace(
            "competencies: [fw:data@1]", "competencies: [xx:data, fw:data@7]");
    assertThat(SampleCourse.problems(SampleCourse.with("first.md", first)))
        .containsExactlyInAnyOrder(
            "sample/first.md line 8, competencies[0]: unknown competency framework \"xx\" (known: fw)",
            "sample/first.md line 8, competencies[1]: unknown level 7 for fw");
  }

  @Test
  void duplicateModuleAndQuestionIdsAreReported() {
    String course = SampleCourse.COURSE.replace("  - first\n", "  - first\n  - first\n");
    assertThat(SampleCourse.problems(SampleCourse.with("course.yaml", course)))
        .containsExactlyInAnyOrder(
            "sample/course.yaml line 19, modules[1]: module \"first\" is listed twice");
    String quiz = SampleCourse.FIRST_QUIZ.replace("id: two", "id: one");
    assertThat(SampleCourse.problems(SampleCourse.with("first.quiz.yaml", quiz)))
        .containsExactlyInAnyOrder(
            "sample/first.quiz.yaml line 11, questions[1].id: question id \"one\" is used twice in this quiz");
  }

  @Test
  void missingFilesAreReported() {
    assertThat(SampleCourse.problems(SampleCourse.with("course.yaml", null)))
        .containsExactlyInAnyOrder("sample/course.yaml: the course file is missing");
    assertThat(SampleCourse.problems(SampleCourse.with("second.md", null)))
        .containsExactlyInAnyOrder(
            "sample/course.yaml modules: module \"second\" is listed but second.md is missing");
    assertThat(SampleCourse.problems(SampleCourse.with("first.quiz.yaml", null)))
        .containsExactlyInAnyOrder(
            "sample/first.md: the course's completion rule needs a quiz, but first.quiz.yaml is missing");
  }

  @Test
  void aQuizIsOptionalWhenReadingCompletesAModule() {
    String course = SampleCourse.COURSE.replace("module: read-and-quiz", "module: read");
    Map<String, String> files = SampleCourse.with("course.yaml", course);
    files.remove("first.quiz.yaml");
    assertThat(SampleCourse.read(files).problems()).isEmpty();
  }

  @Test
  void everyFieldProblemIsReportedAtOnce() {
    String course =
        """
        id: other
        title: ""
        summary: ok
        audience: [nurse, surgeon]
        level: expert
        cpd-hours: 2.5
        competencies: []
        completion:
          module: sometimes
          pass-mark: 120
          attempts: 3
          pass_mark: 5
        modules: [first, Second]
        """;
    Map<String, String> files = SampleCourse.with("course.yaml", course);
    files.remove("second.md");
    files.remove("second.quiz.yaml");
    assertThat(SampleCourse.problems(files))
        .containsExactlyInAnyOrder(
            "sample/course.yaml line 12, completion.pass_mark: unknown field (expected one of attempts, module, pass-mark)",
            "sample/course.yaml line 1, id: is \"other\" but the folder is named \"sample\"",
            "sample/course.yaml line 2, title: must not be empty",
            "sample/course.yaml line 4, audience[1]: is \"surgeon\"; use doctor, nurse, ahp or other",
            "sample/course.yaml line 5, level: is \"expert\"; use foundation, intermediate or advanced",
            "sample/course.yaml line 6, cpd-hours: should be a whole number between 1 and 40",
            "sample/course.yaml line 7, competencies: is required: list at least one competency (framework:domain)",
            "sample/course.yaml line 9, completion.module: is \"sometimes\"; use read, quiz or read-and-quiz",
            "sample/course.yaml line 10, completion.pass-mark: is 120; it must be between 1 and 100",
            "sample/course.yaml line 13, modules[1]: \"Second\" is not a valid id (lower-case letters, digits and hyphens, starting with a letter)");
  }

  @Test
  void questionRulesAreChecked() {
    String quiz =
        """
        questions:
          - id: one
            type: single
            text: Which?
            options:
              - text: A
                correct: true
              - text: B
                correct: true
            feedback: A.
          - id: two
            type: multiple
            text: Which?
            options:
              - text: A
            feedback: A.
          - id: three
            type: essay
            text: Write.
            feedback: Good.
          - id: four
            type: numeric
            text: How many?
            answer: many
            answers: [x]
            feedback: Some.
        """;
    assertThat(SampleCourse.problems(SampleCourse.with("first.quiz.yaml", quiz)))
        .containsExactlyInAnyOrder(
            "sample/first.quiz.yaml line 6, questions[0].options: a single-choice question needs exactly one correct option (this one has 2)",
            "sample/first.quiz.yaml line 15, questions[1].options: has 1 options; give 2 to 8",
            "sample/first.quiz.yaml line 15, questions[1].options[0]: a wrong option needs its"
                + " \"feedback\": say why it is wrong, so that a trainee who chose it learns"
                + " something",
            "sample/first.quiz.yaml line 15, questions[1].options: a multiple-choice question needs at least one correct option",
            "sample/first.quiz.yaml line 18, questions[2].type: is \"essay\"; use single, multiple, true-false, short-text or numeric",
            "sample/first.quiz.yaml line 25, questions[3].answers: is not used by a numeric question",
            "sample/first.quiz.yaml line 24, questions[3].answer: should be a number",
            "sample/first.quiz.yaml line 21, questions[3].tolerance: is required");
  }

  @Test
  void moduleHeaderProblemsCountLinesFromTheTopOfTheFile() {
    String first =
        SampleCourse.FIRST
            .replace("minutes: 120", "minutes: soon")
            .replace("url: https://example.org/source", "url: http://example.org/source");
    assertThat(SampleCourse.problems(SampleCourse.with("first.md", first)))
        .containsExactlyInAnyOrder(
            "sample/first.md line 3, minutes: should be a whole number between 1 and 240",
            "sample/first.md line 11, sources[0].url: \"http://example.org/source\" is not a web address starting with https://");
    assertThat(SampleCourse.problems(SampleCourse.with("first.md", "no header\n")))
        .containsExactlyInAnyOrder(
            "sample/first.md line 1: a module file starts with a header between two \"---\" lines");
  }

  @Test
  void strayFilesAreReported() {
    Map<String, String> files = SampleCourse.files();
    files.put("notes.txt", "hello");
    assertThat(SampleCourse.problems(files))
        .containsExactlyInAnyOrder(
            "sample/notes.txt: this file is not part of the course; a course folder holds only course.yaml, module .md files, .quiz.yaml files and the assignment named in course.yaml");
  }
}
