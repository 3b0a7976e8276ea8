package org.ccioacademy.certificates.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.ccioacademy.certificates.MyCertificateNews;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.platform.web.UkTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * For a trainee's home: certificates issued in the last {@value #RECENT_DAYS} days, and course
 * certificates to renew (from when re-certification opens, {@code ccio.certificates.reminder-days}
 * before they lapse, until as long after).
 */
@Named
@RequestScoped
public class MyCertificateNewsView {

  static final int SHOWN = 5;
  static final int RECENT_DAYS = 30;

  @Inject MyCertificateNews news;
  @Inject CurrentUser currentUser;

  @Inject
  @ConfigProperty(name = "ccio.certificates.reminder-days", defaultValue = "60")
  int reminderDays;

  private List<MyCertificateNews.Issued> issued;
  private List<MyCertificateNews.Renewal> renewals;

  @PostConstruct
  void load() {
    long me = currentUser.id();
    issued = news.issued(me, OffsetDateTime.now().minusDays(RECENT_DAYS), SHOWN);
    renewals = news.renewals(me, LocalDate.now(UkTime.UK), reminderDays, SHOWN);
  }

  public List<MyCertificateNews.Issued> getIssued() {
    return issued;
  }

  public List<MyCertificateNews.Renewal> getRenewals() {
    return renewals;
  }
}
