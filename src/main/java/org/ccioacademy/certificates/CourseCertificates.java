package org.ccioacademy.certificates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ccioacademy.catalogue.Catalogue;
import org.ccioacademy.catalogue.CourseVersion;
import org.ccioacademy.catalogue.Module;
import org.ccioacademy.delivery.Completion;
import org.ccioacademy.delivery.Completions;
import org.ccioacademy.identity.ProfessionalProfile;
import org.ccioacademy.identity.UserAccount;
import org.ccioacademy.identity.UserAccountRepository;
import org.ccioacademy.pathway.Pathways;
import org.ccioacademy.platform.web.UkTime;

/**
 * Course completion certificates: issued just after a completion commits, and by a sweep that finds
 * any completion without its certificate (one that failed, or happened before certificates
 * existed), so none is ever missing for long and none is issued twice.
 */
@ApplicationScoped
public class CourseCertificates {

  private static final Logger LOG = Logger.getLogger(CourseCertificates.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject Certificates certificates;
  @Inject CourseCertificates self;
  @Inject Pathways pathways;
  @Inject Completions completions;
  @Inject Catalogue catalogue;
  @Inject UserAccountRepository accounts;

  /** The achievement key of a completion: the enrolment and the moment it was completed. */
  static String achievement(Completion c) {
    return "course:"
        + c.courseCode()
        + ":enrolment-"
        + c.enrolmentId()
        + ":"
        + c.completedAt().toEpochSecond();
  }

  /** Issues the certificate of one completion, in a transaction of its own. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Certificate issueFor(long enrolmentId) {
    return issueOne(enrolmentId);
  }

  /**
   * Issues the certificates of several completions in one transaction (a bulk run's batch: one
   * commit, and the course versions read once, for many certificates). If any fails, none is kept
   * and the caller issues them one by one.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void issueAll(List<Long> enrolmentIds) {
    for (Long id : enrolmentIds) {
      issueOne(id);
    }
  }

  private Certificate issueOne(long enrolmentId) {
    Completion e = completions.completion(enrolmentId).orElse(null);
    if (e == null) {
      return null;
    }
    UserAccount holder = accounts.find(e.userId()).orElseThrow();
    CourseVersion v = catalogue.version(e.courseVersionId()).orElseThrow();
    Set<String> outcomes = new LinkedHashSet<>();
    for (Module m : v.getModules()) {
      outcomes.addAll(m.getOutcomes());
    }
    int modules = v.getModules().size();
    Certificate issued =
        certificates.issue(
            e.userId(),
            new CertificateDraft(
                Certificate.Kind.COURSE,
                achievement(e),
                v.getTitle(),
                List.copyOf(outcomes),
                holder.getFullName(),
                registration(holder.getProfile()),
                e.startedAt().atZoneSameInstant(UkTime.UK).toLocalDate(),
                e.completedAt().atZoneSameInstant(UkTime.UK).toLocalDate(),
                modules
                    + (modules == 1 ? " module" : " modules")
                    + ", "
                    + v.getCpdHours()
                    + " hours",
                BigDecimal.ZERO,
                BigDecimal.valueOf(v.getCpdHours()),
                "Online, self-paced e-learning",
                e.certificateExpiresOn()));
    pathways.announceReached(e.userId());
    return issued;
  }

  /** The registration as printed: "GMC reference number 1234567"; null when none. */
  static String registration(ProfessionalProfile p) {
    return p == null ? null : p.describeRegistration();
  }

  /** A share of a bulk issue: how many certificates it issued, and how many failed. */
  public record Tally(int issued, int failed) {
    Tally plus(Tally t) {
      return new Tally(issued + t.issued, failed + t.failed);
    }
  }

  /**
   * Issues every missing course certificate, a batch at a time, in one thread.
   *
   * @return how many were issued
   */
  public int sweep() {
    return share(1, 0, null).issued();
  }

  /**
   * Issues the missing course certificates of one worker's share (enrolment ids with {@code id %
   * workers == index}), a batch at a time in ascending id order; one that fails is logged, counted
   * and left for the next run, never retried in a loop.
   *
   * @param progress told of each batch's tally, as it goes (may be null)
   */
  public Tally share(int workers, int index, Consumer<Tally> progress) {
    Tally total = new Tally(0, 0);
    long after = 0;
    List<Long> batch;
    do {
      batch = self.missing(workers, index, after, BATCH);
      Tally t = issue(batch);
      if (!batch.isEmpty()) {
        after = batch.get(batch.size() - 1);
      }
      total = total.plus(t);
      if (progress != null && !batch.isEmpty()) {
        progress.accept(t);
      }
    } while (batch.size() == BATCH);
    return total;
  }

  private static final int BATCH = 100;

  /** Certificates issued in one transaction by a bulk run. */
  private static final int PER_TRANSACTION = 25;

  /** Issues a batch, a transaction per few; a few that fail are retried one by one. */
  private Tally issue(List<Long> batch) {
    int issued = 0;
    int failed = 0;
    for (int from = 0; from < batch.size(); from += PER_TRANSACTION) {
      List<Long> some = batch.subList(from, Math.min(batch.size(), from + PER_TRANSACTION));
      try {
        self.issueAll(some);
        issued += some.size();
        continue;
      } catch (RuntimeException ex) {
        LOG.log(Level.FINE, "A batch of certificates failed; issuing them one by one", ex);
      }
      for (Long id : some) {
        try {
          self.issueFor(id);
          issued++;
        } catch (RuntimeException ex) {
          failed++;
          LOG.log(Level.WARNING, "Could not issue the certificate for enrolment " + id, ex);
        }
      }
    }
    return new Tally(issued, failed);
  }

  /**
   * The condition of a completion without its certificate (completed_enrolment e, its course c).
   */
  private static final String MISSING =
      " from completed_enrolment e join course_version_fact c"
          + "   on c.course_version_id = e.course_version_id"
          + " where not exists (select 1 from certificate x"
          + "   where x.user_id = e.user_id and x.kind = 'COURSE'"
          + "   and x.achievement = 'course:' || c.code || ':enrolment-' || e.enrolment_id || ':'"
          + "     || extract(epoch from date_trunc('second', e.completed_at))::bigint)";

  /** How many completions are without their certificate. */
  public long countMissing() {
    return ((Number) em.createNativeQuery("select count(*)" + MISSING).getSingleResult())
        .longValue();
  }

  /**
   * In a transaction of its own: run from a worker thread, a query outside one used an entity
   * manager that the container could close from another thread as that one finished. Public only so
   * that its transaction applies (interceptors need a public method).
   */
  @SuppressWarnings("unchecked")
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<Long> missing(int workers, int index, long after, int limit) {
    List<Number> ids =
        em.createNativeQuery(
                "select e.enrolment_id"
                    + MISSING
                    + " and e.enrolment_id > ?1 and mod(e.enrolment_id, ?2) = ?3"
                    + " order by e.enrolment_id limit ?4")
            .setParameter(1, after)
            .setParameter(2, workers)
            .setParameter(3, index)
            .setParameter(4, limit)
            .getResultList();
    return ids.stream().map(Number::longValue).toList();
  }
}
