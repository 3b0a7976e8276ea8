package org.ccioacademy.catalogue.format;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/**
 * Writes a course in the canonical form of {@code docs/course-format.md}: the same course always
 * gives the same bytes, so reading an export and writing it again is byte-for-byte stable, and the
 * fingerprint of those bytes tells the importer whether a course has changed.
 */
public final class CourseWriter {

  private static final DumpSettings SETTINGS =
      DumpSettings.builder()
          .setDefaultFlowStyle(FlowStyle.BLOCK)
          .setIndent(2)
          .setIndicatorIndent(2)
          .setIndentWithIndicator(true)
          .setWidth(100)
          .build();

  private CourseWriter() {}

  /** The course's files by name, in name order. */
  public static SortedMap<String, String> write(CourseDefinition c) {
    SortedMap<String, String> files = new TreeMap<>();
    Map<String, Object> course = new LinkedHashMap<>();
    put(course, "id", c.id());
    put(course, "title", c.title());
    put(course, "summary", c.summary());
    course.put("audience", c.audience().stream().map(g -> g.name().toLowerCase()).toList());
    put(course, "level", c.level() == null ? null : c.level().fileName());
    course.put("cpd-hours", c.cpdHours());
    course.put("competencies", refs(c.competencies()));
    Map<String, Object> completion = new LinkedHashMap<>();
    put(completion, "module", c.moduleRule() == null ? null : c.moduleRule().fileName());
    completion.put("pass-mark", c.passMark());
    completion.put("attempts", c.attempts());
    course.put("completion", completion);
    if (c.certificateValidMonths() != null) {
      course.put("certificate", Map.of("valid-for-months", c.certificateValidMonths()));
    }
    if (c.quizFeedback() != QuizFeedback.AFTER_PASS) {
      // the default is left out, so files (and their fingerprints) that never chose stay as they
      // were
      course.put("quiz-feedback", c.quizFeedback().fileName());
    }
    List<Object> modules = new ArrayList<>();
    for (ModuleDefinition m : c.modules()) {
      if (m.required()) {
        modules.add(m.id());
      } else {
        Map<String, Object> optional = new LinkedHashMap<>();
        optional.put("id", m.id());
        optional.put("required", false);
        modules.add(optional);
      }
      files.put(m.id() + CourseReader.MODULE_SUFFIX, module(m));
      if (m.hasQuiz()) {
        files.put(m.id() + CourseReader.QUIZ_SUFFIX, quiz(m));
      }
    }
    course.put("modules", modules);
    AssignmentDefinition a = c.assignment();
    if (a != null) {
      course.put("assignment", a.id());
      files.put(a.id() + AssignmentFileReader.SUFFIX, assignment(a));
    }
    files.put(CourseReader.COURSE_FILE, yaml(course));
    return files;
  }

  /** SHA-256 of the canonical files (names and contents), as 64 hex digits. */
  public static String fingerprint(CourseDefinition c) {
    SortedMap<String, String> files = write(c);
    // a package's files are not text: its fingerprint stands for them (courses without packages
    // keep the fingerprints they always had)
    StringBuilder packages = new StringBuilder();
    c.modules().stream()
        .filter(ModuleDefinition::isPackage)
        .forEach(
            m ->
                packages
                    .append(m.content().name())
                    .append(' ')
                    .append(m.content().sha256())
                    .append('\n'));
    if (!packages.isEmpty()) {
      files.put("\0packages", packages.toString());
    }
    return fingerprint(files);
  }

  public static String fingerprint(SortedMap<String, String> files) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (Map.Entry<String, String> f : files.entrySet()) {
        sha.update(f.getKey().getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(f.getValue().getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }

  private static String module(ModuleDefinition m) {
    Map<String, Object> header = new LinkedHashMap<>();
    put(header, "title", m.title());
    header.put("minutes", m.minutes());
    put(header, "reviewed", m.reviewed() == null ? null : m.reviewed().toString());
    put(header, "activity", m.activity() == null ? null : m.activity().written());
    put(header, "package", m.content() == null ? null : m.content().name());
    header.put("outcomes", m.outcomes());
    header.put("competencies", refs(m.competencies()));
    List<Object> sources = new ArrayList<>();
    for (SourceLink s : m.sources()) {
      Map<String, Object> source = new LinkedHashMap<>();
      put(source, "title", s.title());
      put(source, "url", s.url());
      sources.add(source);
    }
    header.put("sources", sources);
    return "---\n" + yaml(header) + "---\n" + m.body();
  }

  /** The header's rubric is a literal block, one criterion a line, as a tutor writes it. */
  private static String assignment(AssignmentDefinition a) {
    Map<String, Object> header = new LinkedHashMap<>();
    put(header, "title", a.title());
    header.put("minutes", a.minutes());
    header.put("pass-mark", a.passMark());
    header.put("competencies", refs(a.competencies()));
    StringBuilder rubric = new StringBuilder("rubric: |\n");
    a.rubric().lines().forEach(line -> rubric.append("  ").append(line).append('\n'));
    return "---\n" + yaml(header) + rubric + "---\n" + a.instructions();
  }

  private static String quiz(ModuleDefinition m) {
    List<Object> list = new ArrayList<>();
    for (QuestionDefinition q : m.questions()) {
      Map<String, Object> question = new LinkedHashMap<>();
      question.put("id", q.id());
      question.put("type", q.type().fileName());
      put(question, "text", q.text());
      switch (q.type()) {
        case SINGLE, MULTIPLE -> {
          List<Object> options = new ArrayList<>();
          for (OptionDefinition o : q.options()) {
            Map<String, Object> option = new LinkedHashMap<>();
            put(option, "text", o.text());
            if (o.correct()) {
              option.put("correct", true);
            }
            if (o.feedback() != null) {
              option.put("feedback", o.feedback());
            }
            options.add(option);
          }
          question.put("options", options);
        }
        case TRUE_FALSE -> put(question, "answer", q.truth());
        case SHORT_TEXT -> question.put("answers", q.answers());
        case NUMERIC -> {
          put(question, "answer", q.number() == null ? null : number(q.number().toPlainString()));
          put(
              question,
              "tolerance",
              q.tolerance() == null ? null : number(q.tolerance().toPlainString()));
        }
      }
      put(question, "feedback", q.feedback());
      list.add(question);
    }
    Map<String, Object> root = new LinkedHashMap<>();
    put(root, "draw", m.draw());
    put(root, "time-limit-minutes", m.timeLimitMinutes());
    root.put("questions", list);
    return yaml(root);
  }

  /** Numbers are written as YAML numbers (integers as integers) so they read back the same. */
  private static Object number(String plain) {
    if (plain.matches("-?\\d{1,9}")) {
      return Integer.valueOf(plain);
    }
    return new BigDecimal(plain).doubleValue();
  }

  /** Fields an editor has not filled in yet are left out (the reader then names them). */
  private static void put(Map<String, Object> map, String key, Object value) {
    if (value != null) {
      map.put(key, value);
    }
  }

  private static List<String> refs(List<CompetencyRef> refs) {
    return refs.stream().map(CompetencyRef::toString).toList();
  }

  private static String yaml(Object value) {
    return new Dump(SETTINGS).dumpToString(value);
  }
}
