package org.ccioacademy.delivery.quiz.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ccioacademy.catalogue.Catalogue;
import org.ccioacademy.catalogue.Course;
import org.ccioacademy.catalogue.CourseVersion;
import org.ccioacademy.catalogue.Module;
import org.ccioacademy.catalogue.Question;
import org.ccioacademy.catalogue.format.QuestionType;
import org.ccioacademy.delivery.Enrolment;
import org.ccioacademy.delivery.Enrolments;
import org.ccioacademy.delivery.NotEnrolledException;
import org.ccioacademy.delivery.quiz.QuizAttempt;
import org.ccioacademy.delivery.quiz.QuizClosedException;
import org.ccioacademy.delivery.quiz.Quizzes;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.platform.kernel.Role;
import org.ccioacademy.platform.web.FacesForms;
import org.omnifaces.util.Faces;

/**
 * Taking a module's quiz. The page shows questions and options only (never which is right); the
 * answers are marked on the server when submitted, and what was chosen is kept if anything is wrong
 * with the submission.
 */
@Named
@ViewScoped
public class QuizView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Catalogue catalogue;
  @Inject Enrolments enrolments;
  @Inject Quizzes quizzes;
  @Inject CurrentUser currentUser;

  private String courseCode;
  private String moduleCode;
  private String courseTitle;
  private String moduleTitle;
  private int passMark;
  private int maxAttempts;
  private int attemptsUsed;
  private boolean passed;
  private boolean open;
  private Long sittingId;
  private boolean mustStart;
  private int drawn;
  private int bankSize;
  private Integer timeLimitMinutes;
  private String timeAllowed;
  private boolean extraTime;
  private OffsetDateTime deadline;
  private long deadlineMillis;
  private long nowMillis;
  private QuizAttempt timedOut;
  private String timeUp;
  private final List<Item> items = new ArrayList<>();

  /**
   * An answer to choose: its text (a tutor's, so always written escaped: f:selectItems with a label
   * escapes it, a bare map of labels would not) and the value posted back.
   */
  public record Option(String label, String value) implements Serializable {}

  /** One question as shown, with what the trainee has chosen or typed so far. */
  public static final class Item implements Serializable {
    private static final long serialVersionUID = 1L;
    private final long questionId;
    private final int number;
    private final QuestionType type;
    private final String text;
    private final List<Option> options = new ArrayList<>();
    private String value;
    private String[] values = {};
    private String error;

    Item(Question q, int number) {
      this.questionId = q.getId();
      this.number = number;
      this.type = q.getType();
      this.text = q.getText();
      for (int i = 0; i < q.getOptions().size(); i++) {
        options.add(new Option(q.getOptions().get(i).getText(), String.valueOf(i)));
      }
      if (type == QuestionType.TRUE_FALSE) {
        options.add(new Option("True", "true"));
        options.add(new Option("False", "false"));
      }
    }

    String response() {
      return type == QuestionType.MULTIPLE ? String.join(",", values) : value;
    }

    boolean answered() {
      String r = response();
      return r != null && !r.isBlank();
    }

    public String getId() {
      return "q" + number;
    }

    public String getError() {
      return error;
    }

    public int getNumber() {
      return number;
    }

    public String getType() {
      return type.name();
    }

    public String getText() {
      return text;
    }

    public List<Option> getOptions() {
      return options;
    }

    public String getValue() {
      return value;
    }

    public void setValue(String value) {
      this.value = value;
    }

    public String[] getValues() {
      return values;
    }

    public void setValues(String[] values) {
      this.values = values == null ? new String[0] : values;
    }
  }

  /** f:viewAction: loads the quiz for an enrolled trainee. */
  public void load() {
    Course course = catalogue.course(courseCode).orElse(null);
    Module module =
        course == null ? null : course.getCurrentVersion().module(moduleCode).orElse(null);
    if (module == null || !module.hasQuiz()) {
      Faces.responseSendError(404, "No such quiz");
      return;
    }
    CourseVersion version = course.getCurrentVersion();
    Enrolment e =
        enrolments.enrolment(currentUser.id(), course).filter(x -> !x.isLeft()).orElse(null);
    if (e == null) {
      if (currentUser.getAccount().hasRole(Role.TRAINEE)) {
        FacesForms.flashInfo("Enrol on " + version.getTitle() + " to take its quizzes.");
        Faces.redirect(Faces.getRequestContextPath() + "/course.xhtml?id=" + courseCode);
      } else {
        Faces.responseSendError(403, "Only enrolled trainees take quizzes");
      }
      return;
    }
    courseTitle = version.getTitle();
    moduleTitle = module.getTitle();
    passMark = version.getPassMark();
    Quizzes.Standing standing = quizzes.standing(currentUser.actor(), courseCode, moduleCode);
    maxAttempts = standing.attemptsAllowed();
    bankSize = module.getQuestions().size();
    drawn = module.questionsPerAttempt();
    timeLimitMinutes = module.getTimeLimitMinutes();
    Long seconds = standing.secondsAllowed();
    timeAllowed = seconds == null ? null : inWords(seconds);
    extraTime = seconds != null && seconds != timeLimitMinutes * 60L;
    passed = standing.passed();
    Optional<Quizzes.Sitting> sitting = standing.sitting();
    attemptsUsed = standing.attemptsUsed();
    open = standing.open();
    timedOut = standing.timedOut();
    items.clear();
    sittingId = null;
    deadline = null;
    mustStart = open && sitting.isEmpty() && module.needsSitting();
    if (!open || mustStart) {
      return;
    }
    List<Question> questions =
        sitting.map(Quizzes.Sitting::questions).orElseGet(() -> catalogue.questions(module));
    sitting.ifPresent(
        st -> {
          sittingId = st.id();
          deadline = st.deadline();
        });
    nowMillis = System.currentTimeMillis();
    deadlineMillis = deadline == null ? 0 : deadline.toInstant().toEpochMilli();
    int n = 1;
    for (Question q : questions) {
      items.add(new Item(q, n++));
    }
  }

  /** Starts a sitting (questions drawn, clock started), then shows it. */
  public String start() {
    try {
      quizzes.startQuiz(currentUser.actor(), courseCode, moduleCode);
      return "/learn/quiz?faces-redirect=true&course=" + courseCode + "&module=" + moduleCode;
    } catch (QuizClosedException | NotEnrolledException e) {
      FacesForms.error(e.getMessage());
      return null;
    }
  }

  /**
   * Submits the attempt. Every question must have an answer, except when the time is up: then the
   * answers given so far are marked and the rest count as wrong.
   */
  public String submit() {
    boolean outOfTime =
        deadline != null && ("true".equals(timeUp) || !OffsetDateTime.now().isBefore(deadline));
    int missing = 0;
    for (Item item : items) {
      boolean needed = !outOfTime && !item.answered();
      item.error = needed ? "Question " + item.number + " has no answer yet." : null;
      missing += needed ? 1 : 0;
    }
    if (missing > 0) {
      FacesForms.error(
          (missing == 1 ? "One question has" : missing + " questions have")
              + " no answer yet: each is marked below. Your other answers are kept; nothing has"
              + " been submitted.");
      return null;
    }
    Map<Long, String> answers = new HashMap<>();
    items.forEach(i -> answers.put(i.questionId, i.response()));
    try {
      QuizAttempt a =
          quizzes.submitQuiz(currentUser.actor(), courseCode, moduleCode, sittingId, answers);
      return "/learn/attempt?faces-redirect=true&id=" + a.getId();
    } catch (QuizClosedException | NotEnrolledException e) {
      FacesForms.error(e.getMessage());
      return null;
    }
  }

  public Long getSittingId() {
    return sittingId;
  }

  public boolean isMustStart() {
    return mustStart;
  }

  public int getDrawn() {
    return drawn;
  }

  public int getBankSize() {
    return bankSize;
  }

  /** "12 minutes", or "12 minutes 30 seconds". */
  static String inWords(long seconds) {
    long m = seconds / 60;
    long r = seconds % 60;
    return m
        + (m == 1 ? " minute" : " minutes")
        + (r == 0 ? "" : " " + r + (r == 1 ? " second" : " seconds"));
  }

  public String getTimeAllowed() {
    return timeAllowed;
  }

  public boolean isExtraTime() {
    return extraTime;
  }

  public Integer getTimeLimitMinutes() {
    return timeLimitMinutes;
  }

  public OffsetDateTime getDeadline() {
    return deadline;
  }

  public long getDeadlineMillis() {
    return deadlineMillis;
  }

  public long getNowMillis() {
    return nowMillis;
  }

  public QuizAttempt getTimedOut() {
    return timedOut;
  }

  public String getTimeUp() {
    return timeUp;
  }

  public void setTimeUp(String timeUp) {
    this.timeUp = timeUp;
  }

  public List<Item> getItems() {
    return items;
  }

  public String getCourseTitle() {
    return courseTitle;
  }

  public String getModuleTitle() {
    return moduleTitle;
  }

  public int getPassMark() {
    return passMark;
  }

  public int getMaxAttempts() {
    return maxAttempts;
  }

  public int getAttemptsUsed() {
    return attemptsUsed;
  }

  public boolean isPassed() {
    return passed;
  }

  public boolean isOpen() {
    return open;
  }

  public String getCourseCode() {
    return courseCode;
  }

  public void setCourseCode(String courseCode) {
    this.courseCode = courseCode;
  }

  public String getModuleCode() {
    return moduleCode;
  }

  public void setModuleCode(String moduleCode) {
    this.moduleCode = moduleCode;
  }
}
