package org.ccioacademy.certificates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import org.ccioacademy.identity.UserAccount;
import org.ccioacademy.identity.UserAccountRepository;
import org.ccioacademy.pathway.StageReached;
import org.ccioacademy.platform.web.UkTime;

/**
 * Certificates for pathway stages: the pathway announces a stage reached (whenever a trainee's
 * evidence grows, a course completed or an event certificate issued, and when they open their
 * pathway), and this issues its certificate, one per stage.
 */
@ApplicationScoped
public class StageCertificates {

  @PersistenceContext private EntityManager em;
  @Inject Certificates certificates;
  @Inject UserAccountRepository accounts;

  /** Issues the stage's certificate, unless the trainee already holds one (two windows at once). */
  void onStageReached(@Observes StageReached reached) {
    boolean has =
        em.createQuery(
                    "select count(c) from Certificate c where c.userId = :u and c.kind = :k"
                        + " and c.achievement = :a",
                    Long.class)
                .setParameter("u", reached.userId())
                .setParameter("k", Certificate.Kind.STAGE)
                .setParameter("a", reached.achievement())
                .getSingleResult()
            > 0;
    if (has) {
      return;
    }
    UserAccount holder = accounts.find(reached.userId()).orElseThrow();
    certificates.issue(
        reached.userId(),
        new CertificateDraft(
            Certificate.Kind.STAGE,
            reached.achievement(),
            reached.stageTitle(),
            reached.requirementsMet(),
            holder.getFullName(),
            CourseCertificates.registration(holder.getProfile()),
            null,
            LocalDate.now(UkTime.UK),
            reached.pathwayTitle(),
            reached.participatoryHours(),
            reached.otherHours(),
            "Online courses and events",
            null));
  }
}
