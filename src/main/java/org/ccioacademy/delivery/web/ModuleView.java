package org.ccioacademy.delivery.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import org.ccioacademy.catalogue.Catalogue;
import org.ccioacademy.catalogue.Course;
import org.ccioacademy.catalogue.CourseVersion;
import org.ccioacademy.catalogue.Module;
import org.ccioacademy.catalogue.ModuleHtml;
import org.ccioacademy.catalogue.PublishedVersions;
import org.ccioacademy.delivery.Enrolment;
import org.ccioacademy.delivery.Enrolments;
import org.ccioacademy.delivery.ModuleProgress;
import org.ccioacademy.delivery.quiz.Quizzes;
import org.ccioacademy.delivery.scorm.PackagePlayer;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.platform.kernel.RefusedException;
import org.ccioacademy.platform.kernel.Role;
import org.ccioacademy.platform.web.FacesForms;
import org.omnifaces.util.Faces;

/**
 * The module reader: the module's teaching text as sanitised HTML, the course's modules with
 * progress, previous and next, "I have read this module" and the way to the quiz. Enrolled trainees
 * read; the course's tutors and administrators see a preview.
 *
 * <p>The reader is a stateless view (its page sets {@code stateless}): nothing of it is kept in the
 * session between requests, so a page costs no view state to build, store or copy to the other
 * instances of a cluster (issue 23). A form on it posts to the page's address with the course and
 * module, and the bean loads them again before the form is read ({@link #reload}).
 */
@Named
@RequestScoped
public class ModuleView {

  @Inject Catalogue catalogue;
  @Inject PublishedVersions published;
  @Inject Enrolments enrolments;
  @Inject Quizzes quizzes;
  @Inject CurrentUser currentUser;
  @Inject ModuleHtml moduleHtml;
  @Inject PackagePlayer player;

  private String courseCode;
  private String moduleCode;
  private CourseVersion version;
  private Module module;
  private Enrolment enrolment;
  private String html;
  private boolean preview;
  private int attemptsUsed;
  private int attemptsAllowed;
  private boolean activityDone;
  private int percent;
  private Long courseId;
  private PackagePlayer.Play play;

  /**
   * A form posted on the reader: loads the module again from the address the form posted to, so
   * that its buttons are there to be pressed (the view is stateless, and f:viewAction runs only on
   * a GET).
   */
  @PostConstruct
  void reload() {
    if (Faces.isPostback()) {
      courseCode = Faces.getRequestParameter("course");
      moduleCode = Faces.getRequestParameter("module");
      load();
    }
  }

  /** f:viewAction: loads the module, checks who may read it, records the visit. */
  public void load() {
    Course course = catalogue.course(courseCode).orElse(null);
    // the version as kept by every instance once read: a published version never changes
    version = course == null ? null : published.current(course).orElse(null);
    module = version == null ? null : version.module(moduleCode).orElse(null);
    if (module == null) {
      Faces.responseSendError(404, "No such module");
      return;
    }
    courseId = course.getId();
    enrolment =
        enrolments
            .enrolmentWithProgress(currentUser.id(), course)
            .filter(e -> !e.isLeft())
            .orElse(null);
    if (enrolment == null) {
      if (course.mayBeEditedBy(currentUser.caller())) {
        preview = true;
      } else if (currentUser.getAccount().hasRole(Role.TRAINEE)) {
        FacesForms.flashInfo("Enrol on " + version.getTitle() + " to read its modules.");
        Faces.redirect(Faces.getRequestContextPath() + "/course.xhtml?id=" + courseCode);
        return;
      } else {
        Faces.responseSendError(403, "Not enrolled");
        return;
      }
    } else {
      enrolments.visit(enrolment, module);
      if (module.hasQuiz()) {
        attemptsUsed = quizzes.attemptsUsed(enrolment, moduleCode);
        attemptsAllowed = quizzes.attemptsAllowed(enrolment, version, moduleCode);
      }
      activityDone = enrolments.activityDone(enrolment, module);
      percent = enrolment.percentComplete(version);
      if (module.isPackage()) {
        play = player.play(enrolment, module);
      }
    }
    html = moduleHtml.of(module);
  }

