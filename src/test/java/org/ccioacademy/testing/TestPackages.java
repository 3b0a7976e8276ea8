package org.ccioacademy.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * SCORM content packages the tests build: the manifest and files of a package, as a zip or unpacked
 * in a folder.
 */
public final class TestPackages {

  private TestPackages() {}

  /**
   * A single-SCO SCORM 1.2 package laid out as authoring tools export it: the launch page in a
   * subfolder ({@code scormcontent/index.html}) and a mastery score.
   */
  public static Map<String, byte[]> scorm12(String title, String page, int masteryScore) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(
        "imsmanifest.xml",
        ("""
        <?xml version="1.0" encoding="UTF-8"?>
        <manifest identifier="org.example.test" version="1.0"
            xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
            xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
          <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
          <organizations default="ORG">
            <organization identifier="ORG">
              <title>%s</title>
              <item identifier="I1" identifierref="R1">
                <title>%s</title>
                <adlcp:masteryscore>%d</adlcp:masteryscore>
              </item>
            </organization>
          </organizations>
          <resources>
            <resource identifier="R1" type="webcontent" adlcp:scormtype="sco"
                href="scormcontent/index.html">
              <file href="scormcontent/index.html"/>
            </resource>
          </resources>
        </manifest>
        """)
            .formatted(title, title, masteryScore)
            .getBytes(StandardCharsets.UTF_8));
    files.put("scormcontent/index.html", page.getBytes(StandardCharsets.UTF_8));
    return files;
  }

  /** The files as a zip. */
  public static byte[] zip(Map<String, byte[]> files) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        out.putNextEntry(new ZipEntry(f.getKey()));
        out.write(f.getValue());
        out.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** Writes the files as a zip at {@code zip}. */
  public static Path writeZip(Path zip, Map<String, byte[]> files) {
    try {
      Files.createDirectories(zip.getParent());
      return Files.write(zip, zip(files));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the files unpacked into the folder {@code dir}. */
  public static Path writeFolder(Path dir, Map<String, byte[]> files) {
    try {
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        Path p = dir.resolve(f.getKey());
        Files.createDirectories(p.getParent());
        Files.write(p, f.getValue());
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
