package org.ccioacademy.portfolio;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.ccioacademy.platform.database.Row;
import org.ccioacademy.platform.privacy.PersonErasure;
import org.ccioacademy.platform.privacy.RetentionSweep;
import org.ccioacademy.platform.privacy.SubjectAccess;

/**
 * A person's CPD portfolio in their copy of their data: records, reflections and evidence files as
 * uploaded. On erasure it is deleted: nothing in it counts in anyone's figures.
 */
@ApplicationScoped
public class PortfolioPersonalData {

  @PersistenceContext private EntityManager em;

  void onAccess(@Observes SubjectAccess copy) {
    copy.rows(
        em,
        "cpd/records.json",
        "select e.id, e.method, e.topic, e.started_on, e.ended_on, e.hours, e.participatory,"
            + " e.reflection, e.code_themes, e.created_at, e.updated_at,"
            + " (select v.file_name from cpd_evidence v where v.entry_id = e.id) as evidence"
            + " from cpd_entry e where e.user_id = ?1 order by e.started_on, e.id");
    copy.rows(
        em, "cpd/revalidation.json", "select revalidation_due from cpd_cycle where user_id = ?1");
    for (Row f :
        Row.list(
            em.createNativeQuery(
                    "select v.entry_id, v.file_name, v.content from cpd_evidence v"
                        + " join cpd_entry e on e.id = v.entry_id where e.user_id = ?1"
                        + " order by v.entry_id")
                .setParameter(1, copy.personId()))) {
      copy.file("cpd/evidence", f.longAt(0), f.stringAt(1), (byte[]) f.at(2));
    }
  }

  void onRetention(@Observes RetentionSweep sweep) {
    String where = " from cpd_evidence where uploaded_at < ?1";
    sweep.removeOlder(
        em,
        where,
        sweep.filesBefore(),
        "CPD evidence file past its time",
        "CPD evidence files past their time");
  }

  void onErasure(@Observes PersonErasure erasure) {
    long id = erasure.personId();
    int records =
        ((Number)
                em.createNativeQuery("select count(*) from cpd_entry where user_id = ?1")
                    .setParameter(1, id)
                    .getSingleResult())
            .intValue();
    erasure.removed(
        records,
        "CPD record with its reflection and evidence file",
        "CPD records with their reflections and evidence files");
    if (erasure.isErase()) {
      em.createNativeQuery("delete from cpd_entry where user_id = ?1")
          .setParameter(1, id)
          .executeUpdate();
      em.createNativeQuery("delete from cpd_cycle where user_id = ?1")
          .setParameter(1, id)
          .executeUpdate();
    }
  }
}
