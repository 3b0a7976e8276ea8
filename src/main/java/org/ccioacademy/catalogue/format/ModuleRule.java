package org.ccioacademy.catalogue.format;

/** When a module counts as complete. */
public enum ModuleRule {
  READ("read", "Read to the end"),
  QUIZ("quiz", "Pass the quiz"),
  READ_AND_QUIZ("read-and-quiz", "Read to the end and pass the quiz");

  private final String fileName;
  private final String label;

  ModuleRule(String fileName, String label) {
    this.fileName = fileName;
    this.label = label;
  }

  public String fileName() {
    return fileName;
  }

  public String getLabel() {
    return label;
  }

  public boolean needsReading() {
    return this != QUIZ;
  }

  public boolean needsQuiz() {
    return this != READ;
  }

  static ModuleRule fromFile(String s) {
    for (ModuleRule r : values()) {
      if (r.fileName.equals(s)) {
        return r;
      }
    }
    return null;
  }
}
