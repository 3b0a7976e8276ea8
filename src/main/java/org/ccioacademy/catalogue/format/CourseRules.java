package org.ccioacademy.catalogue.format;

import java.util.List;
import java.util.Map;

/**
 * The rules that keep a course honest about what it is worth (issue 20), checked with the rest of
 * {@link CourseReader}'s: CPD hours that match the minutes of learning, and a framework's top level
 * claimed only by marked work.
 */
final class CourseRules {

  private final Map<String, FrameworkDefinition> frameworks;

  CourseRules(Map<String, FrameworkDefinition> frameworks) {
    this.frameworks = frameworks;
  }

  /**
   * The RCP rule: one CPD credit an hour of learning, in whole hours. The declared hours must be
   * the whole hours in the required modules' estimated minutes, so a course can neither claim more
   * than its content nor less.
   */
  static void checkHours(
      YamlNode node, int hours, List<ModuleDefinition> modules, AssignmentDefinition assignment) {
    int minutes =
        modules.stream()
            .filter(ModuleDefinition::required)
            .mapToInt(ModuleDefinition::minutes)
            .sum();
    String content = "the required modules take " + minutes + " minutes";
    if (assignment != null) {
      minutes += assignment.minutes();
      content = "the required modules and the assignment take " + minutes + " minutes";
    }
    if (minutes == 0 || hours == minutes / 60) {
      return;
    }
    if (minutes < 60) {
      node.problem(
          "is "
              + hours
              + ", but "
              + content
              + ": less than the hour one CPD credit needs (one credit an hour, whole hours)");
    } else {
      int whole = minutes / 60;
      node.problem(
          "is "
              + hours
              + ", but "
              + content
              + ", which is "
              + whole
              + (whole == 1 ? " whole hour" : " whole hours")
              + " (one CPD credit an hour, whole hours): make cpd-hours "
              + whole
              + " or correct the minutes");
    }
  }

  /**
   * A framework's top level (creating, leading and shaping, for HEE's) is evidenced only by work
   * that is marked: a module's reading and quiz cannot claim it, and the course only when its
   * assessed assignment does.
   */
  void checkTopLevels(
      YamlNode root,
      List<CompetencyRef> courseRefs,
      List<ModuleDefinition> modules,
      AssignmentDefinition assignment) {
    List<CompetencyRef> assessed = assignment == null ? List.of() : assignment.competencies();
    for (CompetencyRef ref : courseRefs) {
      if (isTopLevel(ref) && !assessed.contains(ref)) {
        root.get("competencies")
            .problem(
                ref
                    + " is the framework's top level, which only marked work can evidence: claim"
                    + " it in the course's assessed assignment, or claim a lower level");
      }
    }
    for (ModuleDefinition m : modules) {
      for (CompetencyRef ref : m.competencies()) {
        if (isTopLevel(ref)) {
          root.get("modules")
              .problem(
                  "module \""
                      + m.id()
                      + "\" claims "
                      + ref
                      + ", the framework's top level, which reading and a quiz cannot evidence:"
                      + " claim a lower level (the assessed assignment may claim the top one)");
        }
      }
    }
  }

  private boolean isTopLevel(CompetencyRef ref) {
    FrameworkDefinition f = frameworks.get(ref.framework());
    return ref.level() != null
        && f != null
        && !f.levels().isEmpty()
        && ref.level()
            == f.levels().stream().mapToInt(FrameworkDefinition.Level::id).max().orElse(0);
  }
}
