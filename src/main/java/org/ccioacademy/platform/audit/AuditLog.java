package org.ccioacademy.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.ccioacademy.platform.web.RequestId;

/**
 * The audit log: one row for every change that matters, written in the same transaction as the
 * change, so a change is never recorded without its audit row or the other way round.
 */
@ApplicationScoped
public class AuditLog {

  @PersistenceContext private EntityManager em;

  @Transactional(Transactional.TxType.MANDATORY)
  public void record(
      Actor actor,
      String action,
      String targetType,
      Object targetId,
      String targetLabel,
      String before,
      String after) {
    em.persist(
        new AuditEntry(
            OffsetDateTime.now(),
            actor,
            action,
            targetType,
            targetId == null ? null : targetId.toString(),
            targetLabel,
            before,
            after,
            RequestId.current()));
  }

  /** Newest first, paged in the database; {@code search} matches action, actor or target. */
  public List<AuditEntry> page(int first, int size, String search) {
    return em.createQuery(
            "select a from AuditEntry a where " + SEARCH + " order by a.occurredAt desc, a.id desc",
            AuditEntry.class)
        .setParameter("q", pattern(search))
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  public long count(String search) {
    return em.createQuery("select count(a) from AuditEntry a where " + SEARCH, Long.class)
        .setParameter("q", pattern(search))
        .getSingleResult();
  }

  /** The latest changes to one record, newest first. */
  public List<AuditEntry> forTarget(String targetType, Object targetId, int n) {
    return em.createQuery(
            "select a from AuditEntry a where a.targetType = :type and a.targetId = :id"
                + " order by a.occurredAt desc, a.id desc",
            AuditEntry.class)
        .setParameter("type", targetType)
        .setParameter("id", targetId.toString())
        .setMaxResults(n)
        .getResultList();
  }

  public List<AuditEntry> latest(int n) {
    return page(0, n, null);
  }

  private static final String SEARCH =
      "(:q = '' or lower(a.action) like :q or lower(a.actorLabel) like :q"
          + " or lower(a.targetLabel) like :q)";

  private static String pattern(String search) {
    if (search == null || search.isBlank()) {
      return "";
    }
    return "%" + search.trim().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
  }
}
