package org.ccioacademy.catalogue.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The curriculum that ships in {@code courses/}: it loads without a single problem, and every
 * module meets the content rules of the courses issue (outcomes, at least 600 words of teaching, a
 * worked example or case, a quiz of at least 5 questions, sources).
 */
class CurriculumTest {

  private static final Path COURSES = Path.of("courses");
  private static final Pattern WORD = Pattern.compile("[A-Za-z0-9][A-Za-z0-9'’-]*");
  private static final Pattern EXAMPLE = Pattern.compile("(?m)^> \\[!(EXAMPLE|CASE)\\]");

  private final CourseFolders.Snapshot shipped = CourseFolders.read(COURSES);

  @Test
  void everyShippedFileLoadsWithoutAProblem() {
    assertThat(shipped.allProblems()).extracting(Problem::toString).isEmpty();
    assertThat(shipped.frameworks())
        .extracting(FrameworkDefinition::id)
        .containsExactlyInAnyOrder("fci", "hee");
  }

  @Test
  void atLeastTwelveCoursesAndThirtySixModules() {
    List<CourseDefinition> courses = shipped.goodCourses();
    assertThat(courses).hasSizeGreaterThanOrEqualTo(12);
    assertThat(courses.stream().mapToInt(c -> c.modules().size()).sum()).isGreaterThanOrEqualTo(36);
  }

  @Test
  void everyModuleHasOutcomesTeachingAnExampleAQuizAndSources() {
    for (CourseDefinition c : shipped.goodCourses()) {
      assertThat(c.competencies()).as(c.id()).isNotEmpty();
      for (ModuleDefinition m : c.modules()) {
        String where = c.id() + "/" + m.id();
        assertThat(m.outcomes()).as(where + " outcomes").isNotEmpty();
        assertThat(m.sources()).as(where + " sources").isNotEmpty();
        assertThat(m.competencies()).as(where + " competencies").isNotEmpty();
        assertThat(WORD.matcher(m.body()).results().count())
            .as(where + " words of teaching text")
            .isGreaterThanOrEqualTo(600);
        assertThat(EXAMPLE.matcher(m.body()).find())
            .as(where + " has a worked example or case callout")
            .isTrue();
        assertThat(m.questions()).as(where + " quiz questions").hasSizeGreaterThanOrEqualTo(5);
      }
    }
  }

  @Test
  void everyModuleIsDatedEveryWrongOptionExplainedAndEveryCourseWorthItsHours() {
    for (CourseDefinition c : shipped.goodCourses()) {
      for (ModuleDefinition m : c.modules()) {
        String where = c.id() + "/" + m.id();
        assertThat(m.reviewed()).as(where + " review date").isNotNull();
        assertThat(m.reviewed())
            .as(where + " reviewed in the curriculum review of December 2026 or later")
            .isAfterOrEqualTo(LocalDate.of(2026, 12, 1));
        for (QuestionDefinition q : m.questions()) {
          assertThat(q.feedback()).as(where + "/" + q.id() + " feedback").isNotBlank();
          if (q.type() == QuestionType.SINGLE || q.type() == QuestionType.MULTIPLE) {
            assertThat(q.options())
                .as(where + "/" + q.id() + ": every wrong option explained")
                .filteredOn(o -> !o.correct())
                .isNotEmpty()
                .allSatisfy(o -> assertThat(o.feedback()).isNotBlank());
          }
        }
      }
      int minutes = c.countedMinutes();
      assertThat(c.cpdHours())
          .as(c.id() + ": CPD hours are the whole hours in " + minutes + " minutes")
          .isEqualTo(minutes / 60);
    }
  }

  @Test
  void theCurriculumUsesEveryQuestionTypeAndCoversEveryFrameworkDomain() {
    Set<QuestionType> types = EnumSet.noneOf(QuestionType.class);
    Set<String> domains = new HashSet<>();
    for (CourseDefinition c : shipped.goodCourses()) {
      c.competencies().forEach(r -> domains.add(r.domainKey()));
      for (ModuleDefinition m : c.modules()) {
        m.questions().forEach(q -> types.add(q.type()));
        m.competencies().forEach(r -> domains.add(r.domainKey()));
      }
    }
    assertThat(types).containsExactlyInAnyOrder(QuestionType.values());
    for (FrameworkDefinition f : shipped.frameworks()) {
      for (FrameworkDefinition.Domain d : f.domains()) {
        assertThat(domains)
            .as("some course maps to " + f.id() + ":" + d.id())
            .contains(f.id() + ":" + d.id());
      }
    }
  }

  @Test
  void exportingTheShippedCoursesIsStable() {
    CourseReader reader = new CourseReader(shipped.frameworks());
    for (CourseDefinition c : shipped.goodCourses()) {
      var exported = CourseWriter.write(c);
      CourseReader.Result again = reader.read(c.id(), exported);
      assertThat(again.problems()).as(c.id()).isEmpty();
      assertThat(again.course()).as(c.id()).isEqualTo(c);
      assertThat(CourseWriter.write(again.course())).as(c.id()).isEqualTo(exported);
    }
  }
}
