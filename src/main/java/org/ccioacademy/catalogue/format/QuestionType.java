package org.ccioacademy.catalogue.format;

/** The kinds of quiz question; written as in course files ({@code single}, {@code true-false}). */
public enum QuestionType {
  SINGLE("single"),
  MULTIPLE("multiple"),
  TRUE_FALSE("true-false"),
  SHORT_TEXT("short-text"),
  NUMERIC("numeric");

  private final String fileName;

  QuestionType(String fileName) {
    this.fileName = fileName;
  }

  public String fileName() {
    return fileName;
  }

  public boolean hasOptions() {
    return this == SINGLE || this == MULTIPLE;
  }

  static QuestionType fromFile(String s) {
    for (QuestionType t : values()) {
      if (t.fileName.equals(s)) {
        return t;
      }
    }
    return null;
  }
}
