package org.ccioacademy.catalogue.format;

import java.math.BigDecimal;
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
          "modules");
  private static final Set<String> MODULE_FIELDS =
      Set.of("title", "minutes", "outcomes", "competencies", "sources");
  private static final Set<String> QUESTION_FIELDS =
      Set.of("id", "type", "text", "feedback", "options", "answer", "answers", "tolerance");

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
    Problems problems = new Problems();
    CourseDefinition course = readCourse(folder, files, problems);
    return new Result(course, problems.list());
  }

  private CourseDefinition readCourse(String folder, Map<String, String> files, Problems problems) {
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

    List<ModuleDefinition> modules = new ArrayList<>();
    Set<String> expectedFiles = new TreeSet<>();
    expectedFiles.add(COURSE_FILE);
    List<YamlNode> moduleItems = root.get("modules").requiredItems("list at least one module id");
    Set<String> moduleIds = new HashSet<>();
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
      ModuleDefinition module = readModule(folder, moduleId, required, rule, files, problems);
      if (module != null) {
        modules.add(module);
      }
    }
    for (String name : new TreeSet<>(files.keySet())) {
      if (!expectedFiles.contains(name)) {
        String hint =
            name.endsWith(MODULE_SUFFIX) || name.endsWith(QUIZ_SUFFIX)
                ? "; add its module id to \"modules\" in course.yaml or remove the file"
                : "; a course folder holds only course.yaml, module .md files and .quiz.yaml files";
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
        modules);
  }

  private ModuleDefinition readModule(
      String folder,
      String moduleId,
      boolean required,
      ModuleRule rule,
      Map<String, String> files,
      Problems problems) {
    String file = folder + "/" + moduleId + MODULE_SUFFIX;
    String text = files.get(moduleId + MODULE_SUFFIX);
    if (text == null) {
      problems.add(
          folder + "/" + COURSE_FILE,
          0,
          "modules",
          "module \"" + moduleId + "\" is listed but " + moduleId + MODULE_SUFFIX + " is missing");
      return null;
    }
    text = normaliseNewlines(text);
    if (!text.startsWith("---\n")) {
      problems.add(file, 1, "", "a module file starts with a header between two \"---\" lines");
      return null;
    }
    int end = text.indexOf("\n---\n", 3);
    if (end < 0) {
      problems.add(file, 1, "", "the header has no closing \"---\" line");
      return null;
    }
    String header = text.substring(4, end + 1);
    String body = canonicalBody(text.substring(end + 5));
    YamlNode h = YamlNode.parse(header, file, 1, problems);
    if (!h.present() || !h.mapping(MODULE_FIELDS)) {
      return null;
    }
    String title = h.get("title").text(200);
    Integer minutes = h.get("minutes").integer(1, 240);
    List<String> outcomes = new ArrayList<>();
    for (YamlNode o : h.get("outcomes").requiredItems("list at least one learning outcome")) {
      String s = o.text(500);
      if (s != null) {
        outcomes.add(s);
      }
    }
    List<CompetencyRef> competencies = competencies(h.get("competencies"));
    List<SourceLink> sources = new ArrayList<>();
    for (YamlNode s :
        h.get("sources").requiredItems("list the public sources this module rests on")) {
      if (s.mapping(Set.of("title", "url"))) {
        String t = s.get("title").text(300);
        String u = url(s.get("url"));
        if (t != null && u != null) {
          sources.add(new SourceLink(t, u));
        }
      }
    }
    if (body.isBlank()) {
      problems.add(file, 0, "", "the module has no teaching text after its header");
    }
    List<QuestionDefinition> questions = null;
    QuizRules quizRules = new QuizRules(null, null);
    String quiz = files.get(moduleId + QUIZ_SUFFIX);
    if (quiz != null) {
      questions = new ArrayList<>();
      quizRules = readQuiz(folder + "/" + moduleId + QUIZ_SUFFIX, quiz, problems, questions);
    } else if (rule != null && rule.needsQuiz()) {
      problems.add(
          file,
          0,
          "",
          "the course's completion rule needs a quiz, but "
              + moduleId
              + QUIZ_SUFFIX
              + " is missing");
    }
    return new ModuleDefinition(
        moduleId,
        required,
        title,
        minutes == null ? 0 : minutes,
        outcomes,
        competencies,
        sources,
        body,
        questions,
        quizRules.draw(),
        quizRules.timeLimitMinutes());
  }

  /** A quiz file's settings beside its questions. */
  private record QuizRules(Integer draw, Integer timeLimitMinutes) {}

  /** Reads a quiz file's questions into {@code questions}, and returns its settings. */
  private QuizRules readQuiz(
      String file, String text, Problems problems, List<QuestionDefinition> questions) {
    YamlNode root = YamlNode.parse(text, file, 0, problems);
    if (!root.present() || !root.mapping(Set.of("questions", "draw", "time-limit-minutes"))) {
      return new QuizRules(null, null);
    }
    Integer draw = root.get("draw").present() ? root.get("draw").integer(1, 500) : null;
    Integer limit =
        root.get("time-limit-minutes").present()
            ? root.get("time-limit-minutes").integer(1, 600)
            : null;
    List<YamlNode> items =
        root.get("questions").requiredItems("a quiz needs at least one question");
    Set<String> ids = new HashSet<>();
    for (YamlNode q : items) {
      if (!q.mapping(QUESTION_FIELDS)) {
        continue;
      }
      String id = q.get("id").id();
      if (id != null && !ids.add(id)) {
        q.get("id").problem("question id \"" + id + "\" is used twice in this quiz");
      }
      YamlNode typeNode = q.get("type");
      String typeText = typeNode.text(20);
      QuestionType type = typeText == null ? null : QuestionType.fromFile(typeText);
      if (typeText != null && type == null) {
        typeNode.problem(
            "is \"" + typeText + "\"; use single, multiple, true-false, short-text or numeric");
      }
      String questionText = q.get("text").text(2000);
      String feedback = q.get("feedback").text(2000);
      if (type == null) {
        continue;
      }
      List<OptionDefinition> options = null;
      Boolean truth = null;
      List<String> answers = null;
      BigDecimal number = null;
      BigDecimal tolerance = null;
      for (String field : List.of("options", "answer", "answers", "tolerance")) {
        if (q.get(field).present() && !fieldsFor(type).contains(field)) {
          q.get(field).problem("is not used by a " + type.fileName() + " question");
        }
      }
      switch (type) {
        case SINGLE, MULTIPLE -> options = options(q.get("options"), type);
        case TRUE_FALSE -> truth = q.get("answer").bool();
        case SHORT_TEXT -> {
          answers = new ArrayList<>();
          for (YamlNode item : q.get("answers").requiredItems("list the accepted answers")) {
            String s = item.text(200);
            if (s != null) {
              answers.add(s);
            }
          }
        }
        case NUMERIC -> {
          number = q.get("answer").decimal();
          tolerance = q.get("tolerance").decimal();
          if (tolerance != null && tolerance.signum() < 0) {
            q.get("tolerance").problem("must be 0 or more");
          }
        }
      }
      questions.add(
          new QuestionDefinition(
              id, type, questionText, feedback, options, truth, answers, number, tolerance));
    }
    if (draw != null && draw > items.size()) {
      root.get("draw")
          .problem(
              "is "
                  + draw
                  + ", but the quiz has only "
                  + items.size()
                  + (items.size() == 1 ? " question" : " questions")
                  + " to draw from");
    }
    return new QuizRules(draw, limit);
  }

  private static Set<String> fieldsFor(QuestionType type) {
    return switch (type) {
      case SINGLE, MULTIPLE -> Set.of("options");
      case TRUE_FALSE -> Set.of("answer");
      case SHORT_TEXT -> Set.of("answers");
      case NUMERIC -> Set.of("answer", "tolerance");
    };
  }

  private static List<OptionDefinition> options(YamlNode node, QuestionType type) {
    List<OptionDefinition> options = new ArrayList<>();
    List<YamlNode> items = node.requiredItems("give 2 to 8 options");
    if (!items.isEmpty() && (items.size() < 2 || items.size() > 8)) {
      node.problem("has " + items.size() + " options; give 2 to 8");
    }
    int correct = 0;
    for (YamlNode o : items) {
      if (o.mapping(Set.of("text", "correct", "feedback"))) {
        String text = o.get("text").text(500);
        Boolean c = o.get("correct").bool(false);
        String feedback = o.get("feedback").optionalText(1000);
        if (Boolean.TRUE.equals(c)) {
          correct++;
        }
        if (text != null) {
          options.add(new OptionDefinition(text, Boolean.TRUE.equals(c), feedback));
        }
      }
    }
    if (type == QuestionType.SINGLE && correct != 1 && node.isSequence()) {
      node.problem(
          "a single-choice question needs exactly one correct option (this one has "
              + correct
              + ")");
    }
    if (type == QuestionType.MULTIPLE && correct == 0 && node.isSequence()) {
      node.problem("a multiple-choice question needs at least one correct option");
    }
    return options;
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
