package org.ccioacademy.catalogue.format;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.ccioacademy.identity.ProfessionalGroup;

/**
 * Reads one course folder (its files given by name) into a {@link CourseDefinition}, checking every
 * rule in {@code docs/course-format.md}. Every problem is reported with its file, line and field; a
 * course with any problem is not returned.
 */
public final class CourseReader {

  public static final String COURSE_FILE = "course.yaml";
  public static final String MODULE_SUFFIX = ".md";
  public static final String QUIZ_SUFFIX = ".quiz.yaml";

  private static final Set<String> COURSE_FIELDS =
      Set.of(
          "id",
          "title",
          "summary",
          "audience",
          "level",
          "cpd-hours",
          "competencies",
          "completion",
          "certificate",
          "quiz-feedback",
          "modules",
          "assignment");

  private final Map<String, FrameworkDefinition> frameworks = new LinkedHashMap<>();

  public CourseReader(Collection<FrameworkDefinition> frameworks) {
    frameworks.forEach(f -> this.frameworks.put(f.id(), f));
  }

  /**
   * What reading a course gave: the problems, and the course as far as it could be read. Only when
   * {@link #ok()} is the course complete and valid (importable, publishable); otherwise it is a
   * partial course for an editor to show and fix (fields that could not be read are null or 0), or
   * null when even the course file could not be read.
   */
  public record Result(CourseDefinition course, List<Problem> problems) {
    public boolean ok() {
      return course != null && problems.isEmpty();
    }
  }

  /**
   * @param folder the course folder's name (which must be the course id)
   * @param files the folder's files by name, as text
   */
  public Result read(String folder, Map<String, String> files) {
    return read(folder, files, PackageFinder.NONE);
  }

  /**
   * @param folder the course folder's name (which must be the course id)
   * @param files the folder's text files by name
   * @param packages the content packages its modules may name
   */
  public Result read(String folder, Map<String, String> files, PackageFinder packages) {
    Problems problems = new Problems();
    CourseDefinition course = readCourse(folder, files, packages, problems);
    return new Result(course, problems.list());
  }

  private CourseDefinition readCourse(
      String folder, Map<String, String> files, PackageFinder packages, Problems problems) {
    String courseFile = folder + "/" + COURSE_FILE;
    String text = files.get(COURSE_FILE);
    if (text == null) {
      problems.add(courseFile, 0, "", "the course file is missing");
      return null;
    }
    YamlNode root = YamlNode.parse(text, courseFile, 0, problems);
    if (!root.present() || !root.mapping(COURSE_FIELDS)) {
      return null;
    }
    String id = root.get("id").id();
    if (id != null && !id.equals(folder)) {
      root.get("id").problem("is \"" + id + "\" but the folder is named \"" + folder + "\"");
    }
    String title = root.get("title").text(200);
    String summary = root.get("summary").text(1000);
    List<ProfessionalGroup> audience = audience(root.get("audience"));
    CourseLevel level = level(root.get("level"));
    Integer hours = root.get("cpd-hours").integer(1, 40);
    List<CompetencyRef> competencies = competencies(root.get("competencies"));

    YamlNode completion = root.get("completion");
    ModuleRule rule = null;
    Integer passMark = null;
    Integer attempts = null;
    if (!completion.present()) {
      completion.problem("is required (module rule, pass mark and attempts)");
    } else if (completion.mapping(Set.of("module", "pass-mark", "attempts"))) {
      YamlNode ruleNode = completion.get("module");
      String r = ruleNode.text(20);
      if (r != null) {
        rule = ModuleRule.fromFile(r);
        if (rule == null) {
          ruleNode.problem("is \"" + r + "\"; use read, quiz or read-and-quiz");
        }
      }
      passMark = completion.get("pass-mark").integer(1, 100);
      attempts = completion.get("attempts").integer(0, 100);
    }

    Integer validMonths = null;
    YamlNode certificate = root.get("certificate");
    if (certificate.present() && certificate.mapping(Set.of("valid-for-months"))) {
      YamlNode months = certificate.get("valid-for-months");
      if (!months.present()) {
        months.problem(
            "is required in \"certificate\" (1 to 120); leave \"certificate\" out for a"
                + " certificate that never expires");
      } else {
        validMonths = months.integer(1, 120);
      }
    }

    QuizFeedback feedback = null;
    YamlNode feedbackNode = root.get("quiz-feedback");
    String f = feedbackNode.present() ? feedbackNode.text(20) : null;
    if (f != null) {
      feedback = QuizFeedback.fromFile(f);
      if (feedback == null) {
        feedbackNode.problem("is \"" + f + "\"; use after-pass, always or score-only");
      }
    }

    List<ModuleDefinition> modules = new ArrayList<>();
    ModuleFileReader moduleReader = new ModuleFileReader(this::competencies, packages);
    Set<String> expectedFiles = new TreeSet<>();
    expectedFiles.add(COURSE_FILE);
    List<YamlNode> moduleItems = root.get("modules").requiredItems("list at least one module id");
    Set<String> moduleIds = new HashSet<>();
    int unreadModules = 0;
    for (YamlNode item : moduleItems) {
      String moduleId;
      boolean required = true;
      if (item.isMapping()) {
        item.mapping(Set.of("id", "required"));
        moduleId = item.get("id").id();
        Boolean r = item.get("required").bool(true);
        required = r == null || r;
      } else {
        moduleId = item.id();
      }
      if (moduleId == null) {
        continue;
      }
      if (!moduleIds.add(moduleId)) {
        item.problem("module \"" + moduleId + "\" is listed twice");
        continue;
      }
      expectedFiles.add(moduleId + MODULE_SUFFIX);
      expectedFiles.add(moduleId + QUIZ_SUFFIX);
      ModuleDefinition module =
          moduleReader.read(folder, moduleId, required, rule, files, problems);
      if (module != null) {
        modules.add(module);
      } else {
        unreadModules++;
      }
    }
    AssignmentDefinition assignment = null;
    YamlNode assignmentNode = root.get("assignment");
    boolean assignmentRead = true;
    if (assignmentNode.present()) {
      String aid = assignmentNode.id();
      if (aid != null) {
        expectedFiles.add(aid + AssignmentFileReader.SUFFIX);
        if (files.containsKey(aid + AssignmentFileReader.SUFFIX)) {
          assignment =
              new AssignmentFileReader(this::competencies).read(folder, aid, files, problems);
        } else {
          assignmentNode.problem(
              "names \"" + aid + "\", but " + aid + AssignmentFileReader.SUFFIX + " is missing");
        }
      }
      assignmentRead = assignment != null;
    }
    if (hours != null && unreadModules == 0 && assignmentRead && !modules.isEmpty()) {
      CourseRules.checkHours(root.get("cpd-hours"), hours, modules, assignment);
    }
    new CourseRules(frameworks).checkTopLevels(root, competencies, modules, assignment);
    for (String name : new TreeSet<>(packages.names())) {
      if (!moduleReader.named().contains(name)) {
        problems.add(
            folder + "/" + name,
            0,
            "",
            "this content package is not part of the course; name it in a module's header as"
                + " \"package: "
                + name
                + "\" or remove it");
      }
    }
    for (String name : new TreeSet<>(files.keySet())) {
      if (!expectedFiles.contains(name)) {
        String hint;
        if (name.endsWith(AssignmentFileReader.SUFFIX)) {
          hint =
              "; name it in course.yaml as \"assignment: "
                  + name.substring(0, name.length() - AssignmentFileReader.SUFFIX.length())
                  + "\" or remove the file";
        } else if (name.endsWith(MODULE_SUFFIX) || name.endsWith(QUIZ_SUFFIX)) {
          hint = "; add its module id to \"modules\" in course.yaml or remove the file";
        } else {
          hint =
              "; a course folder holds only course.yaml, module .md files, .quiz.yaml files"
                  + " and the assignment named in course.yaml";
        }
        problems.add(folder + "/" + name, 0, "", "this file is not part of the course" + hint);
      }
    }
    return new CourseDefinition(
        id == null ? folder : id,
        title,
        summary,
        audience,
        level,
        hours == null ? 0 : hours,
        competencies,
        rule,
        passMark == null ? 0 : passMark,
        attempts == null ? 0 : attempts,
        validMonths,
        feedback,
        modules,
        assignment);
  }

