package org.ccioacademy.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.ccioacademy.catalogue.format.ModuleRule;
import org.ccioacademy.platform.database.Tracked;

/**
 * How far one trainee has got with one module of a course, by module code (so it survives new
 * course versions). A completion, once recorded, is kept.
 */
@Entity
@Table(name = "module_progress")
public class ModuleProgress extends Tracked {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "enrolment_id")
  private Enrolment enrolment;

  @Column(name = "module_code", nullable = false, length = 60, updatable = false)
  private String moduleCode;

  @Column(name = "read_at")
  private OffsetDateTime readAt;

  @Column(name = "quiz_passed_at")
  private OffsetDateTime quizPassedAt;

  @Column(name = "best_score")
  private Integer bestScore;

  @Column(name = "completed_at")
  private OffsetDateTime completedAt;

  /** When a content package module's package said it was done (its own rule). */
  @Column(name = "package_done_at")
  private OffsetDateTime packageDoneAt;

  protected ModuleProgress() {}

  ModuleProgress(Enrolment enrolment, String moduleCode) {
    this.enrolment = enrolment;
    this.moduleCode = moduleCode;
  }

  /** Clears what was done, for a new round of the course (re-certification). */
  void reset() {
    readAt = null;
    quizPassedAt = null;
    bestScore = null;
    completedAt = null;
    packageDoneAt = null;
  }

  /**
   * A content package's attempt was scored ({@code percent}, or null when the package reports no
   * score) and, when {@code done}, satisfied every SCO.
   */
  void packageScored(Integer percent, boolean done, OffsetDateTime at) {
    if (percent != null) {
      bestScore = bestScore == null ? percent : Math.max(bestScore, percent);
    }
    if (done && packageDoneAt == null) {
      packageDoneAt = at;
    }
  }

  void markRead(OffsetDateTime at) {
    if (readAt == null) {
      readAt = at;
    }
  }

  void quizScored(int score, boolean passed, OffsetDateTime at) {
    bestScore = bestScore == null ? score : Math.max(bestScore, score);
    if (passed && quizPassedAt == null) {
      quizPassedAt = at;
    }
  }

  /**
   * A tutor's override: the score becomes {@code score}; a pass counts as passing the quiz, a fail
   * takes the pass back only while the module is not yet complete (completion is never taken back).
   */
  void override(int score, boolean passed, OffsetDateTime at) {
    bestScore = score;
    if (passed && quizPassedAt == null) {
      quizPassedAt = at;
    } else if (!passed && completedAt == null) {
      quizPassedAt = null;
    }
  }

  /**
   * Records completion when the rule is met ({@code hasQuiz} false means no quiz is needed) and the
   * module's activity, if it asks for one, is done ({@code activityDone}).
   *
   * @return true when this call completed the module
   */
  boolean evaluate(ModuleRule rule, boolean hasQuiz, boolean activityDone, OffsetDateTime at) {
    return evaluate(rule, hasQuiz, activityDone, false, at);
  }

  /**
   * The same, where a content package module ({@code isPackage}) is complete once its package said
   * so, whatever the course's rule for reading and quizzes.
   */
  boolean evaluate(
      ModuleRule rule,
      boolean hasQuiz,
      boolean activityDone,
      boolean isPackage,
      OffsetDateTime at) {
    if (completedAt != null) {
      return false;
    }
    if (isPackage) {
      if (packageDoneAt == null) {
        return false;
      }
      completedAt = at;
      return true;
    }
    boolean readOk = !rule.needsReading() || readAt != null;
    boolean quizOk = !rule.needsQuiz() || !hasQuiz || quizPassedAt != null;
    if (readOk && quizOk && activityDone) {
      completedAt = at;
      return true;
    }
    return false;
  }

  public boolean isComplete() {
    return completedAt != null;
  }

  public String getModuleCode() {
    return moduleCode;
  }

  public OffsetDateTime getReadAt() {
    return readAt;
  }

  public OffsetDateTime getQuizPassedAt() {
    return quizPassedAt;
  }

  public Integer getBestScore() {
    return bestScore;
  }

  public OffsetDateTime getCompletedAt() {
    return completedAt;
  }

  public OffsetDateTime getPackageDoneAt() {
    return packageDoneAt;
  }
}
