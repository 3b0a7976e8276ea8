package org.ccioacademy.assessment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ccioacademy.assessment.Assignment;
import org.ccioacademy.assessment.Assignments;
import org.ccioacademy.assessment.Submissions;
import org.ccioacademy.catalogue.MarkdownRenderer;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.platform.files.Upload;
import org.ccioacademy.platform.kernel.InvalidInputException;
import org.ccioacademy.platform.kernel.RefusedException;
import org.ccioacademy.platform.web.FacesForms;
import org.omnifaces.util.Faces;

/**
 * A trainee's page for one assignment: the instructions and rules, their draft (text and file),
 * save or submit, and what they have handed in. Nothing typed is lost when something is refused.
 */
@Named
@ViewScoped
public class AssignmentView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(AssignmentView.class.getName());

  @Inject Assignments assignments;
  @Inject Submissions submissions;
  @Inject CurrentUser currentUser;

  private String id;
  private long assignmentId;
  private transient Submissions.Workspace workspace;
  private String instructionsHtml;
  private String body;
  private transient Part file;
  private boolean removeFile;

  /** f:viewAction: the assignment of ?id=, for trainees on its course; 404 or 403 otherwise. */
  public void load() {
    Assignment a =
        id != null && id.matches("\\d{1,18}")
            ? assignments.find(Long.parseLong(id)).orElse(null)
            : null;
    if (a == null) {
      Faces.responseSendError(404, "No such assignment");
      return;
    }
    if (!submissions.mayTake(currentUser.id(), a)) {
      Faces.responseSendError(403, "Enrol on the course to see its assignments");
      return;
    }
    assignmentId = a.getId();
    refresh(a);
    body = workspace.draft() == null ? "" : workspace.draft().getBody();
  }

  private void refresh(Assignment a) {
    workspace = submissions.workspace(currentUser.id(), a);
    // a course's assessed assignment is written in Markdown, like its modules
    instructionsHtml = a.isFromCourseFiles() ? MarkdownRenderer.toHtml(a.getInstructions()) : null;
  }

  private String here() {
    return "/learn/assignment?faces-redirect=true&id=" + assignmentId;
  }

  public String save() {
    if (!keep()) {
      return null;
    }
    FacesForms.flashInfo("Your draft is saved. Submit it when it is ready.");
    return here();
  }

  public String submit() {
    if (!keep()) {
      return null;
    }
    try {
      var s = submissions.submit(currentUser.actor(), assignmentId);
      FacesForms.flashInfo(
          "Handed in"
              + (s.isLate() ? ", late" : "")
              + ": attempt "
              + s.getAttemptNo()
              + ". Your tutor will mark it; you will see the mark here once it is released.");
      return here();
    } catch (RefusedException e) {
      FacesForms.error(e.getMessage() + " Your draft is kept.");
      assignments.find(assignmentId).ifPresent(this::refresh);
      return null;
    }
  }

  /** Saves the draft; false (with the problems shown, and what was typed kept) when refused. */
  private boolean keep() {
    Upload upload = null;
    var a = assignments.find(assignmentId).orElse(null);
    if (a == null) {
      FacesForms.error("This assignment no longer exists.");
      return false;
    }
    if (file != null && file.getSize() > 0) {
      if (file.getSize() > a.getMaxFileMb() * 1024L * 1024L) {
        FacesForms.showErrors(
            "work", Map.of("file", Submissions.tooBig(file.getSize(), a.getMaxFileMb())));
        refresh(a);
        return false;
      }
      try (var in = file.getInputStream()) {
        upload = new Upload(file.getSubmittedFileName(), in.readAllBytes());
      } catch (IOException e) {
        LOG.log(Level.WARNING, "Could not read an uploaded submission", e);
        FacesForms.showErrors(
            "work", Map.of("file", "The file could not be read: please choose it again."));
        refresh(a);
        return false;
      }
    }
    try {
      submissions.saveDraft(currentUser.actor(), assignmentId, body, upload, removeFile);
      return true;
    } catch (InvalidInputException e) {
      FacesForms.showErrors("work", e.errors());
      refresh(a);
      return false;
    } catch (RefusedException e) {
      FacesForms.error(e.getMessage());
      refresh(a);
      return false;
    }
  }

  /** The instructions as safe HTML, for an assignment written in Markdown; else null. */
  public String getInstructionsHtml() {
    return instructionsHtml;
  }

  public Submissions.Workspace getWorkspace() {
    return workspace;
  }

  public String fileOf(long submissionId) {
    return submissions.fileName(submissionId);
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public boolean isRemoveFile() {
    return removeFile;
  }

  public void setRemoveFile(boolean removeFile) {
    this.removeFile = removeFile;
  }
}
