package org.ccioacademy.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.ccioacademy.platform.privacy.PersonErasure;
import org.ccioacademy.platform.privacy.RetentionSweep;
import org.ccioacademy.platform.privacy.SubjectAccess;

/**
 * The emails sent to a person that the outbox still keeps, in their copy of their data. On erasure
 * those are deleted, and the person's name and address are taken out of mail to others.
 */
@ApplicationScoped
public class MailPersonalData {

  @PersistenceContext private EntityManager em;

  void onAccess(@Observes SubjectAccess copy) {
    copy.rows(
        em,
        "emails/emails.json",
        "select created_at, sent_at, status, subject, body from mail_message"
            + " where to_address = ?1 order by id",
        copy.email());
  }

  void onRetention(@Observes RetentionSweep sweep) {
    String where = " from mail_message where created_at < ?1 and status <> 'QUEUED'";
    sweep.removeOlder(
        em, where, sweep.mailBefore(), "email past its time", "emails past their time");
  }

  void onErasure(@Observes PersonErasure erasure) {
    String email = erasure.email();
    int n =
        ((Number)
                em.createNativeQuery("select count(*) from mail_message where to_address = ?1")
                    .setParameter(1, email)
                    .getSingleResult())
            .intValue();
    erasure.removed(n, "email sent to the person", "emails sent to the person");
    if (erasure.isErase()) {
      em.createNativeQuery("delete from mail_message where to_address = ?1")
          .setParameter(1, email)
          .executeUpdate();
      erasure.scrub(em, "mail_message", "to_address", "subject", "body", "last_error");
    }
  }
}
