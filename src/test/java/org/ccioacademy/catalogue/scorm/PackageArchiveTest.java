package org.ccioacademy.catalogue.scorm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.ccioacademy.catalogue.format.Problem;
import org.ccioacademy.catalogue.format.Problems;
import org.junit.jupiter.api.Test;

/** Content packages are untrusted zips: unpacked within limits, never outside the package. */
class PackageArchiveTest {

  private static final PackageArchive.Limits LIMITS = new PackageArchive.Limits(1024 * 1024, 10);

  private static byte[] zip(Map<String, String> files) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, String> f : files.entrySet()) {
        out.putNextEntry(new ZipEntry(f.getKey()));
        out.write(f.getValue().getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  private record Result(Set<String> paths, Map<String, String> kept, List<String> problems) {}

  private static Result unpack(byte[] zip, PackageArchive.Limits limits) throws IOException {
    Problems problems = new Problems();
    Map<String, String> kept = new LinkedHashMap<>();
    Set<String> paths =
        PackageArchive.unpack(
            "ig.zip",
            new ByteArrayInputStream(zip),
            limits,
            problems,
            (path, content) -> kept.put(path, new String(content, StandardCharsets.UTF_8)));
    return new Result(paths, kept, problems.list().stream().map(Problem::toString).toList());
  }

  @Test
  void aPackageIsUnpackedWithItsFoldersAndWithoutMacResourceForks() throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("imsmanifest.xml", ManifestReaderTest.SCORM_12);
    files.put("scormcontent/index.html", "<html></html>");
    files.put("scormcontent/./lib/app.js", "1");
    files.put("__MACOSX/scormcontent/._index.html", "junk");
    Result r = unpack(zip(files), LIMITS);
    assertThat(r.problems()).isEmpty();
    assertThat(r.paths())
        .containsExactlyInAnyOrder(
            "imsmanifest.xml", "scormcontent/index.html", "scormcontent/lib/app.js");
    assertThat(r.kept().get("scormcontent/index.html")).isEqualTo("<html></html>");
  }

  @Test
  void aFileThatWouldLandOutsideThePackageRefusesTheWholePackage() throws IOException {
    Result r =
        unpack(
            zip(Map.of("imsmanifest.xml", "x", "../../../etc/cron.d/evil", "* * * * * root x")),
            LIMITS);
    assertThat(r.paths()).isNull();
    assertThat(r.problems()).singleElement().asString().contains("leads out of the package");
    assertThat(unpack(zip(Map.of("/etc/passwd", "x")), LIMITS).problems())
        .singleElement()
        .asString()
        .contains("absolute");
  }

  @Test
  void sizesAreCountedAsTheBytesComeOutAndTheNumberOfFilesIsLimited() throws IOException {
    // 2 MB of one letter compresses to a few kB: the zip's size says nothing
    Result big = unpack(zip(Map.of("imsmanifest.xml", "a".repeat(2 * 1024 * 1024))), LIMITS);
    assertThat(big.problems())
        .containsExactly("ig.zip: is larger than 1 MB unpacked; nothing was kept");
    Map<String, String> many = new LinkedHashMap<>();
    for (int i = 0; i < 11; i++) {
      many.put("f" + i + ".html", "x");
    }
    assertThat(unpack(zip(many), LIMITS).problems())
        .containsExactly("ig.zip: has more than 10 files; nothing was kept");
  }

  @Test
  void theManifestMustBeAtTheRootAndTheFileAZip() throws IOException {
    assertThat(
            unpack(zip(Map.of("course/imsmanifest.xml", "x", "course/a.html", "y")), LIMITS)
                .problems())
        .containsExactly(
            "ig.zip: has its imsmanifest.xml in course/ and not at its root: zip the contents of"
                + " that folder, not the folder");
    assertThat(unpack(zip(Map.of("a.html", "y")), LIMITS).problems())
        .containsExactly(
            "ig.zip: has no imsmanifest.xml (SCORM) or cmi5.xml (cmi5) at its root, so it is not a content package");
    assertThat(unpack("not a zip".getBytes(StandardCharsets.UTF_8), LIMITS).problems())
        .containsExactly("ig.zip: is not a zip file, or it is empty");
    assertThat(
            unpack(zip(Map.of("A.html", "1", "a.html", "2", "imsmanifest.xml", "x")), LIMITS)
                .problems())
        .singleElement()
        .asString()
        .contains("is in the package twice");
  }

  @Test
  void everyFileIsServedWithItsRealType() {
    assertThat(MediaTypes.of("scormcontent/index.html")).startsWith("text/html");
    assertThat(MediaTypes.of("lib/app.JS")).startsWith("text/javascript");
    assertThat(MediaTypes.of("media/intro.mp4")).isEqualTo("video/mp4");
    assertThat(MediaTypes.of("fonts/a.woff2")).isEqualTo("font/woff2");
    assertThat(MediaTypes.of("payload.exe")).isEqualTo("application/octet-stream");
    assertThat(MediaTypes.of("README")).isEqualTo("application/octet-stream");
    assertThat(MediaTypes.of("dir.v2/file")).isEqualTo("application/octet-stream");
  }
}
