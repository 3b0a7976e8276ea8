package org.ccioacademy.catalogue.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ccioacademy.catalogue.Catalogue;
import org.ccioacademy.catalogue.CourseAuthoring;
import org.ccioacademy.catalogue.MarkdownRenderer;
import org.ccioacademy.catalogue.format.CompetencyRef;
import org.ccioacademy.catalogue.format.ContentRef;
import org.ccioacademy.catalogue.format.CourseDefinition;
import org.ccioacademy.catalogue.format.ModuleActivity;
import org.ccioacademy.catalogue.format.ModuleDefinition;
import org.ccioacademy.catalogue.format.Problem;
import org.ccioacademy.catalogue.format.QuestionDefinition;
import org.ccioacademy.catalogue.format.QuestionType;
import org.ccioacademy.catalogue.format.SourceLink;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.platform.kernel.ConcurrentEditException;
import org.ccioacademy.platform.kernel.NotAllowedException;
import org.ccioacademy.platform.web.FacesForms;
import org.omnifaces.util.Faces;

/**
 * The module editor: header fields, the Markdown text with a live preview (rendered and sanitised
 * on the server exactly as trainees will see it), and the quiz editor. Saving writes the whole
 * course draft, so two editors never silently overwrite each other.
 */
@Named
@ViewScoped
public class ModuleEditorView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CourseAuthoring authoring;
  @Inject Catalogue catalogue;
  @Inject CurrentUser currentUser;

  private String courseId;
  private String moduleId;
  private long draftVersion;
  private String courseTitle;
  private List<String> problems = new ArrayList<>();

  private String title;
  private Integer minutes;
  private LocalDate reviewed;
  private boolean rateSystem;

  /** The content package the module plays (kept as it is: the editor does not change it). */
  private ContentRef content;

  private Integer draw;
  private Integer timeLimitMinutes;
  private boolean required;
  private String outcomes;
  private String[] competencies = {};
  private String sources;
  private String body;
  private String preview;
  private final List<QuestionForm> questions = new ArrayList<>();
  private QuestionType newType = QuestionType.SINGLE;
  private List<Map.Entry<String, String>> competencyChoices;

  /** f:viewAction: the module of the course's draft (or published version). */
  public void load() {
    CourseAuthoring.Draft d;
    try {
      d = authoring.open(currentUser.caller(), courseId);
    } catch (NotAllowedException e) {
      Faces.responseSendError(403, "Not a tutor of this course");
      return;
    }
    ModuleDefinition m =
        d.course().modules().stream().filter(x -> x.id().equals(moduleId)).findFirst().orElse(null);
    if (m == null) {
      Faces.responseSendError(404, "No such module in this course");
      return;
    }
    draftVersion = d.draftVersion();
    courseTitle = d.course().title();
    String prefix = courseId + "/" + moduleId + ".";
    problems =
        d.problems().stream()
            .filter(p -> p.file().startsWith(prefix))
            .map(Problem::inWords)
            .toList();
    title = m.title();
    minutes = m.minutes();
    reviewed = m.reviewed();
    rateSystem = m.activity() == ModuleActivity.RATE_A_SYSTEM;
    content = m.content();
    draw = m.draw();
    timeLimitMinutes = m.timeLimitMinutes();
    required = m.required();
    outcomes = String.join("\n", m.outcomes());
    competencies = m.competencies().stream().map(CompetencyRef::toString).toArray(String[]::new);
    sources =
        String.join(
            "\n",
            m.sources().stream()
                .map(
                    s ->
                        (s.title() == null ? "" : s.title())
                            + " | "
                            + (s.url() == null ? "" : s.url()))
                .toList());
    body = m.body();
    questions.clear();
    m.questions().forEach(q -> questions.add(QuestionForm.of(q)));
    competencyChoices = Editors.competencyChoices(catalogue);
    updatePreview();
  }

  /** Ajax, as the tutor types: the text as trainees will see it. */
  public void updatePreview() {
    preview = MarkdownRenderer.toHtml(body);
  }

  public String save() {
    List<String> typing = new ArrayList<>();
    ModuleDefinition module = module(typing);
    if (!typing.isEmpty()) {
      typing.forEach(FacesForms::error);
      return null;
    }
    try {
      CourseDefinition course = authoring.open(currentUser.caller(), courseId).course();
      List<ModuleDefinition> modules = new ArrayList<>(course.modules());
      modules.replaceAll(m -> m.id().equals(moduleId) ? module : m);
      CourseDefinition changed = course.withModules(modules);
      CourseAuthoring.Draft d =
          authoring.save(currentUser.caller(), courseId, changed, draftVersion);
      String prefix = courseId + "/" + moduleId + ".";
      long mine = d.problems().stream().filter(p -> p.file().startsWith(prefix)).count();
      if (mine == 0) {
        FacesForms.flashInfo("Module saved in the draft.");
      } else {
        FacesForms.flashWarn(
            "Module saved in the draft, but "
                + (mine == 1 ? "1 problem in it stops" : mine + " problems in it stop")
                + " the course being published until fixed: see the list below.");
      }
      return "/author/module?faces-redirect=true&course=" + courseId + "&module=" + moduleId;
    } catch (ConcurrentEditException | NotAllowedException e) {
      // NotAllowed: the editor stopped teaching the course while the page was open
      FacesForms.error(e.getMessage());
      return null;
    }
  }

  /** The version of the draft this page was opened at (edits send it back). */
  public long getDraftVersion() {
    return draftVersion;
  }

  /** The package the module plays, or null. */
  public ContentRef getContent() {
    return content;
  }

  private ModuleDefinition module(List<String> typing) {
    List<SourceLink> links = new ArrayList<>();
    for (String line : Editors.lines(sources)) {
      int bar = line.lastIndexOf('|');
      String t = bar < 0 ? line : line.substring(0, bar).strip();
      String u = bar < 0 ? null : line.substring(bar + 1).strip();
      links.add(new SourceLink(t.isEmpty() ? null : t, u == null || u.isEmpty() ? null : u));
    }
    List<QuestionDefinition> qs = new ArrayList<>();
    for (int i = 0; i < questions.size(); i++) {
      qs.add(questions.get(i).toDefinition(i + 1, typing));
    }
    return new ModuleDefinition(
        moduleId,
        required,
        title == null || title.isBlank() ? null : title.strip(),
        minutes == null ? 0 : minutes,
        reviewed,
        Editors.lines(outcomes),
        Arrays.stream(competencies).map(CompetencyRef::parse).filter(Objects::nonNull).toList(),
        links,
        body == null ? "" : body.replace("\r\n", "\n").strip() + "\n",
        qs,
        draw,
        timeLimitMinutes,
        rateSystem ? ModuleActivity.RATE_A_SYSTEM : null,
        content);
  }

  public void addQuestion() {
    int n = questions.size() + 1;
    String qid = "q" + n;
    while (true) {
      String candidate = qid;
      if (questions.stream().noneMatch(q -> q.getId().equals(candidate))) {
        break;
      }
      qid = "q" + ++n;
    }
    questions.add(QuestionForm.blank(qid, newType));
  }

  public void removeQuestion(int index) {
    questions.remove(index);
  }

  public void moveQuestion(int index, int by) {
    int to = index + by;
    if (to >= 0 && to < questions.size()) {
      questions.add(to, questions.remove(index));
    }
  }

  public void addOption(int question) {
    questions.get(question).getOptions().add(new QuestionForm.Option());
  }

  public void removeOption(int question, int option) {
    questions.get(question).getOptions().remove(option);
  }

  public List<QuestionType> getTypes() {
    return List.of(QuestionType.values());
  }

  public List<Map.Entry<String, String>> getCompetencyChoices() {
    return competencyChoices;
  }

  public List<String> getProblems() {
    return problems;
  }

  public List<QuestionForm> getQuestions() {
    return questions;
  }

  public String getPreview() {
    return preview;
  }

  public String getCourseTitle() {
    return courseTitle;
  }

  public String getCourseId() {
    return courseId;
  }

  public void setCourseId(String courseId) {
    this.courseId = courseId;
  }

  public String getModuleId() {
    return moduleId;
  }

  public void setModuleId(String moduleId) {
    this.moduleId = moduleId;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public Integer getMinutes() {
    return minutes;
  }

  public void setMinutes(Integer minutes) {
    this.minutes = minutes;
  }

  public Integer getDraw() {
    return draw;
  }

  public void setDraw(Integer draw) {
    this.draw = draw;
  }

  public LocalDate getReviewed() {
    return reviewed;
  }

  public void setReviewed(LocalDate reviewed) {
    this.reviewed = reviewed;
  }

  public boolean isRateSystem() {
    return rateSystem;
  }

  public void setRateSystem(boolean rateSystem) {
    this.rateSystem = rateSystem;
  }

  public Integer getTimeLimitMinutes() {
    return timeLimitMinutes;
  }

  public void setTimeLimitMinutes(Integer timeLimitMinutes) {
    this.timeLimitMinutes = timeLimitMinutes;
  }

  public boolean isRequired() {
    return required;
  }

  public void setRequired(boolean required) {
    this.required = required;
  }

  public String getOutcomes() {
    return outcomes;
  }

  public void setOutcomes(String outcomes) {
    this.outcomes = outcomes;
  }

  public String[] getCompetencies() {
    return competencies;
  }

  public void setCompetencies(String[] competencies) {
    this.competencies = competencies == null ? new String[0] : competencies;
  }

  public String getSources() {
    return sources;
  }

  public void setSources(String sources) {
    this.sources = sources;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public QuestionType getNewType() {
    return newType;
  }

  public void setNewType(QuestionType newType) {
    this.newType = newType;
  }
}
