package org.ccioacademy.catalogue;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ccioacademy.catalogue.format.CourseDefinition;
import org.ccioacademy.catalogue.format.CourseLevel;
import org.ccioacademy.catalogue.format.CourseWriter;
import org.ccioacademy.catalogue.format.ModuleDefinition;
import org.ccioacademy.catalogue.format.ModuleRule;
import org.ccioacademy.catalogue.format.QuizFeedback;
import org.ccioacademy.identity.ProfessionalGroup;
import org.ccioacademy.platform.database.Tracked;

/**
 * One version of a course: everything a trainee sees, fixed once published. A change is a new
 * version; the previous one is kept (superseded) because completions and attempts point at it.
 */
@Entity
@Table(name = "course_version")
public class CourseVersion extends Tracked {

  /** Where a version is in its life. */
  public enum Status {
    DRAFT,
    PUBLISHED,
    SUPERSEDED
  }

  /** Where a version came from. */
  public enum Origin {
    FILES,
    BROWSER
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "course_id")
  private Course course;

  @Column(nullable = false)
  private int number;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private Status status;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Origin origin;

  @Column(nullable = false, length = 64)
  private String fingerprint;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(nullable = false, length = 1000)
  private String summary;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private CourseLevel level;

  @Column(name = "cpd_hours", nullable = false)
  private int cpdHours;

  @Enumerated(EnumType.STRING)
  @Column(name = "module_rule", nullable = false, length = 20)
  private ModuleRule moduleRule;

  @Column(name = "pass_mark", nullable = false)
  private int passMark;

  @Column(name = "max_attempts", nullable = false)
  private int maxAttempts;

  @Column(name = "certificate_valid_months")
  private Integer certificateValidMonths;

  @Enumerated(EnumType.STRING)
  @Column(name = "quiz_feedback", nullable = false, length = 12)
  private QuizFeedback quizFeedback = QuizFeedback.AFTER_PASS;

  @Column(name = "published_at")
  private OffsetDateTime publishedAt;

