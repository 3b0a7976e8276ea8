package org.ccioacademy.assessment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.ccioacademy.assessment.Assignment;
import org.ccioacademy.assessment.AssignmentChanges;
import org.ccioacademy.assessment.Assignments;
import org.ccioacademy.assessment.Rubric;
import org.ccioacademy.assessment.Rubrics;
import org.ccioacademy.catalogue.Module;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.platform.files.FileKind;
import org.ccioacademy.platform.kernel.ConcurrentEditException;
import org.ccioacademy.platform.kernel.InvalidInputException;
import org.ccioacademy.platform.kernel.NotAllowedException;
import org.ccioacademy.platform.kernel.RefusedException;
import org.ccioacademy.platform.web.FacesForms;
import org.omnifaces.util.Faces;

/**
 * /author/assignment.xhtml?id=: one assignment for its course's tutors and admins: change or
 * re-date it, give one trainee more time, or withdraw it.
 */
@Named
@ViewScoped
public class AssignmentEditView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Assignments assignments;
  @Inject AssignmentChanges changes;
  @Inject Rubrics rubrics;
  @Inject CurrentUser currentUser;

  private String id;
  private long assignmentId;
  private long version;
  private String title;
  private String courseCode;
  private String courseTitle;
  private boolean withdrawn;
  private String withdrawnReason;
  private boolean marked;
  private boolean fromCourseFiles;
  private AssignmentForm form;
  private transient List<Module> modules;
  private transient List<Rubric> rubricChoices;
  private transient List<AssignmentChanges.Extension> extensions;

  private String trainee;
  private LocalDateTime extendedDue;
  private LocalDateTime extendedCutoff;
  private String reason;
  private String withdrawReason;

  /** f:viewAction: the assignment of ?id=, for its course's tutors and admins. */
  public void load() {
    Assignment a =
        id != null && id.matches("\\d{1,18}")
            ? assignments.find(Long.parseLong(id)).orElse(null)
            : null;
    if (a == null) {
      Faces.responseSendError(404, "No such assignment");
      return;
    }
    if (!a.getCourse().mayBeEditedBy(currentUser.caller())) {
      Faces.responseSendError(403, "Not a tutor of this course");
      return;
    }
    assignmentId = a.getId();
    version = a.getVersion();
    title = a.getTitle();
    courseCode = a.getCourse().getCode();
    courseTitle = a.getCourse().getCurrentVersion().getTitle();
    withdrawn = a.isWithdrawn();
    fromCourseFiles = a.isFromCourseFiles();
    withdrawnReason = a.getWithdrawnReason();
    marked = changes.marked(assignmentId);
    form = AssignmentForm.of(a);
    modules = a.getCourse().getCurrentVersion().getModules();
    rubricChoices = new ArrayList<>(rubrics.usable(currentUser.caller()));
    if (a.getRubric() != null
        && rubricChoices.stream().noneMatch(r -> r.getId().equals(a.getRubric().getId()))) {
      rubricChoices.add(a.getRubric());
    }
    extensions = changes.extensions(assignmentId);
  }

  private String back() {
    return "/author/assignment?faces-redirect=true&id=" + assignmentId;
  }

  public String save() {
    try {
      changes.change(currentUser.caller(), assignmentId, version, form.input(this::rubricTotal));
      FacesForms.flashInfo("The assignment is saved.");
      return back();
    } catch (InvalidInputException e) {
      FacesForms.showErrors("assignment", e.errors());
    } catch (ConcurrentEditException | RefusedException | NotAllowedException e) {
      FacesForms.error(e.getMessage() + " What you typed is still in the form.");
    }
    return null;
  }

  public String extend() {
    try {
      changes.extend(
          currentUser.caller(),
          assignmentId,
          trainee,
          AssignmentForm.uk(extendedDue),
          AssignmentForm.uk(extendedCutoff),
          reason);
      FacesForms.flashInfo("The extension is given, and " + trainee.strip() + " is told.");
      return back();
    } catch (InvalidInputException e) {
      FacesForms.showErrors("extension", e.errors());
    } catch (RefusedException | NotAllowedException e) {
      FacesForms.error(e.getMessage());
    }
    return null;
  }

  public String withdraw() {
    try {
      changes.withdraw(currentUser.caller(), assignmentId, version, withdrawReason);
      FacesForms.flashInfo(
          "The assignment is withdrawn. What was handed in, and its marks, are kept.");
      return back();
    } catch (InvalidInputException e) {
      FacesForms.showErrors("withdrawal", e.errors());
    } catch (ConcurrentEditException | NotAllowedException e) {
      FacesForms.error(e.getMessage());
    }
    return null;
  }

  /** A rubric's total, for the default pass mark. */
  private int rubricTotal(long rubricId) {
    return rubricChoices.stream()
        .filter(r -> r.getId() == rubricId)
        .findFirst()
        .map(Rubric::maxPoints)
        .orElse(100);
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public long getAssignmentId() {
    return assignmentId;
  }

  public String getTitle() {
    return title;
  }

  public String getCourseCode() {
    return courseCode;
  }

  public String getCourseTitle() {
    return courseTitle;
  }

  /** A course's assessed assignment: changed only in its course files. */
  public boolean isFromCourseFiles() {
    return fromCourseFiles;
  }

  public boolean isWithdrawn() {
    return withdrawn;
  }

  public String getWithdrawnReason() {
    return withdrawnReason;
  }

  public boolean isMarked() {
    return marked;
  }

  public AssignmentForm getForm() {
    return form;
  }

  public List<Module> getModules() {
    return modules;
  }

  public FileKind[] getKinds() {
    return FileKind.values();
  }

  public List<Rubric> getRubricChoices() {
    return rubricChoices;
  }

  public List<AssignmentChanges.Extension> getExtensions() {
    return extensions;
  }

  public String getTrainee() {
    return trainee;
  }

  public void setTrainee(String trainee) {
    this.trainee = trainee;
  }

  public LocalDateTime getExtendedDue() {
    return extendedDue;
  }

  public void setExtendedDue(LocalDateTime extendedDue) {
    this.extendedDue = extendedDue;
  }

  public LocalDateTime getExtendedCutoff() {
    return extendedCutoff;
  }

  public void setExtendedCutoff(LocalDateTime extendedCutoff) {
    this.extendedCutoff = extendedCutoff;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getWithdrawReason() {
    return withdrawReason;
  }

  public void setWithdrawReason(String withdrawReason) {
    this.withdrawReason = withdrawReason;
  }
}
