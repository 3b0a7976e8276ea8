package org.ccioacademy.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The log of the servers under test ({@code ccio.test.serverLog}, one file for each test JVM), so
 * that a test that got a 500 can say what the server logged for it: the error page shows the
 * request's reference, and the server logs the failure under it.
 */
public final class ServerLog {

  private static final Pattern REFERENCE =
      Pattern.compile("id=\"request-id\">([A-Za-z0-9-]{6,40})<");

  private ServerLog() {}

  /** The request reference an error page shows, or null. */
  public static String reference(String errorPage) {
    Matcher m = REFERENCE.matcher(errorPage);
    return m.find() ? m.group(1) : null;
  }

  /**
   * The log records that mention {@code reference} (each from its first line to the next record),
   * at most {@code maxLines} lines; says so when there is no log or nothing in it.
   */
  public static String about(String reference, int maxLines) {
    String file = System.getProperty("ccio.test.serverLog");
    if (reference == null || file == null || !Files.isDirectory(Path.of(file).getParent())) {
      return "(no server log to look in: " + file + ")";
    }
    // the server writes server.log.0, and rolls over to .1 and on when it is large
    List<String> lines = new ArrayList<>();
    Path log = Path.of(file);
    try (Stream<Path> files = Files.list(log.getParent())) {
      for (Path p :
          files
              .filter(p -> p.getFileName().toString().startsWith(log.getFileName().toString()))
              .filter(p -> !p.toString().endsWith(".lck"))
              .sorted(Comparator.reverseOrder())
              .toList()) {
        lines.addAll(new String(Files.readAllBytes(p), StandardCharsets.UTF_8).lines().toList());
      }
    } catch (IOException | RuntimeException e) {
      return "(the server log could not be read: " + e + ")";
    }
    List<String> found = new ArrayList<>();
    for (int i = 0; i < lines.size() && found.size() < maxLines; i++) {
      if (!lines.get(i).contains(reference)) {
        continue;
      }
      // back to the start of the record, then on to the next one
      int start = i;
      while (start > 0 && !lines.get(start).startsWith("[20")) {
        start--;
      }
      int end = i + 1;
      while (end < lines.size() && !lines.get(end).startsWith("[20")) {
        end++;
      }
      for (int j = start; j < end && found.size() < maxLines; j++) {
        found.add(lines.get(j));
      }
      i = end - 1;
    }
    return found.isEmpty()
        ? "(nothing in " + file + " about " + reference + ")"
        : String.join("\n", found);
  }
}
