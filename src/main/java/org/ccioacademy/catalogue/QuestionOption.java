package org.ccioacademy.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One option of a choice question. Whether it is correct never leaves the server before marking.
 */
@Embeddable
public class QuestionOption {

  @Column(nullable = false, length = 500)
  private String text;

  @Column(nullable = false)
  private boolean correct;

  @Column(length = 1000)
  private String feedback;

  protected QuestionOption() {}

  QuestionOption(String text, boolean correct, String feedback) {
    this.text = text;
    this.correct = correct;
    this.feedback = feedback;
  }

  public String getText() {
    return text;
  }

  public boolean isCorrect() {
    return correct;
  }

  public String getFeedback() {
    return feedback;
  }
}
