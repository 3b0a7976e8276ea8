package org.ccioacademy.platform.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.ccioacademy.platform.audit.Actor;
import org.ccioacademy.platform.audit.AuditLog;
import org.ccioacademy.platform.database.Row;
import org.ccioacademy.platform.kernel.ConcurrentEditException;

/**
 * The retention schedule at work: previewed for admins, switched on by one (audited), then applied
 * daily by {@link RetentionJob} (or at once on an admin's request), each run recorded with what it
 * removed. Each step is a transaction of its own, so a run that fails is recorded as failed and
 * removes nothing.
 */
@ApplicationScoped
public class Retention {

  /**
   * A run: when, how it started, and what it removed (or why it failed); running when unfinished.
   */
  public record Run(
      long id,
      OffsetDateTime startedAt,
      OffsetDateTime finishedAt,
      String trigger,
      String summary,
      String failure) {
    public boolean running() {
      return finishedAt == null;
    }
  }

  /** Whether the schedule is applied, who last switched it, and the version to switch it from. */
  public record Setting(boolean enabled, OffsetDateTime changedAt, long version) {}

  @PersistenceContext private EntityManager em;
  @Inject RetentionSchedule schedule;
  @Inject Event<RetentionSweep> sweeps;
  @Inject AuditLog audit;

  public Setting setting() {
    Row r =
        Row.single(
            em.createNativeQuery(
                "select enabled, changed_at, version from retention_setting where id = 1"));
    return new Setting(r.booleanAt(0), r.momentAt(1), r.longAt(2));
  }

  /**
   * Switches the schedule on or off, for an admin who saw {@code version} of the setting; nothing
   * happens when it is so already.
   *
   * @throws ConcurrentEditException when someone else switched it since
   */
  @Transactional
  public void switchTo(Actor admin, boolean on, long version) {
    em.createNativeQuery("select 1 from retention_setting where id = 1 for update").getResultList();
    if (setting().enabled() == on) {
      return; // already so (a second click): nothing to change
    }
    int n =
        em.createNativeQuery(
                "update retention_setting set enabled = ?1, changed_by = ?2, changed_at = now(),"
                    + " version = version + 1 where id = 1 and version = ?3")
            .setParameter(1, on)
            .setParameter(2, admin.userId())
            .setParameter(3, version)
            .executeUpdate();
    if (n == 0) {
      throw new ConcurrentEditException(
          "Someone else switched the retention schedule a moment ago: here it is as it is now.");
    }
    audit.record(
        admin,
        on ? "retention.enabled" : "retention.disabled",
        "retention",
        null,
        null,
        on ? "off" : "on",
        on ? "on" : "off");
  }

  /** What applying the schedule now would remove, in words. */
  @Transactional
  public List<String> preview() {
    RetentionSweep sweep =
        new RetentionSweep(RetentionSweep.Phase.PREVIEW, OffsetDateTime.now(), schedule);
    sweeps.fire(sweep);
    return sweep.done();
  }

  /**
   * Records the start of a run, unless one is running, or ({@code daily}) one started in the last
   * 23 hours, or the schedule is off; safe with several instances.
   *
   * @return the run's id, or empty when it should not run now
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<Long> start(String trigger, boolean daily) {
    em.createNativeQuery("select pg_advisory_xact_lock(hashtext('ccio.retention'))")
        .getSingleResult();
    // a run left unfinished by an instance that stopped is over
    em.createNativeQuery(
            "update retention_run set finished_at = now(), failure = 'The server stopped during"
                + " the run; nothing it did was kept.' where finished_at is null"
                + " and started_at < now() - interval '1 hour'")
        .executeUpdate();
    List<?> ids =
        em.createNativeQuery(
                "insert into retention_run (trigger) select ?1"
                    + " where (select enabled from retention_setting where id = 1)"
                    + " and not exists (select 1 from retention_run where finished_at is null)"
                    + " and (not ?2 or not exists (select 1 from retention_run"
                    + " where started_at > now() - interval '23 hours'))"
                    + " returning id")
            .setParameter(1, trigger)
            .setParameter(2, daily)
            .getResultList();
    return ids.isEmpty() ? Optional.empty() : Optional.of(((Number) ids.get(0)).longValue());
  }

  /** Applies the schedule for run {@code runId} and records what it removed; audited. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public String apply(long runId, Actor actor) {
    RetentionSweep sweep =
        new RetentionSweep(RetentionSweep.Phase.APPLY, OffsetDateTime.now(), schedule);
    sweeps.fire(sweep);
    String summary = String.join("; ", sweep.done());
    em.createNativeQuery("update retention_run set finished_at = now(), summary = ?2 where id = ?1")
        .setParameter(1, runId)
        .setParameter(2, summary)
        .executeUpdate();
    audit.record(actor, "retention.applied", "retention", runId, null, null, summary);
    return summary;
  }

  /** Records that run {@code runId} failed (its changes were rolled back). */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void failed(long runId, String why) {
    em.createNativeQuery("update retention_run set finished_at = now(), failure = ?2 where id = ?1")
        .setParameter(1, runId)
        .setParameter(2, why)
        .executeUpdate();
  }

  /** The latest runs, newest first. */
  public List<Run> runs(int n) {
    return Row.list(
            em.createNativeQuery(
                    "select id, started_at, finished_at, trigger, summary, failure"
                        + " from retention_run order by id desc limit ?1")
                .setParameter(1, n))
        .stream()
        .map(
            r ->
                new Run(
                    r.longAt(0),
                    r.momentAt(1),
                    r.momentAt(2),
                    r.stringAt(3),
                    r.stringAt(4),
                    r.stringAt(5)))
        .toList();
  }
}
