package org.ccioacademy.voice.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ccioacademy.catalogue.Catalogue;
import org.ccioacademy.catalogue.Course;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.platform.kernel.InvalidInputException;
import org.ccioacademy.platform.kernel.NotAllowedException;
import org.ccioacademy.platform.kernel.RefusedException;
import org.ccioacademy.platform.web.FacesForms;
import org.ccioacademy.voice.FeedbackInput;
import org.ccioacademy.voice.ModuleFeedback;
import org.ccioacademy.voice.SystemUsabilityScale;
import org.omnifaces.util.Faces;

/**
 * The end of a module in the reader: the trainee's view of it (clear, useful, accurate, a comment),
 * and a way to flag an error, with the answers to the flags they raised.
 */
@Named
@RequestScoped
public class ModuleFeedbackView {
  private static final List<Integer> LEVELS = List.of(1, 2, 3, 4, 5);

  @Inject ModuleFeedback feedback;
  @Inject CurrentUser currentUser;
  @Inject Catalogue catalogue;

  private String courseCode;
  private String moduleCode;
  private boolean open;
  private boolean given;
  private Integer clear;
  private Integer useful;
  private Integer accurate;
  private String comment;
  private String flag;
  private List<ModuleFeedback.MyFlag> flags;

  /**
   * A form posted on the reader (a stateless view): loads the feedback again from the address the
   * form posted to, before the form is read, so that what was sent replaces what was saved.
   */
  @PostConstruct
  void reload() {
    if (Faces.isPostback()) {
      String course = Faces.getRequestParameter("course");
      String module = Faces.getRequestParameter("module");
      load(catalogue.course(course).map(Course::getId).orElse(null), course, module);
    }
  }

  /**
   * Loads the trainee's feedback on a module of the course {@code courseId} (the reader has found
   * both: null when it did not); nothing for someone not enrolled, or a tutor.
   */
  public void load(Long courseId, String course, String module) {
    loadForReader(
        courseId,
        course,
        module,
        currentUser.isSignedIn()
            && courseId != null
            && feedback.mayGive(currentUser.id(), courseId));
  }

  /**
   * The reader's f:viewAction: {@code enrolled} when it has found the signed-in trainee's enrolment
   * on the course, which spares asking again whether they may give feedback (one statement less on
   * the most read page, issue 23); nothing is loaded for a tutor's preview.
   */
  public void loadForReader(Long courseId, String course, String module, boolean enrolled) {
    this.courseCode = course;
    this.moduleCode = module;
    if (!enrolled) {
      return;
    }
    open = true;
    feedback
        .given(currentUser.id(), courseId, module)
        .ifPresent(
            g -> {
              given = true;
              clear = g.clear();
              useful = g.useful();
              accurate = g.accurate();
              comment = g.comment();
            });
    flags = feedback.myFlags(currentUser.id(), courseId, module);
  }

  private String back() {
    return "/learn/module?faces-redirect=true&course=" + courseCode + "&module=" + moduleCode;
  }

  public String send() {
    try {
      feedback.give(
          currentUser.caller(),
          courseCode,
          moduleCode,
          new FeedbackInput(clear, useful, accurate, comment));
    } catch (InvalidInputException e) {
      FacesForms.showErrors("feedback", e.errors());
      return null;
    } catch (RefusedException | NotAllowedException e) {
      FacesForms.error(e.getMessage());
      return null;
    }
    FacesForms.flashInfo("Thank you: your feedback on this module is saved. The tutors read it.");
    return back();
  }

  public String raise() {
    try {
      feedback.flag(currentUser.caller(), courseCode, moduleCode, flag);
    } catch (InvalidInputException e) {
      FacesForms.showErrors("flagError", e.errors());
      return null;
    } catch (RefusedException | NotAllowedException e) {
      FacesForms.error(e.getMessage());
      return null;
    }
    FacesForms.flashInfo(
        "Thank you: the tutors are told of the error you flagged, and you will hear when they"
            + " answer.");
    return back();
  }

  public List<Integer> getLevels() {
    return LEVELS;
  }

  /** The answers' labels, "Strongly disagree" to "Strongly agree". */
  public List<String> getAnswers() {
    return SystemUsabilityScale.ANSWERS;
  }

  public boolean isOpen() {
    return open;
  }

  public boolean isGiven() {
    return given;
  }

  public List<ModuleFeedback.MyFlag> getFlags() {
    return flags;
  }

  public Integer getClear() {
    return clear;
  }

  public void setClear(Integer clear) {
    this.clear = clear;
  }

  public Integer getUseful() {
    return useful;
  }

  public void setUseful(Integer useful) {
    this.useful = useful;
  }

  public Integer getAccurate() {
    return accurate;
  }

  public void setAccurate(Integer accurate) {
    this.accurate = accurate;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  public String getFlag() {
    return flag;
  }

  public void setFlag(String flag) {
    this.flag = flag;
  }
}
