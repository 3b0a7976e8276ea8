package org.ccioacademy.catalogue.format;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One thing wrong with a course or framework file, named so that a tutor can find and fix it: the
 * file (relative to {@code courses/}), the line (1-based; 0 when the problem is the file as a
 * whole) and the field path (such as {@code questions[2].options}).
 */
public record Problem(String file, int line, String field, String message) {

  private static final Pattern INDEXED = Pattern.compile("([a-z]+)\\[(\\d+)\\]");

  /**
   * For the editors, where there is no file to look in: the field in words, counted from 1, then
   * the message: "Question 8, option 2: give the option's text."
   */
  public String inWords() {
    if (field == null || field.isEmpty()) {
      return message;
    }
    Matcher m = INDEXED.matcher(field);
    StringBuilder words = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(words, singular(m.group(1)) + " " + (Integer.parseInt(m.group(2)) + 1));
    }
    m.appendTail(words);
    String where = words.toString().replace('.', ',').replace(",", ", ").replace("-", " ");
    return Character.toUpperCase(where.charAt(0)) + where.substring(1) + ": " + message;
  }

  private static String singular(String plural) {
    if (plural.endsWith("ies")) {
      return plural.substring(0, plural.length() - 3) + "y";
    }
    return plural.endsWith("s") ? plural.substring(0, plural.length() - 1) : plural;
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(file);
    if (line > 0) {
      s.append(" line ").append(line);
    }
    if (field != null && !field.isEmpty()) {
      s.append(line > 0 ? ", " : " ").append(field);
    }
    return s.append(": ").append(message).toString();
  }
}
