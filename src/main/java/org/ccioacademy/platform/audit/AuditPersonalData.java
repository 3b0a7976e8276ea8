package org.ccioacademy.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.ccioacademy.platform.privacy.PersonErasure;
import org.ccioacademy.platform.privacy.RetentionSweep;
import org.ccioacademy.platform.privacy.SubjectAccess;

/**
 * The audit log's entries by or about a person in their copy of their data. On erasure every entry
 * stays (the trail must), but the person's name, addresses and numbers in it are replaced by
 * "erased person N" wherever they appear, in anyone's entries.
 */
@ApplicationScoped
public class AuditPersonalData {

  @PersistenceContext private EntityManager em;

  void onAccess(@Observes SubjectAccess copy) {
    copy.rows(
        em,
        "audit/entries.json",
        "select occurred_at, actor_label as who, action, target_type, target_label,"
            + " before_value, after_value, row_count from audit_log where actor_id = ?1"
            + " or (target_type = 'user' and target_id = cast(?1 as text)) order by id");
  }

  void onRetention(@Observes RetentionSweep sweep) {
    String where = " from audit_log where occurred_at < ?1";
    sweep.removeOlder(
        em,
        where,
        sweep.auditBefore(),
        "audit log entry past its time",
        "audit log entries past their time");
  }

  void onErasure(@Observes PersonErasure erasure) {
    int n =
        ((Number)
                em.createNativeQuery(
                        "select count(*) from audit_log where actor_id = ?1"
                            + " or (target_type = 'user' and target_id = cast(?1 as text))")
                    .setParameter(1, erasure.personId())
                    .getSingleResult())
            .intValue();
    erasure.kept(
        n,
        "audit log entry, with the name replaced",
        "audit log entries, with the name replaced",
        "as the record of what happened");
    if (erasure.isErase()) {
      erasure.scrub(em, "audit_log", "actor_label", "target_label", "before_value", "after_value");
    }
  }
}
