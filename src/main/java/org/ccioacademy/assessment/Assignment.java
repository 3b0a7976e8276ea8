package org.ccioacademy.assessment;

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
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.ccioacademy.catalogue.Course;
import org.ccioacademy.catalogue.format.AssignmentDefinition;
import org.ccioacademy.platform.database.Tracked;
import org.ccioacademy.platform.files.FileKind;
import org.ccioacademy.platform.kernel.Words;
import org.ccioacademy.platform.web.UkTime;

/**
 * Work a tutor sets on a course: what to do, by when, what may be handed in and how often. The
 * rules for handing in (deadline, late work, number of submissions) live here.
 */
@Entity
@Table(name = "assignment")
public class Assignment extends Tracked {

  /** What happens to work handed in after the deadline. */
  public enum LatePolicy {
    /** Accepted and flagged as late (until the cut-off, if there is one). */
    ACCEPT,
    /** Refused. */
    REFUSE
  }

  /** Whether a submission may be made now, and if so whether it is late. */
  public record Check(boolean allowed, boolean late, String refusal) {
    static Check onTime() {
      return new Check(true, false, null);
    }

    static Check lateButAccepted() {
      return new Check(true, true, null);
    }

    static Check refused(String why) {
      return new Check(false, false, why);
    }
  }

  /** A trainee's own deadline and late cut-off, given by an extension. */
  public record Deadline(OffsetDateTime dueAt, OffsetDateTime cutoffAt) {}

  /** How many times a course's assessed assignment may be handed in (a fail can be redone). */
  static final int COURSE_WORK_ATTEMPTS = 3;

