package org.ccioacademy.delivery.scorm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ccioacademy.catalogue.ContentPackages;
import org.ccioacademy.catalogue.scorm.Cmi5Structure;
import org.ccioacademy.catalogue.scorm.ScormItem;
import org.ccioacademy.catalogue.scorm.ScormManifest;
import org.ccioacademy.delivery.Enrolment;
import org.ccioacademy.lrs.Cmi5Launches;
import org.ccioacademy.lrs.Cmi5Sessions;
import org.ccioacademy.platform.database.Row;

/**
 * What a cmi5 module's AUs said, as the module's progress (issue 22): once the LRS has stored an
 * AU's completed, passed or failed statement, the attempt whose registration it carried takes every
 * AU's standing from {@code cmi5_progress} (completion, success, score; satisfied when its moveOn
 * rule is met), and when every AU is satisfied the attempt and the module are complete, which flows
 * into the course's completion, its certificate and the pathway; the LMS then says the course is
 * satisfied. Read afresh each time, so a change that failed is made good by the next.
 */
@ApplicationScoped
public class Cmi5Progress {

  private static final Logger LOG = Logger.getLogger(Cmi5Progress.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject ContentPackages packages;
  @Inject ScoRows rows;
  @Inject ScormLaunches scorm;
  @Inject Cmi5Launches cmi5;
  @Inject Cmi5Progress self;

  /**
   * After the statement's transaction succeeded (so the AU's POST never waits on, or deadlocks
   * with, the trainee's enrolment), in a transaction of its own.
   */
  void progressed(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) Cmi5Sessions.Cmi5Progressed p) {
    try {
      self.update(p.registration());
    } catch (RuntimeException e) {
      // the statement is stored; the next statement or launch of the registration makes it good
      LOG.log(Level.WARNING, "cmi5 progress of registration " + p.registration() + " not taken", e);
    }
  }

  /** Takes the AUs' standing in a registration into its attempt (nothing for a preview's). */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void update(String registration) {
    List<Row> found =
        Row.list(
            em.createNativeQuery(
                    "select id, enrolment_id from scorm_attempt where registration ="
                        + " cast(?1 as uuid)")
                .setParameter(1, registration));
    if (found.isEmpty()) {
      return;
    }
    // the enrolment first, as a SCORM commit and a launch lock it
    Enrolment e = em.find(Enrolment.class, found.get(0).longAt(1), LockModeType.PESSIMISTIC_WRITE);
    ScormAttempt a =
        em.find(ScormAttempt.class, found.get(0).longAt(0), LockModeType.PESSIMISTIC_WRITE);
    ScormManifest m = packages.find(a.getPackageSha256()).orElseThrow().toManifest();
    Map<String, Row> said = new HashMap<>();
    for (Row r :
        Row.list(
            em.createNativeQuery(
                    "select activity_id, completed_at is not null, passed_at is not null,"
                        + " failed_at is not null, score_scaled from cmi5_progress"
                        + " where registration = cast(?1 as uuid)")
                .setParameter(1, registration))) {
      said.put(r.stringAt(0), r);
    }
    OffsetDateTime now = OffsetDateTime.now();
    for (ScormItem au : m.launchable()) {
      Row r = said.get(cmi5.activityId(a.getPackageSha256(), au.identifier()));
      if (r != null) {
        save(
            a.getId(),
            au,
            r.booleanAt(1),
            r.booleanAt(2),
            r.booleanAt(3),
            r.isNull(4) ? null : r.decimalAt(4),
            now);
      }
    }
    Integer percent = rows.attemptPercent(a.getId());
    a.committed(percent, now);
    if (!a.isComplete() && rows.allSatisfied(a.getId(), m) && a.complete(now)) {
      scorm.moduleDone(e, a, true, now);
      String last = m.launchable().get(m.launchable().size() - 1).identifier();
      cmi5.courseSatisfied(
          e.getUserId(),
          registration,
          m.identifier(),
          m.title(),
          cmi5.latestSession(registration, cmi5.activityId(a.getPackageSha256(), last)));
    } else if (percent != null) {
      scorm.moduleDone(e, a, false, now);
    }
  }

  /** One AU's row in the attempt, as its statements left it. */
  private void save(
      long attemptId,
      ScormItem au,
      boolean completed,
      boolean passed,
      boolean failed,
      BigDecimal scaled,
      OffsetDateTime at) {
    Cmi5Structure.MoveOn rule = Cmi5Structure.MoveOn.of(au.moveOn());
    boolean satisfied = rule != null && rule.satisfiedBy(completed, passed);
    em.createNativeQuery(
            "insert into scorm_sco (attempt_id, item_identifier, completion, success,"
                + " score_scaled, sessions, satisfied_at, updated_at)"
                + " values (?1, ?2, ?3, ?4, cast(?5 as numeric), 1,"
                + " case when ?6 then cast(?7 as timestamptz) end, ?7)"
                + " on conflict (attempt_id, item_identifier) do update set"
                + " completion = excluded.completion, success = excluded.success,"
                + " score_scaled = coalesce(excluded.score_scaled, scorm_sco.score_scaled),"
                + " satisfied_at = coalesce(scorm_sco.satisfied_at, excluded.satisfied_at),"
                + " updated_at = excluded.updated_at")
        .setParameter(1, attemptId)
        .setParameter(2, au.identifier())
        .setParameter(3, completed ? "completed" : "incomplete")
        .setParameter(4, passed ? "passed" : failed ? "failed" : "unknown")
        .setParameter(5, scaled)
        .setParameter(6, satisfied)
        .setParameter(7, at)
        .executeUpdate();
  }
}
