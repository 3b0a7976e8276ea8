package org.ccioacademy.certificates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ccioacademy.catalogue.format.PathwayDefinition;
import org.ccioacademy.identity.UserAccount;
import org.ccioacademy.pathway.Evidence;
import org.ccioacademy.pathway.PathwayEvaluation;
import org.ccioacademy.pathway.Pathways;
import org.ccioacademy.pathway.StageProgress;
import org.ccioacademy.platform.web.UkTime;

/**
 * Certificates for pathway stages reached: checked whenever a trainee's evidence grows (a course
 * completed, an event certificate issued) and when they open their pathway; one per stage.
 */
@ApplicationScoped
public class PathwayCertificates {

  @PersistenceContext private EntityManager em;
  @Inject Pathways pathways;
  @Inject Certificates certificates;

  /**
   * Issues a certificate for every stage the trainee has met and has no certificate for.
   *
   * @return the certificates issued now
   */
  @Transactional
  public List<Certificate> check(long userId) {
    List<Certificate> issued = new ArrayList<>();
    PathwayDefinition pathway = pathways.current().orElse(null);
    if (pathway == null) {
      return issued;
    }
    Evidence e = pathways.evidence(userId);
    List<StageProgress> progress = PathwayEvaluation.evaluate(pathway, e, pathways.courseTitles());
    UserAccount holder = null;
    for (StageProgress p : progress) {
      if (!p.isMet()) {
        break;
      }
      String achievement = "stage:" + pathway.id() + ":" + p.stage().id();
      boolean has =
          em.createQuery(
                      "select count(c) from Certificate c where c.userId = :u and c.kind = :k"
                          + " and c.achievement = :a",
                      Long.class)
                  .setParameter("u", userId)
                  .setParameter("k", Certificate.Kind.STAGE)
                  .setParameter("a", achievement)
                  .getSingleResult()
              > 0;
      if (has) {
        continue;
      }
      if (holder == null) {
        holder = em.find(UserAccount.class, userId);
      }
      List<String> met = p.requirements().stream().map(StageProgress.Requirement::text).toList();
      issued.add(
          certificates.issue(
              userId,
              new CertificateDraft(
                  Certificate.Kind.STAGE,
                  achievement,
                  p.stage().title(),
                  met,
                  holder.getFullName(),
                  CourseCertificates.registration(holder.getProfile()),
                  null,
                  LocalDate.now(UkTime.UK),
                  pathway.title(),
                  e.participatoryHours(),
                  e.cpdHours().subtract(e.participatoryHours()).max(BigDecimal.ZERO),
                  "Online courses and events",
                  null)));
    }
    return issued;
  }
}
