package org.ccioacademy.catalogue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.ccioacademy.catalogue.format.CourseWriter;

/**
 * A course version as a zip of its folder in the canonical course format, ready to unpack into
 * {@code courses/} and commit, with the content packages its modules play (a zip as the module's
 * header names it, or the files unpacked in a folder). The same version always gives the same bytes
 * (files in order, fixed entry times).
 */
public final class CourseExport {

  private static final FileTime EPOCH = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));

  private CourseExport() {}

  /** The files of a stored package, by its fingerprint, in path order. */
  @FunctionalInterface
  public interface Packages {
    List<ContentPackages.PackageFile> files(String sha256);
  }

  /** A course without content packages. */
  public static byte[] zip(CourseVersion version) {
    return zip(version, sha -> List.of());
  }

  public static byte[] zip(CourseVersion version, Packages packages) {
    SortedMap<String, String> files = CourseWriter.write(version.toDefinition());
    String folder = version.getCourse().getCode() + "/";
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
      ZipEntry dir = new ZipEntry(folder);
      dir.setLastModifiedTime(EPOCH);
      zip.putNextEntry(dir);
      zip.closeEntry();
      for (Map.Entry<String, String> f : files.entrySet()) {
        ZipEntry e = new ZipEntry(folder + f.getKey());
        e.setLastModifiedTime(EPOCH);
        zip.putNextEntry(e);
        zip.write(f.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
      for (Module m : version.getModules()) {
        if (!m.isPackage()) {
          continue;
        }
        List<ContentPackages.PackageFile> content = packages.files(m.getContent().sha256());
        String name = m.getContent().name();
        if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
          ZipEntry e = new ZipEntry(folder + name);
          e.setLastModifiedTime(EPOCH);
          zip.putNextEntry(e);
          zip.write(packageZip(content));
          zip.closeEntry();
        } else {
          for (ContentPackages.PackageFile f : content) {
            ZipEntry e = new ZipEntry(folder + name + "/" + f.path());
            e.setLastModifiedTime(EPOCH);
            zip.putNextEntry(e);
            zip.write(f.content());
            zip.closeEntry();
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** A package's files as a zip of their own, the same bytes every time. */
  private static byte[] packageZip(List<ContentPackages.PackageFile> files) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
      for (ContentPackages.PackageFile f : files) {
        ZipEntry e = new ZipEntry(f.path());
        e.setLastModifiedTime(EPOCH);
        zip.putNextEntry(e);
        zip.write(f.content());
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  public static String fileName(CourseVersion version) {
    return version.getCourse().getCode() + "-v" + version.getNumber() + ".zip";
  }
}
