package org.ccioacademy.portfolio;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.ccioacademy.platform.audit.Actor;
import org.ccioacademy.platform.audit.AuditLog;
import org.ccioacademy.platform.database.Row;
import org.ccioacademy.platform.files.FileKind;
import org.ccioacademy.platform.files.StorageQuota;
import org.ccioacademy.platform.kernel.FieldErrors;
import org.ccioacademy.platform.kernel.InvalidInputException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A trainee's CPD portfolio: completed courses (each completion, re-certifications included) and
 * attended sessions (present or late, latest mark) as they stand, and the trainee's own records;
 * filtered by date, paged and totalled in the database.
 */
@ApplicationScoped
public class Portfolio {

  /** Every line of a trainee's portfolio (?1 = user), in one query. */
  private static final String LINES =
      "select uk_date(k.started_at) as started_on,"
          + " uk_date(k.completed_at) as ended_on,"
          + " 'COURSE' as method, v.title as topic, v.cpd_hours::numeric as hours,"
          + " false as participatory, null as reflection, null as code_themes,"
          + " 'Course completed' as source, cast(null as bigint) as own_id,"
          + " cast(null as varchar) as evidence"
          + " from course_completed k join course_version_fact v"
          + "   on v.course_version_id = k.course_version_id"
          + " where k.user_id = ?1"
          + " union all"
          + " select uk_date(a.starts_at),"
          + " uk_date(a.starts_at), 'EVENT',"
          + " a.event_title || ': ' || a.session_title, a.cpd_hours, a.participatory, null, null,"
          + " 'Session attended', cast(null as bigint), null"
          + " from attended_session a where a.user_id = ?1 and a.cpd_hours > 0"
          + " union all"
          + " select o.started_on, o.ended_on, o.method, o.topic, o.hours, o.participatory,"
          + " o.reflection, o.code_themes, 'Own record', o.id, d.file_name"
          + " from cpd_entry o left join cpd_evidence d on d.entry_id = o.id where o.user_id = ?1";

  @PersistenceContext private EntityManager em;
  @Inject AuditLog audit;
  @Inject StorageQuota quota;

  @Inject
  @ConfigProperty(name = "ccio.portfolio.evidence-max-mb", defaultValue = "10")
  int evidenceMaxMb;

  /** A period of the portfolio, both days included. */
  public record Period(LocalDate from, LocalDate to) {

    /**
     * The period asked for in an address ({@code yyyy-MM-dd}); anything that is not a date, or a
     * start after the end, means the year up to {@code to} (or up to {@code today}).
     */
    public static Period parse(String from, String to, LocalDate today) {
      LocalDate end = date(to, today);
      LocalDate start = date(from, end.minusYears(1).plusDays(1));
      return new Period(start.isAfter(end) ? end.minusYears(1).plusDays(1) : start, end);
    }

    private static LocalDate date(String s, LocalDate otherwise) {
      try {
        return s == null || s.isBlank() ? otherwise : LocalDate.parse(s.strip());
      } catch (DateTimeParseException e) {
        return otherwise;
      }
    }
  }

  /** Totals of a period: all hours and the participatory ones. */
  public record Totals(BigDecimal hours, BigDecimal participatoryHours) {}

  public List<PortfolioLine> lines(long userId, LocalDate from, LocalDate to, int first, int n) {
    List<Row> rows =
        Row.list(
            em.createNativeQuery(
                    "select * from ("
                        + LINES
                        + ") x where x.ended_on between ?2 and ?3"
                        + " order by x.ended_on desc, x.topic offset ?4 limit ?5")
                .setParameter(1, userId)
                .setParameter(2, from)
                .setParameter(3, to)
                .setParameter(4, first)
                .setParameter(5, n));
    return rows.stream()
        .map(
            r ->
                new PortfolioLine(
                    r.dateAt(0),
                    r.dateAt(1),
                    r.stringAt(2),
                    r.stringAt(3),
                    r.decimalAt(4),
                    r.booleanAt(5),
                    r.stringAt(6),
                    r.stringAt(7),
                    r.stringAt(8),
                    r.nullableLongAt(9),
                    r.stringAt(10)))
        .toList();
  }

  public long count(long userId, LocalDate from, LocalDate to) {
    return ((Number)
            em.createNativeQuery(
                    "select count(*) from (" + LINES + ") x where x.ended_on between ?2 and ?3")
                .setParameter(1, userId)
                .setParameter(2, from)
                .setParameter(3, to)
                .getSingleResult())
        .longValue();
  }

  public Totals totals(long userId, LocalDate from, LocalDate to) {
    Row r =
        Row.single(
            em.createNativeQuery(
                    "select coalesce(sum(x.hours), 0), coalesce(sum(x.hours) filter (where"
                        + " x.participatory), 0) from ("
                        + LINES
                        + ") x where x.ended_on between ?2 and ?3")
                .setParameter(1, userId)
                .setParameter(2, from)
                .setParameter(3, to));
    return new Totals(r.decimalAt(0), r.decimalAt(1));
  }

  /** Evidence kept with a record, for its owner to download. */
  public record EvidenceFile(String name, String mediaType, byte[] content) {}

  /** The NMC Code's four themes, which an NMC record links to. */
  public static final List<String> CODE_THEMES =
      List.of(
          "Prioritise people",
          "Practise effectively",
          "Preserve safety",
          "Promote professionalism and trust");

