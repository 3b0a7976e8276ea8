package org.ccioacademy.pathway.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.pathway.PathwayDefinition;
import org.ccioacademy.pathway.Pathways;
import org.ccioacademy.pathway.StageProgress;
import org.ccioacademy.pathway.StageReached;
import org.ccioacademy.platform.web.FacesForms;

/**
 * "My pathway": each stage of the career path, met, in progress (with exactly what is missing and
 * where to do it) or not started. Opening it also issues a certificate for any stage newly met.
 */
@Named
@RequestScoped
public class PathwayView {

  @Inject Pathways pathways;
  @Inject CurrentUser currentUser;

  private PathwayDefinition pathway;
  private List<StageProgress> stages;

  public void load() {
    pathway = pathways.current().orElse(null);
    if (pathway == null) {
      stages = List.of();
      return;
    }
    for (StageReached r : pathways.announceReached(currentUser.id())) {
      FacesForms.info(
          "Congratulations: you have reached the stage \u201c"
              + r.stageTitle()
              + "\u201d. Your certificate is under My certificates.");
    }
    stages = pathways.progress(currentUser.id());
  }

  public PathwayDefinition getPathway() {
    return pathway;
  }

  public List<StageProgress> getStages() {
    return stages;
  }
}
