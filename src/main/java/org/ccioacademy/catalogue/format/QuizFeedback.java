package org.ccioacademy.catalogue.format;

/**
 * What a trainee sees after a quiz attempt that did not pass while they have tries left, as the
 * course's tutor chooses ({@code quiz-feedback} in course.yaml). Once the quiz is passed, or no
 * tries are left, every answer and explanation is shown whatever the choice.
 */
public enum QuizFeedback {
  /** Which questions were right, without the answers or the explanations (the default). */
  AFTER_PASS("after-pass", "Which questions were right; answers and explanations once passed"),
  /** The answers and explanations after every attempt. */
  ALWAYS("always", "Answers and explanations after every attempt"),
  /** Only the score. */
  SCORE_ONLY("score-only", "Only the score; answers and explanations once passed");

  private final String fileName;
  private final String label;

  QuizFeedback(String fileName, String label) {
    this.fileName = fileName;
    this.label = label;
  }

  /** The value in course.yaml. */
  public String fileName() {
    return fileName;
  }

  public String getLabel() {
    return label;
  }

  /** The choice written as {@code name} in course.yaml, or null if there is none such. */
  public static QuizFeedback fromFile(String name) {
    for (QuizFeedback f : values()) {
      if (f.fileName.equals(name)) {
        return f;
      }
    }
    return null;
  }
}
