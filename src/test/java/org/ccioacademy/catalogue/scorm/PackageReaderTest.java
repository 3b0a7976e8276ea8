package org.ccioacademy.catalogue.scorm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.assertj.core.groups.Tuple;
import org.ccioacademy.catalogue.format.Problem;
import org.ccioacademy.catalogue.format.Problems;
import org.ccioacademy.testing.TestCmi5;
import org.ccioacademy.testing.TestPackages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A package is read from a zip or a folder, checked, and fingerprinted by its files alone. */
class PackageReaderTest {

  private static final PackageArchive.Limits LIMITS =
      new PackageArchive.Limits(10 * 1024 * 1024, 100);

  @TempDir Path dir;

  private static Map<String, byte[]> files() {
    return TestPackages.scorm12("Fluids", "<html><body>Fluids</body></html>", 80);
  }

  @Test
  void theSamePackageZippedOrUnpackedHasTheSameFingerprint() {
    Problems problems = new Problems();
    PackageContents zipped =
        PackageReader.read(
            "c/fluids.zip",
            TestPackages.writeZip(dir.resolve("fluids.zip"), files()),
            LIMITS,
            problems);
    PackageContents folder =
        PackageReader.read(
            "c/fluids", TestPackages.writeFolder(dir.resolve("fluids"), files()), LIMITS, problems);
    // the same files added in another order make the same zip's fingerprint
    Map<String, byte[]> reordered = new TreeMap<>(java.util.Comparator.reverseOrder());
    reordered.putAll(files());
    PackageContents again =
        PackageReader.read(
            "c/again.zip",
            TestPackages.writeZip(dir.resolve("again.zip"), reordered),
            LIMITS,
            problems);

    assertThat(problems.list()).isEmpty();
    assertThat(zipped.sha256()).hasSize(64).isEqualTo(folder.sha256()).isEqualTo(again.sha256());
    assertThat(zipped.files()).isEqualTo(2);
    assertThat(zipped.manifest().version()).isEqualTo(ScormVersion.SCORM_12);
    assertThat(zipped.manifest().launchable().get(0).launch()).isEqualTo("scormcontent/index.html");
    assertThat(zipped.manifest().launchable().get(0).masteryScore()).isEqualByComparingTo("80");

    Map<String, byte[]> changed = files();
    changed.put("scormcontent/index.html", "<html>Other</html>".getBytes(StandardCharsets.UTF_8));
    PackageContents other =
        PackageReader.read(
            "c/other.zip",
            TestPackages.writeZip(dir.resolve("other.zip"), changed),
            LIMITS,
            problems);
    assertThat(other.sha256()).isNotEqualTo(zipped.sha256());
  }

