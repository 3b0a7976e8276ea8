package org.ccioacademy.certificates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.ccioacademy.platform.database.Row;

/**
 * For a trainee's home: certificates lately issued, and course certificates that lapse soon (or
 * lately lapsed) and are not yet renewed, with the course to take again.
 */
@ApplicationScoped
public class MyCertificateNews {

  @PersistenceContext private EntityManager em;

  /** A certificate lately issued. */
  public record Issued(String id, String title, OffsetDateTime issuedAt) {}

  /** A course certificate to renew by taking the course again before (or after) it lapses. */
  public record Renewal(String title, String courseCode, LocalDate expiresOn, boolean expired) {}

  /**
   * Certificates issued to the person since {@code since}, newest first (revoked ones left out).
   */
  public List<Issued> issued(long userId, OffsetDateTime since, int size) {
    return Row.list(
            em.createNativeQuery(
                    "select id, title, issued_at from certificate where user_id = ?1"
                        + " and issued_at >= ?2 and revoked_at is null"
                        + " order by issued_at desc, id limit ?3")
                .setParameter(1, userId)
                .setParameter(2, since)
                .setParameter(3, size))
        .stream()
        .map(r -> new Issued(r.stringAt(0), r.stringAt(1), r.momentAt(2)))
        .toList();
  }

  /**
   * Course certificates that expire within {@code days} of {@code today}, or expired in the last
   * {@code days}, with no newer certificate for the same course: soonest first.
   */
  public List<Renewal> renewals(long userId, LocalDate today, int days, int size) {
    return Row.list(
            em.createNativeQuery(
                    "select x.title, split_part(x.achievement, ':', 2), x.expires_on,"
                        + " x.expires_on < ?2 from certificate x"
                        + " where x.user_id = ?1 and x.kind = 'COURSE' and x.revoked_at is null"
                        + " and x.expires_on between ?3 and ?4"
                        + " and not exists (select 1 from certificate y where y.user_id = x.user_id"
                        + "   and y.kind = 'COURSE' and y.issued_at > x.issued_at"
                        + "   and split_part(y.achievement, ':', 2)"
                        + "     = split_part(x.achievement, ':', 2))"
                        + " order by x.expires_on, x.id limit ?5")
                .setParameter(1, userId)
                .setParameter(2, today)
                .setParameter(3, today.minusDays(days))
                .setParameter(4, today.plusDays(days))
                .setParameter(5, size))
        .stream()
        .map(r -> new Renewal(r.stringAt(0), r.stringAt(1), r.dateAt(2), r.booleanAt(3)))
        .toList();
  }
}
