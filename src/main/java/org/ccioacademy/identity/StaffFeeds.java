package org.ccioacademy.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.ccioacademy.platform.audit.Actor;
import org.ccioacademy.platform.database.Row;
import org.ccioacademy.platform.kernel.RefusedException;
import org.ccioacademy.platform.web.UkTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.postgresql.PGConnection;

/**
 * Joiners, movers and leavers from the HR system's staff feed ({@link StaffFeedFile}). {@link
 * #check} reads a file, keeps every line with its problems and what applying it would do, and
 * changes no account; {@link #apply} checks again against the accounts as they are then and, only
 * if no line has a problem, applies every line in one transaction: joiners get a trainee account
 * (no password: they sign in with single sign-on, or choose one with "Forgotten your password?"),
 * the others' names, addresses, staff numbers and organisations are updated, leavers' accounts are
 * disabled (never deleted: their record stays for reviewers, their certificates stay verifiable)
 * and returners' enabled again. An account is matched by its staff number, else by its address.
 * Everything runs as set-based SQL over the stored lines, so 100,000 lines take seconds; each
 * change is audited.
 */
@ApplicationScoped
public class StaffFeeds {

  /** What a run found, or did. */
  public record Summary(
      long runId,
      String fileName,
      String fileProblem,
      int lines,
      int problems,
      int joiners,
      int updates,
      int leavers,
      int returners,
      int unchanged,
      String status)
      implements Serializable {

    public boolean isApplicable() {
      return "CHECKED".equals(status) && fileProblem == null && problems == 0 && lines > 0;
    }
  }

  /** One line of a run, for the preview. */
  public record Line(
      int lineNo,
      String staffNumber,
      String name,
      String email,
      String organisation,
      String action,
      List<String> problems)
      implements Serializable {}

  private static final Logger LOG = Logger.getLogger(StaffFeeds.class.getName());
  private static final String SUMMARY =
      "id, file_name, file_problem, lines, problems, joiners, updates, leavers, returners,"
          + " unchanged, status";
  private static final String COLUMNS =
      "run_id, line_no, staff_number, first_name, last_name, email, professional_group,"
          + " registration_number, organisation_code, assignment_start, assignment_end, problems";

  @PersistenceContext private EntityManager em;

  @Inject
  @ConfigProperty(name = "ccio.staff-feed.max-lines", defaultValue = "200000")
  int maxLines;

  /**
   * Reads and checks a feed and keeps what it found; changes no account.
   *
   * @param by who gave the file (an admin), or {@link Actor#SYSTEM} for the watched folder
   * @return the run's id
   */
  @Transactional
  public long check(Actor by, String fileName, byte[] content, boolean fromFolder) {
    StaffFeedFile.Read read = StaffFeedFile.read(content, maxLines);
    long runId =
        ((Number)
                em.createNativeQuery(
                        "insert into staff_feed_run (file_name, source, run_by, file_problem,"
                            + " status) values (?1, ?2, cast(?3 as bigint), ?4, 'CHECKED') returning id")
                    .setParameter(1, shorten(fileName == null ? "staff feed" : fileName, 255))
                    .setParameter(2, fromFolder ? "FOLDER" : "UPLOAD")
                    .setParameter(3, by.userId())
                    .setParameter(4, read.fileProblem())
                    .getSingleResult())
            .longValue();
    if (read.fileProblem() == null) {
      store(runId, read.lines());
      recheck(runId);
    }
    LOG.info(
        "Staff feed "
            + runId
            + " ("
            + fileName
            + ") checked: "
            + (read.fileProblem() != null ? read.fileProblem() : read.lines().size() + " lines"));
    return runId;
  }