  @Test
  void copyingGivesEveryFileAndRefusesAPackageChangedSinceItWasRead() {
    Path zip = TestPackages.writeZip(dir.resolve("fluids.zip"), files());
    PackageContents read = PackageReader.read("c/fluids.zip", zip, LIMITS, new Problems());
    Map<String, String> copied = new LinkedHashMap<>();
    PackageReader.copy(
        read, LIMITS, (path, bytes) -> copied.put(path, new String(bytes, StandardCharsets.UTF_8)));
    assertThat(copied).containsOnlyKeys("imsmanifest.xml", "scormcontent/index.html");
    assertThat(copied.get("scormcontent/index.html")).contains("Fluids");

    Map<String, byte[]> changed = files();
    changed.put("scormcontent/extra.js", new byte[] {1});
    TestPackages.writeZip(zip, changed);
    assertThatThrownBy(() -> PackageReader.copy(read, LIMITS, (path, bytes) -> {}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("c/fluids.zip changed while it was being imported; import it again");
  }

  @Test
  void aFolderIsCheckedAsAZipIs() throws IOException {
    Path folder = TestPackages.writeFolder(dir.resolve("p"), files());
    Files.delete(folder.resolve("imsmanifest.xml"));
    assertThat(problems("c/p", folder, LIMITS))
        .containsExactly(
            "c/p: has no imsmanifest.xml (SCORM) or cmi5.xml (cmi5) at its root, so it is not a content package");

    Path linked = TestPackages.writeFolder(dir.resolve("q"), files());
    Files.createSymbolicLink(linked.resolve("secret"), Path.of("/etc/passwd"));
    assertThat(problems("c/q", linked, LIMITS))
        .containsExactly("c/q secret: is a symbolic link; a package holds only its own files");

    Path big = TestPackages.writeFolder(dir.resolve("r"), files());
    assertThat(problems("c/r", big, new PackageArchive.Limits(100, 100)))
        .containsExactly("c/r: is larger than 0 MB unpacked");
    assertThat(problems("c/r", big, new PackageArchive.Limits(1_000_000, 1)))
        .containsExactly("c/r: has more than 1 files");
  }

  @Test
  void aManifestProblemIsNamedByTheManifestFileAndLine() {
    Map<String, byte[]> broken = files();
    broken.put(
        "imsmanifest.xml",
        new String(broken.get("imsmanifest.xml"), StandardCharsets.UTF_8)
            .replace("href=\"scormcontent/index.html\">", "href=\"scormcontent/missing.html\">")
            .getBytes(StandardCharsets.UTF_8));
    Path zip = TestPackages.writeZip(dir.resolve("broken.zip"), broken);
    assertThat(problems("c/broken.zip", zip, LIMITS))
        .singleElement()
        .asString()
        .startsWith("c/broken.zip/imsmanifest.xml line ")
        .contains("the launch file \"scormcontent/missing.html\" is not in the package");
  }

  @Test
  void aCmi5CourseIsReadAsAPackageItsBlocksHeadingsAndItsAusItems() {
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("Consent", "<html><body>Consent</body></html>");
    pages.put("Records", "<html><body>Records</body></html>");
    Map<String, byte[]> files = TestCmi5.course("Information governance", "Passed", "0.8", pages);
    // a cmi5 course may carry a SCORM manifest for other players: cmi5 is what it is here
    files.putAll(files());
    Problems problems = new Problems();
    PackageContents c =
        PackageReader.read(
            "c/ig.zip", TestPackages.writeZip(dir.resolve("ig.zip"), files), LIMITS, problems);

    assertThat(problems.list()).isEmpty();
    ScormManifest m = c.manifest();
    assertThat(m.version()).isEqualTo(ScormVersion.CMI5);
    assertThat(m.identifier()).isEqualTo(TestCmi5.COURSE_ID);
    assertThat(m.title()).isEqualTo("Information governance");
    assertThat(m.items())
        .extracting(ScormItem::title, ScormItem::depth, ScormItem::launch)
        .containsExactly(
            Tuple.tuple("The only block", 0, null),
            Tuple.tuple("Consent", 1, "au1.html"),
            Tuple.tuple("Records", 1, "au2.html"));
    ScormItem au = m.launchable().get(1);
    assertThat(au.identifier()).isEqualTo(TestCmi5.COURSE_ID + "/au/2");
    assertThat(au.moveOn()).isEqualTo("Passed");
    assertThat(au.scaledPassingScore()).isEqualByComparingTo("0.8");
    assertThat(au.dataFromLms()).isEqualTo("{\"part\":2}");
    assertThat(au.ownWindow()).isFalse();
    assertThat(m.isMultiSco()).isTrue();

    // its problems named by cmi5.xml and line, as the manifest's are
    files.put(
        "cmi5.xml",
        new String(files.get("cmi5.xml"), StandardCharsets.UTF_8)
            .replace("<url>au2.html</url>", "<url>missing.html</url>")
            .getBytes(StandardCharsets.UTF_8));
    assertThat(problems("c/ig.zip", TestPackages.writeZip(dir.resolve("ig2.zip"), files), LIMITS))
        .singleElement()
        .asString()
        .startsWith("c/ig.zip/cmi5.xml line ")
        .contains("the AU's launch file is not in the package: missing.html");
  }

  private static java.util.List<String> problems(
      String name, Path source, PackageArchive.Limits limits) {
    Problems p = new Problems();
    assertThat(PackageReader.read(name, source, limits, p)).isNull();
    return p.list().stream().map(Problem::toString).toList();
  }
}
