package org.ccioacademy.voice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import org.ccioacademy.platform.kernel.ConcurrentEditException;
import org.ccioacademy.platform.kernel.InvalidInputException;

/** An error a trainee flagged in a module, and the tutor's answer to it. */
@Entity
@Table(name = "module_flag")
public class ModuleFlag {

  /** Open until a tutor answers it. */
  public enum Status {
    OPEN,
    ANSWERED
  }

  public static final int MAX_TEXT = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "user_id")
  private Long userId;

  @Column(name = "course_id", nullable = false)
  private long courseId;

  @Column(name = "module_code", nullable = false)
  private String moduleCode;

  @Column(name = "course_version_id", nullable = false)
  private long courseVersionId;

  @Column(nullable = false)
  private String description;

  @Column(name = "raised_at", nullable = false)
  private OffsetDateTime raisedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  private String answer;

  @Column(name = "answered_by")
  private Long answeredBy;

  @Column(name = "answered_at")
  private OffsetDateTime answeredAt;

  @Version private long version;

  protected ModuleFlag() {}

  ModuleFlag(
      long userId,
      long courseId,
      String moduleCode,
      long courseVersionId,
      String description,
      OffsetDateTime at) {
    this.userId = userId;
    this.courseId = courseId;
    this.moduleCode = moduleCode;
    this.courseVersionId = courseVersionId;
    this.description =
        text("description", description, "Say what is wrong, and where in the" + " module.");
    this.raisedAt = at;
    this.status = Status.OPEN;
  }

  /** A tutor answers the flag (what was changed, or why nothing needs to be). */
  void answer(long tutorId, String text, OffsetDateTime at) {
    if (status == Status.ANSWERED) {
      throw new ConcurrentEditException(
          "Another tutor answered this flag a moment ago: their answer is shown.");
    }
    this.answer = text("answer", text, "Write the answer the trainee will be sent.");
    this.answeredBy = tutorId;
    this.answeredAt = at;
    this.status = Status.ANSWERED;
  }

  private static String text(String field, String value, String missing) {
    if (value == null || value.isBlank()) {
      throw InvalidInputException.of(field, missing);
    }
    String s = value.strip();
    if (s.length() > MAX_TEXT) {
      throw InvalidInputException.of(
          field, "Keep it to " + MAX_TEXT + " characters (it has " + s.length() + ").");
    }
    return s;
  }

  public Long getId() {
    return id;
  }

  public Long getUserId() {
    return userId;
  }

  public long getCourseId() {
    return courseId;
  }

  public String getModuleCode() {
    return moduleCode;
  }

  public String getDescription() {
    return description;
  }

  public OffsetDateTime getRaisedAt() {
    return raisedAt;
  }

  public Status getStatus() {
    return status;
  }

  public String getAnswer() {
    return answer;
  }

  public OffsetDateTime getAnsweredAt() {
    return answeredAt;
  }

  public long getVersion() {
    return version;
  }
}
