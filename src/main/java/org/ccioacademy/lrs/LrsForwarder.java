package org.ccioacademy.lrs;

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
 * Sends our own statements to the external LRS every few seconds ({@code
 * ccio.lrs.forward.interval-seconds}) when one is configured; several instances can run (each takes
 * different statements). Without {@code ccio.lrs.forward.url} nothing is queued or sent.
 */
@Startup
@Singleton
@DependsOn("Database")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LrsForwarder {

  private static final Logger LOG = Logger.getLogger(LrsForwarder.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject
  @ConfigProperty(name = "ccio.lrs.forward.interval-seconds", defaultValue = "10")
  int intervalSeconds;

  @Inject LrsForwarding forwarding;

  private ScheduledFuture<?> task;

  @PostConstruct
  void start() {
    if (!forwarding.enabled()) {
      return;
    }
    LOG.info("Our own statements are forwarded to another LRS");
    task =
        scheduler.scheduleWithFixedDelay(
            this::sendDue, intervalSeconds, intervalSeconds, TimeUnit.SECONDS);
  }

  void sendDue() {
    Outbox.drain(
        forwarding::sendBatch,
        LrsForwarding.BATCH,
        LOG,
        "Forwarding statements failed; they are tried again later");
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }
}
