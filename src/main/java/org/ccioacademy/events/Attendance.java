package org.ccioacademy.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ccioacademy.platform.audit.AuditLog;
import org.ccioacademy.platform.database.Row;
import org.ccioacademy.platform.database.Sql;
import org.ccioacademy.platform.kernel.Caller;
import org.ccioacademy.platform.kernel.InvalidInputException;
import org.ccioacademy.platform.kernel.NotAllowedException;

/**
 * Attendance registers: marks are appended, never changed; a correction supersedes the mark before
 * it. Organisers of the event (and admins) mark; trainees see their own history and the CPD credits
 * it earns.
 */
@ApplicationScoped
public class Attendance {

  @PersistenceContext private EntityManager em;
  @Inject AuditLog audit;
  @Inject AttendanceStatements statements;

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

  /**
   * The register of a session: everyone with a place at the event (and in the session, if it is
   * booked separately), and anyone marked (walk-ins), with their latest mark; names containing
   * {@code search} only, by name.
   */
  public List<Line> register(long sessionId, String search) {
    String q = search == null || search.isBlank() ? "" : search.strip().toLowerCase(Locale.UK);
    List<Row> rows =
        Row.list(
            em.createNativeQuery(
                    "with s as (select id, event_id, capacity from event_session where id = ?1),"
                        + " latest as (select a.user_id, a.status from session_attendance a"
                        + "   where a.session_id = ?1),"
                        + " people as (select r.user_id from event_registration r join s"
                        + "   on r.event_id = s.event_id where r.status = 'REGISTERED'"
                        + "   and (s.capacity is null or exists (select 1 from session_place p"
                        + "     where p.session_id = s.id and p.user_id = r.user_id))"
                        + "   union select user_id from latest)"
                        + " select u.id, u.full_name, u.email, l.status from people p"
                        + " join person u on u.id = p.user_id left join latest l on l.user_id = u.id"
                        + " where (?2 = '' or lower(u.full_name) like ?3 or lower(u.email) like ?3)"
                        + " order by lower(u.full_name), u.id")
                .setParameter(1, sessionId)
                .setParameter(2, q)
                .setParameter(3, Sql.containsPattern(q)));
    return rows.stream()
        .map(
            r ->
                new Line(
                    r.longAt(0), r.stringAt(1), r.stringAt(2), r.enumAt(3, AttendanceStatus.class)))
        .toList();
  }

  /** How many of those expected at a session are here, and how many walked in without a place. */
  public record Headcount(long expected, long presentOfExpected, long walkIns)
      implements java.io.Serializable {}

  /**
   * The count the check-in screen shows: those with a place (as the register has them), how many of
   * them are marked present or late, and how many others checked in.
   */
  public Headcount headcount(long sessionId) {
    Row r =
        Row.single(
            em.createNativeQuery(
                    "with s as (select id, event_id, capacity from event_session where id = ?1),"
                        + " here as (select a.user_id from session_attendance a"
                        + "   where a.session_id = ?1 and a.attended),"
                        + " placed as (select r.user_id from event_registration r join s"
                        + "   on r.event_id = s.event_id where r.status = 'REGISTERED'"
                        + "   and (s.capacity is null or exists (select 1 from session_place p"
                        + "     where p.session_id = s.id and p.user_id = r.user_id)))"
                        + " select (select count(*) from placed),"
                        + " (select count(*) from placed p join here h on h.user_id = p.user_id),"
                        + " (select count(*) from here h where h.user_id not in"
                        + "   (select user_id from placed))")
                .setParameter(1, sessionId));
    return new Headcount(r.longAt(0), r.longAt(1), r.longAt(2));
  }

  /** Records a mark; the trainee's previous mark for the session, if any, is superseded. */
  @Transactional
  public void mark(Caller organiser, long sessionId, long userId, AttendanceStatus status) {
    EventSession session = em.find(EventSession.class, sessionId);
    if (session == null || !session.getEvent().mayBeOrganisedBy(organiser)) {
      throw new NotAllowedException("You can only keep the register of your own events.");
    }
    String before = append(sessionId, userId, status, "REGISTER", organiser.userId());
    if (before != null && before.equals(status.name())) {
      return;
    }
    audit.record(
        organiser.actor(),
        "attendance.marked",
        "session",
        sessionId,
        session.getTitle() + " / user " + userId,
        before,
        status.name());
  }

