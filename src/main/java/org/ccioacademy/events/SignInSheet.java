package org.ccioacademy.events;

import java.util.ArrayList;
import java.util.List;

/**
 * A paper sign-in sheet typed up as CSV: a header line naming the columns {@code email}, {@code
 * session} (its title or number) and optionally {@code status} (present by default), then one line
 * per person. Quoted fields ("Smith, Jo") and doubled quotes are understood.
 */
public final class SignInSheet {

  /** One line of the sheet, as typed. */
  public record Line(int number, String email, String session, String status) {}

  /** The sheet's lines, or the problem that stops it being read at all. */
  public record Parsed(List<Line> lines, String problem) {}

  private SignInSheet() {}

  public static Parsed parse(String csv) {
    List<Line> lines = new ArrayList<>();
    if (csv == null || csv.isBlank()) {
      return new Parsed(lines, "The sheet is empty: paste the CSV, starting with its header line.");
    }
    String[] rows = csv.replace("\r\n", "\n").replace('\r', '\n').split("\n");
    List<String> header = fields(rows[0]).stream().map(h -> h.strip().toLowerCase()).toList();
    int email = header.indexOf("email");
    int session = header.indexOf("session");
    int status = header.indexOf("status");
    if (email < 0 || session < 0) {
      return new Parsed(
          lines,
          "The first line must name the columns, including email and session (and, if you like,"
              + " status), separated by commas.");
    }
    for (int i = 1; i < rows.length; i++) {
      if (rows[i].isBlank()) {
        continue;
      }
      List<String> f = fields(rows[i]);
      lines.add(new Line(i + 1, at(f, email), at(f, session), status < 0 ? "" : at(f, status)));
    }
    if (lines.isEmpty()) {
      return new Parsed(lines, "The sheet has a header line but nobody on it.");
    }
    return new Parsed(lines, null);
  }

  private static String at(List<String> f, int i) {
    return i < f.size() ? f.get(i).strip() : "";
  }

  static List<String> fields(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cur.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cur.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    out.add(cur.toString());
    return out;
  }
}
