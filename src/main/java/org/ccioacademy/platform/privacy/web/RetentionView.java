package org.ccioacademy.platform.privacy.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.ccioacademy.platform.audit.CurrentActor;
import org.ccioacademy.platform.kernel.ConcurrentEditException;
import org.ccioacademy.platform.privacy.Retention;
import org.ccioacademy.platform.privacy.RetentionJob;
import org.ccioacademy.platform.web.FacesForms;

/**
 * Admin > Retention: the schedule, what applying it now would remove (read before switching it on),
 * the switch, and the runs so far, refreshed while one is going.
 */
@Named
@ViewScoped
public class RetentionView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Retention retention;
  @Inject RetentionJob job;
  @Inject CurrentActor currentActor;

  private Retention.Setting setting;
  private List<String> preview;
  private List<Retention.Run> runs;
  private boolean running;

  public void load() {
    setting = retention.setting();
    preview = retention.preview();
    refresh();
  }

  /** Re-reads the runs (polled while one is going). */
  public void refresh() {
    runs = retention.runs(20);
    running = runs.stream().anyMatch(Retention.Run::running);
  }

  public String switchOn() {
    return switchTo(true);
  }

  public String switchOff() {
    return switchTo(false);
  }

  private String switchTo(boolean on) {
    try {
      retention.switchTo(currentActor.actor(), on, setting.version());
      FacesForms.flashInfo(
          on
              ? "The retention schedule is on: it is applied once a day from now."
              : "The retention schedule is off: nothing is removed until it is switched on again.");
    } catch (ConcurrentEditException e) {
      FacesForms.flashError(e.getMessage());
    }
    return "/admin/retention?faces-redirect=true";
  }

  public String runNow() {
    FacesForms.flashInfo(
        job.runNow(currentActor.actor()).isPresent()
            ? "Applying the retention schedule now: the run is shown below when it ends."
            : setting.enabled()
                ? "A run is going already: it is shown below."
                : "Switch the schedule on first.");
    return "/admin/retention?faces-redirect=true";
  }

  public Retention.Setting getSetting() {
    return setting;
  }

  public List<String> getPreview() {
    return preview;
  }

  public List<Retention.Run> getRuns() {
    return runs;
  }

  public boolean isRunning() {
    return running;
  }
}
