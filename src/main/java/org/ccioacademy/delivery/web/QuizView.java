package org.ccioacademy.delivery.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ccioacademy.catalogue.Catalogue;
import org.ccioacademy.catalogue.Course;
import org.ccioacademy.catalogue.CourseVersion;
import org.ccioacademy.catalogue.Module;
import org.ccioacademy.catalogue.Question;
import org.ccioacademy.catalogue.format.QuestionType;
import org.ccioacademy.delivery.DeliveryService;
import org.ccioacademy.delivery.Enrolment;
import org.ccioacademy.delivery.NotEnrolledException;
import org.ccioacademy.delivery.QuizAttempt;
import org.ccioacademy.delivery.QuizClosedException;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.identity.Role;
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
  @Inject DeliveryService delivery;
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
  private final List<Item> items = new ArrayList<>();

  /** One question as shown, with what the trainee has chosen or typed so far. */
  public static final class Item implements Serializable {
    private static final long serialVersionUID = 1L;
    private final long questionId;
    private final int number;
    private final QuestionType type;
    private final String text;
    private final Map<String, String> options = new LinkedHashMap<>();
    private String value;
    private String[] values = {};
    private String error;

    Item(Question q, int number) {
      this.questionId = q.getId();
      this.number = number;
      this.type = q.getType();
      this.text = q.getText();
      for (int i = 0; i < q.getOptions().size(); i++) {
        options.put(q.getOptions().get(i).getText(), String.valueOf(i));
      }
      if (type == QuestionType.TRUE_FALSE) {
        options.put("True", "true");
        options.put("False", "false");
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

    public Map<String, String> getOptions() {
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
        delivery.enrolment(currentUser.id(), course).filter(x -> !x.isLeft()).orElse(null);
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
    maxAttempts = version.getMaxAttempts();
    attemptsUsed = delivery.attemptsUsed(e, moduleCode);
    var progress = e.getProgress().get(moduleCode);
    passed = progress != null && progress.getQuizPassedAt() != null;
    open = !passed && (maxAttempts == 0 || attemptsUsed < maxAttempts);
    items.clear();
    int n = 1;
    for (Question q : catalogue.questions(module)) {
      items.add(new Item(q, n++));
    }
  }

  /** Submits the attempt; every question must have an answer. */
  public String submit() {
    int missing = 0;
    for (Item item : items) {
      item.error = item.answered() ? null : "Question " + item.number + " has no answer yet.";
      missing += item.answered() ? 0 : 1;
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
      QuizAttempt a = delivery.submitQuiz(currentUser.actor(), courseCode, moduleCode, answers);
      return "/learn/attempt?faces-redirect=true&id=" + a.getId();
    } catch (QuizClosedException | NotEnrolledException e) {
      FacesForms.error(e.getMessage());
      return null;
    }
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
