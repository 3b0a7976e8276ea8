package org.ccioacademy.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The boundaries between features, read from the source: which feature's code names which other
 * feature (imports and qualified names), and which tables each feature's SQL reads. A feature reads
 * another's data only through what that one publishes (views in its {@code R__…facts.sql}, listed
 * in its package-info), and no two features depend on each other.
 *
 * <p>Run it alone with {@code mvn -q test -Dtest=FeatureBoundariesTest}. The lists of what is still
 * crossed are the work left (issue 16); the test fails when a crossing is added, and when one is
 * removed without taking it off the list, so the list stays true.
 */
class FeatureBoundariesTest {

  private static final Path MAIN = Path.of("src", "main", "java", "org", "ccioacademy");

  /** Who owns each table: the feature whose migrations made it and whose code writes it. */
  private static final Map<String, String> OWNER = new HashMap<>();

  static {
    own("identity", "users", "user_roles", "api_token");
    own(
        "catalogue",
        "course",
        "course_version",
        "course_version_audience",
        "course_version_competency",
        "course_tutor",
        "course_draft",
        "course_draft_file",
        "course_import_problem",
        "course_import_run",
        "module",
        "module_competency",
        "module_outcome",
        "module_source",
        "question",
        "question_option",
        "competency_domain",
        "competency_framework",
        "competency_level");
    own(
        "delivery",
        "enrolment",
        "module_progress",
        "quiz_attempt",
        "quiz_response",
        "quiz_sitting",
        "quiz_override",
        "quiz_allowance",
        "course_completion");
    own(
        "assessment",
        "assignment",
        "submission",
        "submission_file",
        "grade",
        "grade_level",
        "rubric",
        "rubric_criterion",
        "rubric_level");
    own(
        "events",
        "event",
        "event_session",
        "event_registration",
        "session_place",
        "attendance_mark");
    own("certificates", "certificate", "certificate_run");
    own("portfolio", "cpd_entry", "cpd_evidence", "cpd_cycle");
    own("pathway", "pathway_definition");
    own(
        "review",
        "cohort",
        "cohort_criterion",
        "cohort_member",
        "reviewer_scope",
        "enrolment_fact",
        "trainee_fact");
  }

  /** Other features' tables still read directly: feature -> "owner.table" (to be published). */
  private static final Map<String, Set<String>> STILL_READ =
      Map.of(
          "assessment",
          Set.of(
              "catalogue.course",
              "catalogue.course_tutor",
              "catalogue.course_version",
              "catalogue.module",
              "delivery.enrolment",
              "delivery.module_progress",
              "identity.users"),
          "certificates",
          Set.of("catalogue.course", "identity.users"),
          "delivery",
          Set.of(
              "catalogue.course",
              "catalogue.course_version",
              "catalogue.module",
              "catalogue.question",
              "identity.user_roles",
              "identity.users"),
          "events",
          Set.of("identity.user_roles", "identity.users"),
          "pathway",
          Set.of(
              "catalogue.competency_domain",
              "catalogue.competency_framework",
              "catalogue.course",
              "catalogue.course_version",
              "catalogue.course_version_competency"),
          "portfolio",
          Set.of("catalogue.course_version"),
          "review",
          Set.of(
              "catalogue.course",
              "catalogue.course_version",
              "catalogue.module",
              "identity.user_roles",
              "identity.users"));

  /** Pairs of features that still depend on each other (to be broken). */
  private static final Set<String> STILL_CYCLIC = Set.of();

  private static void own(String feature, String... tables) {
    for (String t : tables) {
      OWNER.put(t, feature);
    }
  }

  @Test
  void noFeatureReadsAnotherFeaturesTablesBeyondTheListOfWhatIsLeft() {
    Map<String, Set<String>> read = new TreeMap<>();
    Pattern table = Pattern.compile("\\b(?:from|join|into|update)\\s+([a-z_]+)\\b");
    for (String feature : features()) {
      for (Path file : javaFiles(feature)) {
        Matcher m = table.matcher(stringLiterals(read(file)));
        while (m.find()) {
          String owner = OWNER.get(m.group(1));
          if (owner != null && !owner.equals(feature)) {
            read.computeIfAbsent(feature, k -> new TreeSet<>()).add(owner + "." + m.group(1));
          }
        }
      }
    }
    Map<String, Set<String>> expected = new TreeMap<>();
    STILL_READ.forEach((k, v) -> expected.put(k, new TreeSet<>(v)));
    assertThat(read).isEqualTo(expected);
  }

  @Test
  void noTwoFeaturesDependOnEachOtherBeyondTheListOfWhatIsLeft() {
    Map<String, Set<String>> uses = new TreeMap<>();
    Pattern name = Pattern.compile("\\borg\\.ccioacademy\\.([a-z]+)\\.");
    for (String feature : features()) {
      Set<String> used = new TreeSet<>();
      for (Path file : javaFiles(feature)) {
        Matcher m = name.matcher(read(file));
        while (m.find()) {
          if (!m.group(1).equals(feature)) {
            used.add(m.group(1));
          }
        }
      }
      uses.put(feature, used);
    }
    assertThat(uses.get("platform"))
        .as("platform is the shared kernel: it uses no feature")
        .isEmpty();
    Set<String> cycles = new TreeSet<>();
    for (var e : uses.entrySet()) {
      for (String other : e.getValue()) {
        if (e.getKey().compareTo(other) < 0
            && uses.getOrDefault(other, Set.of()).contains(e.getKey())) {
          cycles.add(e.getKey() + " <-> " + other);
        }
      }
    }
    assertThat(cycles).isEqualTo(new TreeSet<>(STILL_CYCLIC));
  }

  private static List<String> features() {
    try (Stream<Path> dirs = Files.list(MAIN)) {
      return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> javaFiles(String feature) {
    try (Stream<Path> files = Files.walk(MAIN.resolve(feature))) {
      return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The string literals of a source file joined by spaces (SQL is split over "..." + "..."). */
  private static String stringLiterals(String source) {
    List<String> parts = new ArrayList<>();
    Matcher m = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(source);
    while (m.find()) {
      parts.add(m.group(1));
    }
    return String.join(" ", parts).toLowerCase(java.util.Locale.ROOT);
  }
}
