package org.ccioacademy.delivery.quiz.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ccioacademy.catalogue.Catalogue;
import org.ccioacademy.catalogue.Course;
import org.ccioacademy.catalogue.CourseVersion;
import org.ccioacademy.catalogue.Module;
import org.ccioacademy.catalogue.Question;
import org.ccioacademy.catalogue.QuestionOption;
import org.ccioacademy.catalogue.format.QuestionType;
import org.ccioacademy.catalogue.format.QuizFeedback;
import org.ccioacademy.delivery.Enrolments;
import org.ccioacademy.delivery.quiz.QuizAttempt;
import org.ccioacademy.delivery.quiz.QuizResponse;
import org.ccioacademy.delivery.quiz.Quizzes;
import org.ccioacademy.identity.CurrentUser;
import org.omnifaces.util.Faces;

/**
 * One of the trainee's own quiz attempts: score, pass or not, and per question what they answered,
 * whether it was right and the feedback. The right answer is shown once the quiz is passed or no
 * attempts are left, so the quiz still tests until then.
 */
@Named
@RequestScoped
public class AttemptView {

  @Inject Enrolments enrolments;
  @Inject Quizzes quizzes;
  @Inject Catalogue catalogue;
  @Inject CurrentUser currentUser;

  private String id;
  private QuizAttempt attempt;
  private Module module;
  private CourseVersion version;
  private boolean showAnswers;
  private boolean showQuestions;
  private boolean courseCompleted;
  private boolean canRetry;
  private final List<Row> rows = new ArrayList<>();

  /** One question of the attempt as shown. */
  public record Row(
      int number,
      String text,
      String answer,
      boolean correct,
      String rightAnswer,
      String feedback,
      List<String> optionFeedback) {}

  /** f:viewAction: the attempt must be the signed-in trainee's own, else 404. */
  public void load() {
    if (id != null && id.matches("\\d{1,18}")) {
      attempt = quizzes.attempt(currentUser.id(), Long.parseLong(id)).orElse(null);
    }
    if (attempt == null) {
      Faces.responseSendError(404, "No such attempt");
      return;
    }
    module = attempt.getModule();
    Course course = module.getCourseVersion().getCourse();
    version = course.getCurrentVersion();
    var enrolment = enrolments.enrolment(currentUser.id(), course).orElseThrow();
    int used = quizzes.attemptsUsed(enrolment, module.getCode());
    boolean passedEver =
        enrolment.getProgress().containsKey(module.getCode())
            && enrolment.getProgress().get(module.getCode()).getQuizPassedAt() != null;
    int allowed = quizzes.attemptsAllowed(enrolment, version, module.getCode());
    boolean attemptsLeft = allowed == 0 || used < allowed;
    // explanations often give the answers away: after a failed attempt with tries left, the
    // course's tutor chooses what is shown (every answer once passed or out of tries)
    QuizFeedback feedback = version.getQuizFeedback();
    showAnswers = passedEver || !attemptsLeft || feedback == QuizFeedback.ALWAYS;
    showQuestions = showAnswers || feedback != QuizFeedback.SCORE_ONLY;
    canRetry = !passedEver && attemptsLeft && !enrolment.isLeft();
    courseCompleted = enrolment.isCompleted();
    Map<Long, QuizResponse> responses =
        attempt.getResponses().stream()
            .collect(Collectors.toMap(QuizResponse::getQuestionId, Function.identity()));
    int n = 1;
    for (Question q : catalogue.questions(module)) {
      QuizResponse r = responses.get(q.getId());
      if (r == null) {
        continue; // not drawn for this attempt (or none were marked: the time ran out)
      }
      String given = r.getResponse();
      List<String> optionFeedback = new ArrayList<>();
      if (given != null
          && (q.getType() == QuestionType.SINGLE || q.getType() == QuestionType.MULTIPLE)) {
        for (String part : given.split(",")) {
          int i = Integer.parseInt(part);
          QuestionOption o = i < q.getOptions().size() ? q.getOptions().get(i) : null;
          if (o != null && o.getFeedback() != null) {
            optionFeedback.add(o.getText() + ": " + o.getFeedback());
          }
        }
      }
      rows.add(
          new Row(
              n++,
              q.getText(),
              q.describe(given),
              r.isCorrect(),
              q.rightAnswer(),
              q.getFeedback(),
              optionFeedback));
    }
  }

  public QuizAttempt getAttempt() {
    return attempt;
  }

  public Module getModule() {
    return module;
  }

  public String getCourseCode() {
    return module.getCourseVersion().getCourse().getCode();
  }

  public CourseVersion getVersion() {
    return version;
  }

  public List<Row> getRows() {
    return rows;
  }

  public boolean isShowAnswers() {
    return showAnswers;
  }

  /** Whether each question is listed, right or not (not when the tutor chose the score only). */
  public boolean isShowQuestions() {
    return showQuestions;
  }

  /** Whether the course is complete (this attempt may have been its last step). */
  public boolean isCourseCompleted() {
    return courseCompleted;
  }

  public boolean isCanRetry() {
    return canRetry;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
