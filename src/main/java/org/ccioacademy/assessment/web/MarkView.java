package org.ccioacademy.assessment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ccioacademy.assessment.MarkInput;
import org.ccioacademy.assessment.Marking;
import org.ccioacademy.assessment.Rubrics;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.platform.audit.AuditLog;
import org.ccioacademy.platform.kernel.ConcurrentEditException;
import org.ccioacademy.platform.kernel.InvalidInputException;
import org.ccioacademy.platform.web.FacesForms;
import org.omnifaces.util.Faces;

/**
 * Marking one submission: the work, every mark given so far, and the form for a mark with feedback
 * (and, for a change, the reason). A clash with another tutor keeps what was typed.
 */
@Named
@ViewScoped
public class MarkView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Marking marking;
  @Inject Rubrics rubrics;
  @Inject CurrentUser currentUser;
  @Inject AuditLog audit;

  private String submission;
  private long submissionId;
  private long seenVersion;
  private transient Marking.Work work;
  private BigDecimal mark;
  private Map<Long, String> levels = new HashMap<>();
  private String feedback;
  private String reason;
  private boolean release;
  private Marking.Kind kind;

  /** f:viewAction: the submission of ?submission=, for tutors of its course and admins. */
  public void load() {
    work =
        submission != null && submission.matches("\\d{1,18}")
            ? marking.work(currentUser.caller(), Long.parseLong(submission)).orElse(null)
            : null;
    if (work == null) {
      // none, or not one of this tutor's courses: the same answer, so ids tell nothing
      Faces.responseSendError(404, "No such submission to mark");
      return;
    }
    submissionId = work.submission().getId();
    seenVersion = work.submission().getVersion();
    audit.read(
        currentUser.actor(),
        "read.hand-in",
        "user",
        work.submission().getUserId(),
        null,
        "hand-in " + submissionId,
        1);
    if (!work.grades().isEmpty()) {
      mark = work.grades().get(0).mark();
      feedback = work.grades().get(0).feedback();
      // reopened: the levels of the mark it has, chosen again
      rubrics.newestLevels(submissionId).forEach((c, l) -> levels.put(c, l.toString()));
    }
    kind = suggestedKind();
  }

  public String save() {
    try {
      marking.mark(
          currentUser.caller(),
          submissionId,
          seenVersion,
          new MarkInput(kind, mark, chosenLevels(), feedback, reason, release));
      FacesForms.flashInfo(
          release ? "The mark is saved and released to the trainee." : "The mark is saved.");
      return "/author/mark?faces-redirect=true&submission=" + submissionId;
    } catch (InvalidInputException e) {
      FacesForms.showErrors("marking", e.errors());
      return null;
    } catch (ConcurrentEditException e) {
      FacesForms.error(e.getMessage());
      reload();
      return null;
    }
  }

  /** On a moderated assignment, the mark most likely wanted next: first, second, then agreed. */
  private Marking.Kind suggestedKind() {
    var kinds = work.grades().stream().map(Marking.Grade::kind).toList();
    if (!kinds.contains("FIRST")) {
      return Marking.Kind.FIRST;
    }
    return kinds.contains("SECOND") ? Marking.Kind.AGREED : Marking.Kind.SECOND;
  }

  public Marking.Kind getKind() {
    return kind;
  }

  public void setKind(Marking.Kind kind) {
    this.kind = kind;
  }

  /** The level chosen for each criterion, as ids (anything else is left out). */
  private Map<Long, Long> chosenLevels() {
    Map<Long, Long> chosen = new HashMap<>();
    levels.forEach(
        (criterion, level) -> {
          if (level != null && level.matches("\\d{1,18}")) {
            chosen.put(criterion, Long.parseLong(level));
          }
        });
    return chosen;
  }

  public Map<Long, String> getLevels() {
    return levels;
  }

  public String releaseNow() {
    int n = marking.release(currentUser.caller(), List.of(submissionId));
    FacesForms.flashInfo(
        n > 0
            ? "The mark is released."
            : work != null && work.submission().getAssignment().isModerated()
                ? "Not released: second-marked work is released once its agreed mark is given."
                : "It was already released.");
    return "/author/mark?faces-redirect=true&submission=" + submissionId;
  }

  /** After a clash: the newest marks and version, keeping what this tutor typed. */
  private void reload() {
    marking
        .work(currentUser.caller(), submissionId)
        .ifPresent(
            w -> {
              work = w;
              seenVersion = w.submission().getVersion();
            });
  }

  public Marking.Work getWork() {
    return work;
  }

  public String getSubmission() {
    return submission;
  }

  public void setSubmission(String submission) {
    this.submission = submission;
  }

  public BigDecimal getMark() {
    return mark;
  }

  public void setMark(BigDecimal mark) {
    this.mark = mark;
  }

  public String getFeedback() {
    return feedback;
  }

  public void setFeedback(String feedback) {
    this.feedback = feedback;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public boolean isRelease() {
    return release;
  }

  public void setRelease(boolean release) {
    this.release = release;
  }
}