  /**
   * Appends a mark unless it is the trainee's current one; returns the mark before (or null). One
   * writer at a time per trainee and session, so corrections form one chain.
   */
  private String append(
      long sessionId, long userId, AttendanceStatus status, String source, Long by) {
    List<Row> history = lockedHistory(sessionId, userId);
    String before = history.isEmpty() ? null : history.get(0).stringAt(1);
    if (status.name().equals(before)) {
      return before;
    }
    insert(sessionId, userId, status, source, by, history);
    return before;
  }

  /**
   * The trainee's marks for the session, newest first (id, status, source), after taking the lock
   * that lets one writer at a time add to them, so corrections form one chain.
   */
  List<Row> lockedHistory(long sessionId, long userId) {
    em.createNativeQuery("select pg_advisory_xact_lock(?1, ?2)")
        .setParameter(1, (int) sessionId)
        .setParameter(2, (int) userId)
        .getSingleResult();
    return Row.list(
        em.createNativeQuery(
                "select id, status, source from attendance_mark"
                    + " where session_id = ?1 and user_id = ?2 order by id desc")
            .setParameter(1, sessionId)
            .setParameter(2, userId));
  }

  /** Appends a mark superseding the newest in {@code history} (from {@link #lockedHistory}). */
  void insert(
      long sessionId,
      long userId,
      AttendanceStatus status,
      String source,
      Long by,
      List<Row> history) {
    long markId =
        ((Number)
                em.createNativeQuery(
                        "insert into attendance_mark (session_id, user_id, status, source,"
                            + " recorded_by, supersedes_id)"
                            + " values (?1, ?2, ?3, ?4, ?5, cast(?6 as bigint)) returning id")
                    .setParameter(1, sessionId)
                    .setParameter(2, userId)
                    .setParameter(3, status.name())
                    .setParameter(4, source)
                    .setParameter(5, by)
                    .setParameter(6, history.isEmpty() ? null : history.get(0).longAt(0))
                    .getSingleResult())
            .longValue();
    statements.marked(sessionId, userId, status, markId, history);
  }

  /** One line of a sign-in sheet's preview: what will be recorded, or what is wrong. */
  public record PreviewLine(int line, String email, String session, String outcome, boolean ok) {}

  /** The preview of a sheet: its lines, or the problem that stops it being read. */
  public record Preview(List<PreviewLine> lines, String problem) {
    public boolean importable() {
      return problem == null && lines.stream().allMatch(PreviewLine::ok);
    }

    public long problems() {
      return lines.stream().filter(l -> !l.ok()).count();
    }
  }

  private record Planned(long sessionId, long userId, AttendanceStatus status) {}

  /** What importing {@code csv} into the event's registers would do, line by line. */
  public Preview preview(Caller organiser, long eventId, String csv) {
    return plan(organiser, eventId, csv, new ArrayList<>());
  }

  /**
   * Imports a sheet: all of it or, if any line has a problem, none of it (one transaction).
   *
   * @return the number of marks recorded
   * @throws InvalidInputException ("sheet") naming the problems when the sheet cannot be imported
   */
  @Transactional
  public int importSheet(Caller organiser, long eventId, String csv) {
    List<Planned> planned = new ArrayList<>();
    Preview p = plan(organiser, eventId, csv, planned);
    if (!p.importable()) {
      throw InvalidInputException.of(
          "sheet",
          p.problem() != null
              ? p.problem()
              : p.problems()
                  + " lines have problems; nothing was recorded. Fix them and try again.");
    }
    int recorded = 0;
    for (Planned x : planned) {
      String before = append(x.sessionId(), x.userId(), x.status(), "IMPORT", organiser.userId());
      if (!x.status().name().equals(before)) {
        recorded++;
      }
    }
    Event event = em.find(Event.class, eventId);
    audit.record(
        organiser.actor(),
        "attendance.imported",
        "event",
        eventId,
        event.getTitle(),
        null,
        recorded + " marks from a sign-in sheet of " + planned.size() + " lines");
    return recorded;
  }

  /**
   * The session a sheet names: by its title (in any case), or by its number in the organiser's list
   * of sessions in time order (1 for the first), as the event page shows it.
   */
  private static EventSession sessionNamed(List<EventSession> sessions, String named) {
    for (EventSession s : sessions) {
      if (s.getTitle().equalsIgnoreCase(named)) {
        return s;
      }
    }
    if (named.matches("[0-9]{1,4}")) {
      int number = Integer.parseInt(named);
      if (number >= 1 && number <= sessions.size()) {
        return sessions.get(number - 1);
      }
    }
    return null;
  }

