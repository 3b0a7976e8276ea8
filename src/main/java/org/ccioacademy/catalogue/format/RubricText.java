package org.ccioacademy.catalogue.format;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A rubric as a tutor writes it: one criterion a line, its levels after a colon, separated by
 * {@code |}, each level's points last (whole numbers):
 *
 * <pre>
 * Hazards identified: None 0 | Some 5 | All the main ones 10
 * Controls proposed: None 0 | Partly 4 | Proportionate and owned 8
 * </pre>
 *
 * Blank lines and lines starting with {@code #} are skipped. Every problem is reported with its
 * line.
 */
public final class RubricText {

  static final int MAX_CRITERIA = 30;
  static final int MAX_LEVELS = 10;

  private RubricText() {}

  /** A level as written. */
  public record Level(String title, int points) {}

  /** A criterion as written, its levels in order. */
  public record Criterion(String title, List<Level> levels) {
    public int maxPoints() {
      return levels.stream().mapToInt(Level::points).max().orElse(0);
    }
  }

  /** What reading gave: the criteria, and the problems (empty when the rubric can be made). */
  public record Result(List<Criterion> criteria, List<String> problems) {
    public boolean ok() {
      return problems.isEmpty() && !criteria.isEmpty();
    }

    public int maxPoints() {
      return criteria.stream().mapToInt(Criterion::maxPoints).sum();
    }
  }

  public static Result read(String text) {
    List<Criterion> criteria = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String[] lines = text == null ? new String[0] : text.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      String where = "Line " + (i + 1) + ": ";
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int colon = line.indexOf(':');
      if (colon <= 0) {
        problems.add(
            where
                + "write the criterion, a colon, then its levels, such as"
                + " \"Hazards identified: None 0 | Some 5 | All 10\".");
        continue;
      }
      String title = line.substring(0, colon).strip();
      if (title.length() > 200) {
        problems.add(where + "keep the criterion to 200 characters.");
        continue;
      }
      if (seen.contains(title.toLowerCase(Locale.ROOT))) {
        problems.add(where + "\"" + title + "\" is already a criterion.");
        continue;
      }
      List<Level> levels = new ArrayList<>();
      boolean good = true;
      for (String part : line.substring(colon + 1).split("\\|")) {
        String p = part.strip();
        int space = p.lastIndexOf(' ');
        String points = space < 0 ? p : p.substring(space + 1);
        String name = space < 0 ? "" : p.substring(0, space).strip();
        if (name.isEmpty() || !points.matches("\\d{1,4}")) {
          problems.add(
              where
                  + "each level is a name then its points, a whole number (\""
                  + (p.isEmpty() ? "(empty)" : p)
                  + "\" is not).");
          good = false;
          break;
        }
        int value = Integer.parseInt(points);
        if (value > 1000) {
          problems.add(where + "a level can be worth at most 1000 points.");
          good = false;
          break;
        }
        levels.add(new Level(name.length() > 200 ? name.substring(0, 200) : name, value));
      }
      if (!good) {
        continue;
      }
      if (levels.size() < 2) {
        problems.add(where + "give \"" + title + "\" at least two levels.");
      } else if (levels.size() > MAX_LEVELS) {
        problems.add(where + "give \"" + title + "\" at most " + MAX_LEVELS + " levels.");
      } else {
        seen.add(title.toLowerCase(Locale.ROOT));
        criteria.add(new Criterion(title, List.copyOf(levels)));
      }
    }
    if (criteria.isEmpty() && problems.isEmpty()) {
      problems.add("Write at least one criterion, one a line.");
    } else if (criteria.size() > MAX_CRITERIA) {
      problems.add("A rubric can have at most " + MAX_CRITERIA + " criteria.");
    }
    return new Result(List.copyOf(criteria), List.copyOf(problems));
  }
}
