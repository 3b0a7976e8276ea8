package org.ccioacademy.delivery.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ccioacademy.catalogue.Module;
import org.ccioacademy.delivery.Enrolment;
import org.ccioacademy.delivery.Enrolments;
import org.ccioacademy.delivery.scorm.AttemptDetails;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.identity.UserAccountRepository;
import org.omnifaces.util.Faces;

/**
 * A trainee's attempts at a content package module, for the course's tutors and admins (from the
 * gradebook): each attempt, each part's status, score, time and sessions, and the interactions the
 * package recorded.
 */
@Named
@RequestScoped
public class PackageAttemptsView {

  @Inject Enrolments enrolments;
  @Inject AttemptDetails details;
  @Inject CurrentUser currentUser;
  @Inject UserAccountRepository accounts;

  private String enrolment;
  private String module;
  private String trainee;
  private String courseCode;
  private Module packageModule;
  private List<AttemptDetails.Attempt> attempts;

  public void load() {
    Enrolment e =
        enrolment != null && enrolment.matches("\\d{1,18}")
            ? enrolments.enrolmentById(Long.parseLong(enrolment)).orElse(null)
            : null;
    Module m =
        e == null || module == null
            ? null
            : e.getCourse()
                .getCurrentVersion()
                .module(module)
                .filter(Module::isPackage)
                .orElse(null);
    if (e == null || m == null || !e.getCourse().mayBeEditedBy(currentUser.caller())) {
      // none, or not a course this tutor teaches: the same answer
      Faces.responseSendError(404, "No such package result");
      return;
    }
    packageModule = m;
    courseCode = e.getCourse().getCode();
    trainee = accounts.find(e.getUserId()).map(a -> a.getFullName()).orElse("");
    attempts = details.of(e.getId(), m.getCode());
  }

  public String getTrainee() {
    return trainee;
  }

  public String getCourseCode() {
    return courseCode;
  }

  public Module getPackageModule() {
    return packageModule;
  }

  public List<AttemptDetails.Attempt> getAttempts() {
    return attempts;
  }

  public String getEnrolment() {
    return enrolment;
  }

  public void setEnrolment(String enrolment) {
    this.enrolment = enrolment;
  }

  public String getModule() {
    return module;
  }

  public void setModule(String module) {
    this.module = module;
  }
}
