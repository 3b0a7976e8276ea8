package org.ccioacademy.certificates.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.ccioacademy.certificates.Certificate;
import org.ccioacademy.certificates.CertificateException;
import org.ccioacademy.certificates.Certificates;
import org.ccioacademy.certificates.StageDependencies;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.platform.audit.AuditLog;
import org.ccioacademy.platform.web.FacesForms;
import org.omnifaces.util.Faces;

/** One certificate for an admin: what it states, its standing, and revocation with a reason. */
@Named
@ViewScoped
public class AdminCertificateView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject StageDependencies dependencies;
  @Inject Certificates certificates;
  @Inject CurrentUser currentUser;
  @Inject AuditLog audit;

  private String id;
  private transient Certificate certificate;
  private long version;
  private Certificate.Standing standing;
  private String verifyUrl;
  private transient List<Certificate> restingOnIt = List.of();
  private String reason;

  public void load() {
    certificate = id == null ? null : certificates.find(id).orElse(null);
    if (certificate == null) {
      Faces.responseSendError(404, "No such certificate");
      return;
    }
    audit.read(
        currentUser.actor(),
        "read.certificate",
        "user",
        certificate.getUserId(),
        null,
        "certificate " + certificate.getId(),
        1);
    id = certificate.getId();
    version = certificate.getVersion();
    standing = certificates.standing(certificate);
    verifyUrl = certificates.verifyUrl(id);
    restingOnIt = dependencies.restingOn(certificate);
  }

  public String revoke() {
    if (reason == null || reason.isBlank()) {
      FacesForms.showErrors(
          "revoke", Map.of("reason", "Give the reason: it is recorded and sent to the holder."));
      return null;
    }
    try {
      Certificate revoked = certificates.revoke(currentUser.caller(), id, version, reason);
      List<Certificate> still = dependencies.restingOn(revoked);
      if (still.isEmpty()) {
        FacesForms.flashInfo("The certificate is revoked; its holder has been emailed.");
      } else {
        FacesForms.flashWarn(
            "The certificate is revoked; its holder has been emailed. The stage "
                + (still.size() == 1 ? "certificate " : "certificates ")
                + String.join(
                    ", ",
                    still.stream().map(c -> c.getTitle() + " (" + c.getGroupedId() + ")").toList())
                + " rested on it and still "
                + (still.size() == 1 ? "stands" : "stand")
                + ": check "
                + (still.size() == 1 ? "it" : "them")
                + ", and revoke "
                + (still.size() == 1 ? "it" : "them")
                + " too if the stage is no longer met.");
      }
      return "/admin/certificate?faces-redirect=true&id=" + id;
    } catch (CertificateException e) {
      FacesForms.error(e.getMessage());
      return null;
    }
  }

  /** The holder's stage certificates, still standing, that rest on this course certificate. */
  public List<Certificate> getRestingOnIt() {
    return restingOnIt;
  }

  public Certificate getCertificate() {
    return certificate;
  }

  public Certificate.Standing getStanding() {
    return standing;
  }

  public String getVerifyUrl() {
    return verifyUrl;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
