package org.ccioacademy.catalogue.format;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads a course's assessed assignment ({@code <id>.assignment.md}): a header of title, minutes,
 * pass mark, competencies and rubric, then the instructions in Markdown. Every problem is named by
 * file, line and field; a rubric's by its line in the rubric too.
 */
final class AssignmentFileReader {

  static final String SUFFIX = ".assignment.md";

  /** The highest mark an assignment can be out of. */
  static final int MAX_POINTS = 1000;

  private static final Set<String> FIELDS =
      Set.of("title", "minutes", "pass-mark", "competencies", "rubric");

  private final Function<YamlNode, List<CompetencyRef>> competencies;

  /** {@code competencies} reads and checks a list of competency references. */
  AssignmentFileReader(Function<YamlNode, List<CompetencyRef>> competencies) {
    this.competencies = competencies;
  }

  /**
   * The assignment {@code id} of the course in {@code folder} (its file is there); null when it
   * cannot be read.
   */
  AssignmentDefinition read(
      String folder, String id, Map<String, String> files, Problems problems) {
    String file = folder + "/" + id + SUFFIX;
    String text = files.get(id + SUFFIX);
    text = CourseReader.normaliseNewlines(text);
    int end = text.startsWith("---\n") ? text.indexOf("\n---\n", 3) : -1;
    if (end < 0) {
      problems.add(
          file, 1, "", "an assignment file starts with a header between two \"---\" lines");
      return null;
    }
    YamlNode h = YamlNode.parse(text.substring(4, end + 1), file, 1, problems);
    if (!h.present() || !h.mapping(FIELDS)) {
      return null;
    }
    String title = h.get("title").text(200);
    Integer minutes = h.get("minutes").integer(1, 600);
    Integer passMark = h.get("pass-mark").integer(1, 100);
    List<CompetencyRef> refs = competencies.apply(h.get("competencies"));
    YamlNode rubricNode = h.get("rubric");
    String rubric = rubricNode.text(20_000);
    if (rubric != null) {
      RubricText.Result r = RubricText.read(rubric);
      r.problems().forEach(rubricNode::problem);
      if (r.maxPoints() > MAX_POINTS) {
        rubricNode.problem(
            "its levels add up to "
                + r.maxPoints()
                + " points at most; keep the highest total to "
                + MAX_POINTS);
      }
      // canonical: one criterion (or comment) a line, no indentation, no blank lines
      rubric =
          rubric
                  .lines()
                  .map(String::strip)
                  .filter(l -> !l.isEmpty())
                  .collect(Collectors.joining("\n"))
              + "\n";
    }
    String instructions = CourseReader.canonicalBody(text.substring(end + 5));
    if (instructions.isBlank()) {
      problems.add(
          file, 0, "", "the assignment has no instructions after its header: say what to produce");
    }
    if (title == null || minutes == null || passMark == null || rubric == null) {
      return null;
    }
    return new AssignmentDefinition(id, title, minutes, passMark, refs, rubric, instructions);
  }
}
