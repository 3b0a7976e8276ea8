package org.ccioacademy.certificates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.ccioacademy.platform.database.Row;
import org.ccioacademy.platform.notify.Notice;
import org.ccioacademy.platform.notify.Notifications;
import org.ccioacademy.platform.web.PublicUrl;
import org.ccioacademy.platform.web.UkTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reminds holders of course certificates that are about to lapse, once per certificate, {@code
 * ccio.certificates.reminder-days} before the expiry day (when re-certification opens). A
 * certificate already followed by a newer one for the same course (re-certified) is not reminded.
 * Rows are claimed with {@code for update skip locked}, so two instances never send the same
 * reminder; the email is queued in the same transaction that marks the certificate reminded.
 */
@ApplicationScoped
public class CertificateReminders {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  @PersistenceContext private EntityManager em;
  @Inject Notifications notifications;

  @Inject
  @ConfigProperty(name = "ccio.certificates.reminder-days", defaultValue = "60")
  int reminderDays;

  @Inject PublicUrl publicUrl;

  /**
   * Sends every reminder that is due.
   *
   * @return how many were sent
   */
  @Transactional
  public int send() {
    LocalDate today = LocalDate.now(UkTime.UK);
    List<Row> due =
        Row.list(
            em.createNativeQuery(
                    "update certificate c set reminded_at = now() from person u"
                        + " where u.id = c.user_id and c.id in (select x.id from certificate x"
                        + "   where x.kind = 'COURSE' and x.expires_on is not null"
                        + "   and x.revoked_at is null and x.reminded_at is null"
                        + "   and x.expires_on between ?1 and ?2"
                        + "   and not exists (select 1 from certificate y where y.user_id = x.user_id"
                        + "     and y.kind = 'COURSE' and y.issued_at > x.issued_at"
                        + "     and split_part(y.achievement, ':', 2) = split_part(x.achievement, ':', 2))"
                        + "   order by x.expires_on limit 500 for update skip locked)"
                        + " returning u.email, c.holder_name, c.title, c.expires_on,"
                        + " split_part(c.achievement, ':', 2), c.user_id")
                .setParameter(1, today)
                .setParameter(2, today.plusDays(reminderDays)));
    for (Row r : due) {
      LocalDate expires = r.dateAt(3);
      notifications.tell(
          r.longAt(5),
          r.stringAt(0),
          Notice.emailed(
              "certificate.expiring",
              "Your certificate for " + r.stringAt(2) + " expires on " + DAY.format(expires),
              "/course.xhtml?id=" + r.stringAt(4),
              text(r.stringAt(1), r.stringAt(2), expires, r.stringAt(4))));
    }
    return due.size();
  }

  private String text(String name, String title, LocalDate expires, String courseCode) {
    String base = publicUrl.base();
    return "Dear "
        + name
        + ",\n\n"
        + "Your certificate for "
        + title
        + " is valid until "
        + DAY.format(expires)
        + ".\n\n"
        + "To re-certify, take the course again. Your progress starts afresh and your current"
        + " certificate stays valid until it expires; when you complete the course you get a new"
        + " certificate. Start here:\n"
        + base
        + "/course.xhtml?id="
        + courseCode
        + "\n\nCCIO Academy\n";
  }
}