  private static List<ProfessionalGroup> audience(YamlNode node) {
    List<ProfessionalGroup> groups = new ArrayList<>();
    for (YamlNode item : node.requiredItems("list at least one professional group")) {
      String s = item.text(20);
      if (s == null) {
        continue;
      }
      ProfessionalGroup g = null;
      for (ProfessionalGroup candidate : ProfessionalGroup.values()) {
        if (candidate.name().toLowerCase().equals(s)) {
          g = candidate;
        }
      }
      if (g == null) {
        item.problem("is \"" + s + "\"; use doctor, nurse, ahp or other");
      } else if (groups.contains(g)) {
        item.problem("\"" + s + "\" is listed twice");
      } else {
        groups.add(g);
      }
    }
    groups.sort(null);
    return groups;
  }

  private static CourseLevel level(YamlNode node) {
    String s = node.text(20);
    if (s == null) {
      return null;
    }
    for (CourseLevel l : CourseLevel.values()) {
      if (l.fileName().equals(s)) {
        return l;
      }
    }
    node.problem("is \"" + s + "\"; use foundation, intermediate or advanced");
    return null;
  }

  private List<CompetencyRef> competencies(YamlNode node) {
    List<CompetencyRef> refs = new ArrayList<>();
    for (YamlNode item : node.requiredItems("list at least one competency (framework:domain)")) {
      String s = item.text(130);
      if (s == null) {
        continue;
      }
      CompetencyRef ref = CompetencyRef.parse(s);
      if (ref == null) {
        item.problem(
            "\""
                + s
                + "\" is not a competency reference (framework:domain or framework:domain@level)");
        continue;
      }
      FrameworkDefinition f = frameworks.get(ref.framework());
      if (f == null) {
        item.problem(
            "unknown competency framework \""
                + ref.framework()
                + "\" (known: "
                + String.join(", ", frameworks.keySet())
                + ")");
      } else if (!f.hasDomain(ref.domain())) {
        item.problem(
            "unknown competency \"" + ref.domainKey() + "\": " + f.id() + " has no such domain");
      } else if (ref.level() != null && !f.hasLevel(ref.level())) {
        item.problem(
            "unknown level "
                + ref.level()
                + " for "
                + f.id()
                + (f.levels().isEmpty() ? " (it has no levels)" : ""));
      } else if (refs.contains(ref)) {
        item.problem("\"" + ref + "\" is listed twice");
      } else {
        refs.add(ref);
      }
    }
    return refs;
  }

  static String url(YamlNode node) {
    String u = node.text(1000);
    if (u == null) {
      return null;
    }
    if (!u.matches("https://[^\\s\"<>]+")) {
      node.problem("\"" + u + "\" is not a web address starting with https://");
      return null;
    }
    return u;
  }

  static String normaliseNewlines(String text) {
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }

  /** The body as stored and exported: no leading blank lines, one final newline. */
  static String canonicalBody(String body) {
    String b = normaliseNewlines(body).replaceFirst("^(\\s*\\n)+", "").stripTrailing();
    return b.isEmpty() ? "" : b + "\n";
  }
}
