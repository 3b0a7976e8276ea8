package org.ccioacademy.assessment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import org.ccioacademy.assessment.Marking;
import org.ccioacademy.identity.ConcurrentEditException;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.identity.InvalidInputException;
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
  @Inject CurrentUser currentUser;

  private String submission;
  private long submissionId;
  private long seenVersion;
  private transient Marking.Work work;
  private BigDecimal mark;
  private java.util.Map<Long, String> levels = new java.util.HashMap<>();
  private String feedback;
  private String reason;
  private boolean release;

  /** f:viewAction: the submission of ?submission=, for tutors of its course and admins. */
  public void load() {
    work =
        submission != null && submission.matches("\\d{1,18}")
            ? marking
                .work(
                    currentUser.actor(),
                    currentUser.getAccount().getRoles(),
                    Long.parseLong(submission))
                .orElse(null)
            : null;
    if (work == null) {
      // none, or not one of this tutor's courses: the same answer, so ids tell nothing
      Faces.responseSendError(404, "No such submission to mark");
      return;
    }
    submissionId = work.submission().getId();
    seenVersion = work.submission().getVersion();
    if (!work.grades().isEmpty()) {
      mark = work.grades().get(0).mark();
      feedback = work.grades().get(0).feedback();
    }
  }

  public String save() {
    try {
      marking.mark(
          currentUser.actor(),
          currentUser.getAccount().getRoles(),
          submissionId,
          seenVersion,
          mark,
          chosenLevels(),
          feedback,
          reason,
          release);
      FacesForms.flashInfo(
          release ? "The mark is saved and released to the trainee." : "The mark is saved.");
      return "/author/mark?faces-redirect=true&submission=" + submissionId;
    } catch (InvalidInputException e) {
      FacesForms.showErrors("marking", e.errors().asMap());
      return null;
    } catch (ConcurrentEditException e) {
      FacesForms.error(e.getMessage());
      reload();
      return null;
    }
  }

  /** The level chosen for each criterion, as ids (anything else is left out). */
  private java.util.Map<Long, Long> chosenLevels() {
    java.util.Map<Long, Long> chosen = new java.util.HashMap<>();
    levels.forEach(
        (criterion, level) -> {
          if (level != null && level.matches("\\d{1,18}")) {
            chosen.put(criterion, Long.parseLong(level));
          }
        });
    return chosen;
  }

  public java.util.Map<Long, String> getLevels() {
    return levels;
  }

  public String releaseNow() {
    int n =
        marking.release(
            currentUser.actor(),
            currentUser.getAccount().getRoles(),
            java.util.List.of(submissionId));
    FacesForms.flashInfo(n == 0 ? "It was already released." : "The mark is released.");
    return "/author/mark?faces-redirect=true&submission=" + submissionId;
  }

  /** After a clash: the newest marks and version, keeping what this tutor typed. */
  private void reload() {
    marking
        .work(currentUser.actor(), currentUser.getAccount().getRoles(), submissionId)
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
