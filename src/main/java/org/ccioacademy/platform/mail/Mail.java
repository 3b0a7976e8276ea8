package org.ccioacademy.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;

/**
 * Queues an email in the caller's transaction: it is sent (by {@link MailSender}) only if the
 * change that caused it is committed, and a mail server that is down never fails that change.
 */
@ApplicationScoped
public class Mail {

  @PersistenceContext private EntityManager em;

  /**
   * @param purpose what caused the mail, for the log and the admin's view (e.g. course.completed)
   * @return the message, queued (its sending status is read through it)
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public MailMessage queue(String to, String subject, String body, String purpose) {
    MailMessage m = new MailMessage(to, subject, body, purpose, OffsetDateTime.now());
    em.persist(m);
    return m;
  }
}
