package org.ccioacademy.catalogue.scorm;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.ccioacademy.catalogue.format.Problems;

/**
 * Unpacks a content package's zip, which is untrusted, one file at a time: every path checked to
 * stay inside the package (no zip-slip), the sizes counted as the bytes come out (a zip's own sizes
 * may lie), at most {@link Limits#maxFiles} files and {@link Limits#maxBytes} bytes in all, folders
 * and the macOS resource forks ({@code __MACOSX/}) left out. {@code imsmanifest.xml} (SCORM) or
 * {@code cmi5.xml} (cmi5) must be at the package's root, as the standards say.
 */
public final class PackageArchive {

  /** The manifest's name, at the package's root. */
  public static final String MANIFEST = "imsmanifest.xml";

  /** A cmi5 course structure's name, at the package's root. */
  public static final String CMI5 = "cmi5.xml";

  /** What a folder or zip with neither is told. */
  static final String NEITHER =
      "has no "
          + MANIFEST
          + " (SCORM) or "
          + CMI5
          + " (cmi5) at its root, so it is not a content package";

  /** How big a package may be, unpacked. */
  public record Limits(long maxBytes, int maxFiles) {}

  /** Where each file goes as it is unpacked. */
  @FunctionalInterface
  public interface Sink {
    void file(String path, byte[] content) throws IOException;
  }

  private PackageArchive() {}

  /**
   * Unpacks {@code zip} (named {@code name} in problems) into {@code sink}; returns the paths of
   * the files, or null when the package was refused (the problems say why; what the sink was given
   * must then be thrown away).
   */
  public static Set<String> unpack(
      String name, InputStream zip, Limits limits, Problems problems, Sink sink)
      throws IOException {
    Set<String> paths = new HashSet<>();
    Set<String> lower = new HashSet<>();
    long total = 0;
    int before = problems.list().size();
    try (ZipInputStream in = new ZipInputStream(zip)) {
      byte[] buffer = new byte[64 * 1024];
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        String path = e.getName();
        if (e.isDirectory()
            || path.startsWith("__MACOSX/")
            || path.endsWith("/.DS_Store")
            || path.equals(".DS_Store")) {
          continue;
        }
        String why = PackagePaths.problem(path);
        if (why != null) {
          problems.add(name, 0, path, "the file \"" + path + "\" " + why + "; nothing was kept");
          return null;
        }
        String normal = PackagePaths.normalise(path);
        if (!lower.add(normal.toLowerCase(Locale.ROOT))) {
          problems.add(name, 0, normal, "is in the package twice (perhaps in different cases)");
          return null;
        }
        if (paths.size() + 1 > limits.maxFiles()) {
          problems.add(
              name, 0, "", "has more than " + limits.maxFiles() + " files; nothing was kept");
          return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
          total += n;
          if (total > limits.maxBytes()) {
            problems.add(
                name,
                0,
                "",
                "is larger than "
                    + limits.maxBytes() / (1024 * 1024)
                    + " MB unpacked; nothing was kept");
            return null;
          }
          out.write(buffer, 0, n);
        }
        paths.add(normal);
        sink.file(normal, out.toByteArray());
      }
    } catch (ZipException e) {
      problems.add(name, 0, "", "is not a zip file that can be read (" + e.getMessage() + ")");
      return null;
    }
    if (paths.isEmpty()) {
      problems.add(name, 0, "", "is not a zip file, or it is empty");
      return null;
    }
    if (!paths.contains(MANIFEST) && !paths.contains(CMI5)) {
      String nested =
          paths.stream()
              .filter(p -> p.endsWith("/" + MANIFEST) || p.endsWith("/" + CMI5))
              .findFirst()
              .orElse(null);
      problems.add(
          name,
          0,
          "",
          nested == null
              ? NEITHER
              : "has its "
                  + nested.substring(nested.lastIndexOf('/') + 1)
                  + " in "
                  + nested.substring(0, nested.lastIndexOf('/') + 1)
                  + " and not at its root: zip the contents of that folder, not the folder");
      return null;
    }
    return problems.list().size() > before ? null : paths;
  }
}
