package org.ccioacademy.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.ccioacademy.platform.kernel.NeedsAttention;

/** For an administrator's home: emails given up on lately, and mail waiting too long. */
@ApplicationScoped
public class MailAttention {

  @PersistenceContext private EntityManager em;

  void onCheck(@Observes NeedsAttention attention) {
    Object[] r =
        (Object[])
            em.createNativeQuery(
                    "select count(*) filter (where status = 'FAILED'"
                        + "   and created_at > now() - interval '30 days'),"
                        + " count(*) filter (where status = 'QUEUED'"
                        + "   and created_at < now() - interval '1 hour')"
                        + " from mail_message where status <> 'SENT'")
                .getSingleResult();
    long failed = ((Number) r[0]).longValue();
    long waiting = ((Number) r[1]).longValue();
    if (failed > 0) {
      attention.add(
          (failed == 1 ? "1 email" : failed + " emails")
              + " could not be sent in the last 30 days, after every retry. The log says why;"
              + " check the addresses and the mail server settings (ccio.mail.*).",
          null);
    }
    if (waiting > 0) {
      attention.add(
          (waiting == 1 ? "1 email has" : waiting + " emails have")
              + " waited more than an hour to be sent: the mail server may be down or not set"
              + " (ccio.mail.host).",
          null);
    }
  }
}
