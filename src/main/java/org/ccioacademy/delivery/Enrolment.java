package org.ccioacademy.delivery;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKey;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.ccioacademy.catalogue.Course;
import org.ccioacademy.catalogue.CourseVersion;
import org.ccioacademy.catalogue.Module;
import org.ccioacademy.catalogue.format.ModuleActivity;
import org.ccioacademy.platform.database.Tracked;
import org.ccioacademy.platform.web.UkTime;

/**
 * One trainee on one course: enrolled, left or completed, where they were last, and their progress
 * per module. The completion rules live here.
 */
@Entity
@Table(name = "enrolment")
@NamedQuery(
    name = "Enrolment.find",
    query = "select e from Enrolment e where e.userId = :user and e.course = :course")
@NamedQuery(
    name = "Enrolment.findWithProgress",
    query =
        "select e from Enrolment e left join fetch e.progress"
            + " where e.userId = :user and e.course = :course")
public class Enrolment extends Tracked {

  /** Where an enrolment is. */
  public enum Status {
    ACTIVE,
    COMPLETED,
    LEFT
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "user_id", nullable = false, updatable = false)
  private Long userId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "course_id", updatable = false)
  private Course course;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private Status status;

  @Column(name = "enrolled_at", nullable = false)
  private OffsetDateTime enrolledAt;

  @Column(name = "left_at")
  private OffsetDateTime leftAt;

  @Column(name = "completed_at")
  private OffsetDateTime completedAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "completed_version_id")
  private CourseVersion completedVersion;

  @Column(name = "round_started_at")
  private OffsetDateTime roundStartedAt;

  @Column(name = "last_module_code", length = 60)
  private String lastModuleCode;

  @Column(name = "last_activity_at", nullable = false)
  private OffsetDateTime lastActivityAt;

  @OneToMany(mappedBy = "enrolment", cascade = CascadeType.ALL)
  @MapKey(name = "moduleCode")
  private Map<String, ModuleProgress> progress = new HashMap<>();

  protected Enrolment() {}

  Enrolment(Long userId, Course course, OffsetDateTime at) {
    this.userId = userId;
    this.course = course;
    this.status = Status.ACTIVE;
    this.enrolledAt = at;
    this.lastActivityAt = at;
  }

  /** Joins again after leaving; what was done before is kept. False if already on the course. */
  boolean rejoin(OffsetDateTime at) {
    if (status != Status.LEFT) {
      return false;
    }
    status = completedAt == null ? Status.ACTIVE : Status.COMPLETED;
    leftAt = null;
    lastActivityAt = at;
    return true;
  }

  /** Leaves the course; progress is kept in case the trainee comes back. */
  boolean leave(OffsetDateTime at) {
    if (status == Status.LEFT) {
      return false;
    }
    status = Status.LEFT;
    leftAt = at;
    return true;
  }

  /**
   * Starts the course again to re-certify: every module's progress is cleared and quiz attempts are
   * counted afresh, while the earlier completion stands until this round is complete.
   *
   * @return false unless the course is completed and no new round has begun
   */
  boolean startRecertification(OffsetDateTime at) {
    if (status != Status.COMPLETED || isRecertifying()) {
      return false;
    }
    roundStartedAt = at;
    progress.values().forEach(ModuleProgress::reset);
    lastModuleCode = null;
    lastActivityAt = at;
    return true;
  }

  /** True while a re-certification round is under way (begun after the last completion). */
  public boolean isRecertifying() {
    return roundStartedAt != null && completedAt != null && roundStartedAt.isAfter(completedAt);
  }

  /** When the current round began: the re-certification start, else the enrolment. */
  public OffsetDateTime roundStart() {
    return roundStartedAt == null ? enrolledAt : roundStartedAt;
  }

  /**
   * The day the certificate of the last completion lapses (the completion day plus the completed
   * version's validity); null when not completed or when the certificate never expires.
   */
  public LocalDate certificateExpiresOn() {
    if (completedAt == null
        || completedVersion == null
        || completedVersion.getCertificateValidMonths() == null) {
      return null;
    }
    return completedAt
        .atZoneSameInstant(UkTime.UK)
        .toLocalDate()
        .plusMonths(completedVersion.getCertificateValidMonths());
  }

  /**
   * True when the trainee may start re-certifying on {@code today}: the course is completed, its
   * certificate expires, and no more than {@code windowDays} remain before it does (or it has).
   */
  public boolean mayRecertify(LocalDate today, int windowDays) {
    LocalDate expires = certificateExpiresOn();
    return status == Status.COMPLETED
        && !isRecertifying()
        && expires != null
        && !today.isBefore(expires.minusDays(windowDays));
  }

  /** Where the trainee was last: the module to continue from. */
  public void visit(String moduleCode, OffsetDateTime at) {
    lastModuleCode = moduleCode;
    lastActivityAt = at;
  }

  ModuleProgress progressOf(String moduleCode) {
    return progress.computeIfAbsent(moduleCode, code -> new ModuleProgress(this, code));
  }

  void markRead(Module module, OffsetDateTime at) {
    progressOf(module.getCode()).markRead(at);
    lastActivityAt = at;
  }

  void quizOverridden(Module module, int score, boolean passed, OffsetDateTime at) {
    progressOf(module.getCode()).override(score, passed, at);
    lastActivityAt = at;
  }

  void packageScored(Module module, Integer percent, boolean done, OffsetDateTime at) {
    progressOf(module.getCode()).packageScored(percent, done, at);
    lastActivityAt = at;
  }

  void quizScored(Module module, int score, boolean passed, OffsetDateTime at) {
    progressOf(module.getCode()).quizScored(score, passed, at);
    lastActivityAt = at;
  }

  /**
   * Applies the completion rules of {@code current} (the course's current version): modules whose
   * rule is now met are completed, and the course is completed once every required module is, and
   * its assessed assignment (when it has one) is passed in this round ({@code assessedWorkPassed}).
   *
   * @return true when this call completed the course
   */
  boolean evaluate(CourseVersion current, OffsetDateTime at, boolean assessedWorkPassed) {
    return evaluate(current, at, assessedWorkPassed, Set.of());
  }

  /**
   * The same, where a module that asks for an activity ({@code activity:} in its header) is
   * completed only once the activity is among {@code activitiesDone}.
   */
  boolean evaluate(
      CourseVersion current,
      OffsetDateTime at,
      boolean assessedWorkPassed,
      Set<ModuleActivity> activitiesDone) {
    for (Module m : current.getModules()) {
      ModuleProgress p = progress.get(m.getCode());
      if (p != null) {
        p.evaluate(
            current.getModuleRule(),
            m.hasQuiz(),
            m.getActivity() == null || activitiesDone.contains(m.getActivity()),
            m.isPackage(),
            at);
      }
    }
    if (status != Status.ACTIVE && !isRecertifying()) {
      return false;
    }
    if (current.assignment().isPresent() && !assessedWorkPassed) {
      return false;
    }
    for (Module m : current.requiredModules()) {
      ModuleProgress p = progress.get(m.getCode());
      if (p == null || !p.isComplete()) {
        return false;
      }
    }
    status = Status.COMPLETED;
    completedAt = at;
    completedVersion = current;
    return true;
  }

  public boolean isModuleComplete(String moduleCode) {
    ModuleProgress p = progress.get(moduleCode);
    return p != null && p.isComplete();
  }

  /**
   * Required modules of {@code version} completed, as a whole percentage. A course with an assessed
   * assignment counts it as one more part, done only when the course is complete (while it is not,
   * its assignment has not been passed with the modules done).
   */
  public int percentComplete(CourseVersion version) {
    var required = version.requiredModules();
    if (status == Status.COMPLETED && !isRecertifying()) {
      return 100;
    }
    int parts = required.size() + (version.assignment().isPresent() ? 1 : 0);
    if (parts == 0) {
      return 0;
    }
    long done = required.stream().filter(m -> isModuleComplete(m.getCode())).count();
    return (int) (done * 100 / parts);
  }

  public Long getId() {
    return id;
  }

  public Long getUserId() {
    return userId;
  }

  public Course getCourse() {
    return course;
  }

  public Status getStatus() {
    return status;
  }

  public boolean isActive() {
    return status == Status.ACTIVE;
  }

  public boolean isCompleted() {
    return status == Status.COMPLETED;
  }

  public boolean isLeft() {
    return status == Status.LEFT;
  }

  public OffsetDateTime getEnrolledAt() {
    return enrolledAt;
  }

  public OffsetDateTime getCompletedAt() {
    return completedAt;
  }

  public CourseVersion getCompletedVersion() {
    return completedVersion;
  }

  public String getLastModuleCode() {
    return lastModuleCode;
  }

  public OffsetDateTime getLastActivityAt() {
    return lastActivityAt;
  }

  public Map<String, ModuleProgress> getProgress() {
    return progress;
  }
}