  @Transactional
  public long add(Actor trainee, EntryInput in, LocalDate today) {
    FieldErrors e = in.problems(today);
    FileKind kind = null;
    if (in.evidence() != null) {
      kind = FileKind.of(in.evidence().content()).orElse(null);
      if (in.evidence().content().length > evidenceMaxBytes()) {
        e.add("evidence", tooBig(in.evidence().content().length));
      } else if (kind == null) {
        e.add(
            "evidence",
            "That file is not "
                + FileKind.ALLOWED
                + " (whatever its name says), so it cannot be kept as evidence. Save it as a PDF"
                + " and choose it again.");
      }
    }
    if (kind != null && !e.has("evidence")) {
      quota
          .problem(trainee.userId(), in.evidence().content().length, 0)
          .ifPresent(m -> e.add("evidence", m));
    }
    if (!e.isEmpty()) {
      throw new InvalidInputException(e);
    }
    Number id =
        (Number)
            em.createNativeQuery(
                    "insert into cpd_entry (user_id, method, topic, started_on, ended_on, hours,"
                        + " participatory, reflection, code_themes) values (?1, ?2, ?3, ?4, ?5, ?6,"
                        + " ?7, ?8, ?9) returning id")
                .setParameter(1, trainee.userId())
                .setParameter(2, in.method().name())
                .setParameter(3, in.topic().strip())
                .setParameter(4, in.startedOn())
                .setParameter(5, in.endedOn())
                .setParameter(6, in.hours())
                .setParameter(7, in.participatory())
                .setParameter(8, in.reflection() == null ? "" : in.reflection().strip())
                .setParameter(9, in.codeThemes() == null ? "" : String.join("; ", in.codeThemes()))
                .getSingleResult();
    if (kind != null) {
      em.createNativeQuery(
              "insert into cpd_evidence (entry_id, file_name, media_type, size_bytes, sha256,"
                  + " content) values (?1, ?2, ?3, ?4, ?5, ?6)")
          .setParameter(1, id.longValue())
          .setParameter(2, kind.safeName(in.evidence().name()))
          .setParameter(3, kind.mediaType())
          .setParameter(4, in.evidence().content().length)
          .setParameter(5, in.evidence().sha256())
          .setParameter(6, in.evidence().content())
          .executeUpdate();
    }
    audit.record(
        trainee,
        "cpd.added",
        "cpd_entry",
        id.longValue(),
        in.topic().strip(),
        null,
        in.hours().toPlainString()
            + " hours"
            + (in.participatory() ? ", participatory" : "")
            + (kind == null ? "" : ", evidence " + kind.safeName(in.evidence().name())));
    return id.longValue();
  }

  /** The largest evidence file accepted, in bytes. */
  public long evidenceMaxBytes() {
    return evidenceMaxMb * 1024L * 1024L;
  }

  /** What to say about a file that is too big. */
  public String tooBig(long bytes) {
    return "That file is "
        + BigDecimal.valueOf(bytes)
            .divide(BigDecimal.valueOf(1024 * 1024), 1, RoundingMode.HALF_UP)
            .toPlainString()
        + " MB; evidence files can be up to "
        + evidenceMaxMb
        + " MB. Choose a smaller file, or save it as a PDF at a lower quality.";
  }

  /** The evidence of one of the trainee's own records; empty for anyone else's. */
  public Optional<EvidenceFile> evidence(long userId, long entryId) {
    List<Row> rows =
        Row.list(
            em.createNativeQuery(
                    "select d.file_name, d.media_type, d.content from cpd_evidence d"
                        + " join cpd_entry o on o.id = d.entry_id where d.entry_id = ?1"
                        + " and o.user_id = ?2")
                .setParameter(1, entryId)
                .setParameter(2, userId));
    return rows.stream()
        .findFirst()
        .map(r -> new EvidenceFile(r.stringAt(0), r.stringAt(1), (byte[]) r.at(2)));
  }

  /** Removes one of the trainee's own records (never anyone else's); audited. */
  @Transactional
  public boolean remove(Actor trainee, long entryId) {
    @SuppressWarnings("unchecked")
    List<String> topic =
        em.createNativeQuery("delete from cpd_entry where id = ?1 and user_id = ?2 returning topic")
            .setParameter(1, entryId)
            .setParameter(2, trainee.userId())
            .getResultList();
    if (topic.isEmpty()) {
      return false;
    }
    audit.record(trainee, "cpd.removed", "cpd_entry", entryId, topic.get(0), "RECORDED", null);
    return true;
  }

  public Optional<LocalDate> revalidationDue(long userId) {
    List<Row> rows =
        Row.list(
            em.createNativeQuery("select revalidation_due from cpd_cycle where user_id = ?1")
                .setParameter(1, userId));
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0).dateAt(0));
  }

  @Transactional
  public void setRevalidationDue(Actor trainee, LocalDate due) {
    em.createNativeQuery(
            "insert into cpd_cycle (user_id, revalidation_due) values (?1, ?2)"
                + " on conflict (user_id) do update set revalidation_due = excluded.revalidation_due,"
                + " version = cpd_cycle.version + 1")
        .setParameter(1, trainee.userId())
        .setParameter(2, due)
        .executeUpdate();
    audit.record(
        trainee, "cpd.revalidation-date", "user", trainee.userId(), null, null, due.toString());
  }
}
