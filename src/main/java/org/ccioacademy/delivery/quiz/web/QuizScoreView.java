package org.ccioacademy.delivery.quiz.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.ccioacademy.catalogue.Module;
import org.ccioacademy.delivery.Enrolment;
import org.ccioacademy.delivery.Enrolments;
import org.ccioacademy.delivery.quiz.QuizAllowances;
import org.ccioacademy.delivery.quiz.QuizAttempt;
import org.ccioacademy.delivery.quiz.Quizzes;
import org.ccioacademy.delivery.quiz.ScoreOverrides;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.identity.UserAccountRepository;
import org.ccioacademy.platform.kernel.InvalidInputException;
import org.ccioacademy.platform.web.FacesForms;
import org.omnifaces.util.Faces;

/**
 * A tutor sets a trainee's quiz score by hand, with the reason: every attempt and every earlier
 * override are shown, and kept.
 */
@Named
@ViewScoped
public class QuizScoreView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Enrolments enrolments;
  @Inject Quizzes quizzes;
  @Inject ScoreOverrides scoreOverrides;
  @Inject CurrentUser currentUser;
  @Inject UserAccountRepository accounts;
  @Inject QuizAllowances allowances;

  private String enrolment;
  private String module;
  private long enrolmentId;
  private String trainee;
  private String courseCode;
  private transient Module quizModule;
  private transient List<QuizAttempt> attempts;
  private transient List<ScoreOverrides.QuizOverride> overrides;
  private Integer best;
  private Integer score;
  private String reason;
  private int courseAttempts;
  private int attemptsAllowed;
  private int attemptsUsed;
  private transient List<QuizAllowances.Allowance> allowanceHistory;
  private Integer extraAttempts;
  private Integer extraTimePercent;
  private String allowanceReason;

  public void load() {
    Enrolment e =
        enrolment != null && enrolment.matches("\\d{1,18}")
            ? enrolments.enrolmentById(Long.parseLong(enrolment)).orElse(null)
            : null;
    Module m =
        e == null || module == null
            ? null
            : e.getCourse().getCurrentVersion().module(module).filter(Module::hasQuiz).orElse(null);
    if (e == null || m == null || !e.getCourse().mayBeEditedBy(currentUser.caller())) {
      // none, or not a course this tutor teaches: the same answer
      Faces.responseSendError(404, "No such quiz result");
      return;
    }
    enrolmentId = e.getId();
    quizModule = m;
    courseCode = e.getCourse().getCode();
    trainee = accounts.find(e.getUserId()).map(a -> a.getFullName()).orElse("");
    attempts = quizzes.attempts(e, m.getCode());
    overrides = scoreOverrides.overrides(e.getId(), m.getCode());
    var p = e.getProgress().get(m.getCode());
    best = p == null ? null : p.getBestScore();
    courseAttempts = e.getCourse().getCurrentVersion().getMaxAttempts();
    attemptsAllowed = quizzes.attemptsAllowed(e, e.getCourse().getCurrentVersion(), m.getCode());
    attemptsUsed = quizzes.attemptsUsed(e, m.getCode());
    allowanceHistory = allowances.history(e.getId(), m.getCode());
    var current = allowances.current(e.getId(), m.getCode());
    extraAttempts = current.extraAttempts();
    extraTimePercent = current.extraTimePercent();
  }

  /** Gives the trainee extra attempts or extra time, with the reason. */
  public String allow() {
    try {
      allowances.set(
          currentUser.caller(),
          enrolmentId,
          module,
          extraAttempts,
          extraTimePercent,
          allowanceReason);
      FacesForms.flashInfo(
          "Allowance saved: "
              + extraAttempts
              + " extra "
              + (extraAttempts == 1 ? "attempt" : "attempts")
              + " and "
              + extraTimePercent
              + "% extra time.");
      return "/author/quiz-score?faces-redirect=true&enrolment="
          + enrolmentId
          + "&module="
          + module;
    } catch (InvalidInputException e) {
      FacesForms.showErrors("allowance", e.errors());
      return null;
    }
  }

  public int getCourseAttempts() {
    return courseAttempts;
  }

  public int getAttemptsAllowed() {
    return attemptsAllowed;
  }

  public int getAttemptsUsed() {
    return attemptsUsed;
  }

  public List<QuizAllowances.Allowance> getAllowanceHistory() {
    return allowanceHistory;
  }

  public Integer getExtraAttempts() {
    return extraAttempts;
  }

  public void setExtraAttempts(Integer extraAttempts) {
    this.extraAttempts = extraAttempts;
  }

  public Integer getExtraTimePercent() {
    return extraTimePercent;
  }

  public void setExtraTimePercent(Integer extraTimePercent) {
    this.extraTimePercent = extraTimePercent;
  }

  public String getAllowanceReason() {
    return allowanceReason;
  }

  public void setAllowanceReason(String allowanceReason) {
    this.allowanceReason = allowanceReason;
  }

  public String save() {
    try {
      scoreOverrides.overrideQuizScore(currentUser.caller(), enrolmentId, module, score, reason);
      FacesForms.flashInfo("The score is set to " + score + "%, with your reason.");
      return "/author/quiz-score?faces-redirect=true&enrolment="
          + enrolmentId
          + "&module="
          + module;
    } catch (InvalidInputException e) {
      FacesForms.showErrors("override", e.errors());
      return null;
    }
  }

  public String getEnrolment() {
    return enrolment;
  }

  public void setEnrolment(String enrolment) {
    this.enrolment = enrolment;
  }

  public String getModule() {
    return module;
  }

  public void setModule(String module) {
    this.module = module;
  }

  public String getTrainee() {
    return trainee;
  }

  public String getCourseCode() {
    return courseCode;
  }

  public Module getQuizModule() {
    return quizModule;
  }

  public List<QuizAttempt> getAttempts() {
    return attempts;
  }

  public List<ScoreOverrides.QuizOverride> getOverrides() {
    return overrides;
  }

  public Integer getBest() {
    return best;
  }

  public Integer getScore() {
    return score;
  }

  public void setScore(Integer score) {
    this.score = score;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
