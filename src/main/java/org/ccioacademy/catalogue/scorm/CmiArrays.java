package org.ccioacademy.catalogue.scorm;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The arrays of both SCORM data models ({@code cmi.interactions.0.id}): members are numbered from 0
 * and filled in order, an array's count is its highest index written plus one.
 */
final class CmiArrays {

  private static final Pattern INDEX = Pattern.compile("\\.(\\d+)(?=\\.|$)");

  private CmiArrays() {}

  /** The element with every array index written as "n" (cmi.interactions.n.id). */
  static String generic(String element) {
    return INDEX.matcher(element).replaceAll(".n");
  }

  /** How many members {@code array} has among the elements {@code keys}. */
  static int count(Set<String> keys, String array) {
    Pattern member = Pattern.compile(Pattern.quote(array) + "\\.(\\d+)\\..*");
    int n = 0;
    for (String key : keys) {
      Matcher m = member.matcher(key);
      if (m.matches()) {
        n = Math.max(n, Integer.parseInt(m.group(1)) + 1);
      }
    }
    return n;
  }

  /**
   * Whether each index of {@code element} names a member that exists ({@code mustExist}), or one
   * that exists or is the next (to be written).
   */
  static boolean indexesOk(Set<String> keys, String element, boolean mustExist) {
    Matcher m = INDEX.matcher(element);
    while (m.find()) {
      long index;
      try {
        index = Long.parseLong(m.group(1));
      } catch (NumberFormatException e) {
        return false;
      }
      int count = count(keys, element.substring(0, m.start()));
      if (mustExist ? index >= count : index > count) {
        return false;
      }
    }
    return true;
  }
}
