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
import org.ccioacademy.catalogue.CourseVersion;
import org.ccioacademy.catalogue.format.AssignmentDefinition;
import org.ccioacademy.catalogue.format.CompetencyRef;
import org.ccioacademy.catalogue.format.CourseDefinition;
import org.ccioacademy.catalogue.format.CourseLevel;
import org.ccioacademy.catalogue.format.ModuleDefinition;
import org.ccioacademy.catalogue.format.ModuleRule;
import org.ccioacademy.catalogue.format.Problem;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.identity.ProfessionalGroup;
import org.ccioacademy.platform.kernel.ConcurrentEditException;
import org.ccioacademy.platform.kernel.NotAllowedException;
import org.ccioacademy.platform.web.FacesForms;
import org.ccioacademy.platform.web.UkTime;
import org.omnifaces.util.Faces;
import org.primefaces.event.ReorderEvent;

/**
 * The course editor: the course's details, its modules (added, removed and put in order by drag and
 * drop or with Move up / Move down), and draft, publish or discard. What is typed stays on the page
 * until it is saved; a save by someone else in the meantime is reported, never lost.
 */
@Named
@ViewScoped
public class CourseEditorView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CourseAuthoring authoring;
  @Inject Catalogue catalogue;
  @Inject CurrentUser currentUser;

  private String id;
  private long draftVersion;
  private boolean saved;
  private Integer publishedNumber;
  private List<String> problems = new ArrayList<>();

  private String title;
  private String summary;
  private ProfessionalGroup[] audience = {};
  private CourseLevel level;
  private Integer cpdHours;
  private String[] competencies = {};
  private final CompletionForm completion = new CompletionForm();
  private transient List<ModuleDefinition> modules;

  /** The assessed assignment of the course files: kept as it is (it is edited in its file). */
  private transient AssignmentDefinition assignment;

  private List<Map.Entry<String, String>> competencyChoices;
  private String newModuleId;
  private String newModuleTitle;

  /** f:viewAction: the draft (or the published course) of ?id=, for its tutors and admins. */
  public void load() {
    try {
      show(authoring.open(currentUser.caller(), id));
    } catch (NotAllowedException e) {
      Faces.responseSendError(403, "Not a tutor of this course");
    }
  }

  private void show(CourseAuthoring.Draft d) {
    CourseDefinition c = d.course();
    draftVersion = d.draftVersion();
    saved = d.saved();
    publishedNumber = d.publishedNumber();
    problems = d.problems().stream().map(Problem::toString).toList();
    title = c.title();
    summary = c.summary();
    audience = c.audience().toArray(ProfessionalGroup[]::new);
    level = c.level();
    cpdHours = c.cpdHours();
    competencies = c.competencies().stream().map(CompetencyRef::toString).toArray(String[]::new);
    completion.show(c);
    setModules(c.modules());
    assignment = c.assignment();
    competencyChoices = Editors.competencyChoices(catalogue);
  }

  private void setModules(List<ModuleDefinition> list) {
    modules = new ArrayList<>(list);
  }

  /** The course as it now stands on this page. */
  CourseDefinition course() {
    return new CourseDefinition(
        id,
        blankToNull(title),
        blankToNull(summary),
        Arrays.stream(audience).sorted().toList(),
        level,
        cpdHours == null ? 0 : cpdHours,
        Arrays.stream(competencies).map(CompetencyRef::parse).filter(Objects::nonNull).toList(),
        completion.getModuleRule(),
        completion.getPassMark() == null ? 0 : completion.getPassMark(),
        completion.getAttempts() == null ? 0 : completion.getAttempts(),
        completion.getCertificateValidMonths(),
        completion.getQuizFeedback(),
        modules(),
        assignment);
  }

  /** The title of the course files' assessed assignment, or null when there is none. */
  public String getAssignmentTitle() {
    return assignment == null ? null : assignment.title();
  }

  private List<ModuleDefinition> modules() {
    if (modules == null) {
      // after the view was passivated: re-read the modules from the saved draft
      CourseDefinition stored = authoring.open(currentUser.caller(), id).course();
      modules = new ArrayList<>(stored.modules());
      assignment = stored.assignment();
    }
    return modules;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  public String save() {
    return save("Draft saved.");
  }

  private String save(String message) {
    try {
      CourseAuthoring.Draft d = authoring.save(currentUser.caller(), id, course(), draftVersion);
      FacesForms.flashInfo(
          message
              + (d.problems().isEmpty()
                  ? " It is ready to publish."
                  : " "
                      + d.problems().size()
                      + " things to fix before it can be published are listed."));
      return "/author/course?faces-redirect=true&id=" + id;
    } catch (ConcurrentEditException | NotAllowedException e) {
      // NotAllowed: the editor stopped teaching the course while the page was open
      FacesForms.error(e.getMessage());
      return null;
    }
  }

  public String publish() {
    try {
      CourseAuthoring.Draft d = authoring.save(currentUser.caller(), id, course(), draftVersion);
      draftVersion = d.draftVersion();
      if (!d.problems().isEmpty()) {
        problems = d.problems().stream().map(Problem::toString).toList();
        saved = true;
        FacesForms.error(
            "Your changes are saved as a draft, but it cannot be published until the "
                + d.problems().size()
                + " problems listed below are fixed.");
        return null;
      }
      CourseVersion v = authoring.publish(currentUser.caller(), id, draftVersion);
      FacesForms.flashInfo(
          "Published as version "
              + v.getNumber()
              + ". Trainees see it now; those part-way through"
              + " keep what they have done.");
      return "/course?faces-redirect=true&id=" + id;
    } catch (ConcurrentEditException | NotAllowedException e) {
      // NotAllowed: the editor stopped teaching the course while the page was open
      FacesForms.error(e.getMessage());
      return null;
    } catch (CourseAuthoring.UnpublishableException e) {
      problems = e.problems().stream().map(Problem::toString).toList();
      FacesForms.error("The draft cannot be published until the problems below are fixed.");
      return null;
    }
  }

  public String discard() {
    try {
      authoring.discard(currentUser.caller(), id);
    } catch (NotAllowedException e) {
      FacesForms.error(e.getMessage());
      return null;
    }
    FacesForms.flashInfo(
        publishedNumber == null
            ? "The draft was discarded."
            : "The draft was discarded; version " + publishedNumber + " is unchanged.");
    return publishedNumber == null
        ? "/author/courses?faces-redirect=true"
        : "/author/course?faces-redirect=true&id=" + id;
  }

  /** Adds a module (saved at once, so it can be edited) and opens it. */
  public String addModule() {
    String mid = newModuleId == null ? "" : newModuleId.strip();
    String problem = null;
    if (!mid.matches("[a-z][a-z0-9-]{0,59}")) {
      problem =
          "Give the module an id of lower-case letters, digits and hyphens, e.g. hazard-logs.";
    } else if (modules().stream().anyMatch(m -> m.id().equals(mid))) {
      problem = "This course already has a module with the id " + mid + ".";
    } else if (newModuleTitle == null || newModuleTitle.isBlank()) {
      problem = "Give the new module a title.";
    }
    if (problem != null) {
      FacesForms.showErrors(
          "modules", Map.of(problem.contains("title") ? "newModuleTitle" : "newModuleId", problem));
      return null;
    }
    modules()
        .add(
            new ModuleDefinition(
                mid,
                true,
                newModuleTitle.strip(),
                15,
                LocalDate.now(UkTime.UK),
                List.of(),
                List.of(),
                List.of(),
                "",
                List.of()));
    String outcome = save("Module added.");
    return outcome == null
        ? null
        : "/author/module?faces-redirect=true&course=" + id + "&module=" + mid;
  }

  public void removeModule(int index) {
    ModuleDefinition m = modules().remove(index);
    FacesForms.error(
        "Module "
            + m.title()
            + " is removed from this page. Save the draft to keep the change,"
            + " or reload the page to undo it.");
  }

  public void moveModule(int index, int by) {
    List<ModuleDefinition> list = modules();
    int to = index + by;
    if (to >= 0 && to < list.size()) {
      list.add(to, list.remove(index));
    }
  }

  /**
   * Drag and drop in the modules table: PrimeFaces has already moved the module in the list (the
   * table's value); the change is kept when the draft is saved.
   */
  public void onRowReorder(ReorderEvent event) {
    FacesForms.info(
        "Module moved from position "
            + (event.getFromIndex() + 1)
            + " to "
            + (event.getToIndex() + 1)
            + ". Save the draft to keep the new order.");
  }

  public List<ModuleDefinition> getModuleList() {
    return modules();
  }

  public List<ProfessionalGroup> getGroups() {
    return List.of(ProfessionalGroup.values());
  }

  public List<CourseLevel> getLevels() {
    return List.of(CourseLevel.values());
  }

  public List<ModuleRule> getRules() {
    return List.of(ModuleRule.values());
  }

  public List<Map.Entry<String, String>> getCompetencyChoices() {
    return competencyChoices;
  }

  public List<String> getProblems() {
    return problems;
  }

  public boolean isSaved() {
    return saved;
  }

  public Integer getPublishedNumber() {
    return publishedNumber;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public ProfessionalGroup[] getAudience() {
    return audience;
  }

  public void setAudience(ProfessionalGroup[] audience) {
    this.audience = audience == null ? new ProfessionalGroup[0] : audience;
  }

  public CourseLevel getLevel() {
    return level;
  }

  public void setLevel(CourseLevel level) {
    this.level = level;
  }

  public Integer getCpdHours() {
    return cpdHours;
  }

  public void setCpdHours(Integer cpdHours) {
    this.cpdHours = cpdHours;
  }

  public String[] getCompetencies() {
    return competencies;
  }

  public void setCompetencies(String[] competencies) {
    this.competencies = competencies == null ? new String[0] : competencies;
  }

  public CompletionForm getCompletion() {
    return completion;
  }

  public String getNewModuleId() {
    return newModuleId;
  }

  public void setNewModuleId(String newModuleId) {
    this.newModuleId = newModuleId;
  }

  public String getNewModuleTitle() {
    return newModuleTitle;
  }

  public void setNewModuleTitle(String newModuleTitle) {
    this.newModuleTitle = newModuleTitle;
  }
}
