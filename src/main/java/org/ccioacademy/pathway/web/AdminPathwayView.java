package org.ccioacademy.pathway.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.ccioacademy.catalogue.format.Problem;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.pathway.PathwayAdministration;
import org.ccioacademy.pathway.PathwayDefinition;
import org.ccioacademy.platform.kernel.ConcurrentEditException;
import org.ccioacademy.platform.web.FacesForms;

/** Admin > Pathway: the pathway's text, checked line by line before it is put in force. */
@Named
@ViewScoped
public class AdminPathwayView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject PathwayAdministration administration;
  @Inject CurrentUser currentUser;

  private String yaml;
  private String basedOn;
  private transient PathwayDefinition preview;
  private transient List<Problem> problems = List.of();

  public void load() {
    administration
        .current()
        .ifPresent(
            c -> {
              yaml = c.yaml();
              basedOn = c.fingerprint();
            });
    if (yaml != null) {
      PathwayAdministration.Check check = administration.check(yaml);
      preview = check.pathway();
      problems = check.problems();
    }
  }

  /** Checks the text and shows the stages it describes, or its problems; saves nothing. */
  public void check() {
    PathwayAdministration.Check check = administration.check(yaml);
    preview = check.pathway();
    problems = check.problems();
    if (preview != null) {
      FacesForms.info("No problems: " + preview.stages().size() + " stages. Nothing is saved yet.");
    } else {
      FacesForms.error(
          problems.size()
              + (problems.size() == 1 ? " problem" : " problems")
              + " (listed below). Nothing is saved.");
    }
  }

  public String save() {
    try {
      PathwayAdministration.Check check = administration.save(currentUser.actor(), yaml, basedOn);
      if (check.pathway() == null) {
        preview = null;
        problems = check.problems();
        FacesForms.error(
            problems.size()
                + (problems.size() == 1 ? " problem" : " problems")
                + " (listed below): fix them and save again. Nothing is saved; what you typed is"
                + " kept.");
        return null;
      }
      FacesForms.flashInfo(
          "The pathway is saved to courses/pathway.yaml and in force. Trainees' progress uses it"
              + " from now on.");
      return "/admin/pathway?faces-redirect=true";
    } catch (ConcurrentEditException e) {
      FacesForms.error(e.getMessage());
      return null;
    }
  }

  public PathwayDefinition getPreview() {
    return preview;
  }

  public List<Problem> getProblems() {
    return problems;
  }

  public String getYaml() {
    return yaml;
  }

  public void setYaml(String yaml) {
    this.yaml = yaml;
  }
}
