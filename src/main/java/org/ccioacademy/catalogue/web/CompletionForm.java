package org.ccioacademy.catalogue.web;

import java.io.Serializable;
import org.ccioacademy.catalogue.format.CourseDefinition;
import org.ccioacademy.catalogue.format.ModuleRule;
import org.ccioacademy.catalogue.format.QuizFeedback;

/**
 * The course editor's fields for how a course is completed: the module rule, the quiz pass mark and
 * attempts, what a trainee sees after a failed attempt, and how long the certificate lasts.
 */
public class CompletionForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private ModuleRule moduleRule;
  private Integer passMark;
  private Integer attempts;
  private Integer certificateValidMonths;
  private QuizFeedback quizFeedback;

  /** The fields as the course has them. */
  void show(CourseDefinition c) {
    moduleRule = c.moduleRule();
    passMark = c.passMark();
    attempts = c.attempts();
    certificateValidMonths = c.certificateValidMonths();
    quizFeedback = c.quizFeedback();
  }

  public ModuleRule getModuleRule() {
    return moduleRule;
  }

  public void setModuleRule(ModuleRule moduleRule) {
    this.moduleRule = moduleRule;
  }

  public Integer getPassMark() {
    return passMark;
  }

  public void setPassMark(Integer passMark) {
    this.passMark = passMark;
  }

  public Integer getAttempts() {
    return attempts;
  }

  public void setAttempts(Integer attempts) {
    this.attempts = attempts;
  }

  public Integer getCertificateValidMonths() {
    return certificateValidMonths;
  }

  public void setCertificateValidMonths(Integer certificateValidMonths) {
    this.certificateValidMonths = certificateValidMonths;
  }

  public QuizFeedback getQuizFeedback() {
    return quizFeedback;
  }

  public void setQuizFeedback(QuizFeedback quizFeedback) {
    this.quizFeedback = quizFeedback;
  }

  public QuizFeedback[] getQuizFeedbackChoices() {
    return QuizFeedback.values();
  }
}
