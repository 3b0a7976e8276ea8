package org.ccioacademy.delivery.quiz;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** What a trainee answered to one question in one attempt, and whether it was right. */
@Embeddable
public class QuizResponse {

  @Column(name = "question_id", nullable = false)
  private Long questionId;

  @Column(length = 2000)
  private String response;

  @Column(nullable = false)
  private boolean correct;

  protected QuizResponse() {}

  QuizResponse(Long questionId, String response, boolean correct) {
    this.questionId = questionId;
    this.response = response;
    this.correct = correct;
  }

  public Long getQuestionId() {
    return questionId;
  }

  public String getResponse() {
    return response;
  }

  public boolean isCorrect() {
    return correct;
  }
}
