package org.ccioacademy.catalogue.scorm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.ccioacademy.catalogue.format.Problems;

/**
 * Reads a content package, a zip or the same files unpacked in a folder, as the course importer and
 * the course editor's upload both find it: every file within the limits and inside the package, the
 * manifest read (SCORM's {@code imsmanifest.xml}, or cmi5's {@code cmi5.xml}), and a fingerprint of
 * the files (SHA-256 over each path and its content's SHA-256), so that the same package zipped
 * again, or unpacked, is the same package and is stored once.
 */
public final class PackageReader {

  private PackageReader() {}

  /**
   * Reads the package at {@code source} (named {@code name} in problems): a {@code .zip} file or a
   * folder. Returns null when it cannot be used; {@code problems} then says why.
   */
  public static PackageContents read(
      String name, Path source, PackageArchive.Limits limits, Problems problems) {
    Map<String, String> digests = new TreeMap<>();
    byte[][] manifest = new byte[2][];
    int before = problems.list().size();
    Set<String> paths =
        walk(
            name,
            source,
            limits,
            problems,
            (path, content) -> {
              digests.put(path, hex(sha256().digest(content)));
              if (path.equals(PackageArchive.MANIFEST)) {
                manifest[0] = content;
              } else if (path.equals(PackageArchive.CMI5)) {
                manifest[1] = content;
              }
            });
    if (paths == null || problems.list().size() > before) {
      return null;
    }
    long bytes = 0;
    try {
      bytes = Files.isDirectory(source) ? folderSize(source) : Files.size(source);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // a cmi5 course may carry a SCORM manifest too (for other players): cmi5 is what it is here
    ScormManifest m;
    if (manifest[1] != null) {
      Cmi5Structure s =
          Cmi5Reader.read(name + "/" + PackageArchive.CMI5, manifest[1], paths::contains, problems);
      m = s == null ? null : Cmi5Manifest.of(s);
    } else {
      m =
          ManifestReader.read(
              name + "/" + PackageArchive.MANIFEST, manifest[0], paths::contains, problems);
    }
    if (m == null || problems.list().size() > before) {
      return null;
    }
    return new PackageContents(name, source, fingerprint(digests), bytes, paths.size(), m);
  }

  /**
   * Reads the package's files again into {@code sink}, as they are now; fails when they are no
   * longer those {@link #read} found (the files changed in between), so that what is stored is
   * always what was checked.
   */
  public static void copy(
      PackageContents contents, PackageArchive.Limits limits, PackageArchive.Sink sink) {
    Map<String, String> digests = new TreeMap<>();
    Problems problems = new Problems();
    Set<String> paths =
        walk(
            contents.name(),
            contents.source(),
            limits,
            problems,
            (path, content) -> {
              digests.put(path, hex(sha256().digest(content)));
              sink.file(path, content);
            });
    if (paths == null || !fingerprint(digests).equals(contents.sha256())) {
      throw new IllegalStateException(
          contents.name() + " changed while it was being imported; import it again");
    }
  }

  private static Set<String> walk(
      String name,
      Path source,
      PackageArchive.Limits limits,
      Problems problems,
      PackageArchive.Sink sink) {
    try {
      if (Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS)) {
        return folder(name, source, limits, problems, sink);
      }
      try (InputStream in = Files.newInputStream(source)) {
        return PackageArchive.unpack(name, in, limits, problems, sink);
      }
    } catch (IOException e) {
      problems.add(name, 0, "", "could not be read (" + e.getMessage() + ")");
      return null;
    }
  }

  /** An unpacked package: the same checks as a zip's (see {@link PackageArchive}). */
  private static Set<String> folder(
      String name,
      Path root,
      PackageArchive.Limits limits,
      Problems problems,
      PackageArchive.Sink sink)
      throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(root)) {
      files = s.filter(p -> !p.equals(root)).sorted().toList();
    }
    Set<String> paths = new HashSet<>();
    Set<String> lower = new HashSet<>();
    long total = 0;
    for (Path p : files) {
      String path = root.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/");
      if (Files.isSymbolicLink(p)) {
        problems.add(name, 0, path, "is a symbolic link; a package holds only its own files");
        return null;
      }
      if (Files.isDirectory(p) || p.getFileName().toString().equals(".DS_Store")) {
        continue;
      }
      if (!lower.add(path.toLowerCase(Locale.ROOT))) {
        problems.add(name, 0, path, "is in the package twice (perhaps in different cases)");
        return null;
      }
      if (paths.size() + 1 > limits.maxFiles()) {
        problems.add(name, 0, "", "has more than " + limits.maxFiles() + " files");
        return null;
      }
      total += Files.size(p);
      if (total > limits.maxBytes()) {
        problems.add(
            name, 0, "", "is larger than " + limits.maxBytes() / (1024 * 1024) + " MB unpacked");
        return null;
      }
      paths.add(path);
      sink.file(path, Files.readAllBytes(p));
    }
    if (!paths.contains(PackageArchive.MANIFEST) && !paths.contains(PackageArchive.CMI5)) {
      problems.add(name, 0, "", PackageArchive.NEITHER);
      return null;
    }
    return paths;
  }

  private static long folderSize(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile)
          .mapToLong(
              p -> {
                try {
                  return Files.size(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              })
          .sum();
    }
  }

  private static String fingerprint(Map<String, String> digests) {
    MessageDigest all = sha256();
    digests.forEach(
        (path, digest) ->
            all.update((path + "\n" + digest + "\n").getBytes(StandardCharsets.UTF_8)));
    return hex(all.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String hex(byte[] b) {
    return HexFormat.of().formatHex(b);
  }
}
