package org.ccioacademy.certificates;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ccioacademy.platform.audit.Actor;
import org.ccioacademy.platform.audit.AuditLog;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Issues every certificate that is due, in bulk and in the background: course completions shared
 * among {@code ccio.certificates.bulk-workers} threads (by enrolment id), then certificates of
 * attendance, then the expiry reminders. Progress is written to {@code certificate_run} after each
 * batch, for the admin page to show while it runs. Only one run at a time, across instances; a run
 * is started by an admin ("Issue any that are due now") or by the sweep when it finds any due.
 * Issuing is idempotent, so a run that stops part-way (a restart) loses nothing: the next run
 * issues what it left.
 */
@ApplicationScoped
public class CertificateRuns {

  private static final Logger LOG = Logger.getLogger(CertificateRuns.class.getName());

  /** A run whose progress has not moved for this long is taken to have stopped with its server. */
  private static final int STALE_MINUTES = 5;

  @PersistenceContext private EntityManager em;
  @Inject CourseCertificates courses;
  @Inject EventCertificates events;
  @Inject CertificateReminders reminders;
  @Inject CertificateRuns self;
  @Inject AuditLog audit;

  @Resource ManagedThreadFactory threads;

  @Inject
  @ConfigProperty(name = "ccio.certificates.bulk-workers", defaultValue = "0")
  int bulkWorkers;

  /** What starting a run gave: the run, and whether this call started it. */
  public record Started(CertificateRun run, boolean started) {}

  /**
   * Starts a run in the background when certificates are due and none is running.
   *
   * @return the run just started, or the one already running; empty when nothing is due
   */
  public Optional<Started> start(Actor who) {
    Opened opened = self.open(who, workers());
    if (opened == null) {
      return Optional.empty();
    }
    if (opened.created()) {
      Thread t = threads.newThread(() -> run(opened.id(), opened.workers()));
      t.setName("certificate-run-" + opened.id());
      t.start();
    }
    return Optional.of(new Started(self.find(opened.id()), opened.created()));
  }

  /** A run opened (or found running) by {@link #open}. */
  public record Opened(long id, boolean created, int workers) {}

  /**
   * Opens a run row (closing any stale one first); null when nothing is due. Public only so that
   * its transaction applies (interceptors need a public method); call {@link #start}.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Opened open(Actor who, int workers) {
    em.createNativeQuery(
            "update certificate_run set status = 'FAILED', finished_at = now(), error ="
                + " 'Stopped part-way (the server stopped); the next run issues the rest.'"
                + " where status = 'RUNNING' and updated_at < now() - make_interval(mins => ?1)")
        .setParameter(1, STALE_MINUTES)
        .executeUpdate();
    Optional<Long> running = running();
    if (running.isPresent()) {
      return new Opened(running.get(), false, 0);
    }
    long due = courses.countMissing() + events.countDue();
    if (due == 0) {
      return null;
    }
    @SuppressWarnings("unchecked")
    List<Number> id =
        em.createNativeQuery(
                "insert into certificate_run (status, started_by, due, workers)"
                    + " values ('RUNNING', ?1, ?2, ?3) on conflict do nothing returning id")
            .setParameter(1, who.label())
            .setParameter(2, (int) Math.min(Integer.MAX_VALUE, due))
            .setParameter(3, workers)
            .getResultList();
    if (id.isEmpty()) {
      // another instance opened one a moment ago
      return running().map(r -> new Opened(r, false, 0)).orElse(null);
    }
    audit.record(
        who,
        "certificates.bulk-issue",
        "certificate_run",
        id.get(0).longValue(),
        null,
        null,
        due + " due");
    return new Opened(id.get(0).longValue(), true, workers);
  }

  @SuppressWarnings("unchecked")
  private Optional<Long> running() {
    List<Number> ids =
        em.createNativeQuery("select id from certificate_run where status = 'RUNNING'")
            .getResultList();
    return ids.stream().findFirst().map(Number::longValue);
  }

  /** The run itself, in a thread of its own; the course share is spread over worker threads. */
  void run(long id, int workers) {
    ExecutorService pool = Executors.newFixedThreadPool(workers, threads);
    try {
      List<Future<CourseCertificates.Tally>> shares = new ArrayList<>();
      for (int i = 0; i < workers; i++) {
        int index = i;
        shares.add(pool.submit(() -> courses.share(workers, index, t -> self.progress(id, t))));
      }
      for (Future<CourseCertificates.Tally> share : shares) {
        share.get();
      }
      int attended = events.sweep();
      self.progress(id, new CourseCertificates.Tally(attended, 0));
      int reminded = reminders.send();
      if (reminded > 0) {
        LOG.info("Reminded " + reminded + " holders that their certificates expire soon");
      }
      self.finish(id, CertificateRun.Status.DONE, null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      self.finish(id, CertificateRun.Status.FAILED, "Stopped: the server is shutting down.");
    } catch (ExecutionException | RuntimeException e) {
      LOG.log(Level.SEVERE, "Certificate run " + id + " failed", e);
      self.finish(
          id,
          CertificateRun.Status.FAILED,
          "Stopped by an error (details in the server log); the next run issues the rest.");
    } finally {
      pool.shutdownNow();
    }
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void progress(long id, CourseCertificates.Tally t) {
    em.createNativeQuery(
            "update certificate_run set issued = issued + ?2, failed = failed + ?3,"
                + " updated_at = now() where id = ?1")
        .setParameter(1, id)
        .setParameter(2, t.issued())
        .setParameter(3, t.failed())
        .executeUpdate();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void finish(long id, CertificateRun.Status status, String error) {
    em.createNativeQuery(
            "update certificate_run set status = ?2, error = ?3, finished_at = now(),"
                + " updated_at = now() where id = ?1 and status = 'RUNNING'")
        .setParameter(1, id)
        .setParameter(2, status.name())
        .setParameter(3, error == null ? "" : error)
        .executeUpdate();
    em.createNativeQuery("update certificate_run set error = null where id = ?1 and error = ''")
        .setParameter(1, id)
        .executeUpdate();
    CertificateRun run = find(id);
    LOG.info(
        "Certificate run "
            + id
            + " "
            + status
            + ": "
            + run.getIssued()
            + " issued, "
            + run.getFailed()
            + " failed, of "
            + run.getDue()
            + " due, in "
            + run.elapsed(OffsetDateTime.now()).toMillis()
            + " ms with "
            + run.getWorkers()
            + " workers");
  }

  /**
   * A run as it stands now (never cached: other threads and instances move it on). In a transaction
   * of its own when the caller has none: the sweeper calls from a scheduled task, where an entity
   * manager used outside a transaction is tied to the task's first invocation and closed when it
   * ends, so every later sweep failed with "closed EntityManager".
   */
  @Transactional(Transactional.TxType.REQUIRED)
  public CertificateRun find(long id) {
    return em.find(CertificateRun.class, id);
  }

  /** The most recent run, if any (in a transaction, as {@link #find}). */
  @Transactional(Transactional.TxType.REQUIRED)
  public Optional<CertificateRun> latest() {
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery("select id from certificate_run order by id desc limit 1")
            .getResultList();
    return ids.stream().findFirst().map(n -> find(n.longValue()));
  }

  private int workers() {
    return bulkWorkers > 0 ? bulkWorkers : Math.max(1, Runtime.getRuntime().availableProcessors());
  }
}
