package org.ccioacademy.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
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

  /**
   * A multi-SCO SCORM 1.2 package: a heading and one SCO a part, each SCO's page {@code pages}
   * gives (by part title), in table-of-contents order.
   */
  public static Map<String, byte[]> scorm12Parts(String title, Map<String, String> pages) {
    StringBuilder items = new StringBuilder();
    StringBuilder resources = new StringBuilder();
    int i = 0;
    for (Map.Entry<String, String> page : pages.entrySet()) {
      i++;
      items.append(
          """
                  <item identifier="PART%d" identifierref="R%d"><title>%s</title></item>
          """
              .formatted(i, i, page.getKey()));
      resources.append(
          """
              <resource identifier="R%d" type="webcontent" adlcp:scormtype="sco" href="part%d/index.html">
                <file href="part%d/index.html"/>
              </resource>
          """
              .formatted(i, i, i));
    }
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(
        "imsmanifest.xml",
        ("""
        <?xml version="1.0" encoding="UTF-8"?>
        <manifest identifier="org.example.parts" version="1.0"
            xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
            xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
          <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
          <organizations default="ORG">
            <organization identifier="ORG">
              <title>%s</title>
              <item identifier="HEAD"><title>The parts</title>
        %s      </item>
            </organization>
          </organizations>
          <resources>
        %s  </resources>
        </manifest>
        """)
            .formatted(title, items, resources)
            .getBytes(StandardCharsets.UTF_8));
    i = 0;
    for (String page : pages.values()) {
      i++;
      files.put("part" + i + "/index.html", page.getBytes(StandardCharsets.UTF_8));
    }
    return files;
  }

  /**
   * A single-SCO SCORM 2004 4th Edition package whose SCO is complete by its progress measure:
   * {@code threshold} (0 to 1) is the manifest's completion threshold.
   */
  public static Map<String, byte[]> scorm2004(String title, String page, String threshold) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(
        "imsmanifest.xml",
        ("""
        <?xml version="1.0" encoding="UTF-8"?>
        <manifest identifier="org.example.s2004" version="1"
            xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
            xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3">
          <metadata><schema>ADL SCORM</schema><schemaversion>2004 4th Edition</schemaversion></metadata>
          <organizations default="O">
            <organization identifier="O"><title>%s</title>
              <item identifier="I" identifierref="R"><title>%s</title>
                <adlcp:completionThreshold completedByMeasure="true" minProgressMeasure="%s"/>
              </item>
            </organization>
          </organizations>
          <resources>
            <resource identifier="R" type="webcontent" adlcp:scormType="sco" href="sco.html">
              <file href="sco.html"/>
            </resource>
          </resources>
        </manifest>
        """)
            .formatted(title, title, threshold)
            .getBytes(StandardCharsets.UTF_8));
    files.put("sco.html", page.getBytes(StandardCharsets.UTF_8));
    return files;
  }

  /**
   * A SCORM 1.2 SCO page as a learner meets it: it starts the session and shows what it resumed
   * (entry, location, suspend data); "Answer" records an answer and the place (and says it will
   * suspend) without committing; "Finish" reports the score {@code score} and ends the session.
   */
  public static String sco12Page(String heading, int score) {
    return """
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s</title></head>
        <body><main><h1>%s</h1><p id="state">starting</p>
        <button id="answer" type="button">Answer</button>
        <button id="finish" type="button">Finish</button></main>
        <script>
        var api = window.API;
        var ok = api.LMSInitialize('');
        document.getElementById('state').textContent = 'ok=' + ok
          + ' entry=' + api.LMSGetValue('cmi.core.entry')
          + ' location=' + api.LMSGetValue('cmi.core.lesson_location')
          + ' data=' + api.LMSGetValue('cmi.suspend_data')
          + ' name=' + api.LMSGetValue('cmi.core.student_name');
        if (api.LMSGetValue('cmi.core.lesson_status') === 'not attempted') {
          api.LMSSetValue('cmi.core.lesson_status', 'incomplete');
        }
        document.getElementById('answer').onclick = function () {
          api.LMSSetValue('cmi.core.lesson_location', 'page-2');
          api.LMSSetValue('cmi.suspend_data', 'answered=yes');
          api.LMSSetValue('cmi.core.exit', 'suspend');
          document.getElementById('state').textContent = 'answered';
        };
        document.getElementById('finish').onclick = function () {
          api.LMSSetValue('cmi.core.score.raw', '%d');
          api.LMSSetValue('cmi.core.lesson_status', 'completed');
          api.LMSSetValue('cmi.core.exit', '');
          api.LMSFinish('');
          document.getElementById('state').textContent = 'finished';
        };
        </script></body></html>
        """
        .formatted(heading, heading, score);
  }

  /** A SCORM 2004 SCO page: "Half" reports progress 0.5 and commits; "All" reports 1 and ends. */
  public static String sco2004Page(String heading) {
    return """
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s</title></head>
        <body><main><h1>%s</h1><p id="state">starting</p>
        <button id="half" type="button">Half</button>
        <button id="all" type="button">All</button></main>
        <script>
        var api = window.API_1484_11;
        var ok = api.Initialize('');
        document.getElementById('state').textContent = 'ok=' + ok
          + ' entry=' + api.GetValue('cmi.entry')
          + ' threshold=' + api.GetValue('cmi.completion_threshold')
          + ' progress=' + api.GetValue('cmi.progress_measure') + '/' + api.GetLastError();
        document.getElementById('half').onclick = function () {
          api.SetValue('cmi.progress_measure', '0.5');
          api.SetValue('cmi.completion_status', 'incomplete');
          api.SetValue('cmi.exit', 'suspend');
          api.Commit('');
          document.getElementById('state').textContent = 'half';
        };
        document.getElementById('all').onclick = function () {
          api.SetValue('cmi.progress_measure', '1');
          api.SetValue('cmi.exit', 'normal');
          api.Terminate('');
          document.getElementById('state').textContent = 'all';
        };
        </script></body></html>
        """
        .formatted(heading, heading);
  }

  /**
   * A SCORM 1.2 package laid out as a common authoring tool exports it: the schema files at the
   * root, a driver page in a subfolder ({@code scormdriver/indexAPI.html}, the launch file) that
   * talks to the API and shows the content ({@code scormcontent/index.html}) in a frame of its own,
   * {@code adlcp:masteryscore}, and many resources (scripts, styles, images) listed in the
   * manifest. The content's "Done" button reports a score of 85 through the driver and ends.
   */
  public static Map<String, byte[]> authoringToolLayout(String title, int resources) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    StringBuilder listed = new StringBuilder();
    for (String schema :
        List.of(
            "adlcp_rootv1p2.xsd",
            "ims_xml.xsd",
            "imscp_rootv1p1p2.xsd",
            "imsmd_rootv1p2p1.xsd",
            "metadata.xml")) {
      files.put(schema, ("<!-- " + schema + " -->").getBytes(StandardCharsets.UTF_8));
    }
    files.put(
        "scormdriver/indexAPI.html",
        """
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Driver</title>
        <script src="driver.js"></script></head>
        <body><iframe id="content" title="Course" src="../scormcontent/index.html"></iframe></body></html>
        """
            .getBytes(StandardCharsets.UTF_8));
    files.put(
        "scormdriver/driver.js",
        """
        var api = window.API;
        api.LMSInitialize('');
        window.driverReport = function (score) {
          api.LMSSetValue('cmi.core.score.raw', String(score));
          api.LMSSetValue('cmi.core.lesson_status', 'completed');
          api.LMSFinish('');
          return 'reported ' + score;
        };
        """
            .getBytes(StandardCharsets.UTF_8));
    files.put(
        "scormcontent/index.html",
        """
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Content</title>
        <link rel="stylesheet" href="lib/main.css"><script src="lib/app-0.js"></script></head>
        <body><main><h1>Course</h1><img src="assets/image-0.png" alt="A chart">
        <p id="state">loading</p><button id="done" type="button">Done</button></main>
        <script>
        var driver = null;
        try { driver = window.parent.driverReport ? window.parent : null; } catch (e) { driver = null; }
        document.getElementById('state').textContent =
          driver ? 'driver found, library ' + window.appLoaded : 'no driver';
        document.getElementById('done').onclick = function () {
          document.getElementById('state').textContent = driver.driverReport(85);
        };
        </script></body></html>
        """
            .getBytes(StandardCharsets.UTF_8));
    files.put(
        "scormcontent/lib/main.css",
        "body { font-family: sans-serif; }".getBytes(StandardCharsets.UTF_8));
    for (int i = 0; i < resources; i++) {
      files.put(
          "scormcontent/lib/app-" + i + ".js",
          ("window.appLoaded = 'app-" + i + "';").getBytes(StandardCharsets.UTF_8));
      files.put("scormcontent/assets/image-" + i + ".png", PNG);
    }
    for (String path : files.keySet()) {
      listed.append("        <file href=\"").append(path).append("\"/>\n");
    }
    files.put(
        "imsmanifest.xml",
        ("""
        <?xml version="1.0" encoding="UTF-8"?>
        <manifest identifier="Articulate_like_%d" version="1.0"
            xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
            xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
            xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd">
          <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion>
            <adlcp:location>metadata.xml</adlcp:location></metadata>
          <organizations default="ORG1">
            <organization identifier="ORG1"><title>%s</title>
              <item identifier="ITEM1" identifierref="RES1" isvisible="true"><title>%s</title>
                <adlcp:masteryscore>80</adlcp:masteryscore>
              </item>
            </organization>
          </organizations>
          <resources>
            <resource identifier="RES1" type="webcontent" adlcp:scormtype="sco" href="scormdriver/indexAPI.html">
        %s    </resource>
          </resources>
        </manifest>
        """)
            .formatted(resources, title, title, listed)
            .getBytes(StandardCharsets.UTF_8));
    return files;
  }

  /** A one-pixel PNG. */
  private static final byte[] PNG =
      java.util.Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

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
