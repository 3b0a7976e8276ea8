package org.ccioacademy.catalogue.scorm;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Paths inside a content package, which is untrusted: relative, with forward slashes, never leaving
 * the package (no {@code ..} above its root, no drive, no scheme), as zip entries and as the
 * manifest's hrefs.
 */
public final class PackagePaths {

  private PackagePaths() {}

  /** Why a path may not be used inside a package, or null when it may. */
  public static String problem(String path) {
    if (path == null || path.isBlank()) {
      return "is empty";
    }
    if (path.contains("\\")) {
      return "uses a backslash; paths in a package use forward slashes";
    }
    if (path.startsWith("/") || path.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*")) {
      return "is not a path inside the package (it is absolute or a web address)";
    }
    if (path.indexOf('\0') >= 0) {
      return "holds a NUL character";
    }
    int depth = 0;
    for (String part : path.split("/", -1)) {
      if (part.equals("..")) {
        depth--;
        if (depth < 0) {
          return "leads out of the package";
        }
      } else if (!part.isEmpty() && !part.equals(".")) {
        depth++;
      }
    }
    return null;
  }

  /** A path inside the package without "." and ".." parts or doubled slashes. */
  public static String normalise(String path) {
    Deque<String> parts = new ArrayDeque<>();
    for (String part : path.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        parts.pollLast();
      } else {
        parts.addLast(part);
      }
    }
    return String.join("/", parts);
  }
}
