package org.ccioacademy.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.identity.StaffFeeds;
import org.ccioacademy.platform.kernel.RefusedException;
import org.ccioacademy.platform.web.FacesForms;

/**
 * The administrators' staff feed page: upload the HR system's file, see every line checked (what it
 * would do, or each problem), apply it all or nothing, and the latest runs.
 */
@Named
@ViewScoped
public class StaffFeedView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Lines shown a page. */
  public static final int PAGE = 50;

  private static final long MAX_BYTES = 25L * 1024 * 1024;

  @Inject CurrentUser currentUser;
  @Inject StaffFeeds feeds;

  private transient Part file;
  private Long run;
  private int page;
  private StaffFeeds.Summary summary;
  private List<StaffFeeds.Line> lines;
  private List<StaffFeeds.Summary> latest;

  /** Loads the run named in the page address, if any, and the latest runs. */
  public void load() {
    latest = feeds.latest(10);
    if (run != null) {
      try {
        summary = feeds.summary(run);
      } catch (RuntimeException notFound) {
        summary = null;
        run = null;
        return;
      }
      page = Math.max(0, page);
      lines = feeds.lines(run, summary.problems() > 0, page * PAGE, PAGE);
    }
  }

  public String check() throws IOException {
    if (file == null || file.getSize() == 0) {
      FacesForms.showErrors("feed", Map.of("file", "Choose the staff feed file (CSV) to check."));
      return null;
    }
    if (file.getSize() > MAX_BYTES) {
      FacesForms.showErrors(
          "feed", Map.of("file", "The file is larger than 25 MB. Split it into smaller files."));
      return null;
    }
    byte[] content;
    try (InputStream in = file.getInputStream()) {
      content = in.readAllBytes();
    }
    long id = feeds.check(currentUser.actor(), file.getSubmittedFileName(), content, false);
    return "/admin/staff-feed?faces-redirect=true&run=" + id;
  }

  public String apply() {
    StaffFeeds.Summary applied;
    try {
      applied = feeds.apply(currentUser.actor(), run);
    } catch (RefusedException e) {
      FacesForms.error(e.getMessage());
      return null;
    }
    if ("APPLIED".equals(applied.status())) {
      FacesForms.flashInfo(
          "The feed was applied: "
              + applied.joiners()
              + " joined, "
              + applied.updates()
              + " updated, "
              + applied.leavers()
              + " left, "
              + applied.returners()
              + " returned.");
    } else {
      FacesForms.flashError(
          "Nothing was changed: the accounts changed since the check, and "
              + applied.problems()
              + " lines now have a problem. They are listed below.");
    }
    return "/admin/staff-feed?faces-redirect=true&run=" + run;
  }

  public boolean isHasNextPage() {
    return lines != null && lines.size() == PAGE;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public Long getRun() {
    return run;
  }

  public void setRun(Long run) {
    this.run = run;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }

  public StaffFeeds.Summary getSummary() {
    return summary;
  }

  public List<StaffFeeds.Line> getLines() {
    return lines;
  }

  public List<StaffFeeds.Summary> getLatest() {
    return latest;
  }
}
