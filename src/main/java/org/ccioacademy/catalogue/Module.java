package org.ccioacademy.catalogue;

import jakarta.persistence.Basic;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ccioacademy.catalogue.format.ContentRef;
import org.ccioacademy.catalogue.format.ModuleActivity;
import org.ccioacademy.catalogue.format.ModuleDefinition;
import org.ccioacademy.catalogue.format.QuestionDefinition;
import org.ccioacademy.catalogue.format.SourceLink;

/** One module of one course version: its header, its Markdown teaching text and its quiz. */
@Entity
@Table(name = "module")
public class Module {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "course_version_id")
  private CourseVersion courseVersion;

  @Column(nullable = false, length = 60)
  private String code;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false)
  private boolean required;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(nullable = false)
  private int minutes;

  /**
   * The day the text was last checked against its sources; null in versions from before 2026-12.
   */
  @Column(name = "reviewed_on")
  private LocalDate reviewedOn;

  /** What more the module asks of the trainee (as written in its header), or null. */
  @Column(name = "activity")
  private String activity;

  /**
   * Read only when needed: a page listing a course's modules would otherwise fetch every module's
   * whole text (the reader's HTML comes from {@link ModuleHtml}'s cache).
   */
  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false)
  private String body;

  /** The content package the module plays, as its header names it; null for a Markdown module. */
  @Column(name = "package_name", length = 100)
  private String packageName;

  /** The fingerprint of that package's files: the stored package this version plays. */
  @Column(name = "package_sha256", length = 64)
  private String packageSha256;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "module_outcome", joinColumns = @JoinColumn(name = "module_id"))
  @OrderColumn(name = "position")
  @Column(name = "text", nullable = false, length = 500)
  private List<String> outcomes = new ArrayList<>();

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "module_source", joinColumns = @JoinColumn(name = "module_id"))
  @OrderColumn(name = "position")
  private List<ModuleSource> sources = new ArrayList<>();

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "module_competency", joinColumns = @JoinColumn(name = "module_id"))
  @OrderColumn(name = "position")
  private List<CompetencyLink> competencies = new ArrayList<>();

  /** How many questions of the bank each attempt draws at random; null for all of them. */
  private Integer draw;

  /** How long an attempt may last; null for no limit. */
  @Column(name = "time_limit_minutes")
  private Integer timeLimitMinutes;

  @OneToMany(mappedBy = "module", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<Question> questions = new ArrayList<>();

  protected Module() {}

  Module(CourseVersion courseVersion, int position, ModuleDefinition d) {
    this.courseVersion = courseVersion;
    this.position = position;
    this.code = d.id();
    this.required = d.required();
    this.title = d.title();
    this.minutes = d.minutes();
    this.reviewedOn = d.reviewed();
    this.activity = d.activity() == null ? null : d.activity().written();
    this.body = d.body();
    this.packageName = d.content() == null ? null : d.content().name();
    this.packageSha256 = d.content() == null ? null : d.content().sha256();
    outcomes.addAll(d.outcomes());
    d.sources().forEach(s -> sources.add(new ModuleSource(s.title(), s.url())));
    d.competencies().forEach(c -> competencies.add(new CompetencyLink(c)));
    this.draw = d.hasQuiz() ? d.draw() : null;
    this.timeLimitMinutes = d.hasQuiz() ? d.timeLimitMinutes() : null;
    int i = 0;
    for (QuestionDefinition q : d.questions()) {
      questions.add(new Question(this, i++, q));
    }
  }

  ModuleDefinition toDefinition() {
    return new ModuleDefinition(
        code,
        required,
        title,
        minutes,
        reviewedOn,
        outcomes,
        competencies.stream().map(CompetencyLink::toRef).toList(),
        sources.stream().map(s -> new SourceLink(s.getTitle(), s.getUrl())).toList(),
        body,
        questions.stream().map(Question::toDefinition).toList(),
        draw,
        timeLimitMinutes,
        getActivity(),
        getContent());
  }

  /** Reads this module's text, lists and questions ({@link CourseVersion#loadWhole}). */
  void loadWhole() {
    getCourseVersion().getId();
    getBody().length();
    getOutcomes().size();
    getSources().size();
    getCompetencies().size();
    getQuestions().forEach(Question::loadWhole);
  }

  /** The content package the module plays, or null for a Markdown module. */
  public ContentRef getContent() {
    return packageName == null ? null : new ContentRef(packageName, packageSha256);
  }

  /** Whether the module is a content package, complete by the package's own rule. */
  public boolean isPackage() {
    return packageName != null;
  }

  /** What more the module asks of the trainee before it is complete, or null. */
  public ModuleActivity getActivity() {
    return activity == null ? null : ModuleActivity.of(activity).orElse(null);
  }

  public boolean hasQuiz() {
    return !questions.isEmpty();
  }

  /**
   * Whether an attempt must be started before its questions are shown: its questions are drawn at
   * random, or its clock starts.
   */
  public boolean needsSitting() {
    return draw != null || timeLimitMinutes != null;
  }

  /** How many questions an attempt has. */
  public int questionsPerAttempt() {
    return draw == null ? questions.size() : Math.min(draw, questions.size());
  }

  public Integer getDraw() {
    return draw;
  }

  public Integer getTimeLimitMinutes() {
    return timeLimitMinutes;
  }

  public Long getId() {
    return id;
  }

  public CourseVersion getCourseVersion() {
    return courseVersion;
  }

  public String getCode() {
    return code;
  }

  public int getPosition() {
    return position;
  }

  public boolean isRequired() {
    return required;
  }

  public String getTitle() {
    return title;
  }

  public int getMinutes() {
    return minutes;
  }

  public LocalDate getReviewedOn() {
    return reviewedOn;
  }

  public String getBody() {
    return body;
  }

  public List<String> getOutcomes() {
    return outcomes;
  }

  public List<ModuleSource> getSources() {
    return sources;
  }

  public List<CompetencyLink> getCompetencies() {
    return competencies;
  }

  public List<Question> getQuestions() {
    return questions;
  }
}
