package org.ccioacademy.platform.privacy;

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
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ccioacademy.platform.audit.Actor;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Applies the retention schedule once a day while an admin has it switched on: checks every {@code
 * ccio.retention.check-minutes} whether a day has passed since the last run. Safe with several
 * instances: one run at a time, one a day ({@link Retention#start}).
 */
@Startup
@Singleton
@DependsOn("Database")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionJob {

  private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject
  @ConfigProperty(name = "ccio.retention.check-minutes", defaultValue = "60")
  long checkMinutes;

  @Inject Retention retention;

  private ScheduledFuture<?> task;

  @PostConstruct
  void start() {
    task =
        scheduler.scheduleWithFixedDelay(
            () -> run("SCHEDULE", true, Actor.SYSTEM), 2, checkMinutes * 60, TimeUnit.SECONDS);
  }

  /**
   * Starts a run now in the background, for an admin; empty when the schedule is off or a run is
   * already going.
   */
  public Optional<Long> runNow(Actor admin) {
    Optional<Long> id = retention.start("ADMIN", false);
    id.ifPresent(runId -> scheduler.execute(() -> apply(runId, admin)));
    return id;
  }

  private void run(String trigger, boolean daily, Actor actor) {
    try {
      retention.start(trigger, daily).ifPresent(runId -> apply(runId, actor));
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING, "Could not start applying the retention schedule; tried again later", e);
    }
  }

  private void apply(long runId, Actor actor) {
    try {
      String summary = retention.apply(runId, actor);
      LOG.info("Retention schedule applied (run " + runId + "): " + summary);
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Applying the retention schedule failed (run " + runId + ")", e);
      retention.failed(
          runId, "Something went wrong, so nothing was removed; the detail is in the server log.");
    }
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }
}