  @Column(name = "published_by")
  private Long publishedBy;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(
      name = "course_version_audience",
      joinColumns = @JoinColumn(name = "course_version_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "professional_group", nullable = false, length = 20)
  private Set<ProfessionalGroup> audience = EnumSet.noneOf(ProfessionalGroup.class);

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(
      name = "course_version_competency",
      joinColumns = @JoinColumn(name = "course_version_id"))
  @OrderColumn(name = "position")
  private List<CompetencyLink> competencies = new ArrayList<>();

  @OneToMany(mappedBy = "courseVersion", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<Module> modules = new ArrayList<>();

  /** The assessed assignment a trainee must pass too; null (or empty) when there is none. */
  @Embedded private CourseAssignment assignment;

  protected CourseVersion() {}

  CourseVersion(Course course, int number, CourseDefinition d, Origin origin) {
    this.course = course;
    this.number = number;
    this.origin = origin;
    this.status = Status.DRAFT;
    replaceContent(d);
  }

  /**
   * A version that is never stored: for a tutor's preview of a draft, and for tests of the rules.
   */
  public static CourseVersion unsaved(CourseDefinition d) {
    return new CourseVersion(new Course(d.id()), 0, d, Origin.BROWSER);
  }

  /** Replaces everything a trainee would see (only while this version is a draft). */
  void replaceContent(CourseDefinition d) {
    if (status != Status.DRAFT) {
      throw new IllegalStateException("A published course version is never changed");
    }
    this.fingerprint = CourseWriter.fingerprint(d);
    this.title = d.title();
    this.summary = d.summary();
    this.level = d.level();
    this.cpdHours = d.cpdHours();
    this.moduleRule = d.moduleRule();
    this.passMark = d.passMark();
    this.maxAttempts = d.attempts();
    this.certificateValidMonths = d.certificateValidMonths();
    this.quizFeedback = d.quizFeedback();
    this.audience.clear();
    this.audience.addAll(d.audience());
    this.competencies.clear();
    d.competencies().forEach(c -> competencies.add(new CompetencyLink(c)));
    this.modules.clear();
    int i = 0;
    for (ModuleDefinition m : d.modules()) {
      modules.add(new Module(this, i++, m));
    }
    this.assignment = d.assignment() == null ? null : new CourseAssignment(d.assignment());
  }

  void publish(Long actorId, OffsetDateTime at) {
    if (status != Status.DRAFT) {
      throw new IllegalStateException("Only a draft can be published");
    }
    status = Status.PUBLISHED;
    publishedAt = at;
    publishedBy = actorId;
  }

  /** Drafts are numbered when published, after every version published before them. */
  void renumber(int number) {
    if (status != Status.DRAFT) {
      throw new IllegalStateException("Only a draft can be renumbered");
    }
    this.number = number;
  }

  void supersede() {
    if (status == Status.PUBLISHED) {
      status = Status.SUPERSEDED;
    }
  }

  /**
   * Reads everything a trainee sees of this version (its modules, their text, outcomes, sources,
   * competencies and questions), so that it can be kept and read after its entity manager has
   * closed: {@link PublishedVersions}. The course is left unread: it changes when a version is
   * published.
   */
  void loadWhole() {
    getAudience().size();
    getCompetencies().size();
    getModules().forEach(Module::loadWhole);
  }

  /** This version written back as a course definition, for export and for editing. */
  public CourseDefinition toDefinition() {
    return new CourseDefinition(
        course.getCode(),
        title,
        summary,
        audience.stream().sorted().toList(),
        level,
        cpdHours,
        competencies.stream().map(CompetencyLink::toRef).toList(),
        moduleRule,
        passMark,
        maxAttempts,
        certificateValidMonths,
        quizFeedback,
        modules.stream().map(Module::toDefinition).toList(),
        assignment().map(CourseAssignment::toDefinition).orElse(null));
  }

  /** The assessed assignment a trainee must pass, besides the modules, when there is one. */
  public Optional<CourseAssignment> assignment() {
    return Optional.ofNullable(assignment).filter(CourseAssignment::isPresent);
  }

  /** What a trainee sees after a failed quiz attempt with tries left. */
  public QuizFeedback getQuizFeedback() {
    return quizFeedback;
  }

  public Optional<Module> module(String code) {
    return modules.stream().filter(m -> m.getCode().equals(code)).findFirst();
  }

  public List<Module> requiredModules() {
    return modules.stream().filter(Module::isRequired).toList();
  }

  /**
   * The day this version was last checked against its sources: the oldest of its modules' review
   * dates, or empty when a module has none (versions from before review dates were kept).
   */
  public Optional<LocalDate> reviewedOn() {
    LocalDate oldest = null;
    for (Module m : modules) {
      if (m.getReviewedOn() == null) {
        return Optional.empty();
      }
      if (oldest == null || m.getReviewedOn().isBefore(oldest)) {
        oldest = m.getReviewedOn();
      }
    }
    return Optional.ofNullable(oldest);
  }

  /** Whether a module has no review date, or one more than {@code months} before {@code today}. */
  public boolean reviewDue(LocalDate today, int months) {
    return reviewedOn().map(d -> d.isBefore(today.minusMonths(months))).orElse(true);
  }

  /** Minutes of study: every module's and the assessed assignment's. */
  public int totalMinutes() {
    return modules.stream().mapToInt(Module::getMinutes).sum()
        + assignment().map(CourseAssignment::getMinutes).orElse(0);
  }

  public Long getId() {
    return id;
  }

  public Course getCourse() {
    return course;
  }

  public int getNumber() {
    return number;
  }

  public Status getStatus() {
    return status;
  }

  public Origin getOrigin() {
    return origin;
  }

  public String getFingerprint() {
    return fingerprint;
  }

  public String getTitle() {
    return title;
  }

  public String getSummary() {
    return summary;
  }

  public CourseLevel getLevel() {
    return level;
  }

  /** How long this version's certificate stays valid, in months; null when it never expires. */
  public Integer getCertificateValidMonths() {
    return certificateValidMonths;
  }

  public int getCpdHours() {
    return cpdHours;
  }

  public ModuleRule getModuleRule() {
    return moduleRule;
  }

  public int getPassMark() {
    return passMark;
  }

  public int getMaxAttempts() {
    return maxAttempts;
  }

  public OffsetDateTime getPublishedAt() {
    return publishedAt;
  }

  public Long getPublishedBy() {
    return publishedBy;
  }

  public Set<ProfessionalGroup> getAudience() {
    return audience;
  }

  public List<CompetencyLink> getCompetencies() {
    return competencies;
  }

  public List<Module> getModules() {
    return modules;
  }
}
