package org.ccioacademy.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
 * feature (imports and qualified names), which tables each feature's SQL reads (in its Java and in
 * its own {@code R__<feature>_….sql}), and whose entities it loads. A feature reads another's data
 * only through what that one publishes (views in its {@code R__<feature>_facts.sql}, and its query
 * classes, listed in its package-info), and no two features depend on each other.
 *
 * <p>Run it alone with {@code mvn -q test -Dtest=FeatureBoundariesTest}. Triggers that keep
 * review's facts current sit on the tables they follow (versioned migrations V26 and V28); what
 * they run, {@code review_refresh()}, reads only published views.
 */
class FeatureBoundariesTest {

  private static final Path MAIN = Path.of("src", "main", "java", "org", "ccioacademy");
  private static final Path MIGRATIONS = Path.of("src", "main", "resources", "db", "migration");

  /** Who owns each table: the feature whose migrations made it and whose code writes it. */
  private static final Map<String, String> OWNER = new HashMap<>();

  static {
    own(
        "identity",
        "users",
        "user_roles",
        "api_token",
        "password_reset",
        "second_factor",
        "recovery_code",
        "external_identity",
        "sso_required_domain",
        "staff_feed_run",
        "staff_feed_line",
        "email_change");
    own(
        "catalogue",
        "course",
        "course_version",
        "course_version_audience",
        "course_version_competency",
        "course_tutor",
        "course_draft",
        "course_draft_file",
        "course_draft_package",
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
        "competency_level",
        "content_package",
        "content_package_item",
        "content_package_file");
    own(
        "delivery",
        "enrolment",
        "module_progress",
        "quiz_attempt",
        "quiz_response",
        "quiz_sitting",
        "quiz_override",
        "quiz_allowance",
        "course_completion",
        "scorm_attempt",
        "scorm_sco",
        "scorm_launch");
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
    own(
        "lrs",
        "lrs_client",
        "lrs_statement",
        "lrs_statement_key",
        "lrs_statement_ref",
        "lrs_attachment",
        "lrs_statement_attachment",
        "lrs_document",
        "lrs_activity",
        "lrs_forward",
        "cmi5_session",
        "cmi5_progress");
    own("portfolio", "cpd_entry", "cpd_evidence", "cpd_cycle");
    own("pathway", "pathway_definition");
    own("voice", "clinical_system", "system_rating", "module_feedback", "module_flag");
    own(
        "review",
        "cohort",
        "cohort_criterion",
        "cohort_member",
        "reviewer_scope",
        "enrolment_fact",
        "trainee_fact");
  }

  /** Pairs of features that still depend on each other (to be broken). */
  private static final Set<String> STILL_CYCLIC = Set.of();

  private static void own(String feature, String... tables) {
    for (String t : tables) {
      OWNER.put(t, feature);
    }
  }

  @Test
  void noFeatureReadsAnotherFeaturesTables() {
    Map<String, Set<String>> read = new TreeMap<>();
    // "from module 2" in a sentence is not a table
    Pattern table = Pattern.compile("\\b(?:from|join|into|update)\\s+([a-z_]+)\\b(?!\\s+\\d)");
    for (String feature : features()) {
      List<String> sql = new ArrayList<>();
      javaFiles(feature).forEach(f -> sql.add(stringLiterals(read(f))));
      factsFiles(feature).forEach(f -> sql.add(withoutComments(read(f))));
      for (String text : sql) {
        Matcher m = table.matcher(text);
        while (m.find()) {
          String owner = OWNER.get(m.group(1));
          if (owner != null && !owner.equals(feature)) {
            read.computeIfAbsent(feature, k -> new TreeSet<>()).add(owner + "." + m.group(1));
          }
        }
      }
    }
    assertThat(read).as("tables read by a feature that does not own them").isEmpty();
  }

  /**
   * A feature never loads another feature's entities through its own EntityManager ({@code
   * em.find}, JPQL): it asks the owner's query class (for example {@code
   * UserAccountRepository.find}, {@code Catalogue.version}), so the owner decides what is read.
   */
  @Test
  void noFeatureLoadsAnotherFeaturesEntitiesItself() {
    Map<String, String> entityOwner = new HashMap<>();
    for (String feature : features()) {
      for (Path f : javaFiles(feature)) {
        if (read(f).contains("@Entity")) {
          entityOwner.put(f.getFileName().toString().replace(".java", ""), feature);
        }
      }
    }
    Pattern find = Pattern.compile("\\.(?:find|getReference)\\(\\s*([A-Z][A-Za-z]*)\\.class");
    Pattern jpql = Pattern.compile("\\b(?:from|join)\\s+([A-Z][A-Za-z]*)\\b");
    Map<String, Set<String>> loaded = new TreeMap<>();
    for (String feature : features()) {
      for (Path f : javaFiles(feature)) {
        String source = read(f);
        List<Matcher> found =
            List.of(find.matcher(source), jpql.matcher(stringLiteralsAsWritten(source)));
        for (Matcher m : found) {
          while (m.find()) {
            String owner = entityOwner.get(m.group(1));
            if (owner != null && !owner.equals(feature)) {
              loaded.computeIfAbsent(feature, k -> new TreeSet<>()).add(owner + "." + m.group(1));
            }
          }
        }
      }
    }
    assertThat(loaded).as("entities a feature loads that another owns").isEmpty();
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

  /** The feature's repeatable migrations: R__<feature>_….sql. */
  private static List<Path> factsFiles(String feature) {
    try (Stream<Path> files = Files.list(MIGRATIONS)) {
      return files
          .filter(f -> f.getFileName().toString().startsWith("R__" + feature + "_"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String withoutComments(String sql) {
    return sql.replaceAll("--[^\\n]*", "").toLowerCase(Locale.ROOT);
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
    return stringLiteralsAsWritten(source).toLowerCase(Locale.ROOT);
  }

  private static String stringLiteralsAsWritten(String source) {
    List<String> parts = new ArrayList<>();
    Matcher m = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(source);
    while (m.find()) {
      parts.add(m.group(1));
    }
    return String.join(" ", parts);
  }
}
