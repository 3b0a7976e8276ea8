package org.ccioacademy.certificates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.ccioacademy.platform.database.Row;
import org.ccioacademy.platform.privacy.PersonErasure;
import org.ccioacademy.platform.privacy.SubjectAccess;

/**
 * A person's certificates in their copy of their data, with their PDFs. On erasure each stays as a
 * record that a certificate was issued (its number still checks), but the holder's name,
 * registration, PDF and signed badge go: the public page then says the details were removed.
 */
@ApplicationScoped
public class CertificatesPersonalData {

  /** What the holder's name becomes. */
  static final String REMOVED = "(details removed at the holder's request)";

  @PersistenceContext private EntityManager em;

  void onAccess(@Observes SubjectAccess copy) {
    copy.rows(
        em,
        "certificates/certificates.json",
        "select id, kind, title, holder_name, registration, started_on, completed_on, duration,"
            + " cpd_participatory, cpd_other, delivery_mode, issued_at, expires_on, revoked_at,"
            + " revoked_reason, credential as open_badge from certificate where user_id = ?1"
            + " order by issued_at");
    for (Row c :
        Row.list(
            em.createNativeQuery(
                    "select id, pdf from certificate where user_id = ?1 and pdf is not null"
                        + " order by issued_at")
                .setParameter(1, copy.personId()))) {
      copy.file("certificates/" + c.stringAt(0) + ".pdf", (byte[]) c.at(1));
    }
  }

  void onErasure(@Observes PersonErasure erasure) {
    long id = erasure.personId();
    int n =
        ((Number)
                em.createNativeQuery("select count(*) from certificate where user_id = ?1")
                    .setParameter(1, id)
                    .getSingleResult())
            .intValue();
    erasure.kept(
        n,
        "certificate, without the holder's name, registration or PDF",
        "certificates, without the holder's name, registration or PDFs",
        "so that their numbers still show they were issued");
    if (erasure.isErase()) {
      em.createNativeQuery(
              "update certificate set holder_name = ?2, registration = null, pdf = null,"
                  + " credential = null, holder_erased_at = now(), version = version + 1"
                  + " where user_id = ?1")
          .setParameter(1, id)
          .setParameter(2, REMOVED)
          .executeUpdate();
      erasure.scrub(em, "certificate", "revoked_reason", "outcomes");
      erasure.scrub(em, "certificate_run", "started_by", "error");
    }
  }
}
