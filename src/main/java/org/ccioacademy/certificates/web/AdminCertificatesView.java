package org.ccioacademy.certificates.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ccioacademy.certificates.Certificate;
import org.ccioacademy.certificates.CertificateReminders;
import org.ccioacademy.certificates.CertificateRuns;
import org.ccioacademy.certificates.Certificates;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.platform.audit.AuditLog;
import org.ccioacademy.platform.web.FacesForms;

/** Admins find certificates by holder, email, title or number, a page at a time. */
@Named
@RequestScoped
public class AdminCertificatesView {

  static final int PAGE_SIZE = 25;

  @Inject Certificates certificates;
  @Inject CertificateRuns runs;
  @Inject CertificateReminders reminders;
  @Inject CurrentUser currentUser;
  @Inject AuditLog audit;

  private String q;
  private int page = 1;
  private List<Certificate> found;
  private long total;

  public void load() {
    page = Math.max(1, page);
    total = certificates.count(q);
    found = certificates.search(q, (page - 1) * PAGE_SIZE, PAGE_SIZE);
    if (!found.isEmpty()) {
      audit.read(
          currentUser.actor(),
          "read.certificate-list",
          "names",
          null,
          null,
          (q == null || q.isBlank() ? "every certificate" : "certificates matching " + q)
              + ", page "
              + page,
          found.size());
    }
  }

  /**
   * Starts issuing, in the background, every certificate that is due (the sweep does this every few
   * minutes anyway); the page then shows the run's progress.
   */
  public String issueDue() {
    var started = runs.start(currentUser.actor());
    int reminded = started.isEmpty() ? reminders.send() : 0;
    FacesForms.flashInfo(
        started.isEmpty()
            ? "No certificates were due: every one is issued."
                + (reminded == 0
                    ? ""
                    : " "
                        + reminded
                        + (reminded == 1 ? " holder was" : " holders were")
                        + " reminded that a certificate expires soon.")
            : started.get().started()
                ? "Issuing "
                    + started.get().run().getDue()
                    + " certificates: progress is shown below."
                : "Certificates are already being issued: progress is shown below.");
    return "/admin/certificates?faces-redirect=true";
  }

  public Certificate.Standing standing(Certificate c) {
    return certificates.standing(c);
  }

  public boolean isLastPage() {
    return (long) page * PAGE_SIZE >= total;
  }

  public List<Certificate> getFound() {
    return found;
  }

  public long getTotal() {
    return total;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }
}
