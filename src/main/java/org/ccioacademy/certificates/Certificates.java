package org.ccioacademy.certificates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.ccioacademy.identity.UserAccountRepository;
import org.ccioacademy.lrs.LearningRecords;
import org.ccioacademy.platform.audit.Actor;
import org.ccioacademy.platform.audit.AuditLog;
import org.ccioacademy.platform.database.Sql;
import org.ccioacademy.platform.kernel.Caller;
import org.ccioacademy.platform.notify.Notice;
import org.ccioacademy.platform.notify.Notifications;
import org.ccioacademy.platform.web.PublicUrl;
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
  @Inject LearningRecords records;
  @Inject Badges badges;
  @Inject Notifications notifications;
  @Inject UserAccountRepository accounts;

  @Inject PublicUrl publicUrl;

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
    // made in full before it is stored: one insert, which the unique key turns into nothing when
    // the holder already has this achievement (then the work here is simply dropped)
    Certificate c =
        new Certificate(
            CertificateId.random(),
            userId,
            d,
            OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS));
    c.attachPdf(CertificatePdf.render(c, provider(), verifyUrl(c.getId())));
    c.attachCredential(badges.signed(c));
    int inserted =
        em.createNativeQuery(
                "insert into certificate (id, user_id, kind, achievement, title, outcomes,"
                    + " holder_name, registration, started_on, completed_on, duration,"
                    + " cpd_participatory, cpd_other, delivery_mode, expires_on, issued_at, pdf,"
                    + " credential) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, nullif(?8, ''),"
                    + " cast(nullif(?9, '') as date), ?10, nullif(?11, ''), ?12, ?13, ?14,"
                    + " cast(nullif(?15, '') as date), ?16, ?17, ?18)"
                    + " on conflict (user_id, kind, achievement) do nothing")
            .setParameter(1, c.getId())
            .setParameter(2, userId)
            .setParameter(3, d.kind().name())
            .setParameter(4, d.achievement())
            .setParameter(5, d.title())
            .setParameter(6, String.join("\n", d.outcomes()))
            .setParameter(7, d.holderName())
            .setParameter(8, d.registration() == null ? "" : d.registration())
            .setParameter(9, d.startedOn() == null ? "" : d.startedOn().toString())
            .setParameter(10, d.completedOn())
            .setParameter(11, d.duration() == null ? "" : d.duration())
            .setParameter(12, d.cpdParticipatory())
            .setParameter(13, d.cpdOther())
            .setParameter(14, d.deliveryMode())
            .setParameter(15, d.expiresOn() == null ? "" : d.expiresOn().toString())
            .setParameter(16, c.getIssuedAt())
            .setParameter(17, c.getPdf())
            .setParameter(18, c.getCredential())
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
    audit.record(
        Actor.SYSTEM,
        "certificate.issued",
        "certificate",
        c.getId(),
        c.getTitle(),
        null,
        c.getKind().name() + " for user " + userId);
    LOG.fine(() -> "Issued certificate " + c.getId() + " to user " + userId);
    records.record(
        new LearningRecords.Learned(
            "certificate:" + c.getId(),
            userId,
            LearningRecords.Verb.EARNED,
            records.certificate("/verify/" + c.getId(), c.getTitle()),
            null,
            null,
            null,
            null,
            c.getIssuedAt()));
    tellIssued(c);
    return em.find(Certificate.class, c.getId());
  }

  /**
   * Tells the holder of a new certificate: in the app always, and by email for an event or a
   * pathway stage (a course's completion email already says its certificate is issued).
   */
  private void tellIssued(Certificate c) {
    String headline = "Your certificate for " + c.getTitle() + " is issued";
    String link = "/trainee/certificates.xhtml";
    accounts
        .find(c.getUserId())
        .ifPresent(
            a ->
                notifications.tell(
                    a.getId(),
                    a.getEmail(),
                    c.getKind() == Certificate.Kind.COURSE
                        ? Notice.inApp("certificate.issued", headline, link)
                        : Notice.emailed(
                            "certificate.issued",
                            headline,
                            link,
                            "Dear "
                                + a.getFullName()
                                + ",\n\nYour certificate for "
                                + c.getTitle()
                                + " ("
                                + c.getKind().getLabel().toLowerCase(Locale.UK)
                                + ") is issued. Download it, and share the link anyone can use to"
                                + " check it, from your certificates page:\n"
                                + publicUrl.link(link)
                                + "\n\nCCIO Academy\n")));
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
    return publicUrl.base() + "/verify/" + id;
  }

  public Optional<Certificate> find(String id) {
    return CertificateId.parse(id).map(x -> em.find(Certificate.class, x));
  }

  /** A certificate its holder or an admin may open; empty for anyone else. */
  public Optional<Certificate> forViewer(String id, Caller viewer) {
    return find(id).filter(c -> viewer.is(c.getUserId()) || viewer.isAdmin());
  }

  /** A holder's certificates, newest first. */
  public List<Certificate> of(long userId) {
    return em.createQuery(
            "select c from Certificate c where c.userId = :u order by c.issuedAt desc, c.id",
            Certificate.class)
        .setParameter("u", userId)
        .getResultList();
  }

  /** A page of certificates for admins: holder name or email, title or id containing {@code q}. */
  @SuppressWarnings("unchecked")
  public List<Certificate> search(String q, int first, int size) {
    // offset and limit written in (whole numbers from the server), not bound
    return searching(
            "select c.* from certificate c where "
                + SEARCH
                + " order by c.issued_at desc, c.id offset "
                + Math.max(0, first)
                + " limit "
                + Math.max(0, size),
            Certificate.class,
            q)
        .getResultList();
  }

  public long count(String q) {
    return ((Number)
            searching("select count(*) from certificate c where " + SEARCH, null, q)
                .getSingleResult())
        .longValue();
  }

  private Query searching(String sql, Class<?> result, String q) {
    Query query = result == null ? em.createNativeQuery(sql) : em.createNativeQuery(sql, result);
    return query
        .setParameter(1, Sql.containsPattern(q))
        .setParameter(2, CertificateId.parse(q).orElse(""));
  }

  /** The holder's email through identity's published person view. */
  private static final String SEARCH =
      "(lower(c.holder_name) like ?1 or lower(c.title) like ?1 or c.id = ?2"
          + " or c.user_id in (select u.id from person u where u.email like ?1))";

  /**
   * An admin revokes a certificate, with a reason (audited, and the holder is told). {@code
   * version} is the one the admin's page showed.
   */
  @Transactional
  public Certificate revoke(Caller admin, String id, long version, String reason) {
    if (!admin.isAdmin()) {
      throw new CertificateException("Only administrators can revoke certificates.");
    }
    if (reason == null || reason.isBlank()) {
      throw new CertificateException(
          "Give the reason for revoking: it is recorded and sent to the holder.");
    }
    Certificate c =
        find(id).orElseThrow(() -> new CertificateException("There is no such certificate."));
    if (c.getVersion() != version) {
      throw new CertificateException(
          "Someone else changed this certificate while you had it open: check it again.");
    }
    if (!c.revoke(admin.userId(), reason, OffsetDateTime.now())) {
      return c;
    }
    records.retract("certificate:" + c.getId(), OffsetDateTime.now());
    audit.record(
        admin.actor(),
        "certificate.revoked",
        "certificate",
        c.getId(),
        c.getTitle(),
        "VALID",
        "REVOKED: " + reason.strip());
    accounts
        .find(c.getUserId())
        .ifPresent(
            a ->
                notifications.tell(
                    a.getId(),
                    a.getEmail(),
                    Notice.emailed(
                        "certificate.revoked",
                        "Your certificate for " + c.getTitle() + " has been revoked",
                        "/trainee/certificates.xhtml",
                        "Dear "
                            + a.getFullName()
                            + ",\n\nYour certificate "
                            + c.getGroupedId()
                            + " for "
                            + c.getTitle()
                            + " has been revoked, so it is no longer valid. The reason given:\n\n"
                            + reason.strip()
                            + "\n\nIf you think this is a mistake, reply to "
                            + provider().contact()
                            + ".\n\nCCIO Academy\n")));
    return c;
  }

  /** Where the certificate stands today (UK date). */
  public Certificate.Standing standing(Certificate c) {
    return c.standingOn(LocalDate.now(UkTime.UK));
  }
}
