package org.ccioacademy.delivery.scorm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.ccioacademy.catalogue.scorm.Cmi5Structure;
import org.ccioacademy.catalogue.scorm.ScormItem;
import org.ccioacademy.lrs.Cmi5Launches;

/**
 * Launches the AUs of a cmi5 module (issue 22). An attempt at the module is a cmi5 registration;
 * each opening of an AU is a session of it ({@link Cmi5Launches}), whose query the AU's URL is
 * opened with. An AU whose moveOn is NotApplicable is done once opened, as a SCORM asset is.
 */
@ApplicationScoped
public class Cmi5Player {

  @PersistenceContext private EntityManager em;
  @Inject Cmi5Launches launches;

  /** Makes a new attempt a cmi5 registration (a random UUID of its own). */
  @Transactional(Transactional.TxType.MANDATORY)
  void register(ScormAttempt attempt) {
    em.flush();
    em.createNativeQuery(
            "update scorm_attempt set registration = gen_random_uuid() where id = ?1"
                + " and registration is null")
        .setParameter(1, attempt.getId())
        .executeUpdate();
  }

  /** The registration of an attempt at a cmi5 module. */
  String registration(long attemptId) {
    return (String)
        em.createNativeQuery(
                "select cast(registration as varchar) from scorm_attempt where id = ?1")
            .setParameter(1, attemptId)
            .getSingleResult();
  }

  /**
   * Starts a session of {@code item} of the package {@code packageSha256} for {@code userId}: in
   * the attempt's registration, or (a tutor's preview, {@code attemptId} null) in one of its own,
   * browsing; {@code site} is the address the trainee reached this site at (where the AU finds the
   * LRS, and returns to). Returns the query the AU's URL is opened with.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  String launch(
      Long attemptId,
      String packageSha256,
      ScormItem item,
      long userId,
      String courseCode,
      String moduleCode,
      OffsetDateTime expires,
      String site) {
    boolean preview = attemptId == null;
    String registration = preview ? UUID.randomUUID().toString() : registration(attemptId);
    Cmi5Launches.Launch l =
        launches.start(
            new Cmi5Launches.Start(
                site,
                userId,
                registration,
                item.identifier(),
                launches.activityId(packageSha256, item.identifier()),
                item.launch(),
                item.moveOn(),
                item.scaledPassingScore(),
                item.dataFromLms(),
                item.entitlementKey(),
                site
                    + (preview ? "/author/module.xhtml" : "/learn/module.xhtml")
                    + "?course="
                    + courseCode
                    + "&module="
                    + moduleCode,
                preview,
                expires));
    return l.query();
  }

  /** Whether an AU is done once opened (its moveOn is NotApplicable). */
  static boolean doneOnceOpened(ScormItem item) {
    return Cmi5Structure.MoveOn.of(item.moveOn()) == Cmi5Structure.MoveOn.NOT_APPLICABLE;
  }
}