  /** "I have read this module": records it, then goes to the quiz or on to the next module. */
  public String markRead() {
    boolean completedCourse = enrolments.markRead(currentUser.actor(), courseCode, moduleCode);
    Course course = catalogue.course(courseCode).orElseThrow();
    CourseVersion current = course.getCurrentVersion();
    Module m = current.module(moduleCode).orElseThrow();
    Enrolment e = enrolments.enrolment(currentUser.id(), course).orElseThrow();
    if (completedCourse) {
      FacesForms.flashInfo(
          "Well done: you have completed " + current.getTitle() + ". It is now in My learning.");
      return "/course?faces-redirect=true&id=" + courseCode;
    }
    if (!e.isModuleComplete(moduleCode) && !enrolments.activityDone(e, m)) {
      FacesForms.flashInfo(
          "Reading recorded. To complete this module, do what its exercise asks: "
              + m.getActivity().getLabel().toLowerCase(Locale.UK)
              + ".");
      return "/learn/module?faces-redirect=true&course=" + courseCode + "&module=" + moduleCode;
    }
    if (current.getModuleRule().needsQuiz() && m.hasQuiz() && !e.isModuleComplete(moduleCode)) {
      FacesForms.flashInfo("Reading recorded. Now take the quiz to complete this module.");
      return "/learn/quiz?faces-redirect=true&course=" + courseCode + "&module=" + moduleCode;
    }
    Module next = next(current, m);
    FacesForms.flashInfo("Module " + (m.getPosition() + 1) + " recorded as read.");
    if (next == null) {
      return "/course?faces-redirect=true&id=" + courseCode;
    }
    return "/learn/module?faces-redirect=true&course=" + courseCode + "&module=" + next.getCode();
  }

  /** "Start again": a new attempt at a content package module whose last attempt is complete. */
  public String newAttempt() {
    try {
      player.newAttempt(currentUser.actor(), courseCode, moduleCode);
      FacesForms.flashInfo("A new attempt has started. Your completion of this module stays.");
    } catch (RefusedException r) {
      FacesForms.flashError(r.getMessage());
    }
    return "/learn/module?faces-redirect=true&course=" + courseCode + "&module=" + moduleCode;
  }

  /** The package's parts and the trainee's latest attempt (a package module, enrolled). */
  public PackagePlayer.Play getPlay() {
    return play;
  }

  private static Module next(CourseVersion v, Module m) {
    int i = v.getModules().indexOf(m);
    return i + 1 < v.getModules().size() ? v.getModules().get(i + 1) : null;
  }

  public Module getPrevious() {
    int i = version.getModules().indexOf(module);
    return i > 0 ? version.getModules().get(i - 1) : null;
  }

  public Module getNext() {
    return next(version, module);
  }

  /** Whether the module's activity, if it asks for one, is done. */
  public boolean isActivityDone() {
    return activityDone;
  }

  public boolean isRead() {
    ModuleProgress p = progress();
    return p != null && p.getReadAt() != null;
  }

  public boolean isComplete() {
    return enrolment != null && enrolment.isModuleComplete(module.getCode());
  }

  public boolean isDone(Module m) {
    return enrolment != null && enrolment.isModuleComplete(m.getCode());
  }

  public Integer getBestScore() {
    ModuleProgress p = progress();
    return p == null ? null : p.getBestScore();
  }

  public boolean isQuizPassed() {
    ModuleProgress p = progress();
    return p != null && p.getQuizPassedAt() != null;
  }

  public boolean isAttemptsLeft() {
    return attemptsAllowed == 0 || attemptsUsed < attemptsAllowed;
  }

  public int getAttemptsAllowed() {
    return attemptsAllowed;
  }

  private ModuleProgress progress() {
    return enrolment == null ? null : enrolment.getProgress().get(module.getCode());
  }

  public int getPercent() {
    return percent;
  }

  /** The course's id, once loaded (null when there is no such module). */
  public Long getCourseId() {
    return courseId;
  }

  public int getNumber() {
    return version.getModules().indexOf(module) + 1;
  }

  public List<Module> getModules() {
    return version.getModules();
  }

  public CourseVersion getVersion() {
    return version;
  }

  public Module getModule() {
    return module;
  }

  public String getHtml() {
    return html;
  }

  /** Whether the person reads as an enrolled trainee (not a tutor's preview). */
  public boolean isEnrolled() {
    return enrolment != null;
  }

  public boolean isPreview() {
    return preview;
  }

  public int getAttemptsUsed() {
    return attemptsUsed;
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
