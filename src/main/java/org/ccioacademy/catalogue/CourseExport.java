package org.ccioacademy.catalogue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.SortedMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.ccioacademy.catalogue.format.CourseWriter;

/**
 * A course version as a zip of its folder in the canonical course format, ready to unpack into
 * {@code courses/} and commit. The same version always gives the same bytes (fixed entry times).
 */
public final class CourseExport {

  private static final FileTime EPOCH = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));

  private CourseExport() {}

  public static byte[] zip(CourseVersion version) {
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
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  public static String fileName(CourseVersion version) {
    return version.getCourse().getCode() + "-v" + version.getNumber() + ".zip";
  }
}
