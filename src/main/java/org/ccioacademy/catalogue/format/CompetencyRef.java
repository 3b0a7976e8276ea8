package org.ccioacademy.catalogue.format;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reference to a competency framework domain, optionally at a level: {@code fci:data-analytics}
 * or {@code hee:artificial-intelligence@2}.
 */
public record CompetencyRef(String framework, String domain, Integer level) {

  private static final Pattern FORM =
      Pattern.compile("([a-z][a-z0-9-]{0,59}):([a-z][a-z0-9-]{0,59})(?:@([1-9]\\d?))?");

  /** Parses the written form; null when it is not one. */
  public static CompetencyRef parse(String s) {
    Matcher m = FORM.matcher(s == null ? "" : s.strip());
    if (!m.matches()) {
      return null;
    }
    return new CompetencyRef(
        m.group(1), m.group(2), m.group(3) == null ? null : Integer.valueOf(m.group(3)));
  }

  /** The framework and domain without the level: the key of the domain. */
  public String domainKey() {
    return framework + ":" + domain;
  }

  @Override
  public String toString() {
    return domainKey() + (level == null ? "" : "@" + level);
  }
}
