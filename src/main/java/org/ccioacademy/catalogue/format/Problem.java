package org.ccioacademy.catalogue.format;

/**
 * One thing wrong with a course or framework file, named so that a tutor can find and fix it: the
 * file (relative to {@code courses/}), the line (1-based; 0 when the problem is the file as a
 * whole) and the field path (such as {@code questions[2].options}).
 */
public record Problem(String file, int line, String field, String message) {

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
