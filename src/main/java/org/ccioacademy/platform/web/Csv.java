package org.ccioacademy.platform.web;

/** CSV for people who open it in a spreadsheet. */
public final class Csv {

  private Csv() {}

  /**
   * A CSV field: quoted when needed, and never read as a formula by a spreadsheet (a leading =, +,
   * - or @ is escaped).
   */
  public static String cell(String s) {
    if (s == null || s.isEmpty()) {
      return "";
    }
    String v = s.matches("(?s)[=+\\-@\\t\\r].*") ? "'" + s : s;
    return v.matches("(?s).*[,\"\\r\\n].*") || !v.equals(v.strip())
        ? "\"" + v.replace("\"", "\"\"") + "\""
        : v;
  }
}
