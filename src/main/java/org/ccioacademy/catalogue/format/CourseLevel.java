package org.ccioacademy.catalogue.format;

/** How demanding a course is; written in lower case in course files. */
public enum CourseLevel {
  FOUNDATION("Foundation"),
  INTERMEDIATE("Intermediate"),
  ADVANCED("Advanced");

  private final String label;

  CourseLevel(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }

  public String fileName() {
    return name().toLowerCase();
  }
}
