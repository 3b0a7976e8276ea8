package org.ccioacademy.assessment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.ccioacademy.assessment.Assignment;
import org.ccioacademy.assessment.AssignmentInput;
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
import org.ccioacademy.platform.web.UkTime;
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

  private String title;
  private String instructions;
  private String moduleCode;
  private LocalDateTime dueAt;
  private Assignment.LatePolicy latePolicy = Assignment.LatePolicy.ACCEPT;
  private LocalDateTime cutoffAt;
  private boolean textAllowed = true;
  private boolean fileAllowed = true;
  private List<FileKind> fileKinds = new ArrayList<>(List.of(FileKind.PDF, FileKind.DOCX));
  private int maxFileMb = 10;
  private int maxSubmissions = 1;
  private int maxMark = 100;
  private Integer passMark;
  private Long rubricId;
  private boolean moderated;
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
          assignments.create(
              currentUser.caller(),
              course,
              new AssignmentInput(
                  title,
                  instructions,
                  moduleCode,
                  uk(dueAt),
                  latePolicy,
                  uk(cutoffAt),
                  textAllowed,
                  fileAllowed,
                  fileKinds.isEmpty() ? EnumSet.noneOf(FileKind.class) : EnumSet.copyOf(fileKinds),
                  maxFileMb,
                  maxSubmissions,
                  maxMark,
                  passMark == null ? AssignmentInput.halfOf(outOf()) : passMark,
                  rubricId,
                  moderated));
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

  /** The highest mark the form asks for: the chosen rubric's total, else "marked out of". */
  private int outOf() {
    return rubricId == null
        ? maxMark
        : rubrics.usable(currentUser.caller(), rubricId).map(Rubric::maxPoints).orElse(maxMark);
  }

  private static OffsetDateTime uk(LocalDateTime t) {
    return t == null ? null : t.atZone(UkTime.UK).toOffsetDateTime();
  }

  public List<Assignment> getList() {
    return list;
  }

  public List<Rubric> getRubricChoices() {
    return rubricChoices;
  }

  public boolean isModerated() {
    return moderated;
  }

  public void setModerated(boolean moderated) {
    this.moderated = moderated;
  }

  public Long getRubricId() {
    return rubricId;
  }

  public void setRubricId(Long rubricId) {
    this.rubricId = rubricId;
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

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getInstructions() {
    return instructions;
  }

  public void setInstructions(String instructions) {
    this.instructions = instructions;
  }

  public String getModuleCode() {
    return moduleCode;
  }

  public void setModuleCode(String moduleCode) {
    this.moduleCode = moduleCode;
  }

  public LocalDateTime getDueAt() {
    return dueAt;
  }

  public void setDueAt(LocalDateTime dueAt) {
    this.dueAt = dueAt;
  }

  public Assignment.LatePolicy getLatePolicy() {
    return latePolicy;
  }

  public void setLatePolicy(Assignment.LatePolicy latePolicy) {
    this.latePolicy = latePolicy;
  }

  public LocalDateTime getCutoffAt() {
    return cutoffAt;
  }

  public void setCutoffAt(LocalDateTime cutoffAt) {
    this.cutoffAt = cutoffAt;
  }

  public boolean isTextAllowed() {
    return textAllowed;
  }

  public void setTextAllowed(boolean textAllowed) {
    this.textAllowed = textAllowed;
  }

  public boolean isFileAllowed() {
    return fileAllowed;
  }

  public void setFileAllowed(boolean fileAllowed) {
    this.fileAllowed = fileAllowed;
  }

  public List<FileKind> getFileKinds() {
    return fileKinds;
  }

  public void setFileKinds(List<FileKind> fileKinds) {
    this.fileKinds = fileKinds == null ? new ArrayList<>() : new ArrayList<>(fileKinds);
  }

  public int getMaxFileMb() {
    return maxFileMb;
  }

  public void setMaxFileMb(int maxFileMb) {
    this.maxFileMb = maxFileMb;
  }

  public int getMaxSubmissions() {
    return maxSubmissions;
  }

  public void setMaxSubmissions(int maxSubmissions) {
    this.maxSubmissions = maxSubmissions;
  }

  public int getMaxMark() {
    return maxMark;
  }

  public void setMaxMark(int maxMark) {
    this.maxMark = maxMark;
  }

  public Integer getPassMark() {
    return passMark;
  }

  public void setPassMark(Integer passMark) {
    this.passMark = passMark;
  }
}
