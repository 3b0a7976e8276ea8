package org.ccioacademy.delivery.quiz;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ccioacademy.catalogue.Module;
import org.ccioacademy.catalogue.Question;
import org.ccioacademy.delivery.Enrolment;

/**
 * One submitted attempt at a module's quiz, marked on the server. Attempts are append-only: never
 * changed once stored, numbered 1, 2, 3... per trainee and module.
 */
@Entity
@Table(name = "quiz_attempt")
public class QuizAttempt {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "enrolment_id", updatable = false)
  private Enrolment enrolment;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "module_id", updatable = false)
  private Module module;

  @Column(name = "module_code", nullable = false, length = 60, updatable = false)
  private String moduleCode;

  @Column(name = "attempt_no", nullable = false, updatable = false)
  private int attemptNo;

  @Column(nullable = false, updatable = false)
  private int correct;

  @Column(nullable = false, updatable = false)
  private int total;

  @Column(nullable = false, updatable = false)
  private int score;

  @Column(nullable = false, updatable = false)
  private boolean passed;

  @Column(name = "submitted_at", nullable = false, updatable = false)
  private OffsetDateTime submittedAt;

  /** The time allowed ran out before the answers arrived: the attempt is used, and not marked. */
  @Column(name = "timed_out", nullable = false, updatable = false)
  private boolean timedOut;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "quiz_response", joinColumns = @JoinColumn(name = "attempt_id"))
  private List<QuizResponse> responses = new ArrayList<>();

  protected QuizAttempt() {}

  /**
   * Marks {@code answers} (question id to response) against every question of {@code module}; a
   * question without an answer is wrong. The score is the percentage right, rounded down.
   */
  static QuizAttempt mark(
      Enrolment enrolment,
      Module module,
      List<Question> questions,
      int attemptNo,
      int passMark,
      Map<Long, String> answers,
      OffsetDateTime at) {
    QuizAttempt a = new QuizAttempt();
    a.enrolment = enrolment;
    a.module = module;
    a.moduleCode = module.getCode();
    a.attemptNo = attemptNo;
    a.submittedAt = at;
    for (Question q : questions) {
      String given = q.canonicalResponse(answers.get(q.getId()));
      boolean right = q.accepts(given);
      a.responses.add(new QuizResponse(q.getId(), given, right));
      if (right) {
        a.correct++;
      }
    }
    a.total = questions.size();
    a.score = a.total == 0 ? 0 : a.correct * 100 / a.total;
    a.passed = a.score >= passMark;
    return a;
  }

  /**
   * An attempt whose answers did not arrive within the time allowed: it counts as used, scores 0
   * and is not marked, so late answers can never be marked.
   */
  static QuizAttempt timedOut(
      Enrolment enrolment, Module module, int total, int attemptNo, OffsetDateTime at) {
    QuizAttempt a = new QuizAttempt();
    a.enrolment = enrolment;
    a.module = module;
    a.moduleCode = module.getCode();
    a.attemptNo = attemptNo;
    a.submittedAt = at;
    a.total = total;
    a.timedOut = true;
    return a;
  }

  public boolean isTimedOut() {
    return timedOut;
  }

  public Long getId() {
    return id;
  }

  public Module getModule() {
    return module;
  }

  public String getModuleCode() {
    return moduleCode;
  }

  public int getAttemptNo() {
    return attemptNo;
  }

  public int getCorrect() {
    return correct;
  }

  public int getTotal() {
    return total;
  }

  public int getScore() {
    return score;
  }

  public boolean isPassed() {
    return passed;
  }

  public OffsetDateTime getSubmittedAt() {
    return submittedAt;
  }

  public List<QuizResponse> getResponses() {
    return responses;
  }
}
