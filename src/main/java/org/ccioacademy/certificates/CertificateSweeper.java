package org.ccioacademy.certificates;

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
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every few minutes ({@code ccio.certificates.sweep-seconds}), and soon after start-up, issues any
 * certificate that is due but missing. Safe with several instances: issuing is idempotent.
 */
@Startup
@Singleton
@DependsOn("Database")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CertificateSweeper {

  private static final Logger LOG = Logger.getLogger(CertificateSweeper.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject
  @ConfigProperty(name = "ccio.certificates.sweep-seconds", defaultValue = "300")
  long intervalSeconds;

  @Inject DueCertificates due;

  private ScheduledFuture<?> task;

  @PostConstruct
  void start() {
    task =
        scheduler.scheduleWithFixedDelay(
            this::sweep, Math.min(20, intervalSeconds), intervalSeconds, TimeUnit.SECONDS);
  }

  void sweep() {
    try {
      int n = due.issue();
      if (n > 0) {
        LOG.info("Issued " + n + " certificates that were due");
      }
      int r = due.remind();
      if (r > 0) {
        LOG.info("Reminded " + r + " holders that their certificates expire soon");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The certificate sweep failed; it runs again later", e);
    }
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }
}
