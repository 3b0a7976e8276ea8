package org.ccioacademy.assessment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.ccioacademy.assessment.Assignment;
import org.ccioacademy.assessment.Assignments;
import org.ccioacademy.assessment.Rubric;
import org.ccioacademy.assessment.Rubrics;
import org.ccioacademy.catalogue.Catalogue;
import org.ccioacademy.catalogue.Course;
import org.ccioacademy.catalogue.Module;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.platform.files.FileKind;
import org.ccioacademy.platform.kernel.InvalidInputException;
import org.ccioacademy.platform.kernel.NotAllowedException;
import org.ccioacademy.platform.web.FacesForms;
import org.omnifaces.util.Faces;

/** A course's assignments for its tutors: the list, and setting a new one. */
@Named
@ViewScoped
public class CourseAssignmentsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Assignments assignments;
  @Inject Catalogue catalogue;
  @Inject CurrentUser currentUser;
  @Inject Rubrics rubrics;

  private String course;
  private String courseTitle;
  private transient List<Assignment> list;
  private transient List<Module> modules;

  private AssignmentForm form = new AssignmentForm();
  private transient List<Rubric> rubricChoices;

  /** f:viewAction: the course of ?course=, for its tutors and admins; 404 or 403 otherwise. */
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
    courseTitle = c.getCurrentVersion().getTitle();
    modules = c.getCurrentVersion().getModules();
    list = assignments.forCourse(course);
    rubricChoices = rubrics.usable(currentUser.caller());
  }

  public String create() {
    try {
      Assignment a =
          assignments.create(currentUser.caller(), course, form.input(this::rubricTotal));
      FacesForms.flashInfo("The assignment " + a.getTitle() + " is set.");
      return "/author/assignments?faces-redirect=true&course=" + course;
    } catch (InvalidInputException e) {
      FacesForms.showErrors("assignment", e.errors());
      return null;
    } catch (NotAllowedException e) {
      FacesForms.error(e.getMessage());
      return null;
    }
  }

  /** A rubric's total, for the default pass mark (100 for one that cannot be used). */
  private int rubricTotal(long rubricId) {
    return rubrics.usable(currentUser.caller(), rubricId).map(Rubric::maxPoints).orElse(100);
  }

  public AssignmentForm getForm() {
    return form;
  }

  public List<Assignment> getList() {
    return list;
  }

  public List<Rubric> getRubricChoices() {
    return rubricChoices;
  }

  public List<Module> getModules() {
    return modules;
  }

  public FileKind[] getKinds() {
    return FileKind.values();
  }

  public Assignment.LatePolicy[] getPolicies() {
    return Assignment.LatePolicy.values();
  }

  public String getCourseTitle() {
    return courseTitle;
  }

  public String getCourse() {
    return course;
  }

  public void setCourse(String course) {
    this.course = course;
  }
}
