package org.ccioacademy.catalogue.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.ccioacademy.catalogue.CourseAuthoring;
import org.ccioacademy.catalogue.format.Problem;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.platform.kernel.ConcurrentEditException;
import org.ccioacademy.platform.kernel.NotAllowedException;
import org.ccioacademy.platform.web.FacesForms;

/**
 * The module editor's content package: a SCORM zip uploaded for the module of the draft the editor
 * has open, or the module made a written one again.
 */
@Named
@RequestScoped
public class ModulePackageView {

  @Inject ModuleEditorView editor;
  @Inject CourseAuthoring authoring;
  @Inject CurrentUser currentUser;

  private Part packageFile;

  /**
   * Uploads a SCORM package (a zip) for this module: checked, stored and named in the module's
   * header in the draft; every problem named, and nothing changed, when it cannot be used.
   */
  public String uploadPackage() {
    if (packageFile == null || packageFile.getSize() == 0) {
      FacesForms.showErrors("packageForm", Map.of("package", "Choose the package's zip file."));
      return null;
    }
    Path temp = null;
    try {
      temp = Files.createTempFile("ccio-package-", ".zip");
      try (InputStream in = packageFile.getInputStream()) {
        Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
      }
      List<Problem> refused =
          authoring.attachPackage(
              currentUser.caller(),
              editor.getCourseId(),
              editor.getModuleId(),
              temp,
              editor.getDraftVersion());
      if (!refused.isEmpty()) {
        FacesForms.showErrors(
            "packageForm",
            Map.of(
                "package",
                "This package cannot be used: "
                    + String.join("; ", refused.stream().limit(5).map(Problem::inWords).toList())
                    + (refused.size() > 5 ? "; and " + (refused.size() - 5) + " more" : "")
                    + ". Nothing was changed."));
        return null;
      }
      FacesForms.flashInfo("Package uploaded: the module plays it once the draft is published.");
      return "/author/module?faces-redirect=true&course="
          + editor.getCourseId()
          + "&module="
          + editor.getModuleId();
    } catch (IOException e) {
      FacesForms.error("The file could not be read. Nothing was changed; try again.");
      return null;
    } catch (ConcurrentEditException | NotAllowedException e) {
      FacesForms.error(e.getMessage());
      return null;
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // a temporary file the system cleans
        }
      }
    }
  }

  /** Makes the module a written module again (its package stays stored for older versions). */
  public String removePackage() {
    try {
      authoring.attach(
          currentUser.caller(),
          editor.getCourseId(),
          editor.getModuleId(),
          null,
          editor.getDraftVersion());
      FacesForms.flashInfo("The module no longer plays a package. Write its text, then save.");
      return "/author/module?faces-redirect=true&course="
          + editor.getCourseId()
          + "&module="
          + editor.getModuleId();
    } catch (ConcurrentEditException | NotAllowedException e) {
      FacesForms.error(e.getMessage());
      return null;
    }
  }

  public Part getPackageFile() {
    return packageFile;
  }

  public void setPackageFile(Part packageFile) {
    this.packageFile = packageFile;
  }
}
