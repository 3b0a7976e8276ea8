package org.ccioacademy.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A working copy of the shipped {@code courses/} folder that the servers under test import from
 * ({@code ccio.test.coursesDir}), so tests can add and change courses without touching the real
 * content. Made afresh once per test JVM.
 */
public final class TestCourses {

  private static Path dir;

  private TestCourses() {}

  public static synchronized Path dir() {
    if (dir == null) {
      Path target = Path.of(System.getProperty("ccio.test.workDir", "target/it"), "courses");
      try {
        if (Files.exists(target)) {
          try (Stream<Path> s = Files.walk(target)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
              Files.delete(p);
            }
          }
        }
        copy(Path.of("courses"), target);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot make the test copy of courses/", e);
      }
      dir = target.toAbsolutePath();
      System.setProperty("ccio.test.coursesDir", dir.toString());
    }
    return dir;
  }

  /** Copies the folder {@code from}, and all in it, to {@code to}. */
  public static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  /** Removes a course folder from the working copy. */
  public static void remove(String folder) {
    Path d = dir().resolve(folder);
    try (Stream<Path> s = Files.walk(d)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes (or replaces) a course folder in the working copy. */
  public static void write(String folder, Map<String, String> files) {
    Path d = dir().resolve(folder);
    try {
      Files.createDirectories(d);
      try (Stream<Path> s = Files.list(d)) {
        for (Path p : s.toList()) {
          Files.delete(p);
        }
      }
      for (Map.Entry<String, String> f : files.entrySet()) {
        Files.writeString(d.resolve(f.getKey()), f.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes (the same each time) "certificate-test", a short course of two modules without quizzes
   * ("Safer digital prescribing", 3 CPD hours, for nurses and doctors), used by the certificate and
   * portfolio tests; returns its id. Call it in a test class's static set-up, before the server
   * starts.
   */
  public static synchronized String certificateTest() {
    write(
        "certificate-test",
        Map.of(
            "course.yaml",
            """
            id: certificate-test
            title: Safer digital prescribing
            summary: A short course used by the certificate tests.
            audience: [nurse, doctor]
            level: foundation
            cpd-hours: 3
            competencies: [fci:it-systems]
            completion: {module: read, pass-mark: 50, attempts: 0}
            modules: [first, second]
            """,
            "first.md",
            """
            ---
            title: First module
            minutes: 90
            reviewed: 2026-12-01
            outcomes: [Explain what a hazard log records., Name the two clinical safety standards.]
            competencies: [fci:it-systems]
            sources: [{title: NHS England, url: "https://www.england.nhs.uk/"}]
            ---
            The first module.
            """,
            "second.md",
            """
            ---
            title: Second module
            minutes: 90
            reviewed: 2026-12-01
            outcomes: [Describe how e-prescribing reduces medication errors.]
            competencies: [fci:it-systems]
            sources: [{title: NHS England, url: "https://www.england.nhs.uk/"}]
            ---
            The second module.
            """));
    return "certificate-test";
  }

  /** Enrols the signed-in trainee on a course from its page, as they would. */
  public static void enrol(WebClient trainee, String course) {
    String url = "course.xhtml?id=" + course;
    trainee.submit(url, trainee.get(url), "enrolment", "enrol", Map.of());
  }
}
