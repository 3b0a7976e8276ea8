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
import org.ccioacademy.platform.audit.Actor;
import org.ccioacademy.platform.database.ClusterLock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every few minutes ({@code ccio.certificates.sweep-seconds}), and soon after start-up, starts a
 * bulk run ({@link CertificateRuns}) when any certificate is due but missing, and sends the expiry
 * reminders that are due. Safe with several instances: one run at a time, issuing is idempotent.
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

  @Inject CertificateRuns runs;
  @Inject CertificateReminders reminders;
  @Inject ClusterLock lock;

  private ScheduledFuture<?> task;

  @PostConstruct
  void start() {
    task =
        scheduler.scheduleWithFixedDelay(
            this::sweep, Math.min(20, intervalSeconds), intervalSeconds, TimeUnit.SECONDS);
  }

  void sweep() {
    // in a cluster one instance sweeps at a time; the others find nothing left to do next time
    try {
      lock.runAlone("certificate-sweep", this::sweepHere);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The certificate sweep could not start; it runs again later", e);
    }
  }

  private void sweepHere() {
    try {
      runs.start(Actor.SYSTEM)
          .filter(CertificateRuns.Started::started)
          .ifPresent(
              r ->
                  LOG.info(
                      "Issuing "
                          + r.run().getDue()
                          + " certificates that were due (run "
                          + r.run().getId()
                          + ")"));
      // a run sends the reminders when it ends; with nothing to issue, send them here
      if (runs.latest().map(r -> !r.isRunning()).orElse(true)) {
        int r = reminders.send();
        if (r > 0) {
          LOG.info("Reminded " + r + " holders that their certificates expire soon");
        }
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