  /**
   * Checks the run's lines again against the accounts as they are now and, when no line has a
   * problem, applies them all; otherwise changes nothing but the run's findings.
   *
   * @throws RefusedException when the run was applied already or its file could not be read
   */
  @Transactional
  public Summary apply(Actor by, long runId) {
    // one feed at a time: two admins (or the folder) applying at once wait for each other
    em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended('staff-feed', 79))")
        .getSingleResult();
    Summary run = summary(runId);
    if (!"CHECKED".equals(run.status())) {
      throw new RefusedException(
          "This feed was applied already. Upload the file again to check it.");
    }
    if (run.fileProblem() != null) {
      throw new RefusedException("This file could not be read, so there is nothing to apply.");
    }
    recheck(runId);
    run = summary(runId);
    if (run.problems() > 0) {
      return run;
    }
    applyLines(by, runId);
    em.createNativeQuery(
            "update staff_feed_run set status = 'APPLIED', applied_at = now(), run_by ="
                + " coalesce(cast(?2 as bigint), run_by), version = version + 1 where id = ?1")
        .setParameter(1, runId)
        .setParameter(2, by.userId())
        .executeUpdate();
    LOG.info("Staff feed " + runId + " applied: " + run);
    return summary(runId);
  }

  /** Records a run as refused (a file from the watched folder with problems). */
  @Transactional
  public void refuse(long runId) {
    em.createNativeQuery(
            "update staff_feed_run set status = 'REFUSED', version = version + 1"
                + " where id = ?1 and status = 'CHECKED'")
        .setParameter(1, runId)
        .executeUpdate();
  }

  public Summary summary(long runId) {
    return summaryOf(
        Row.single(
            em.createNativeQuery("select " + SUMMARY + " from staff_feed_run where id = ?1")
                .setParameter(1, runId)));
  }

  private static Summary summaryOf(Row r) {
    return new Summary(
        r.longAt(0),
        r.stringAt(1),
        r.stringAt(2),
        r.intAt(3),
        r.intAt(4),
        r.intAt(5),
        r.intAt(6),
        r.intAt(7),
        r.intAt(8),
        r.intAt(9),
        r.stringAt(10));
  }

  /** A page of the run's lines: all of them, or only those with problems. */
  public List<Line> lines(long runId, boolean problemsOnly, int first, int size) {
    return Row.list(
            em.createNativeQuery(
                    "select line_no, staff_number, trim(coalesce(first_name, '') || ' ' ||"
                        + " coalesce(last_name, '')), email, organisation_code, action,"
                        + " concat_ws(chr(10), problems, conflict) from staff_feed_line where"
                        + " run_id = ?1"
                        + (problemsOnly
                            ? " and (problems is not null or conflict is not null)"
                            : "")
                        + " order by line_no offset ?2 limit ?3")
                .setParameter(1, runId)
                .setParameter(2, first)
                .setParameter(3, size))
        .stream()
        .map(
            r ->
                new Line(
                    r.intAt(0),
                    r.stringAt(1),
                    r.stringAt(2),
                    r.stringAt(3),
                    r.stringAt(4),
                    r.stringAt(5),
                    r.isNull(6) || r.stringAt(6).isEmpty()
                        ? List.of()
                        : List.of(r.stringAt(6).split("\n"))))
        .toList();
  }

  /** The latest runs, newest first. */
  public List<Summary> latest(int n) {
    return Row.list(
            em.createNativeQuery(
                    "select " + SUMMARY + " from staff_feed_run order by id desc limit ?1")
                .setParameter(1, n))
        .stream()
        .map(StaffFeeds::summaryOf)
        .toList();
  }

  /** The lines, written into the run with PostgreSQL's COPY (100,000 lines in about a second). */
  private void store(long runId, List<StaffFeedFile.Line> lines) {
    StringBuilder csv = new StringBuilder(lines.size() * 120);
    try (CSVPrinter out = new CSVPrinter(csv, CSVFormat.POSTGRESQL_CSV)) {
      for (StaffFeedFile.Line l : lines) {
        out.printRecord(
            runId,
            l.lineNo(),
            shorten(l.staffNumber(), 40),
            shorten(l.firstName(), 200),
            shorten(l.lastName(), 200),
            shorten(l.email(), 254),
            l.group() == null ? null : l.group().name(),
            shorten(l.registrationNumber(), 40),
            shorten(l.organisationCode(), 20),
            l.start(),
            l.end(),
            l.problems().isEmpty() ? null : String.join("\n", l.problems()));
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    try {
      Connection connection = em.unwrap(Connection.class);
      connection
          .unwrap(PGConnection.class)
          .getCopyAPI()
          .copyIn(
              "copy staff_feed_line (" + COLUMNS + ") from stdin (format csv)",
              new StringReader(csv.toString()));
    } catch (SQLException | IOException e) {
      throw new IllegalStateException("Storing staff feed " + runId + " failed", e);
    }
  }

  private static String shorten(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }

  /** Matches each good line to an account, finds conflicts and decides what applying does. */
  private void recheck(long runId) {
    LocalDate today = LocalDate.now(UkTime.UK);
    sql(
        "update staff_feed_line set user_id = null, action = null, conflict = null where run_id ="
            + " ?1",
        runId);
    sql(
        "update staff_feed_line l set user_id = u.id from users u where l.run_id = ?1 and"
            + " l.problems is null and u.staff_number = l.staff_number",
        runId);
    sql(
        "update staff_feed_line l set user_id = u.id, conflict = case when u.staff_number is not"
            + " null and u.staff_number <> l.staff_number then 'The address ' || l.email || '"
            + " belongs to the account of staff number ' || u.staff_number || '.' end from users"
            + " u where l.run_id = ?1 and l.problems is null and l.user_id is null and u.email ="
            + " l.email",
        runId);
    sql(
        "update staff_feed_line l set conflict = 'The address ' || l.email || ' is used by"
            + " another account (' || o.full_name || ').' from users u, users o where l.run_id ="
            + " ?1 and l.problems is null and l.conflict is null and u.id = l.user_id and u.email"
            + " <> l.email and o.email = l.email and o.id <> u.id",
        runId);
    em.createNativeQuery(
            "update staff_feed_line l set conflict = 'This person is an administrator: disable an"
                + " administrator on their own page, not through the feed.' from users u,"
                + " user_roles r where l.run_id = ?1 and l.problems is null and l.conflict is null"
                + " and u.id = l.user_id and u.enabled and l.assignment_end < ?2 and r.user_id ="
                + " u.id and r.role = 'ADMIN'")
        .setParameter(1, runId)
        .setParameter(2, today)
        .executeUpdate();
    em.createNativeQuery(
            "update staff_feed_line l set action = case"
                + " when x.id is null then case when l.assignment_end < ?2 then 'SKIP' else"
                + " 'JOIN' end"
                + " when l.assignment_end < ?2 then case when x.enabled then 'LEAVE' else"
                + " 'UNCHANGED' end"
                + " when not x.enabled and x.left_on is not null then 'RETURN'"
                + " when x.full_name is distinct from l.first_name || ' ' || l.last_name"
                + " or x.email <> l.email or x.staff_number is distinct from l.staff_number"
                + " or x.ods_code is distinct from l.organisation_code"
                + " or (x.profession is null and (x.professional_group is distinct from"
                + " coalesce(l.professional_group, x.professional_group) or"
                + " x.registration_number is distinct from coalesce(l.registration_number,"
                + " x.registration_number))) then 'UPDATE'"
                + " else 'UNCHANGED' end"
                + " from (select l2.line_no, u.id, u.enabled, u.left_on, u.full_name, u.email,"
                + " u.staff_number, u.ods_code, u.profession, u.professional_group,"
                + " u.registration_number from staff_feed_line l2 left join users u on u.id ="
                + " l2.user_id where l2.run_id = ?1) x where l.run_id = ?1 and l.line_no ="
                + " x.line_no and l.problems is null and l.conflict is null")
        .setParameter(1, runId)
        .setParameter(2, today)
        .executeUpdate();
    sql(
        "update staff_feed_run r set lines = c.lines, problems = c.problems, joiners = c.joiners,"
            + " updates = c.updates, leavers = c.leavers, returners = c.returners, unchanged ="
            + " c.unchanged, version = r.version + 1 from (select count(*) lines, count(*)"
            + " filter (where problems is not null or conflict is not null) problems, count(*)"
            + " filter (where action = 'JOIN') joiners, count(*) filter (where action ="
            + " 'UPDATE') updates, count(*) filter (where action = 'LEAVE') leavers, count(*)"
            + " filter (where action = 'RETURN') returners, count(*) filter (where action in"
            + " ('UNCHANGED', 'SKIP')) unchanged from staff_feed_line where run_id = ?1) c where"
            + " r.id = ?1",
        runId);
  }

  /** Applies every line of a run that has no problem, with an audit row for each change. */
  private void applyLines(Actor by, long runId) {
    String actor = by.label();
    // joiners: a trainee account each, no password (PasswordHasher.NONE: nothing matches it)
    sql(
        "insert into users (email, full_name, password_hash, staff_number, professional_group,"
            + " registration_number, ods_code) select l.email, l.first_name || ' ' || l.last_name,"
            + " '!', l.staff_number, l.professional_group, l.registration_number,"
            + " l.organisation_code from staff_feed_line l where l.run_id = ?1 and l.action ="
            + " 'JOIN'",
        runId);
    sql(
        "update staff_feed_line l set user_id = u.id from users u where l.run_id = ?1 and"
            + " l.action = 'JOIN' and u.email = l.email",
        runId);
    sql(
        "insert into user_roles (user_id, role) select user_id, 'TRAINEE' from staff_feed_line"
            + " where run_id = ?1 and action = 'JOIN'",
        runId);
    // the audit rows first, while the accounts still hold what they held before
    em.createNativeQuery(
            "insert into audit_log (actor_id, actor_label, action, target_type, target_id,"
                + " target_label, before_value, after_value) select cast(?2 as bigint), ?3, case"
                + " l.action when"
                + " 'JOIN' then 'user.joined' when 'LEAVE' then 'user.left' when 'RETURN' then"
                + " 'user.returned' else 'user.staff-feed-updated' end, 'user', l.user_id::text,"
                + " l.email, case when l.action <> 'JOIN' then concat_ws(', ', u.full_name,"
                + " u.email, 'staff number ' || u.staff_number, u.ods_code, case when not"
                + " u.enabled then 'disabled' end) end, concat_ws(', ', l.first_name || ' ' ||"
                + " l.last_name, l.email, 'staff number ' || l.staff_number, l.organisation_code,"
                + " case l.action when 'LEAVE' then 'left on ' || l.assignment_end when 'RETURN'"
                + " then 'returned' end) || ' (staff feed ' || l.run_id || ', line ' || l.line_no"
                + " || ')' from staff_feed_line l left join users u on u.id = l.user_id where"
                + " l.run_id = ?1 and l.action in ('JOIN', 'UPDATE', 'LEAVE', 'RETURN') order by"
                + " l.line_no")
        .setParameter(1, runId)
        .setParameter(2, by.userId())
        .setParameter(3, actor)
        .executeUpdate();
    // movers, leavers and returners; a leaver's sessions end (the stamp moves on)
    sql(
        "update users u set full_name = l.first_name || ' ' || l.last_name, email = l.email,"
            + " staff_number = l.staff_number, ods_code = l.organisation_code, professional_group"
            + " = case when u.profession is null then coalesce(l.professional_group,"
            + " u.professional_group) else u.professional_group end, registration_number = case"
            + " when u.profession is null then coalesce(l.registration_number,"
            + " u.registration_number) else u.registration_number end, enabled = case l.action"
            + " when 'LEAVE' then false when 'RETURN' then true else u.enabled end, left_on ="
            + " case l.action when 'LEAVE' then l.assignment_end when 'RETURN' then null else"
            + " u.left_on end, session_stamp = u.session_stamp + case when l.action = 'LEAVE' or"
            + " u.email <> l.email then 1 else 0 end, version = u.version + 1, updated_at = now()"
            + " from staff_feed_line l where l.run_id = ?1 and l.action in ('UPDATE', 'LEAVE',"
            + " 'RETURN') and u.id = l.user_id",
        runId);
  }

  private int sql(String statement, long runId) {
    return em.createNativeQuery(statement).setParameter(1, runId).executeUpdate();
  }
}
