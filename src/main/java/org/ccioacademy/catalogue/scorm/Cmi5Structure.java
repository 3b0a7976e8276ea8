package org.ccioacademy.catalogue.scorm;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A cmi5 course structure ({@code cmi5.xml}): the course, and its assignable units (AUs) in order,
 * each with the block it sits in (blocks only group AUs; their titles are kept for the table of
 * contents).
 */
public record Cmi5Structure(
    String courseId, Map<String, String> title, Map<String, String> description, List<Au> aus) {

  /** When an AU counts as done (the spec's moveOn). */
  public enum MoveOn {
    NOT_APPLICABLE("NotApplicable"),
    PASSED("Passed"),
    COMPLETED("Completed"),
    COMPLETED_AND_PASSED("CompletedAndPassed"),
    COMPLETED_OR_PASSED("CompletedOrPassed");

    private final String xml;

    MoveOn(String xml) {
      this.xml = xml;
    }

    /** The rule its name in a course structure gives, or null for a name cmi5 does not have. */
    public static MoveOn of(String xml) {
      for (MoveOn m : values()) {
        if (m.xml.equals(xml)) {
          return m;
        }
      }
      return null;
    }

    public String xml() {
      return xml;
    }

    /** Whether an AU with this rule is satisfied by what its statements said. */
    public boolean satisfiedBy(boolean completed, boolean passed) {
      return switch (this) {
        case NOT_APPLICABLE -> true;
        case PASSED -> passed;
        case COMPLETED -> completed;
        case COMPLETED_AND_PASSED -> completed && passed;
        case COMPLETED_OR_PASSED -> completed || passed;
      };
    }
  }

  /**
   * An assignable unit: its IRI, titles by language, launch URL (relative to the package's root, or
   * absolute), the rule for done, mastery score (0 to 1, or null), whether it must open in its own
   * window, the launch parameters and entitlement key it is given, and the titles of the blocks it
   * sits in (outermost first).
   */
  public record Au(
      String id,
      Map<String, String> title,
      Map<String, String> description,
      String url,
      MoveOn moveOn,
      BigDecimal masteryScore,
      boolean ownWindow,
      String launchParameters,
      String entitlementKey,
      String activityType,
      List<String> blocks) {

    /** The English title (or the first given). */
    public String englishTitle() {
      return english(title);
    }
  }

  static String english(Map<String, String> langstrings) {
    for (String tag : List.of("en-GB", "en", "en-US")) {
      if (langstrings.containsKey(tag)) {
        return langstrings.get(tag);
      }
    }
    return langstrings.values().stream().findFirst().orElse("");
  }

  public String englishTitle() {
    return english(title);
  }

  /** The AUs whose URL is a file of the package (not on another site). */
  public List<Au> packaged() {
    List<Au> out = new ArrayList<>();
    for (Au au : aus) {
      if (!Cmi5Reader.isAbsolute(au.url())) {
        out.add(au);
      }
    }
    return out;
  }
}
