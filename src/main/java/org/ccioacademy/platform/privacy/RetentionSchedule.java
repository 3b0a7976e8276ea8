package org.ccioacademy.platform.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long personal data is kept ({@code ccio.retention.*}): the privacy notice states it and the
 * daily retention job applies it.
 */
@ApplicationScoped
@Named
public class RetentionSchedule {

  @Inject
  @ConfigProperty(name = "ccio.retention.deactivated-account-years", defaultValue = "6")
  int deactivatedAccountYears;

  @Inject
  @ConfigProperty(name = "ccio.retention.file-years", defaultValue = "6")
  int fileYears;

  @Inject
  @ConfigProperty(name = "ccio.retention.audit-years", defaultValue = "8")
  int auditYears;

  @Inject
  @ConfigProperty(name = "ccio.retention.mail-days", defaultValue = "90")
  int mailDays;

  @Inject
  @ConfigProperty(name = "ccio.retention.staff-feed-days", defaultValue = "90")
  int staffFeedDays;

  /** Years after an account is disabled, or its holder left, that it is anonymised. */
  public int getDeactivatedAccountYears() {
    return deactivatedAccountYears;
  }

  /** Years after upload that CPD evidence and assignment hand-in files are removed. */
  public int getFileYears() {
    return fileYears;
  }

  /** Years the audit log keeps an entry. */
  public int getAuditYears() {
    return auditYears;
  }

  /** Days a sent email stays in the outbox. */
  public int getMailDays() {
    return mailDays;
  }

  /** Days the lines of a staff feed file are kept (the run's summary stays). */
  public int getStaffFeedDays() {
    return staffFeedDays;
  }
}
