package org.ccioacademy.pathway.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ccioacademy.catalogue.Catalogue;
import org.ccioacademy.catalogue.CompetencyDomain;
import org.ccioacademy.catalogue.CompetencyFramework;
import org.ccioacademy.catalogue.Course;
import org.ccioacademy.catalogue.format.Problem;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.pathway.PathwayAdministration;
import org.ccioacademy.pathway.PathwayDefinition;
import org.ccioacademy.pathway.PathwayReader;
import org.ccioacademy.pathway.PathwayWriter;
import org.ccioacademy.platform.kernel.ConcurrentEditException;
import org.ccioacademy.platform.web.FacesForms;

/**
 * Admin > Pathway > Edit as a form: each stage's title, courses, events, hours and competencies as
 * fields. Saving writes courses/pathway.yaml (the file stays the round-trip form) through the same
 * checks as the file, and each problem is named by stage and field.
 */
@Named
@ViewScoped
public class PathwayFormView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject PathwayAdministration administration;
  @Inject Catalogue catalogue;
  @Inject CurrentUser currentUser;

  private String id;
  private String title;
  private String description;
  private final List<StageForm> stages = new ArrayList<>();
  private String basedOn;
  private List<String> problems = List.of();
  private Map<String, String> courseChoices;
  private Map<String, String> domainChoices;
  private Map<String, String> eventKinds;

  public void load() {
    eventKinds = new TreeMap<>();
    PathwayReader.eventKinds().forEach((k, label) -> eventKinds.put(label, k));
    courseChoices = new TreeMap<>();
    for (Course c : catalogue.allCourses()) {
      courseChoices.put(c.getCurrentVersion().getTitle() + " (" + c.getCode() + ")", c.getCode());
    }
    domainChoices = new TreeMap<>();
    for (CompetencyFramework f : catalogue.frameworks()) {
      for (CompetencyDomain d : f.getDomains()) {
        if (!d.isRetired()) {
          domainChoices.put(f.getCode().toUpperCase() + " " + d.getLabel(), d.getDomainKey());
        }
      }
    }
    administration
        .current()
        .ifPresent(
            c -> {
              basedOn = c.fingerprint();
              PathwayDefinition p = administration.check(c.yaml()).pathway();
              if (p != null) {
                id = p.id();
                title = p.title();
                description = p.description();
                p.stages().forEach(s -> stages.add(StageForm.of(s)));
              }
            });
    if (stages.isEmpty()) {
      stages.add(new StageForm());
    }
  }

  public void addStage() {
    stages.add(new StageForm());
  }

  public void remove(int i) {
    if (stages.size() > 1 && i >= 0 && i < stages.size()) {
      stages.remove(i);
    }
  }

  public void up(int i) {
    if (i > 0 && i < stages.size()) {
      stages.add(i - 1, stages.remove(i));
    }
  }

  public String save() {
    PathwayDefinition typed =
        new PathwayDefinition(
            blankToNull(id),
            blankToNull(title),
            blankToNull(description),
            stages.stream().map(StageForm::toStage).toList());
    try {
      PathwayAdministration.Check check =
          administration.save(currentUser.actor(), PathwayWriter.write(typed), basedOn);
      if (check.pathway() == null) {
        problems = check.problems().stream().map(Problem::inWords).toList();
        FacesForms.error(
            problems.size()
                + (problems.size() == 1 ? " problem" : " problems")
                + " (listed below): nothing is saved, and what you typed is kept.");
        return null;
      }
    } catch (ConcurrentEditException e) {
      FacesForms.error(e.getMessage());
      return null;
    }
    FacesForms.flashInfo(
        "The pathway is saved to courses/pathway.yaml and in force. Trainees' progress uses it from"
            + " now on.");
    return "/admin/pathway-form?faces-redirect=true";
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  public Map<String, String> getEventKinds() {
    return eventKinds;
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

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public List<StageForm> getStages() {
    return stages;
  }

  public List<String> getProblems() {
    return problems;
  }

  public Map<String, String> getCourseChoices() {
    return courseChoices;
  }

  public Map<String, String> getDomainChoices() {
    return domainChoices;
  }
}
