package org.ccioacademy.assessment.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ccioacademy.assessment.Gradebook;
import org.ccioacademy.catalogue.Catalogue;
import org.ccioacademy.catalogue.Course;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.platform.audit.AuditLog;
import org.omnifaces.util.Faces;

/** A course's gradebook for its tutors and admins: a page of trainees against every item. */
@Named
@RequestScoped
public class GradebookView {

  static final int PAGE_SIZE = 25;

  @Inject Gradebook gradebook;
  @Inject Catalogue catalogue;
  @Inject CurrentUser currentUser;
  @Inject AuditLog audit;

  private String course;
  private String q;
  private String show;
  private int page = 1;
  private String courseTitle;
  private List<Gradebook.Item> items;
  private List<Gradebook.Line> lines;
  private long total;

  public void load() {
    Course c = course == null ? null : catalogue.course(course).orElse(null);
    if (c == null) {
      Faces.responseSendError(404, "No such course");
      return;
    }
    if (!c.mayBeEditedBy(currentUser.caller())) {
      Faces.responseSendError(403, "Not a tutor of this course");
      return;
    }
    page = Math.max(1, page);
    courseTitle = c.getCurrentVersion().getTitle();
    items = gradebook.items(c);
    Gradebook.Filter filter = new Gradebook.Filter(q, Gradebook.Show.of(show));
    show = filter.show() == Gradebook.Show.EVERYONE ? null : filter.show().name();
    total = gradebook.count(c, items, filter);
    lines = gradebook.lines(c, items, filter, (page - 1) * PAGE_SIZE, PAGE_SIZE);
    audit.read(
        currentUser.actor(),
        "read.gradebook",
        "course",
        c.getId(),
        c.getCode(),
        "page " + page + (q == null || q.isBlank() ? "" : ", names matching " + q),
        lines.size());
  }

  public boolean isLastPage() {
    return (long) page * PAGE_SIZE >= total;
  }

  public String getCourse() {
    return course;
  }

  public void setCourse(String course) {
    this.course = course;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getShow() {
    return show;
  }

  public void setShow(String show) {
    this.show = show;
  }

  public Gradebook.Show[] getShowChoices() {
    return Gradebook.Show.values();
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }

  public String getCourseTitle() {
    return courseTitle;
  }

  public List<Gradebook.Item> getItems() {
    return items;
  }

  public List<Gradebook.Line> getLines() {
    return lines;
  }

  public long getTotal() {
    return total;
  }
}
