package org.ccioacademy.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ccioacademy.identity.Role;
import org.ccioacademy.platform.audit.Actor;
import org.ccioacademy.platform.audit.AuditLog;

/**
 * Attendance registers: marks are appended, never changed; a correction supersedes the mark before
 * it. Organisers of the event (and admins) mark; trainees see their own history and the CPD credits
 * it earns.
 */
@ApplicationScoped
public class Attendance {

  @PersistenceContext private EntityManager em;
  @Inject AuditLog audit;

  /** A line of a session's register: the registered trainee and their current mark, if any. */
  public record Line(long userId, String name, String email, AttendanceStatus status) {}

  /** A session a trainee attended (or was marked for), for their history. */
  public record Attended(
      long sessionId,
      String eventTitle,
      String sessionTitle,
      OffsetDateTime startsAt,
      BigDecimal cpdHours,
      boolean participatory,
      AttendanceStatus status) {}

  public boolean mayMark(EventSession session, Long userId, Set<Role> roles) {
    return EventOrganising.mayOrganise(session.getEvent(), userId, roles);
  }

  /**
   * The register of a session: everyone with a place at the event, and anyone marked (walk-ins),
   * with their latest mark; names containing {@code search} only, by name.
   */
  public List<Line> register(long sessionId, String search) {
    String q = search == null || search.isBlank() ? "" : search.strip().toLowerCase(Locale.UK);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "with s as (select id, event_id from event_session where id = ?1),"
                    + " latest as (select distinct on (m.user_id) m.user_id, m.status"
                    + "   from attendance_mark m where m.session_id = ?1"
                    + "   order by m.user_id, m.id desc),"
                    + " people as (select r.user_id from event_registration r join s"
                    + "   on r.event_id = s.event_id where r.status = 'REGISTERED'"
                    + "   union select user_id from latest)"
                    + " select u.id, u.full_name, u.email, l.status from people p"
                    + " join users u on u.id = p.user_id left join latest l on l.user_id = u.id"
                    + " where (?2 = '' or lower(u.full_name) like ?3 or lower(u.email) like ?3)"
                    + " order by lower(u.full_name), u.id")
            .setParameter(1, sessionId)
            .setParameter(2, q)
            .setParameter(3, "%" + q.replace("%", "\\%").replace("_", "\\_") + "%")
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new Line(
                    ((Number) r[0]).longValue(),
                    (String) r[1],
                    (String) r[2],
                    r[3] == null ? null : AttendanceStatus.valueOf((String) r[3])))
        .toList();
  }

  /** Records a mark; the trainee's previous mark for the session, if any, is superseded. */
  @Transactional
  public void mark(
      Actor organiser, Set<Role> roles, long sessionId, long userId, AttendanceStatus status) {
    EventSession session = em.find(EventSession.class, sessionId);
    if (session == null || !mayMark(session, organiser.userId(), roles)) {
      throw new RegistrationClosedException("You can only keep the register of your own events.");
    }
    // one marker at a time per trainee and session, so corrections form one chain
    em.createNativeQuery("select pg_advisory_xact_lock(?1, ?2)")
        .setParameter(1, (int) sessionId)
        .setParameter(2, (int) userId)
        .getSingleResult();
    @SuppressWarnings("unchecked")
    List<Object[]> previous =
        em.createNativeQuery(
                "select id, status from attendance_mark where session_id = ?1 and user_id = ?2"
                    + " order by id desc limit 1")
            .setParameter(1, sessionId)
            .setParameter(2, userId)
            .getResultList();
    String before = previous.isEmpty() ? null : (String) previous.get(0)[1];
    if (status.name().equals(before)) {
      return;
    }
    em.createNativeQuery(
            "insert into attendance_mark (session_id, user_id, status, source, recorded_by,"
                + " supersedes_id) values (?1, ?2, ?3, 'REGISTER', ?4, cast(?5 as bigint))")
        .setParameter(1, sessionId)
        .setParameter(2, userId)
        .setParameter(3, status.name())
        .setParameter(4, organiser.userId())
        .setParameter(5, previous.isEmpty() ? null : ((Number) previous.get(0)[0]).longValue())
        .executeUpdate();
    audit.record(
        organiser,
        "attendance.marked",
        "session",
        sessionId,
        session.getTitle() + " / user " + userId,
        before,
        status.name());
  }

  /** A trainee's latest mark for every session they were marked for, newest first. */
  public List<Attended> history(long userId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select s.id, e.title, s.title, s.starts_at, s.cpd_hours, s.participatory, l.status"
                    + " from (select distinct on (m.session_id) m.session_id, m.status"
                    + "   from attendance_mark m where m.user_id = ?1"
                    + "   order by m.session_id, m.id desc) l"
                    + " join event_session s on s.id = l.session_id"
                    + " join event e on e.id = s.event_id order by s.starts_at desc, s.id")
            .setParameter(1, userId)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new Attended(
                    ((Number) r[0]).longValue(),
                    (String) r[1],
                    (String) r[2],
                    offset(r[3]),
                    new BigDecimal(r[4].toString()),
                    (Boolean) r[5],
                    AttendanceStatus.valueOf((String) r[6])))
        .toList();
  }

  public EventSession session(long id) {
    return em.find(EventSession.class, id);
  }

  private static OffsetDateTime offset(Object o) {
    if (o instanceof OffsetDateTime t) {
      return t;
    }
    if (o instanceof Timestamp t) {
      return t.toInstant().atOffset(ZoneOffset.UTC);
    }
    if (o instanceof java.time.Instant i) {
      return i.atOffset(ZoneOffset.UTC);
    }
    throw new IllegalStateException("Unexpected time " + o);
  }
}
