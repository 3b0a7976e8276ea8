package org.ccioacademy.certificates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.ccioacademy.identity.Role;
import org.ccioacademy.platform.audit.Actor;
import org.ccioacademy.platform.audit.AuditLog;
import org.ccioacademy.platform.web.UkTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Issues certificates, once per achievement, and finds them for their holders, for admins and for
 * anyone verifying one.
 */
@ApplicationScoped
public class Certificates {

  private static final Logger LOG = Logger.getLogger(Certificates.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject AuditLog audit;
  @Inject Badges badges;

  @Inject
  @ConfigProperty(name = "ccio.public-url", defaultValue = "http://localhost:8080")
  String publicUrl;

  @Inject
  @ConfigProperty(name = "ccio.certificates.provider", defaultValue = "CCIO Academy")
  String provider;

  @Inject
  @ConfigProperty(name = "ccio.certificates.contact", defaultValue = "certificates@ccio.academy")
  String contact;

  @Inject
  @ConfigProperty(name = "ccio.certificates.signatory", defaultValue = "Programme Director")
  String signatory;

  @Inject
  @ConfigProperty(name = "ccio.certificates.signatory-role", defaultValue = "Programme Director")
  String signatoryRole;

  @Inject
  @ConfigProperty(name = "ccio.certificates.accreditation", defaultValue = " ")
  String accreditation;

  /**
   * Issues the certificate the draft describes, unless its holder already has it (then nothing
   * changes, even when two instances issue it at the same moment: the unique key decides).
   *
   * @return the certificate, new or the one already issued
   */
  @Transactional
  public Certificate issue(long userId, CertificateDraft d) {
    String id = CertificateId.random();
    int inserted =
        em.createNativeQuery(
                "insert into certificate (id, user_id, kind, achievement, title, outcomes,"
                    + " holder_name, registration, started_on, completed_on, duration,"
                    + " cpd_participatory, cpd_other, delivery_mode, expires_on, issued_at)"
                    + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, cast(?9 as date), ?10, ?11, ?12,"
                    + " ?13, ?14, cast(?15 as date), now())"
                    + " on conflict (user_id, kind, achievement) do nothing")
            .setParameter(1, id)
            .setParameter(2, userId)
            .setParameter(3, d.kind().name())
            .setParameter(4, d.achievement())
            .setParameter(5, d.title())
            .setParameter(6, String.join("\n", d.outcomes()))
            .setParameter(7, d.holderName())
            .setParameter(8, d.registration() == null ? "" : d.registration())
            .setParameter(9, d.startedOn() == null ? null : d.startedOn().toString())
            .setParameter(10, d.completedOn())
            .setParameter(11, d.duration() == null ? "" : d.duration())
            .setParameter(12, d.cpdParticipatory())
            .setParameter(13, d.cpdOther())
            .setParameter(14, d.deliveryMode())
            .setParameter(15, d.expiresOn() == null ? null : d.expiresOn().toString())
            .executeUpdate();
    if (inserted == 0) {
      return em.createQuery(
              "select c from Certificate c where c.userId = :u and c.kind = :k"
                  + " and c.achievement = :a",
              Certificate.class)
          .setParameter("u", userId)
          .setParameter("k", d.kind())
          .setParameter("a", d.achievement())
          .getSingleResult();
    }
    // empty strings stand for "none" in the insert (no nulls in native parameters)
    em.createNativeQuery(
            "update certificate set registration = nullif(registration, ''),"
                + " duration = nullif(duration, '') where id = ?1")
        .setParameter(1, id)
        .executeUpdate();
    Certificate c = em.find(Certificate.class, id);
    em.refresh(c);
    c.attachPdf(CertificatePdf.render(c, provider(), verifyUrl(id)));
    c.attachCredential(badges.signed(c));
    audit.record(
        Actor.SYSTEM,
        "certificate.issued",
        "certificate",
        id,
        c.getTitle(),
        null,
        c.getKind().name() + " for user " + userId);
    LOG.fine(() -> "Issued certificate " + id + " to user " + userId);
    return c;
  }

  /** Who issues certificates, as printed on them. */
  public CertificatePdf.Provider provider() {
    return new CertificatePdf.Provider(
        provider.strip(),
        contact.strip(),
        signatory.strip(),
        signatoryRole.strip(),
        accreditation.isBlank() ? null : accreditation.strip());
  }

  /** The public page that says whether a certificate is genuine. */
  public String verifyUrl(String id) {
    return publicUrl.replaceAll("/$", "") + "/verify/" + id;
  }

  public Optional<Certificate> find(String id) {
    return CertificateId.parse(id).map(x -> em.find(Certificate.class, x));
  }

  /** A certificate its holder or an admin may open; empty for anyone else. */
  public Optional<Certificate> forViewer(String id, long viewerId, Set<Role> roles) {
    return find(id).filter(c -> c.getUserId() == viewerId || roles.contains(Role.ADMIN));
  }

  /** A holder's certificates, newest first. */
  public List<Certificate> of(long userId) {
    return em.createQuery(
            "select c from Certificate c where c.userId = :u order by c.issuedAt desc, c.id",
            Certificate.class)
        .setParameter("u", userId)
        .getResultList();
  }

  /** Where the certificate stands today (UK date). */
  public Certificate.Standing standing(Certificate c) {
    return c.standingOn(LocalDate.now(UkTime.UK));
  }
}
