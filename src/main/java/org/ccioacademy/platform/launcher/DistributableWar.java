package org.ccioacademy.platform.launcher;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * The WAR as a cluster deploys it: a copy whose {@code WEB-INF/web.xml} says {@code
 * <distributable/>}, so Payara keeps its sessions in the data grid and any instance can serve any
 * request. The WAR itself is not marked: a single instance gains nothing from it and served pages
 * at about half the rate (docs/benchmarks.md).
 */
final class DistributableWar {

  private DistributableWar() {}

  /** Writes the marked copy of {@code war} into {@code dir} and returns it. */
  static Path of(Path war, Path dir) throws IOException {
    Path copy = dir.resolve("ccio-academy-cluster.war");
    Files.copy(war, copy, StandardCopyOption.REPLACE_EXISTING);
    try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + copy.toUri()), Map.of())) {
      Path webXml = zip.getPath("WEB-INF", "web.xml");
      Files.writeString(webXml, marked(Files.readString(webXml, StandardCharsets.UTF_8)));
    }
    return copy;
  }

  /** web.xml with {@code <distributable/>} after its display name. */
  static String marked(String webXml) {
    if (webXml.contains("<distributable/>")) {
      return webXml;
    }
    int at = webXml.indexOf("</display-name>");
    if (at < 0) {
      throw new Launcher.LaunchException(
          "WEB-INF/web.xml of the WAR has no display-name to mark it distributable after", null);
    }
    at += "</display-name>".length();
    return webXml.substring(0, at) + "\n  <distributable/>" + webXml.substring(at);
  }
}