  private Preview plan(Caller organiser, long eventId, String csv, List<Planned> planned) {
    Event event = em.find(Event.class, eventId);
    if (event == null || !event.mayBeOrganisedBy(organiser)) {
      throw new NotAllowedException("You can only import registers for your own events.");
    }
    SignInSheet.Parsed sheet = SignInSheet.parse(csv);
    if (sheet.problem() != null) {
      return new Preview(List.of(), sheet.problem());
    }
    List<EventSession> sessions =
        em.createQuery(
                "select s from EventSession s where s.event = :e order by s.startsAt, s.id",
                EventSession.class)
            .setParameter("e", event)
            .getResultList();
    Map<String, Integer> seen = new HashMap<>();
    List<PreviewLine> out = new ArrayList<>();
    for (SignInSheet.Line l : sheet.lines()) {
      String problem = null;
      EventSession session = sessionNamed(sessions, l.session());
      List<Row> person =
          Row.list(
              em.createNativeQuery("select id, full_name from person where email = ?1")
                  .setParameter(1, l.email().toLowerCase(Locale.UK)));
      AttendanceStatus status = status(l.status());
      if (person.isEmpty()) {
        problem =
            "unknown person: nobody has the email " + (l.email().isEmpty() ? "(empty)" : l.email());
      } else if (session == null) {
        problem = "unknown session \"" + l.session() + "\" in this event";
      } else if (status == null) {
        problem =
            "unknown status \""
                + l.status()
                + "\" (use present, late, left early, absent or excused)";
      }
      String name = person.isEmpty() ? l.email() : person.get(0).stringAt(1);
      long userId = person.isEmpty() ? 0 : person.get(0).longAt(0);
      if (problem == null) {
        String key = userId + "/" + session.getId();
        Integer first = seen.putIfAbsent(key, l.number());
        if (first != null) {
          problem = "duplicate of line " + first;
        } else if (!session.isWalkInsAllowed() && !hasPlace(event, userId)) {
          problem = name + " has no place at this event";
        }
      }
      if (problem != null) {
        out.add(new PreviewLine(l.number(), l.email(), l.session(), problem, false));
      } else {
        planned.add(new Planned(session.getId(), userId, status));
        out.add(
            new PreviewLine(
                l.number(),
                l.email(),
                session.getTitle(),
                name + ": " + status.getLabel().toLowerCase(Locale.UK),
                true));
      }
    }
    return new Preview(out, null);
  }

  private boolean hasPlace(Event event, long userId) {
    return em.createQuery(
                "select count(r) from Registration r where r.event = :e and r.userId = :u"
                    + " and r.status = :s",
                Long.class)
            .setParameter("e", event)
            .setParameter("u", userId)
            .setParameter("s", Registration.Status.REGISTERED)
            .getSingleResult()
        > 0;
  }

  private static AttendanceStatus status(String s) {
    if (s == null || s.isBlank()) {
      return AttendanceStatus.PRESENT;
    }
    String k = s.strip().toUpperCase(Locale.UK).replace(' ', '_').replace('-', '_');
    for (AttendanceStatus a : AttendanceStatus.values()) {
      if (a.name().equals(k)) {
        return a;
      }
    }
    return null;
  }

  /** A trainee's latest mark for every session they were marked for, newest first. */
  public List<Attended> history(long userId) {
    List<Row> rows =
        Row.list(
            em.createNativeQuery(
                    "select s.id, e.title, s.title, s.starts_at, s.cpd_hours, s.participatory, l.status"
                        + " from session_attendance l"
                        + " join event_session s on s.id = l.session_id"
                        + " join event e on e.id = s.event_id where l.user_id = ?1"
                        + " order by s.starts_at desc, s.id")
                .setParameter(1, userId));
    return rows.stream()
        .map(
            r ->
                new Attended(
                    r.longAt(0),
                    r.stringAt(1),
                    r.stringAt(2),
                    r.momentAt(3),
                    r.decimalAt(4),
                    r.booleanAt(5),
                    r.enumAt(6, AttendanceStatus.class)))
        .toList();
  }

  public EventSession session(long id) {
    return em.find(EventSession.class, id);
  }
}
