package org.ccioacademy.catalogue.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A course's assessed assignment in its files ({@code assignment:} in course.yaml and {@code
 * <id>.assignment.md}): read, checked, counted in the CPD hours, written back the same, and the
 * only way to claim a framework's top level.
 */
class AssessedAssignmentFormatTest {

  static final String ASSIGNMENT =
      """
      ---
      title: A hazard log for a real change
      minutes: 60
      pass-mark: 50
      competencies: [fw:safety@3]
      rubric: |
        Hazards identified: None 0 | Some 4 | The main ones 8
          Controls proposed: None 0 | Partly 3 | Proportionate and owned 6

        # a comment line is kept
      ---
      ## What to produce

      A hazard log of at least five hazards for a change in your own service.
      """;

  static Map<String, String> withAssignment() {
    Map<String, String> files = SampleCourse.files();
    files.put(
        "course.yaml",
        SampleCourse.COURSE.replace("cpd-hours: 2", "cpd-hours: 3") + "assignment: hazard-log\n");
    files.put("hazard-log.assignment.md", ASSIGNMENT);
    return files;
  }

  @Test
  void anAssignmentIsReadWithItsRubricInstructionsAndMinutes() {
    CourseReader.Result r = SampleCourse.read(withAssignment());
    assertThat(r.problems()).isEmpty();
    AssignmentDefinition a = r.course().assignment();
    assertThat(a.id()).isEqualTo("hazard-log");
    assertThat(a.title()).isEqualTo("A hazard log for a real change");
    assertThat(a.minutes()).isEqualTo(60);
    assertThat(a.competencies()).containsExactly(new CompetencyRef("fw", "safety", 3));
    assertThat(a.rubric())
        .isEqualTo(
            "Hazards identified: None 0 | Some 4 | The main ones 8\n"
                + "Controls proposed: None 0 | Partly 3 | Proportionate and owned 6\n"
                + "# a comment line is kept\n");
    assertThat(a.maxPoints()).isEqualTo(14);
    assertThat(a.passPoints()).as("half of 14").isEqualTo(7);
    assertThat(a.instructions()).startsWith("## What to produce\n").endsWith("service.\n");
    assertThat(r.course().countedMinutes()).isEqualTo(180);
  }

  @Test
  void itIsWrittenBackInTheSameFormAndReadsTheSame() {
    CourseDefinition c = SampleCourse.read(withAssignment()).course();
    var files = CourseWriter.write(c);
    assertThat(files.get("course.yaml")).endsWith("assignment: hazard-log\n");
    assertThat(files.get("hazard-log.assignment.md"))
        .isEqualTo(
            """
            ---
            title: A hazard log for a real change
            minutes: 60
            pass-mark: 50
            competencies:
              - fw:safety@3
            rubric: |
              Hazards identified: None 0 | Some 4 | The main ones 8
              Controls proposed: None 0 | Partly 3 | Proportionate and owned 6
              # a comment line is kept
            ---
            ## What to produce

            A hazard log of at least five hazards for a change in your own service.
            """);
    CourseReader.Result again = SampleCourse.read(new java.util.TreeMap<>(files));
    assertThat(again.problems()).isEmpty();
    assertThat(again.course()).isEqualTo(c);
  }

  @Test
  void itsMinutesCountTowardTheHours() {
    Map<String, String> files = withAssignment();
    files.put("course.yaml", files.get("course.yaml").replace("cpd-hours: 3", "cpd-hours: 2"));
    assertThat(SampleCourse.problems(files))
        .containsExactly(
            "sample/course.yaml line 9, cpd-hours: is 2, but the required modules and the"
                + " assignment take 180 minutes, which is 3 whole hours (one CPD credit an hour,"
                + " whole hours): make cpd-hours 3 or correct the minutes");
  }

  @Test
  void everyProblemIsNamed() {
    Map<String, String> missing = withAssignment();
    missing.remove("hazard-log.assignment.md");
    assertThat(SampleCourse.problems(missing))
        .containsExactly(
            "sample/course.yaml line 21, assignment: names \"hazard-log\", but"
                + " hazard-log.assignment.md is missing");

    Map<String, String> bad = withAssignment();
    bad.put(
        "hazard-log.assignment.md",
        ASSIGNMENT
            .replace("pass-mark: 50", "pass-mark: 150")
            .replace("Partly 3 |", "Partly three |")
            .replace("## What to produce\n\nA hazard log", "")
            .replace(" of at least five hazards for a change in your own service.\n", ""));
    assertThat(SampleCourse.problems(bad))
        .contains(
            "sample/hazard-log.assignment.md line 4, pass-mark: is 150; it must be between 1 and"
                + " 100",
            "sample/hazard-log.assignment.md: the assignment has no instructions after its"
                + " header: say what to produce")
        .anyMatch(p -> p.startsWith("sample/hazard-log.assignment.md line 6, rubric: Line 2:"));

    Map<String, String> stray = SampleCourse.files();
    stray.put("hazard-log.assignment.md", ASSIGNMENT);
    assertThat(SampleCourse.problems(stray))
        .containsExactly(
            "sample/hazard-log.assignment.md: this file is not part of the course; name it in"
                + " course.yaml as \"assignment: hazard-log\" or remove the file");
  }

  @Test
  void aFrameworksTopLevelIsClaimedOnlyByTheAssessedAssignment() {
    // fw's levels are 1 to 3: 3 is its top level
    String topCourse = SampleCourse.COURSE.replace("fw:safety@2", "fw:safety@3");
    assertThat(SampleCourse.problems(SampleCourse.with("course.yaml", topCourse)))
        .containsExactly(
            "sample/course.yaml line 11, competencies: fw:safety@3 is the framework's top level,"
                + " which only marked work can evidence: claim it in the course's assessed"
                + " assignment, or claim a lower level");
    Map<String, String> assessed = withAssignment();
    assessed.put("course.yaml", assessed.get("course.yaml").replace("fw:safety@2", "fw:safety@3"));
    assertThat(SampleCourse.read(assessed).problems()).as("the assignment claims it").isEmpty();

    Map<String, String> moduleClaims = withAssignment();
    moduleClaims.put(
        "first.md",
        SampleCourse.FIRST.replace("competencies: [fw:data@1]", "competencies: [fw:data@3]"));
    assertThat(SampleCourse.problems(moduleClaims))
        .containsExactly(
            "sample/course.yaml line 18, modules: module \"first\" claims fw:data@3, the"
                + " framework's top level, which reading and a quiz cannot evidence: claim a lower"
                + " level (the assessed assignment may claim the top one)");
  }
}