  /** The largest file a course's assessed assignment takes. */
  static final int COURSE_WORK_FILE_MB = 10;

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "course_id", updatable = false)
  private Course course;

  @Column(name = "module_code", length = 60)
  private String moduleCode;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(nullable = false)
  private String instructions;

  /** The deadline; null for a course's assessed assignment, handed in whenever it is ready. */
  @Column(name = "due_at")
  private OffsetDateTime dueAt;

  /** The assignment's id in its course files, for a course's assessed assignment; else null. */
  @Column(name = "course_file_code", length = 60, updatable = false)
  private String courseFileCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "late_policy", nullable = false, length = 10)
  private LatePolicy latePolicy;

  @Column(name = "cutoff_at")
  private OffsetDateTime cutoffAt;

  @Column(name = "text_allowed", nullable = false)
  private boolean textAllowed;

  @Column(name = "file_allowed", nullable = false)
  private boolean fileAllowed;

  @Column(name = "file_kinds", nullable = false, length = 60)
  private String fileKinds = "";

  @Column(name = "max_file_mb", nullable = false)
  private int maxFileMb;

  @Column(name = "max_submissions", nullable = false)
  private int maxSubmissions;

  @Column(name = "max_mark", nullable = false)
  private int maxMark;

  @Column(name = "pass_mark", nullable = false)
  private int passMark;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "rubric_id")
  private Rubric rubric;

  @Column(nullable = false)
  private boolean moderated;

  @Column(name = "created_by")
  private Long createdBy;

  @Column(name = "withdrawn_at")
  private OffsetDateTime withdrawnAt;

  @Column(name = "withdrawn_reason", length = 500)
  private String withdrawnReason;

  protected Assignment() {}

  Assignment(Course course, AssignmentInput in, Long createdBy) {
    this(course, in, null, createdBy);
  }

  /** An assignment marked with {@code rubric} (null: a plain mark) is out of its total. */
  Assignment(Course course, AssignmentInput in, Rubric rubric, Long createdBy) {
    this.course = course;
    this.createdBy = createdBy;
    this.rubric = rubric;
    apply(in);
  }

  /**
   * A course's assessed assignment, as its course files define it: no deadline, text or a PDF or
   * Word file, up to three attempts, marked with its rubric and passed at its pass mark.
   */
  Assignment(Course course, AssignmentDefinition d, Rubric rubric) {
    this.course = course;
    this.courseFileCode = d.id();
    this.rubric = rubric;
    this.latePolicy = LatePolicy.ACCEPT;
    this.textAllowed = true;
    this.fileAllowed = true;
    this.fileKinds = FileKind.DOCX.name() + "," + FileKind.PDF.name();
    this.maxFileMb = COURSE_WORK_FILE_MB;
    this.maxSubmissions = COURSE_WORK_ATTEMPTS;
    follow(d, rubric);
  }

  /**
   * Takes a new version of the course files' definition: its title, instructions and pass mark, and
   * its rubric when one is given (only before anything is marked).
   */
  void follow(AssignmentDefinition d, Rubric newRubric) {
    this.title = d.title();
    this.instructions = d.instructions().strip();
    if (newRubric != null) {
      this.rubric = newRubric;
    }
    this.maxMark = rubric.maxPoints();
    this.passMark = (maxMark * d.passMark() + 99) / 100;
    this.withdrawnAt = null;
    this.withdrawnReason = null;
  }

  /** Whether this is a course's assessed assignment, defined (and changed) in its course files. */
  public boolean isFromCourseFiles() {
    return courseFileCode != null;
  }

  public String getCourseFileCode() {
    return courseFileCode;
  }

  /** Whether it has a deadline (a course's assessed assignment has none). */
  public boolean hasDeadline() {
    return dueAt != null;
  }

  /** Takes what the tutor typed (already checked by {@link AssignmentInput#problems}). */
  void apply(AssignmentInput in) {
    this.moduleCode = in.moduleCode() == null || in.moduleCode().isBlank() ? null : in.moduleCode();
    this.title = in.title().strip();
    this.instructions = in.instructions().strip();
    this.dueAt = in.dueAt();
    this.latePolicy = in.latePolicy();
    this.cutoffAt = in.latePolicy() == LatePolicy.ACCEPT ? in.cutoffAt() : null;
    this.textAllowed = in.textAllowed();
    this.fileAllowed = in.fileAllowed();
    this.fileKinds =
        in.fileAllowed()
            ? in.fileKinds().stream().sorted().map(Enum::name).collect(Collectors.joining(","))
            : "";
    this.maxFileMb = in.maxFileMb();
    this.maxSubmissions = in.maxSubmissions();
    this.maxMark = in.maxMark();
    this.passMark = in.passMark();
    this.moderated = in.moderated();
  }

  /**
   * May a trainee who has already submitted {@code submittedSoFar} times submit at {@code now}?
   * Late work is accepted (flagged) or refused as the assignment says, and never after the cut-off;
   * the number of submissions is capped unless it is 0.
   */
  public Check check(OffsetDateTime now, int submittedSoFar) {
    return check(now, submittedSoFar, null);
  }

  /**
   * The same for a trainee with their own deadline ({@code own}, from an extension; null: the
   * assignment's). Nothing is handed in to a withdrawn assignment.
   */
  public Check check(OffsetDateTime now, int submittedSoFar, Deadline own) {
    if (withdrawnAt != null) {
      return Check.refused("This assignment has been withdrawn, so there is nothing to hand in.");
    }
    if (maxSubmissions > 0 && submittedSoFar >= maxSubmissions) {
      return Check.refused(
          maxSubmissions == 1
              ? "You have already submitted this assignment, and it allows one submission."
              : "You have submitted this assignment "
                  + submittedSoFar
                  + " times, the most it allows.");
    }
    OffsetDateTime due = own == null ? dueAt : own.dueAt();
    OffsetDateTime cutoff = own == null ? cutoffAt : own.cutoffAt();
    if (due == null || !now.isAfter(due)) {
      return Check.onTime();
    }
    if (latePolicy == LatePolicy.REFUSE) {
      return Check.refused(
          "The deadline was " + when(due) + ", and this assignment does not accept late work.");
    }
    if (cutoff != null && now.isAfter(cutoff)) {
      return Check.refused(
          "The deadline was "
              + when(due)
              + ", and late work was accepted until "
              + when(cutoff)
              + ".");
    }
    return Check.lateButAccepted();
  }

  /** Marks it with another rubric (null: a plain mark); only before anything is marked. */
  void markWith(Rubric other) {
    this.rubric = other;
  }

  /** Withdraws it: nothing more is handed in; what was, and its marks, stay. */
  void withdraw(OffsetDateTime at, String reason) {
    if (withdrawnAt == null) {
      withdrawnAt = at;
      withdrawnReason = reason.strip();
    }
  }

  public boolean isWithdrawn() {
    return withdrawnAt != null;
  }

  public OffsetDateTime getWithdrawnAt() {
    return withdrawnAt;
  }

  public String getWithdrawnReason() {
    return withdrawnReason;
  }

  /** The kinds of file this assignment accepts. */
  public Set<FileKind> acceptedKinds() {
    if (fileKinds.isBlank()) {
      return EnumSet.noneOf(FileKind.class);
    }
    return Arrays.stream(fileKinds.split(","))
        .map(FileKind::valueOf)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(FileKind.class)));
  }

  /** The accepted kinds in words: "a PDF or a Word document". */
  public String acceptedKindsInWords() {
    var labels = acceptedKinds().stream().map(k -> Words.withArticle(k.label())).toList();
    if (labels.size() <= 1) {
      return String.join("", labels);
    }
    return String.join(", ", labels.subList(0, labels.size() - 1))
        + " or "
        + labels.get(labels.size() - 1);
  }

  private static String when(OffsetDateTime t) {
    return WHEN.format(t.atZoneSameInstant(UkTime.UK));
  }

  public Long getId() {
    return id;
  }

  public Course getCourse() {
    return course;
  }

  public String getModuleCode() {
    return moduleCode;
  }

  public String getTitle() {
    return title;
  }

  public String getInstructions() {
    return instructions;
  }

  public OffsetDateTime getDueAt() {
    return dueAt;
  }

  public LatePolicy getLatePolicy() {
    return latePolicy;
  }

  public OffsetDateTime getCutoffAt() {
    return cutoffAt;
  }

  public boolean isTextAllowed() {
    return textAllowed;
  }

  public boolean isFileAllowed() {
    return fileAllowed;
  }

  public String getFileKinds() {
    return fileKinds;
  }

  public int getMaxFileMb() {
    return maxFileMb;
  }

  public int getMaxSubmissions() {
    return maxSubmissions;
  }

  /** Whether its work is second-marked, with an agreed mark released. */
  public boolean isModerated() {
    return moderated;
  }

  /** The rubric it is marked with, or null for a plain mark. */
  public Rubric getRubric() {
    return rubric;
  }

  public int getMaxMark() {
    return maxMark;
  }

  public int getPassMark() {
    return passMark;
  }
}
