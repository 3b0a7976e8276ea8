package org.ccioacademy.delivery.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ccioacademy.catalogue.Catalogue;
import org.ccioacademy.catalogue.CompetencyDomain;
import org.ccioacademy.catalogue.CompetencyLink;
import org.ccioacademy.catalogue.Course;
import org.ccioacademy.catalogue.CourseAssignment;
import org.ccioacademy.catalogue.CourseVersion;
import org.ccioacademy.catalogue.Module;
import org.ccioacademy.catalogue.PublishedVersions;
import org.ccioacademy.delivery.Enrolment;
import org.ccioacademy.delivery.Enrolments;
import org.ccioacademy.delivery.RecertificationClosedException;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.platform.kernel.Role;
import org.ccioacademy.platform.web.FacesForms;
import org.ccioacademy.platform.web.UkTime;
import org.omnifaces.util.Faces;

/** A course's page: what it teaches, its modules, and enrol, continue or leave. */
@Named
@ViewScoped
public class CourseView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Catalogue catalogue;
  @Inject PublishedVersions published;
  @Inject Enrolments enrolments;
  @Inject CurrentUser currentUser;

  private String id;
  private transient Course course;
  private transient CourseVersion version;
  private transient Enrolment enrolment;
  private transient Map<String, String> domainLabels;
  private boolean editable;
  private boolean recertifyOpen;
  private LocalDate certificateExpiresOn;
  private boolean certificateExpired;
  private String audience;
  private String assessedWorkLeft;

  /** f:viewAction: loads the course named by ?id=, or 404. */
  public void load() {
    course = catalogue.course(id).orElse(null);
    if (course == null) {
      Faces.responseSendError(404, "No such course");
      return;
    }
    // as every instance keeps it once read: a published version never changes
    version = published.current(course).orElseThrow();
    if (currentUser.isSignedIn()) {
      enrolment = enrolments.enrolmentWithProgress(currentUser.id(), course).orElse(null);
      if (enrolment != null) {
        recertifyOpen = enrolments.mayRecertify(enrolment);
        certificateExpiresOn = enrolment.certificateExpiresOn();
        certificateExpired =
            certificateExpiresOn != null && LocalDate.now(UkTime.UK).isAfter(certificateExpiresOn);
        boolean modulesDone =
            version.requiredModules().stream()
                .allMatch(m -> enrolment.isModuleComplete(m.getCode()));
        assessedWorkLeft =
            isEnrolled() && (!enrolment.isCompleted() || enrolment.isRecertifying()) && modulesDone
                ? version.assignment().map(CourseAssignment::getTitle).orElse(null)
                : null;
      }
      editable = course.mayBeEditedBy(currentUser.caller());
    }
    audience =
        version.getAudience().stream()
            .sorted()
            .map(g -> g.getLabel())
            .collect(Collectors.joining("; "));
    domainLabels =
        catalogue.domains().stream()
            .collect(
                Collectors.toMap(
                    CompetencyDomain::getDomainKey,
                    d ->
                        (d.getFramework().getCode().equals("fci") ? "FCI " : "HEE ")
                            + d.getLabel()));
  }

  public String enrol() {
    enrolments.enrol(currentUser.actor(), id);
    FacesForms.flashInfo(
        "You are enrolled on " + title() + ". Start with the first module when you are ready.");
    return "/course?faces-redirect=true&id=" + id;
  }

  public String leave() {
    enrolments.leave(currentUser.actor(), id);
    FacesForms.flashInfo(
        "You have left " + title() + ". What you have done is kept if you enrol again.");
    return "/course?faces-redirect=true&id=" + id;
  }

  /** Starts the course again to re-certify; says why not when it cannot start yet. */
  public String recertify() {
    try {
      enrolments.recertify(currentUser.actor(), id);
    } catch (RecertificationClosedException e) {
      FacesForms.error(e.getMessage());
      return null;
    }
    FacesForms.flashInfo(
        "You are taking "
            + title()
            + " again to re-certify. Your current certificate stays valid until it expires;"
            + " complete every module again for a new one.");
    return "/course?faces-redirect=true&id=" + id;
  }

  private String title() {
    return catalogue.course(id).map(c -> c.getCurrentVersion().getTitle()).orElse("the course");
  }

  /** A competency link in words: "FCI 2 Information technologies and systems (level 2)". */
  public String describe(CompetencyLink link) {
    String label = domainLabels.getOrDefault(link.getDomainKey(), link.getDomainKey());
    return link.getLevel() == null ? label : label + " (level " + link.getLevel() + ")";
  }

  /** The module to continue with: where the trainee left off, else the first not yet done. */
  public Module getNextModule() {
    if (enrolment == null) {
      return version.getModules().isEmpty() ? null : version.getModules().get(0);
    }
    if (enrolment.getLastModuleCode() != null) {
      var last = version.module(enrolment.getLastModuleCode());
      if (last.isPresent() && !enrolment.isModuleComplete(last.get().getCode())) {
        return last.get();
      }
    }
    return version.getModules().stream()
        .filter(m -> !enrolment.isModuleComplete(m.getCode()))
        .findFirst()
        .orElse(version.getModules().get(0));
  }

  public boolean isTrainee() {
    return currentUser.isSignedIn() && currentUser.getAccount().hasRole(Role.TRAINEE);
  }

  public boolean isEnrolled() {
    return enrolment != null && !enrolment.isLeft();
  }

  public boolean isStarted() {
    return isEnrolled() && !enrolment.getProgress().isEmpty();
  }

  public boolean isModuleDone(Module m) {
    return enrolment != null && enrolment.isModuleComplete(m.getCode());
  }

  /**
   * The title of the course's assessed assignment when every required module is done and only it
   * remains; else null.
   */
  public String getAssessedWorkLeft() {
    return assessedWorkLeft;
  }

  public int getPercent() {
    return enrolment == null ? 0 : enrolment.percentComplete(version);
  }

  public boolean isCanRead() {
    return isEnrolled() || editable;
  }

  public List<Module> getModules() {
    return version.getModules();
  }

  public Course getCourse() {
    return course;
  }

  public CourseVersion getVersion() {
    return version;
  }

  public Enrolment getEnrolment() {
    return enrolment;
  }

  public String getAudience() {
    return audience;
  }

  public boolean isRecertifyOpen() {
    return recertifyOpen;
  }

  public boolean isCertificateExpired() {
    return certificateExpired;
  }

  public LocalDate getCertificateExpiresOn() {
    return certificateExpiresOn;
  }

  public boolean isEditable() {
    return editable;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
