package org.ccioacademy.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ccioacademy.platform.web.RequestId;

/**
 * The audit log: one row for every change that matters, written in the same transaction as the
 * change, so a change is never recorded without its audit row or the other way round; and one row
 * for every read of named data (a person's record opened, a list of names shown or exported), in a
 * transaction of its own.
 */
@ApplicationScoped
public class AuditLog {

  private static final ZoneId UK = ZoneId.of("Europe/London");

  /** The most accounts a person filter matches. */
  static final int MAX_PEOPLE = 200;

  @PersistenceContext private EntityManager em;
  @Inject PersonNames names;

  /**
   * A filter for entries between two days with an action, by or about the people whose name or
   * address contains {@code person} (or, when no account matches now, whose entries mention it).
   */
  public AuditFilter filter(LocalDate from, LocalDate to, String action, String person) {
    Set<Long> people = Set.of();
    String text = null;
    if (person != null && !person.isBlank()) {
      people = names.matching(person, MAX_PEOPLE);
      if (people.isEmpty()) {
        text = person;
      }
    }
    return new AuditFilter(from, to, action, people, text);
  }

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
            RequestId.current(),
            null));
  }

  /**
   * Records that {@code actor} saw or exported named data: one person's record ({@code targetType}
   * "user" and the person's id), or a list ({@code rows} names) described by {@code what}. Written
   * at once, whatever happens to the request afterwards.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void read(
      Actor actor,
      String action,
      String targetType,
      Object targetId,
      String targetLabel,
      String what,
      int rows) {
    em.persist(
        new AuditEntry(
            OffsetDateTime.now(),
            actor,
            action,
            targetType,
            targetId == null ? null : targetId.toString(),
            targetLabel,
            null,
            what,
            RequestId.current(),
            rows));
  }

  /** Newest first, paged in the database. */
  public List<AuditEntry> page(int first, int size, AuditFilter filter) {
    return query(
            "select a from AuditEntry a",
            filter,
            Long.MAX_VALUE,
            " order by a.occurredAt desc, a.id desc")
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  /** The next {@code size} entries with an id below {@code beforeId}, newest first (exports). */
  public List<AuditEntry> before(long beforeId, int size, AuditFilter filter) {
    return query("select a from AuditEntry a", filter, beforeId, " order by a.id desc")
        .setMaxResults(size)
        .getResultList();
  }

  public long count(AuditFilter filter) {
    return bind(
            em.createQuery(where("select count(a) from AuditEntry a", filter, ""), Long.class),
            filter,
            Long.MAX_VALUE)
        .getSingleResult();
  }

  /** The latest changes to one record (not reads of it), newest first. */
  public List<AuditEntry> forTarget(String targetType, Object targetId, int n) {
    return em.createQuery(
            "select a from AuditEntry a where a.targetType = :type and a.targetId = :id"
                + " and a.rowCount is null order by a.occurredAt desc, a.id desc",
            AuditEntry.class)
        .setParameter("type", targetType)
        .setParameter("id", targetId.toString())
        .setMaxResults(n)
        .getResultList();
  }

  /** Every entry by or about one person, oldest first (for a copy of what is held about them). */
  public List<AuditEntry> aboutPerson(long userId) {
    return em.createQuery(
            "select a from AuditEntry a where a.actorId = :id"
                + " or (a.targetType = 'user' and a.targetId = :text) order by a.id",
            AuditEntry.class)
        .setParameter("id", userId)
        .setParameter("text", Long.toString(userId))
        .getResultList();
  }

  /** The latest changes (not reads), newest first. */
  public List<AuditEntry> latest(int n) {
    return em.createQuery(
            "select a from AuditEntry a where a.rowCount is null"
                + " order by a.occurredAt desc, a.id desc",
            AuditEntry.class)
        .setMaxResults(n)
        .getResultList();
  }

  /** How many entries each action has, most first (the filter's choices). */
  public Map<String, Long> actions() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (Object[] r :
        em.createQuery(
                "select a.action, count(a) from AuditEntry a group by a.action"
                    + " order by a.action",
                Object[].class)
            .getResultList()) {
      counts.put((String) r[0], (Long) r[1]);
    }
    return counts;
  }

  private TypedQuery<AuditEntry> query(
      String select, AuditFilter filter, long beforeId, String tail) {
    return bind(em.createQuery(where(select, filter, tail), AuditEntry.class), filter, beforeId);
  }

  private static <T> TypedQuery<T> bind(TypedQuery<T> q, AuditFilter filter, long beforeId) {
    return q.setParameter("from", from(filter))
        .setParameter("to", to(filter))
        .setParameter("action", filter.action() == null ? "" : filter.action())
        .setParameter("prefix", prefix(filter))
        .setParameter("q", pattern(filter.text()))
        .setParameter("before", beforeId);
  }

  private static String where(String select, AuditFilter filter, String tail) {
    List<String> people = new ArrayList<>();
    filter.people().forEach(id -> people.add(Long.toString(id)));
    String person =
        people.isEmpty()
            ? ""
            : " and (a.actorId in ("
                + String.join(",", people)
                + ") or (a.targetType = 'user' and a.targetId in ('"
                + String.join("','", people)
                + "')))";
    return select
        + " where a.occurredAt >= :from and a.occurredAt < :to and a.id < :before"
        + " and (:action = '' or a.action = :action or (:prefix <> '' and a.action like :prefix))"
        + " and (:q = '' or lower(a.actorLabel) like :q or lower(a.targetLabel) like :q"
        + " or lower(a.after) like :q)"
        + person
        + tail;
  }

  private static OffsetDateTime from(AuditFilter f) {
    return f.from() == null
        ? OffsetDateTime.parse("2000-01-01T00:00:00Z")
        : f.from().atStartOfDay(UK).toOffsetDateTime();
  }

  private static OffsetDateTime to(AuditFilter f) {
    return f.to() == null
        ? OffsetDateTime.parse("9999-01-01T00:00:00Z")
        : f.to().plusDays(1).atStartOfDay(UK).toOffsetDateTime();
  }

  /** "user." asks for a whole area: every action starting so. */
  private static String prefix(AuditFilter f) {
    return f.action() != null && f.action().endsWith(".") ? f.action() + "%" : "";
  }

  private static String pattern(String search) {
    if (search == null || search.isBlank()) {
      return "";
    }
    return "%" + search.trim().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
  }
}
