package org.ccioacademy.catalogue.format;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads the whole {@code courses/} folder: the frameworks first (courses refer to them), then every
 * course folder on its own, so that a problem in one course never stops another from loading.
 */
public final class CourseFolders {

  public static final String FRAMEWORKS = "frameworks";
  static final long MAX_FILE_BYTES = 1_000_000;

  private CourseFolders() {}

  /** Everything read from the folder: good frameworks and courses, and every problem. */
  public record Snapshot(
      List<FrameworkDefinition> frameworks,
      List<Problem> frameworkProblems,
      Map<String, CourseReader.Result> courses) {

    public List<CourseDefinition> goodCourses() {
      return courses.values().stream()
          .filter(CourseReader.Result::ok)
          .map(r -> r.course())
          .toList();
    }

    public List<Problem> allProblems() {
      List<Problem> all = new ArrayList<>(frameworkProblems);
      courses.values().forEach(r -> all.addAll(r.problems()));
      return all;
    }
  }

  public static Snapshot read(Path root) {
    List<FrameworkDefinition> frameworks = new ArrayList<>();
    Problems frameworkProblems = new Problems();
    Path fw = root.resolve(FRAMEWORKS);
    if (Files.isDirectory(fw)) {
      for (Map.Entry<String, String> f : files(fw, FRAMEWORKS, frameworkProblems).entrySet()) {
        if (!f.getKey().endsWith(".yaml")) {
          frameworkProblems.add(
              FRAMEWORKS + "/" + f.getKey(), 0, "", "only framework .yaml files belong here");
          continue;
        }
        FrameworkDefinition d =
            FrameworkReader.read(FRAMEWORKS + "/" + f.getKey(), f.getValue(), frameworkProblems);
        if (d != null) {
          frameworks.add(d);
        }
      }
    }
    CourseReader reader = new CourseReader(frameworks);
    Map<String, CourseReader.Result> courses = new LinkedHashMap<>();
    for (Path dir : courseDirectories(root)) {
      String folder = dir.getFileName().toString();
      Problems readProblems = new Problems();
      Map<String, String> files = files(dir, folder, readProblems);
      CourseReader.Result result = reader.read(folder, files);
      if (!readProblems.isEmpty()) {
        List<Problem> all = new ArrayList<>(readProblems.list());
        all.addAll(result.problems());
        result = new CourseReader.Result(null, all);
      }
      courses.put(folder, result);
    }
    return new Snapshot(frameworks, frameworkProblems.list(), courses);
  }

  private static List<Path> courseDirectories(Path root) {
    try (Stream<Path> s = Files.list(root)) {
      return s.filter(Files::isDirectory)
          .filter(p -> !p.getFileName().toString().equals(FRAMEWORKS))
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the courses folder " + root, e);
    }
  }

  /** The regular files of one folder by name, as UTF-8 text; anything unreadable is a problem. */
  private static Map<String, String> files(Path dir, String folder, Problems problems) {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.sorted().toList()) {
        String name = p.getFileName().toString();
        if (name.startsWith(".")) {
          continue;
        }
        if (Files.isDirectory(p)) {
          problems.add(folder + "/" + name, 0, "", "a course folder must not contain folders");
        } else if (Files.size(p) > MAX_FILE_BYTES) {
          problems.add(folder + "/" + name, 0, "", "the file is larger than 1 MB");
        } else {
          try {
            files.put(
                name,
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(p)))
                    .toString());
          } catch (CharacterCodingException e) {
            problems.add(folder + "/" + name, 0, "", "the file is not UTF-8 text");
          }
        }
      }
    } catch (IOException e) {
      problems.add(folder, 0, "", "the folder could not be read (" + e.getMessage() + ")");
    }
    return files;
  }
}
