package org.ccioacademy.catalogue.format;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads one module of a course folder: its Markdown file (header and teaching text) and its quiz
 * file, with every problem named by file, line and field.
 */
final class ModuleFileReader {

  private static final Set<String> MODULE_FIELDS =
      Set.of(
          "title",
          "minutes",
          "reviewed",
          "outcomes",
          "competencies",
          "sources",
          "activity",
          "package");
  private static final ZoneId UK = ZoneId.of("Europe/London");

  private final Function<YamlNode, List<CompetencyRef>> competencies;
  private final PackageFinder packages;
  private final Set<String> named = new HashSet<>();

  /**
   * {@code competencies} reads and checks a list of competency references; {@code packages} finds
   * the content packages modules name.
   */
  ModuleFileReader(Function<YamlNode, List<CompetencyRef>> competencies, PackageFinder packages) {
    this.competencies = competencies;
    this.packages = packages;
  }

  /** The packages the modules read so far name. */
  Set<String> named() {
    return named;
  }

  ModuleDefinition read(
      String folder,
      String moduleId,
      boolean required,
      ModuleRule rule,
      Map<String, String> files,
      Problems problems) {
    String file = folder + "/" + moduleId + CourseReader.MODULE_SUFFIX;
    String text = files.get(moduleId + CourseReader.MODULE_SUFFIX);
    if (text == null) {
      problems.add(
          folder + "/" + CourseReader.COURSE_FILE,
          0,
          "modules",
          "module \""
              + moduleId
              + "\" is listed but "
              + moduleId
              + CourseReader.MODULE_SUFFIX
              + " is missing");
      return null;
    }
    text = CourseReader.normaliseNewlines(text);
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
    String body = CourseReader.canonicalBody(text.substring(end + 5));
    YamlNode h = YamlNode.parse(header, file, 1, problems);
    if (!h.present() || !h.mapping(MODULE_FIELDS)) {
      return null;
    }
    String title = h.get("title").text(200);
    Integer minutes = h.get("minutes").integer(1, 240);
    LocalDate reviewed = reviewed(h.get("reviewed"));
    ModuleActivity activity = activity(h.get("activity"));
    YamlNode packageNode = h.get("package");
    ContentRef content = content(packageNode, problems);
    if (content != null && activity != null) {
      h.get("activity")
          .problem("cannot be asked of a content package module; its package says when it is done");
    }
    List<String> outcomes = new ArrayList<>();
    for (YamlNode o : h.get("outcomes").requiredItems("list at least one learning outcome")) {
      String s = o.text(500);
      if (s != null) {
        outcomes.add(s);
      }
    }
    List<CompetencyRef> refs = competencies.apply(h.get("competencies"));
    List<SourceLink> sources = new ArrayList<>();
    for (YamlNode s :
        h.get("sources").requiredItems("list the public sources this module rests on")) {
      if (s.mapping(Set.of("title", "url"))) {
        String t = s.get("title").text(300);
        String u = CourseReader.url(s.get("url"));
        if (t != null && u != null) {
          sources.add(new SourceLink(t, u));
        }
      }
    }
    if (body.isBlank() && !packageNode.present()) {
      problems.add(file, 0, "", "the module has no teaching text after its header");
    }
    List<QuestionDefinition> questions = null;
    QuizFileReader.QuizRules quizRules = new QuizFileReader.QuizRules(null, null);
    String quiz = files.get(moduleId + CourseReader.QUIZ_SUFFIX);
    if (packageNode.present()) {
      if (quiz != null) {
        problems.add(
            folder + "/" + moduleId + CourseReader.QUIZ_SUFFIX,
            0,
            "",
            "a content package module has no quiz file: the package says when it is complete;"
                + " remove this file or the module's \"package\"");
      }
    } else if (quiz != null) {
      questions = new ArrayList<>();
      quizRules =
          QuizFileReader.read(
              folder + "/" + moduleId + CourseReader.QUIZ_SUFFIX, quiz, problems, questions);
    } else if (rule != null && rule.needsQuiz()) {
      problems.add(
          file,
          0,
          "",
          "the course's completion rule needs a quiz, but "
              + moduleId
              + CourseReader.QUIZ_SUFFIX
              + " is missing");
    }
    return new ModuleDefinition(
        moduleId,
        required,
        title,
        minutes == null ? 0 : minutes,
        reviewed,
        outcomes,
        refs,
        sources,
        body,
        questions,
        quizRules.draw(),
        quizRules.timeLimitMinutes(),
        activity,
        content);
  }

  /**
   * The content package a header names ({@code package: fhir-basics.zip}): a zip file or folder in
   * the course folder, read and checked.
   */
  private ContentRef content(YamlNode node, Problems problems) {
    if (!node.present()) {
      return null;
    }
    String name = node.text(100);
    if (name == null) {
      return null;
    }
    if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
      node.problem(
          "is \""
              + name
              + "\"; name a zip file or folder beside the module, such as "
              + "fhir-basics.zip");
      return null;
    }
    if (!packages.names().contains(name)) {
      node.problem(
          "names \"" + name + "\", but the course folder has no zip file or folder of that name");
      return null;
    }
    if (!named.add(name)) {
      node.problem("names " + name + ", which another module of the course already plays");
      return null;
    }
    return packages.read(name, problems);
  }

  /** What more the module asks of the trainee, if anything: one of {@link ModuleActivity}. */
  static ModuleActivity activity(YamlNode node) {
    if (!node.present()) {
      return null;
    }
    String s = node.text(60);
    if (s == null) {
      return null;
    }
    return ModuleActivity.of(s)
        .orElseGet(
            () -> {
              node.problem(
                  "is \""
                      + s
                      + "\"; the activity a module can ask for is "
                      + ModuleActivity.RATE_A_SYSTEM.written());
              return null;
            });
  }

  /**
   * The day the text was last checked against its sources: required, a real date in the form
   * 2026-12-06, and not in the future.
   */
  static LocalDate reviewed(YamlNode node) {
    if (!node.present()) {
      node.problem(
          "is required: the day this module was last checked against its sources, such as "
              + LocalDate.now(UK));
      return null;
    }
    String s = node.text(20);
    if (s == null) {
      return null;
    }
    LocalDate day;
    try {
      day = LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      node.problem("is \"" + s + "\"; write the date as year-month-day, such as 2026-12-06");
      return null;
    }
    if (day.isAfter(LocalDate.now(UK))) {
      node.problem("is " + s + ", which is in the future; give the day it was reviewed");
      return null;
    }
    return day;
  }
}
