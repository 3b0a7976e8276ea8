package org.ccioacademy.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ccioacademy.catalogue.format.CourseFolders;
import org.ccioacademy.catalogue.format.CourseReader;
import org.ccioacademy.catalogue.format.FrameworkDefinition;
import org.ccioacademy.catalogue.format.ModuleDefinition;
import org.ccioacademy.catalogue.format.Problem;
import org.ccioacademy.platform.audit.Actor;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Imports {@code courses/} (setting {@code ccio.courses.dir}): frameworks first, then each course
 * on its own, so a broken course never stops the others. Every run is recorded with its problems.
 */
@ApplicationScoped
public class CourseImporter {

  private static final Logger LOG = Logger.getLogger(CourseImporter.class.getName());

  @Inject
  @ConfigProperty(name = "ccio.courses.dir", defaultValue = "courses")
  String coursesDir;

  @Inject CourseStore store;
  @Inject ContentPackages packages;
  @Inject Event<CoursesImported> imported;

  /** What one import did. */
  public record Report(long runId, int loaded, int unchanged, int failed, List<Problem> problems) {
    public String summary() {
      return loaded
          + (loaded == 1 ? " course" : " courses")
          + " loaded, "
          + unchanged
          + " unchanged, "
          + failed
          + (failed == 1 ? " with problems" : " with problems")
          + (problems.isEmpty() ? "" : " (" + problems.size() + " problems listed below)");
    }
  }

  public Path folder() {
    return Path.of(coursesDir).toAbsolutePath().normalize();
  }

  public Report importAll(ImportRun.Trigger trigger, Actor actor) {
    OffsetDateTime started = OffsetDateTime.now();
    List<ImportRun.FolderProblem> problems = new ArrayList<>();
    int loaded = 0;
    int unchanged = 0;
    int failed = 0;
    Path root = folder();
    if (!Files.isDirectory(root)) {
      problems.add(
          new ImportRun.FolderProblem(
              "",
              new Problem(
                  root.toString(),
                  0,
                  "",
                  "the courses folder does not exist; set ccio.courses.dir (CCIO_COURSES_DIR)")));
    } else {
      CourseFolders.Snapshot snapshot = CourseFolders.read(root, packages.limits());
      snapshot
          .frameworkProblems()
          .forEach(p -> problems.add(new ImportRun.FolderProblem(CourseFolders.FRAMEWORKS, p)));
      for (FrameworkDefinition f : snapshot.frameworks()) {
        try {
          store.storeFramework(f, actor);
        } catch (RuntimeException e) {
          LOG.log(Level.SEVERE, "Could not store framework " + f.id(), e);
          problems.add(
              new ImportRun.FolderProblem(
                  CourseFolders.FRAMEWORKS,
                  new Problem(
                      CourseFolders.FRAMEWORKS + "/" + f.id() + ".yaml",
                      0,
                      "",
                      "could not be saved (" + rootMessage(e) + ")")));
        }
      }
      for (Map.Entry<String, CourseReader.Result> c : snapshot.courses().entrySet()) {
        CourseReader.Result r = c.getValue();
        if (!r.ok()) {
          failed++;
          r.problems().forEach(p -> problems.add(new ImportRun.FolderProblem(c.getKey(), p)));
          continue;
        }
        try {
          // its packages first, each stored once (unchanged ones are found by fingerprint)
          r.course().modules().stream()
              .filter(ModuleDefinition::isPackage)
              .forEach(m -> packages.store(snapshot.packages().get(m.content().sha256())));
          if (store.importCourse(r.course(), actor) == CourseStore.Outcome.LOADED) {
            loaded++;
          } else {
            unchanged++;
          }
        } catch (RuntimeException e) {
          failed++;
          LOG.log(Level.SEVERE, "Could not store course " + c.getKey(), e);
          problems.add(
              new ImportRun.FolderProblem(
                  c.getKey(),
                  new Problem(
                      c.getKey() + "/course.yaml",
                      0,
                      "",
                      "the course could not be saved (" + rootMessage(e) + ")")));
        }
      }
    }
    if (Files.isDirectory(root)) {
      imported.fire(new CoursesImported(root, actor, problems));
    }
    long runId = store.recordRun(trigger, actor, started, loaded, unchanged, failed, problems);
    Report report =
        new Report(
            runId, loaded, unchanged, failed, problems.stream().map(p -> p.problem()).toList());
    LOG.info("Course import from " + root + ": " + report.summary());
    problems.forEach(p -> LOG.warning("Course import problem: " + p.problem()));
    return report;
  }

  /** The message of the innermost cause, for a problem list. */
  public static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = t.getMessage();
    return m == null ? t.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
  }
}
