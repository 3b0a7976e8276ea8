package org.ccioacademy.delivery.quiz;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.ccioacademy.catalogue.Module;
import org.ccioacademy.catalogue.Question;
import org.ccioacademy.delivery.Enrolment;

/**
 * One sitting of a module's quiz: the questions drawn for it from the module's bank, in the order
 * they are shown, when it started and by when the answers must arrive. It is closed by its attempt
 * (marked, or not marked because the time ran out); at most one is open per trainee and module, so
 * reloading the quiz shows the same questions and the same deadline.
 */
@Entity
@Table(name = "quiz_sitting")
public class QuizSitting {

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

  /** The drawn questions' ids, comma-separated, in the order shown. */
  @Column(name = "question_ids", nullable = false, updatable = false)
  private String questionIds;

  @Column(name = "started_at", nullable = false, updatable = false)
  private OffsetDateTime startedAt;

  @Column(updatable = false)
  private OffsetDateTime deadline;

  @Column(name = "closed_at")
  private OffsetDateTime closedAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "attempt_id")
  private QuizAttempt attempt;

  protected QuizSitting() {}

  /**
   * Starts a sitting of {@code module}'s quiz: every question of {@code bank} in order, or, when
   * the module draws, that many of them at random in a random order; the clock starts now when
   * {@code secondsAllowed} is not null (the module's time limit, with any extra time).
   */
  static QuizSitting start(
      Enrolment enrolment,
      Module module,
      List<Question> bank,
      Random random,
      OffsetDateTime now,
      Long secondsAllowed) {
    QuizSitting s = new QuizSitting();
    s.enrolment = enrolment;
    s.module = module;
    s.moduleCode = module.getCode();
    s.startedAt = now;
    List<Long> ids = new ArrayList<>(bank.stream().map(Question::getId).toList());
    Integer draw = module.getDraw();
    if (draw != null && draw < ids.size()) {
      Collections.shuffle(ids, random);
      ids = ids.subList(0, draw);
    }
    s.questionIds = String.join(",", ids.stream().map(String::valueOf).toList());
    if (secondsAllowed != null) {
      s.deadline = now.plusSeconds(secondsAllowed);
    }
    return s;
  }

  /**
   * True when answers arriving at {@code at} are too late: after the deadline and the {@code grace}
   * allowed for the page's last moments and the network.
   */
  public boolean isOverdue(OffsetDateTime at, Duration grace) {
    return deadline != null && at.isAfter(deadline.plus(grace));
  }

  /**
   * Takes the answers (question id to response) arriving at {@code at} and returns the attempt the
   * sitting closes with: marked against the drawn questions (taken from {@code bank}) when they
   * arrive in time, or, after the deadline and the {@code grace}, not marked and timed out, so late
   * answers are never marked.
   *
   * @throws IllegalStateException when the sitting is already closed
   */
  QuizAttempt submit(
      List<Question> bank,
      Map<Long, String> answers,
      int attemptNo,
      int passMark,
      OffsetDateTime at,
      Duration grace) {
    if (!isOpen()) {
      throw new IllegalStateException("Sitting " + id + " is already closed");
    }
    QuizAttempt a =
        isOverdue(at, grace)
            ? QuizAttempt.timedOut(enrolment, module, questionIds().size(), attemptNo, at)
            : QuizAttempt.mark(
                enrolment, module, questions(bank), attemptNo, passMark, answers, at);
    this.attempt = a;
    this.closedAt = at;
    return a;
  }

  /** The drawn questions, in the order shown, taken from {@code bank}. */
  public List<Question> questions(List<Question> bank) {
    List<Long> ids = questionIds();
    List<Question> drawn = new ArrayList<>();
    for (Long qid : ids) {
      bank.stream().filter(q -> q.getId().equals(qid)).findFirst().ifPresent(drawn::add);
    }
    return drawn;
  }

  public List<Long> questionIds() {
    return Arrays.stream(questionIds.split(",")).map(Long::valueOf).toList();
  }

  public boolean isOpen() {
    return closedAt == null;
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

  public OffsetDateTime getStartedAt() {
    return startedAt;
  }

  public OffsetDateTime getDeadline() {
    return deadline;
  }

  public OffsetDateTime getClosedAt() {
    return closedAt;
  }
}
