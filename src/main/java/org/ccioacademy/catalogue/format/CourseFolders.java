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
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.ccioacademy.catalogue.scorm.PackageArchive;
import org.ccioacademy.catalogue.scorm.PackageContents;
import org.ccioacademy.catalogue.scorm.PackageReader;

/**
 * Reads the whole {@code courses/} folder: the frameworks first (courses refer to them), then every
 * course folder on its own, so that a problem in one course never stops another from loading.
 */
public final class CourseFolders {

  public static final String FRAMEWORKS = "frameworks";
  static final long MAX_FILE_BYTES = 1_000_000;

  private CourseFolders() {}

  /**
   * Everything read from the folder: good frameworks and courses, every problem, and the content
   * packages the courses' modules play (by fingerprint), to be stored before the courses.
   */
  public record Snapshot(
      List<FrameworkDefinition> frameworks,
      List<Problem> frameworkProblems,
      Map<String, CourseReader.Result> courses,
      Map<String, PackageContents> packages) {

    public Snapshot(
        List<FrameworkDefinition> frameworks,
        List<Problem> frameworkProblems,
        Map<String, CourseReader.Result> courses) {
      this(frameworks, frameworkProblems, courses, Map.of());
    }

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

  /** Reads the folder with the default limits on content packages. */
  public static Snapshot read(Path root) {
    return read(root, DEFAULT_PACKAGE_LIMITS);
  }

  /** The largest content package (unpacked) and most files one may hold, unless configured. */
  public static final PackageArchive.Limits DEFAULT_PACKAGE_LIMITS =
      new PackageArchive.Limits(500L * 1024 * 1024, 20_000);

  /** Reads the folder; {@code limits} bound each content package. */
  public static Snapshot read(Path root, PackageArchive.Limits limits) {
    List<FrameworkDefinition> frameworks = new ArrayList<>();
    Problems frameworkProblems = new Problems();
    Path fw = root.resolve(FRAMEWORKS);
    if (Files.isDirectory(fw)) {
      Map<String, Path> stray = new TreeMap<>();
      Map<String, String> frameworkFiles = files(fw, FRAMEWORKS, frameworkProblems, stray);
      stray
          .keySet()
          .forEach(
              n ->
                  frameworkProblems.add(
                      FRAMEWORKS + "/" + n, 0, "", "only framework .yaml files belong here"));
      for (Map.Entry<String, String> f : frameworkFiles.entrySet()) {
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
    Map<String, PackageContents> packages = new LinkedHashMap<>();
    for (Path dir : courseDirectories(root)) {
      String folder = dir.getFileName().toString();
      Problems readProblems = new Problems();
      Map<String, Path> packagePaths = new TreeMap<>();
      Map<String, String> files = files(dir, folder, readProblems, packagePaths);
      Map<String, PackageContents> read = new LinkedHashMap<>();
      CourseReader.Result result =
          reader.read(folder, files, finder(folder, packagePaths, limits, read));
      if (result.ok()) {
        read.values().forEach(p -> packages.putIfAbsent(p.sha256(), p));
      }
      if (!readProblems.isEmpty()) {
        List<Problem> all = new ArrayList<>(readProblems.list());
        all.addAll(result.problems());
        result = new CourseReader.Result(null, all);
      }
      courses.put(folder, result);
    }
    return new Snapshot(frameworks, frameworkProblems.list(), courses, packages);
  }

  /** The zip files and folders of one course folder, read when a module names one. */
  private static PackageFinder finder(
      String folder,
      Map<String, Path> paths,
      PackageArchive.Limits limits,
      Map<String, PackageContents> read) {
    return new PackageFinder() {
      @Override
      public Set<String> names() {
        return paths.keySet();
      }

      @Override
      public ContentRef read(String name, Problems problems) {
        PackageContents c =
            PackageReader.read(folder + "/" + name, paths.get(name), limits, problems);
        if (c == null) {
          return null;
        }
        read.put(name, c);
        return new ContentRef(name, c.sha256());
      }
    };
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

  /**
   * The regular files of one folder by name, as UTF-8 text; anything unreadable is a problem. Zip
   * files and folders are content packages: they go to {@code packages}.
   */
  private static Map<String, String> files(
      Path dir, String folder, Problems problems, Map<String, Path> packages) {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.sorted().toList()) {
        String name = p.getFileName().toString();
        if (name.startsWith(".")) {
          continue;
        }
        if (Files.isDirectory(p) || name.toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
          packages.put(name, p);
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
