package org.ccioacademy.assessment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.ccioacademy.assessment.Marking;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.platform.audit.AuditLog;
import org.ccioacademy.platform.web.FacesForms;

/** The marking queue: submissions on the courses a tutor marks, filtered and paged. */
@Named
@ViewScoped
public class MarkingQueueView implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int PAGE_SIZE = 25;

  @Inject Marking marking;
  @Inject CurrentUser currentUser;
  @Inject AuditLog audit;

  private String course;
  private String stage;
  private int page = 1;
  private transient List<Marking.QueueLine> lines;
  private transient List<Object[]> courses;
  private long total;

  public void load() {
    page = Math.max(1, page);
    courses = marking.courses(currentUser.caller());
    total = marking.count(currentUser.caller(), blank(course), null, stage());
    lines =
        marking.queue(
            currentUser.caller(), blank(course), null, stage(), (page - 1) * PAGE_SIZE, PAGE_SIZE);
    if (!lines.isEmpty()) {
      audit.read(
          currentUser.actor(),
          "read.marking-queue",
          "names",
          null,
          null,
          (blank(course) == null ? "every course" : "course " + course) + ", page " + page,
          lines.size());
    }
  }

  /** Releases every marked submission the filter shows (on all its pages). */
  public String releaseAll() {
    int n = marking.releaseAllMarked(currentUser.caller(), blank(course), null);
    FacesForms.flashInfo(
        n == 0
            ? "Nothing was waiting to be released."
            : n + (n == 1 ? " mark is" : " marks are") + " released: trainees can see them now.");
    return "/author/marking?faces-redirect=true"
        + (blank(course) == null ? "" : "&course=" + course)
        + (stage == null ? "" : "&stage=" + stage);
  }

  private Marking.Stage stage() {
    try {
      return stage == null || stage.isBlank()
          ? Marking.Stage.TO_MARK
          : Marking.Stage.valueOf(stage);
    } catch (IllegalArgumentException e) {
      return Marking.Stage.TO_MARK;
    }
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  public List<Marking.QueueLine> getLines() {
    return lines;
  }

  public List<Object[]> getCourses() {
    return courses;
  }

  public long getTotal() {
    return total;
  }

  public boolean isLastPage() {
    return (long) page * PAGE_SIZE >= total;
  }

  public String getStageName() {
    return stage().name();
  }

  public String getCourse() {
    return course;
  }

  public void setCourse(String course) {
    this.course = course;
  }

  public String getStage() {
    return stage;
  }

  public void setStage(String stage) {
    this.stage = stage;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }
}
