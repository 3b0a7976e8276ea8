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
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ccioacademy.catalogue.CourseVersion;
import org.ccioacademy.catalogue.Module;
import org.ccioacademy.delivery.Enrolment;
import org.ccioacademy.identity.ProfessionalProfile;
import org.ccioacademy.identity.UserAccount;
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
  @Inject PathwayCertificates stages;

  /** The achievement key of a completion: the enrolment and the moment it was completed. */
  static String achievement(Enrolment e) {
    return "course:"
        + e.getCourse().getCode()
        + ":enrolment-"
        + e.getId()
        + ":"
        + e.getCompletedAt().toEpochSecond();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Certificate issueFor(long enrolmentId) {
    Enrolment e = em.find(Enrolment.class, enrolmentId);
    if (e == null || e.getCompletedAt() == null) {
      return null;
    }
    UserAccount holder = em.find(UserAccount.class, e.getUserId());
    CourseVersion v = e.getCompletedVersion();
    Set<String> outcomes = new LinkedHashSet<>();
    for (Module m : v.getModules()) {
      outcomes.addAll(m.getOutcomes());
    }
    int modules = v.getModules().size();
    Certificate issued =
        certificates.issue(
            e.getUserId(),
            new CertificateDraft(
                Certificate.Kind.COURSE,
                achievement(e),
                v.getTitle(),
                List.copyOf(outcomes),
                holder.getFullName(),
                registration(holder.getProfile()),
                e.roundStart().atZoneSameInstant(UkTime.UK).toLocalDate(),
                e.getCompletedAt().atZoneSameInstant(UkTime.UK).toLocalDate(),
                modules
                    + (modules == 1 ? " module" : " modules")
                    + ", "
                    + v.getCpdHours()
                    + " hours",
                BigDecimal.ZERO,
                BigDecimal.valueOf(v.getCpdHours()),
                "Online, self-paced e-learning",
                e.certificateExpiresOn()));
    stages.check(e.getUserId());
    return issued;
  }

  /** The registration as printed: "GMC reference number 1234567"; null when none. */
  static String registration(ProfessionalProfile p) {
    return p == null ? null : p.describeRegistration();
  }

  /**
   * Issues every missing course certificate, a batch at a time.
   *
   * @return how many were issued
   */
  public int sweep() {
    int issued = 0;
    List<Long> missing;
    do {
      missing = missing(200);
      for (Long id : missing) {
        try {
          self.issueFor(id);
          issued++;
        } catch (RuntimeException ex) {
          LOG.log(Level.WARNING, "Could not issue the certificate for enrolment " + id, ex);
          return issued;
        }
      }
    } while (missing.size() == 200);
    return issued;
  }

  @SuppressWarnings("unchecked")
  List<Long> missing(int limit) {
    List<Number> ids =
        em.createNativeQuery(
                "select e.id from enrolment e join course c on c.id = e.course_id"
                    + " where e.completed_at is not null and not exists (select 1 from certificate x"
                    + "   where x.user_id = e.user_id and x.kind = 'COURSE'"
                    + "   and x.achievement = 'course:' || c.code || ':enrolment-' || e.id || ':'"
                    + "     || extract(epoch from date_trunc('second', e.completed_at))::bigint)"
                    + " order by e.id limit ?1")
            .setParameter(1, limit)
            .getResultList();
    return ids.stream().map(Number::longValue).toList();
  }
}
