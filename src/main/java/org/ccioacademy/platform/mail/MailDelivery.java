package org.ccioacademy.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** One round of sending: due messages, locked so that no other instance sends them too. */
@ApplicationScoped
public class MailDelivery {

  static final int BATCH = 20;
  private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

  @PersistenceContext private EntityManager em;

  @Inject
  @ConfigProperty(name = "ccio.mail.host")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "ccio.mail.port", defaultValue = "25")
  int port;

  @Inject
  @ConfigProperty(name = "ccio.mail.username")
  Optional<String> username;

  @Inject
  @ConfigProperty(name = "ccio.mail.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "ccio.mail.starttls", defaultValue = "false")
  boolean starttls;

  @Inject
  @ConfigProperty(name = "ccio.mail.from", defaultValue = "CCIO Academy <noreply@ccio.academy>")
  String from;

  @Inject
  @ConfigProperty(name = "ccio.mail.first-retry-seconds", defaultValue = "60")
  int firstRetrySeconds;

  @Inject
  @ConfigProperty(name = "ccio.mail.max-attempts", defaultValue = "8")
  int maxAttempts;

  public boolean enabled() {
    return host.filter(h -> !h.isBlank()).isPresent();
  }

  /** Sends up to {@link #BATCH} due messages; returns how many were taken. */
  @Transactional
  public int sendBatch() {
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(
                "select id from mail_message where status = 'QUEUED' and next_attempt_at <= now()"
                    + " order by next_attempt_at, id limit ?1 for update skip locked")
            .setParameter(1, BATCH)
            .getResultList();
    if (ids.isEmpty()) {
      return 0;
    }
    Session session = session();
    for (Number id : ids) {
      MailMessage m = em.find(MailMessage.class, id.longValue());
      OffsetDateTime now = OffsetDateTime.now();
      try {
        MimeMessage mime = new MimeMessage(session);
        mime.setFrom(new InternetAddress(from));
        mime.setRecipients(Message.RecipientType.TO, InternetAddress.parse(m.getTo(), true));
        mime.setSubject(m.getSubject(), StandardCharsets.UTF_8.name());
        mime.setText(m.getBody(), StandardCharsets.UTF_8.name());
        mime.setSentDate(new Date());
        Transport.send(mime);
        m.sent(now);
      } catch (MessagingException | RuntimeException e) {
        m.failed(
            e.getClass().getSimpleName() + ": " + e.getMessage(),
            now,
            Duration.ofSeconds(firstRetrySeconds),
            maxAttempts);
        LOG.warning(
            "Email "
                + m.getId()
                + " ("
                + m.getPurpose()
                + ") not sent, attempt "
                + m.getAttempts()
                + (m.getStatus() == MailMessage.Status.FAILED ? ", given up: " : ", will retry: ")
                + m.getLastError());
      }
    }
    return ids.size();
  }

  private Session session() {
    Properties p = new Properties();
    p.put("mail.smtp.host", host.orElseThrow());
    p.put("mail.smtp.port", String.valueOf(port));
    p.put("mail.smtp.connectiontimeout", "5000");
    p.put("mail.smtp.timeout", "10000");
    p.put("mail.smtp.writetimeout", "10000");
    p.put("mail.smtp.starttls.enable", String.valueOf(starttls));
    boolean auth = username.filter(u -> !u.isBlank()).isPresent();
    p.put("mail.smtp.auth", String.valueOf(auth));
    if (!auth) {
      return Session.getInstance(p);
    }
    return Session.getInstance(
        p,
        new Authenticator() {
          @Override
          protected PasswordAuthentication getPasswordAuthentication() {
            return new PasswordAuthentication(username.get(), password.orElse(""));
          }
        });
  }
}
