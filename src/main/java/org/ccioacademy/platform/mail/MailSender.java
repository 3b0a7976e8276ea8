package org.ccioacademy.platform.mail;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.ccioacademy.platform.database.Outbox;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends queued email every few seconds ({@code ccio.mail.interval-seconds}) through the SMTP server
 * in {@code ccio.mail.*}. Several instances can run: each takes different messages (row locks, SKIP
 * LOCKED). With no {@code ccio.mail.host} nothing is sent; mail waits queued.
 */
@Startup
@Singleton
@DependsOn("Database")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailSender {

  private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject
  @ConfigProperty(name = "ccio.mail.interval-seconds", defaultValue = "10")
  int intervalSeconds;

  @Inject MailDelivery delivery;

  private ScheduledFuture<?> task;

  @PostConstruct
  void start() {
    if (!delivery.enabled()) {
      LOG.info("Email sending is off (no ccio.mail.host): messages wait in the outbox");
      return;
    }
    task =
        scheduler.scheduleWithFixedDelay(
            this::sendDue, intervalSeconds, intervalSeconds, TimeUnit.SECONDS);
  }

  void sendDue() {
    Outbox.drain(
        delivery::sendBatch,
        MailDelivery.BATCH,
        LOG,
        "Sending queued email failed; it is tried again later");
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }
}
