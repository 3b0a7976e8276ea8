package org.ccioacademy.platform.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import org.ccioacademy.platform.database.Row;
import org.ccioacademy.platform.mail.Mail;
import org.ccioacademy.platform.mail.MailMessage;

/**
 * Tells people what happened that concerns them: a notification in the app, read or unread, and
 * (for most) an email queued in the same transaction. A person sees each email's sending status
 * beside the notification, and "emailed" only once the mail server took it.
 */
@ApplicationScoped
public class Notifications {

  @PersistenceContext private EntityManager em;
  @Inject Mail mail;

  /** How an email about a notification stands, in the person's words. */
  public enum Emailed {
    /** No email was sent about it, or the outbox no longer keeps it. */
    NOT_EMAILED,
    WAITING,
    SENT,
    FAILED
  }

  /** One notification as the person's list shows it. */
  public record Line(
      long id,
      String headline,
      String link,
      OffsetDateTime createdAt,
      boolean read,
      Emailed emailed,
      OffsetDateTime sentAt) {}

  /**
   * Tells a person, in the caller's transaction: the notification and, when the notice has a
   * subject, the email to {@code email}.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void tell(long userId, String email, Notice notice) {
    MailMessage m =
        notice.isEmailed() && email != null
            ? mail.queue(email, notice.subject(), notice.body(), notice.kind())
            : null;
    em.persist(new Notification(userId, notice, m, OffsetDateTime.now()));
  }

  /** How many notifications the person has not read yet. */
  public long unread(long userId) {
    return ((Number)
            em.createNativeQuery(
                    "select count(*) from notification where user_id = ?1 and read_at is null")
                .setParameter(1, userId)
                .getSingleResult())
        .longValue();
  }

  /** How many notifications the person has, read or not. */
  public long count(long userId) {
    return ((Number)
            em.createNativeQuery("select count(*) from notification where user_id = ?1")
                .setParameter(1, userId)
                .getSingleResult())
        .longValue();
  }

  /** A page of the person's notifications, newest first, each with its email's status. */
  public List<Line> page(long userId, int first, int size) {
    return Row.list(
            em.createNativeQuery(
                    "select n.id, n.headline, n.link, n.created_at, n.read_at is not null,"
                        + " m.status, m.sent_at from notification n"
                        + " left join mail_message m on m.id = n.mail_id"
                        + " where n.user_id = ?1 order by n.created_at desc, n.id desc"
                        + " offset ?2 limit ?3")
                .setParameter(1, userId)
                .setParameter(2, first)
                .setParameter(3, size))
        .stream()
        .map(
            r ->
                new Line(
                    r.longAt(0),
                    r.stringAt(1),
                    r.stringAt(2),
                    r.momentAt(3),
                    r.booleanAt(4),
                    emailed(r.stringAt(5)),
                    r.isNull(6) ? null : r.momentAt(6)))
        .toList();
  }

  private static Emailed emailed(String status) {
    if (status == null) {
      return Emailed.NOT_EMAILED;
    }
    return switch (MailMessage.Status.valueOf(status)) {
      case QUEUED -> Emailed.WAITING;
      case SENT -> Emailed.SENT;
      case FAILED -> Emailed.FAILED;
    };
  }

  /**
   * Marks one of the person's own notifications read (someone else's is left alone).
   *
   * @return its link, to go on to, or null when it has none or is not the person's
   */
  @Transactional
  public String open(long userId, long notificationId) {
    List<?> link =
        em.createNativeQuery(
                "update notification set read_at = coalesce(read_at, now())"
                    + " where id = ?1 and user_id = ?2 returning coalesce(link, '')")
            .setParameter(1, notificationId)
            .setParameter(2, userId)
            .getResultList();
    return link.isEmpty() || ((String) link.get(0)).isEmpty() ? null : (String) link.get(0);
  }

  /**
   * Marks every notification of the person read.
   *
   * @return how many were unread
   */
  @Transactional
  public int readAll(long userId) {
    return em.createNativeQuery(
            "update notification set read_at = now() where user_id = ?1 and read_at is null")
        .setParameter(1, userId)
        .executeUpdate();
  }
}
