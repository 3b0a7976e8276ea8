package org.ccioacademy.delivery.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ccioacademy.catalogue.Catalogue;
import org.ccioacademy.catalogue.Course;
import org.ccioacademy.catalogue.CourseAuthoring;
import org.ccioacademy.catalogue.Module;
import org.ccioacademy.catalogue.format.CourseDefinition;
import org.ccioacademy.catalogue.format.ModuleDefinition;
import org.ccioacademy.delivery.Enrolment;
import org.ccioacademy.delivery.Enrolments;
import org.ccioacademy.delivery.scorm.PackagePlayer;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.platform.kernel.RefusedException;
import org.ccioacademy.platform.kernel.Role;
import org.ccioacademy.platform.web.ContentOrigin;
import org.ccioacademy.platform.web.FacesForms;
import org.omnifaces.util.Faces;

/**
 * The player of a content package module: one item of the package in a sandboxed frame, the
 * package's table of contents when it has more than one item, and what happens to the trainee's
 * progress as the package saves it. Opening the page starts a launch of the item.
 */
@Named
@RequestScoped
public class PlayView {

  @Inject Catalogue catalogue;
  @Inject Enrolments enrolments;
  @Inject PackagePlayer player;
  @Inject CurrentUser currentUser;
  @Inject ContentOrigin contentOrigin;
  @Inject CourseAuthoring authoring;

  private String courseCode;
  private String moduleCode;
  private String item;
  private Module module;
  private PackagePlayer.Launch launch;
  private PackagePlayer.Play play;
  private boolean preview;
  private String title;

  /** f:viewAction: checks the module and the enrolment, then opens the item. */
  public void load() {
    Course course = catalogue.course(courseCode).orElse(null);
    Enrolment e =
        course == null
            ? null
            : enrolments.enrolment(currentUser.id(), course).filter(x -> !x.isLeft()).orElse(null);
    if (e == null && course != null && course.mayBeEditedBy(currentUser.caller())) {
      preview(course);
      return;
    }
    module = course == null ? null : course.getCurrentVersion().module(moduleCode).orElse(null);
    if (module == null || !module.isPackage()) {
      Faces.responseSendError(404, "No such module");
      return;
    }
    title = module.getTitle();
    if (e == null) {
      if (currentUser.getAccount().hasRole(Role.TRAINEE)) {
        FacesForms.flashInfo(
            "Enrol on " + course.getCurrentVersion().getTitle() + " to play its modules.");
        Faces.redirect(Faces.getRequestContextPath() + "/course.xhtml?id=" + courseCode);
      } else {
        Faces.responseSendError(403, "Not enrolled");
      }
      return;
    }
    play = player.play(e, module);
    if (item == null || item.isBlank()) {
      PackagePlayer.Item next = play.next();
      item = next == null ? "" : next.identifier();
    }
    try {
      launch =
          player.open(
              currentUser.actor(),
              courseCode,
              moduleCode,
              item,
              ContentOrigin.requestOrigin(Faces.getRequest()),
              ContentOrigin.requestOrigin(Faces.getRequest()) + Faces.getRequestContextPath());
    } catch (RefusedException r) {
      Faces.responseSendError(404, r.getMessage());
    }
  }

  /**
   * A tutor's preview: the package the draft plays (or the published version's), nothing recorded.
   */
  private void preview(Course course) {
    CourseDefinition draft = authoring.open(currentUser.caller(), courseCode).course();
    ModuleDefinition d =
        draft == null
            ? null
            : draft.modules().stream()
                .filter(m -> m.id().equals(moduleCode))
                .findFirst()
                .orElse(null);
    if (d == null || !d.isPackage()) {
      Faces.responseSendError(404, "No such module");
      return;
    }
    preview = true;
    title = d.title();
    play = player.contents(d.content().sha256());
    try {
      launch =
          player.preview(
              currentUser.caller(),
              course,
              moduleCode,
              d.content(),
              item,
              ContentOrigin.requestOrigin(Faces.getRequest()),
              ContentOrigin.requestOrigin(Faces.getRequest()) + Faces.getRequestContextPath());
    } catch (RefusedException r) {
      Faces.responseSendError(404, r.getMessage());
    }
  }

  /** Whether this is a tutor's preview (nothing recorded). */
  public boolean isPreview() {
    return preview;
  }

  public String getTitle() {
    return title;
  }

  /**
   * The frame's address: the item's launch file under the launch's own path, on the content origin
   * when there is one; a cmi5 AU's with its launch query (an AU on another site at its own
   * address).
   */
  public String getFrameSource() {
    String src =
        launch.isExternal()
            ? launch.path()
            : (contentOrigin.isSeparate() ? contentOrigin.of(Faces.getRequest()) : "")
                + Faces.getRequestContextPath()
                + "/scorm/"
                + launch.token()
                + "/"
                + launch.path();
    return launch.query() == null ? src : src + (src.contains("?") ? "&" : "?") + launch.query();
  }

  /** Whether the package is a cmi5 course (its AUs report to the LRS, not to the frame's API). */
  public boolean isCmi5() {
    return launch.query() != null;
  }

  /**
   * The frame's sandbox: scripts, forms, pop-ups, dialogs and downloads, as packages need them; on
   * an origin of its own, that origin too (so the package's frames can reach one another).
   */
  public String getSandbox() {
    return "allow-scripts allow-forms allow-popups allow-modals allow-downloads"
        + (contentOrigin.isSeparate() ? " allow-same-origin" : "");
  }

  public PackagePlayer.Launch getLaunch() {
    return launch;
  }

  public List<PackagePlayer.Item> getItems() {
    return play.items();
  }

  /** Whether the package has a table of contents to show (more than one thing to open). */
  public boolean isMultiSco() {
    return play.items().stream().filter(PackagePlayer.Item::launchable).count() > 1;
  }

  /** The item after the one playing, in table-of-contents order, or null. */
  public PackagePlayer.Item getNextItem() {
    return step(1);
  }

  /** The item before the one playing, or null. */
  public PackagePlayer.Item getPreviousItem() {
    return step(-1);
  }

  private PackagePlayer.Item step(int by) {
    List<PackagePlayer.Item> launchable =
        play.items().stream().filter(PackagePlayer.Item::launchable).toList();
    for (int i = 0; i < launchable.size(); i++) {
      if (launchable.get(i).identifier().equals(launch.item().identifier())) {
        int j = i + by;
        return j >= 0 && j < launchable.size() ? launchable.get(j) : null;
      }
    }
    return null;
  }

  public Module getModule() {
    return module;
  }

  public String getCourseCode() {
    return courseCode;
  }

  public void setCourseCode(String courseCode) {
    this.courseCode = courseCode;
  }

  public String getModuleCode() {
    return moduleCode;
  }

  public void setModuleCode(String moduleCode) {
    this.moduleCode = moduleCode;
  }

  public String getItem() {
    return item;
  }

  public void setItem(String item) {
    this.item = item;
  }
}
