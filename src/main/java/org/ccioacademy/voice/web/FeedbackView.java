package org.ccioacademy.voice.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ccioacademy.catalogue.Catalogue;
import org.ccioacademy.catalogue.Course;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.platform.kernel.ConcurrentEditException;
import org.ccioacademy.platform.kernel.InvalidInputException;
import org.ccioacademy.platform.kernel.NotAllowedException;
import org.ccioacademy.platform.kernel.RefusedException;
import org.ccioacademy.platform.web.FacesForms;
import org.ccioacademy.voice.ModuleFeedback;
import org.ccioacademy.voice.ModuleFeedbackFigures;
import org.omnifaces.util.Faces;

/**
 * A course's feedback for its tutors: each module's ratings and flags, the modules to improve
 * first, the flags to answer (paged), and the latest comments; never with a trainee's name.
 */
@Named
@ViewScoped
public class FeedbackView implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int PAGE_SIZE = 20;
  static final int COMMENTS = 20;

  @Inject ModuleFeedback feedback;
  @Inject ModuleFeedbackFigures figures;
  @Inject Catalogue catalogue;
  @Inject CurrentUser currentUser;

  private String id;
  private int page = 1;
  private String title;
  private transient List<ModuleFeedbackFigures.Figures> modules;
  private transient List<ModuleFeedbackFigures.ToImprove> toImprove;
  private transient List<ModuleFeedbackFigures.Flag> flags;
  private transient List<ModuleFeedbackFigures.Comment> comments;
  private long flagCount;
  private final Map<Long, String> answers = new HashMap<>();

  public void load() {
    Course course = catalogue.course(id).orElse(null);
    if (course == null) {
      Faces.responseSendError(404, "No such course");
      return;
    }
    if (!course.mayBeEditedBy(currentUser.caller())) {
      Faces.responseSendError(403, "Not a tutor of this course");
      return;
    }
    title = course.getCurrentVersion().getTitle();
    modules = figures.figures(course);
    toImprove = ModuleFeedbackFigures.toImprove(modules);
    flagCount = figures.flagCount(course);
    page = Math.max(1, page);
    flags = figures.flags(course, (page - 1) * PAGE_SIZE, PAGE_SIZE);
    comments = figures.comments(course, COMMENTS);
  }

  public String answer(ModuleFeedbackFigures.Flag f) {
    try {
      feedback.answer(currentUser.caller(), f.id(), answers.get(f.id()));
    } catch (InvalidInputException e) {
      FacesForms.error(e.errors().get("answer"));
      return null;
    } catch (RefusedException | ConcurrentEditException | NotAllowedException e) {
      FacesForms.flashError(e.getMessage());
      return here();
    }
    FacesForms.flashInfo(
        "Your answer is sent to the trainee who flagged the error in " + f.moduleTitle() + ".");
    return here();
  }

  private String here() {
    return "/author/feedback?faces-redirect=true&id=" + id + "&page=" + page;
  }

  public boolean isLastPage() {
    return (long) page * PAGE_SIZE >= flagCount;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }

  public String getTitle() {
    return title;
  }

  public List<ModuleFeedbackFigures.Figures> getModules() {
    return modules;
  }

  public List<ModuleFeedbackFigures.ToImprove> getToImprove() {
    return toImprove;
  }

  public List<ModuleFeedbackFigures.Flag> getFlags() {
    return flags;
  }

  public List<ModuleFeedbackFigures.Comment> getComments() {
    return comments;
  }

  public long getFlagCount() {
    return flagCount;
  }

  public Map<Long, String> getAnswers() {
    return answers;
  }
}
