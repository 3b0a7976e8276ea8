package org.ccioacademy.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ccioacademy.delivery.ModuleFigures;
import org.ccioacademy.pathway.PathwayDefinition;
import org.ccioacademy.platform.database.Row;
import org.ccioacademy.platform.kernel.Percent;
import org.ccioacademy.platform.web.UkTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A cohort's figures, each one SQL aggregate over its {@link Population}; never a loop over rows in
 * Java. Definitions (numerator, denominator, what counts as activity) are in docs/metrics.md.
 */
@ApplicationScoped
public class Dashboard {

  @PersistenceContext private EntityManager em;

  @Inject SideBySide sideBySide;

  /** Days without activity after which a trainee counts as inactive. */
  @Inject
  @ConfigProperty(name = "ccio.review.inactive-days", defaultValue = "60")
  int inactiveDays;

  /** The headline: trainees, those active and inactive, enrolments and completions. */
  public record Summary(
      long trainees, long inactive, long neverStarted, long enrolments, long completed, long left) {

    public BigDecimal completionRate() {
      return Percent.of(completed, enrolments);
    }

    public BigDecimal inactiveRate() {
      return Percent.of(inactive, trainees);
    }
  }

  /** One course: enrolments of the population, completions, drop-outs and days to complete. */
  public record CourseFigures(
      String code,
      String title,
      long enrolled,
      long completed,
      long left,
      BigDecimal medianDays,
      BigDecimal p90Days) {

    public BigDecimal completionRate() {
      return Percent.of(completed, enrolled);
    }
  }

  /** One value of a dimension (a region, an organisation...): its trainees and their figures. */
  public record Breakdown(
      Dimension dimension,
      String value,
      String label,
      long trainees,
      long enrolments,
      long completed,
      long inactive) {

    public BigDecimal completionRate() {
      return Percent.of(completed, enrolments);
    }

    public BigDecimal inactiveRate() {
      return Percent.of(inactive, trainees);
    }
  }

  /** A pathway stage (or "no stage yet") and the trainees whose highest stage it is. */
  public record StageFigures(String stageId, String title, long trainees, long population) {
    public BigDecimal share() {
      return Percent.of(trainees, population);
    }
  }

  /** An event that has begun: the population's trainees with a place, and how many came. */
  public record EventFigures(
      long id, String title, LocalDate startsOn, long registered, long attended) {
    public BigDecimal attendanceRate() {
      return Percent.of(attended, registered);
    }
  }

  /** One month: the courses first completed in it, and their median days to complete. */
  public record Month(YearMonth month, long completed, BigDecimal medianDays) {}

  /** Months shown on the dashboard's "month by month" (this one and those before). */
  public static final int MONTHS = 12;

  /** Every figure of the dashboard page. */
  public record Figures(
      Summary summary,
      List<CourseFigures> courses,
      List<Breakdown> breakdown,
      List<StageFigures> stages,
      List<EventFigures> events,
      List<Month> months) {}

  /**
   * The whole dashboard for a population, its four queries run side by side: on 2 cores the page
   * waits for the slowest rather than for their sum.
   */
  public Figures all(Population p, Dimension d, Optional<PathwayDefinition> pathway) {
    var headline = sideBySide.start(e -> summaryAndBreakdown(e, p, d));
    var courses = sideBySide.start(e -> courses(e, p));
    var events = sideBySide.start(e -> events(e, p, 20));
    var stages = sideBySide.start(e -> pathway.map(def -> stageCounts(e, p, def)).orElse(null));
    var months = sideBySide.start(e -> months(e, p, YearMonth.now(UkTime.UK)));
    SideBySide.settle(headline, courses, events, stages, months);
    Summary s = SideBySide.join(headline).summary();
    List<StageFigures> stageFigures =
        pathway
            .map(def -> stages(s.trainees(), def.stages(), SideBySide.join(stages)))
            .orElse(List.of());
    return new Figures(
        s,
        SideBySide.join(courses),
        SideBySide.join(headline).breakdown(),
        stageFigures,
        SideBySide.join(events),
        SideBySide.join(months));
  }

  /**
   * The population's completions month by month (UK months, the {@value #MONTHS} up to {@code
   * last}, a month with none included), each course counted in the month it was first completed,
   * with the median days it took (see docs/metrics.md).
   */
  private List<Month> months(EntityManager e, Population p, YearMonth last) {
    YearMonth first = last.minusMonths(MONTHS - 1L);
    int n = p.parameters();
    List<Row> rows =
        Row.list(
            p.bind(
                    e.createNativeQuery(
                        "select to_char(s.first_completed_at at time zone 'Europe/London',"
                            + " 'YYYY-MM'), count(*),"
                            + " percentile_cont(0.5) within group (order by t.days_to_complete)"
                            + " from enrolment_fact t join enrolment_standing s"
                            + " on s.enrolment_id = t.enrolment_id where "
                            + p.where()
                            + " and s.first_completed_at >= ?"
                            + (n + 1)
                            + " group by 1"))
                .setParameter(n + 1, first.atDay(1).atStartOfDay(UkTime.UK).toOffsetDateTime()));
    Map<YearMonth, Row> byMonth = new HashMap<>();
    rows.forEach(r -> byMonth.put(YearMonth.parse(r.stringAt(0)), r));
    List<Month> months = new ArrayList<>();
    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      Row r = byMonth.get(m);
      months.add(
          r == null ? new Month(m, 0, null) : new Month(m, r.longAt(1), days(r.decimalAt(2))));
    }
    return months;
  }

  /** The headline figures alone (a reviewer's home shows one line per cohort). */
  public Summary summary(Population p) {
    return summaryAndBreakdown(em, p, Dimension.GROUP).summary();
  }

  /** Days without activity after which a trainee counts as inactive. */
  public int getInactiveDays() {
    return inactiveDays;
  }

  /** The inactive condition on {@code trainee_fact t} (see docs/metrics.md). */
  private String inactive() {
    return "t.last_activity_at is null or t.last_activity_at < now() - interval '"
        + inactiveDays
        + " days'";
  }

  /** The headline figures and a breakdown, from one pass over the population. */
  private record Headline(Summary summary, List<Breakdown> breakdown) {}

  /**
   * The summary and the breakdown by {@code d} in one scan of {@code trainee_fact}: grouping sets
   * give a row per value of the dimension and one (where {@code grouping()} is 1) for the whole
   * population.
   */
  private Headline summaryAndBreakdown(EntityManager e, Population p, Dimension d) {
    List<Row> rows =
        Row.list(
            p.bind(
                e.createNativeQuery(
                    "select grouping(t."
                        + d.column()
                        + "), t."
                        + d.column()
                        + ", count(*), coalesce(sum(t.enrolments), 0),"
                        + " coalesce(sum(t.completed), 0), count(*) filter (where "
                        + inactive()
                        + "), count(*) filter (where t.enrolments = 0),"
                        + " coalesce(sum(t.left_courses), 0)"
                        + " from trainee_fact t where "
                        + p.where()
                        + " group by grouping sets ((t."
                        + d.column()
                        + "), ()) order by 1, 3 desc, 2")));
    Summary summary = new Summary(0, 0, 0, 0, 0, 0);
    List<Breakdown> breakdown = new ArrayList<>();
    for (Row r : rows) {
      if (r.longAt(0) == 1) {
        summary =
            new Summary(
                r.longAt(2), r.longAt(5), r.longAt(6), r.longAt(3), r.longAt(4), r.longAt(7));
      } else {
        breakdown.add(
            new Breakdown(
                d,
                r.stringAt(1),
                d.describe(r.stringAt(1)),
                r.longAt(2),
                r.longAt(3),
                r.longAt(4),
                r.longAt(5)));
      }
    }
    return new Headline(summary, List.copyOf(breakdown));
  }

  /** Every course any trainee of the population is enrolled on, by title. */
  public List<CourseFigures> courses(Population p) {
    return courses(em, p);
  }

  private List<CourseFigures> courses(EntityManager e, Population p) {
    List<Row> rows =
        Row.list(
            p.bind(
                e.createNativeQuery(
                    // counts by hashing every enrolment; the percentiles sort only the completed
                    "select v.code, v.title, f.enrolled, f.completed, f.left_courses,"
                        + " d.days[1], d.days[2]"
                        + " from (select t.course_id, count(*) as enrolled,"
                        + "   count(t.days_to_complete) as completed,"
                        + "   count(*) filter (where t.status = 'LEFT') as left_courses"
                        + "   from enrolment_fact t where "
                        + p.where()
                        + "   group by t.course_id) f"
                        + " left join (select t.course_id, percentile_cont(array[0.5, 0.9])"
                        + "   within group (order by t.days_to_complete) as days"
                        + "   from enrolment_fact t where t.days_to_complete is not null and "
                        + p.where()
                        + "   group by t.course_id) d on d.course_id = f.course_id"
                        + " join current_course v on v.course_id = f.course_id"
                        + " order by v.title")));
    return rows.stream()
        .map(
            r ->
                new CourseFigures(
                    r.stringAt(0),
                    r.stringAt(1),
                    r.longAt(2),
                    r.longAt(3),
                    r.longAt(4),
                    days(r.decimalAt(5)),
                    days(r.decimalAt(6))))
        .toList();
  }

  /**
   * The modules of a course (its current version, in order) over the population's enrolments on it,
   * counted as for the course's tutors (delivery's {@code module_figures}).
   */
  public List<ModuleFigures> modules(Population p, long courseId) {
    return Row.list(
            p.bind(
                em.createNativeQuery(
                    "select * from module_figures("
                        + courseId
                        + ", array(select t.enrolment_id from enrolment_fact t where t.course_id = "
                        + courseId
                        + " and "
                        + p.where()
                        + "))")))
        .stream()
        .map(ModuleFigures::of)
        .toList();
  }

  /**
   * How far along the career pathway the population is: the trainees whose highest stage
   * certificate (not revoked) is each stage; index 1 is the first stage (index 0 unused).
   */
  private long[] stageCounts(EntityManager e, Population p, PathwayDefinition def) {
    List<String> ids = def.stages().stream().map(PathwayDefinition.Stage::id).toList();
    // stage ids are checked by the pathway reader: lower-case letters, digits and hyphens
    String order =
        "array["
            + String.join(
                ", ", ids.stream().map(x -> "'" + x.replaceAll("[^a-z0-9-]", "") + "'").toList())
            + "]::text[]";
    List<Row> rows =
        Row.list(
            p.bind(
                e.createNativeQuery(
                    // trainee_fact.stages holds each trainee's stage certificates (V28): group the
                    // population by it (a handful of distinct sets), then find each set's highest
                    "with g as (select t.stages, count(*) as n from trainee_fact t"
                        + " where t.stages is not null and "
                        + p.where()
                        + " group by t.stages)"
                        + " select h.highest, sum(h.n) from (select g.n, (select max(array_position("
                        + order
                        + ", split_part(a, ':', 3))) from unnest(g.stages) a where a like 'stage:"
                        + def.id().replaceAll("[^a-z0-9-]", "")
                        + ":%') as highest from g) h where h.highest is not null group by 1")));
    long[] counts = new long[ids.size() + 1];
    for (Row r : rows) {
      int at = r.intAt(0);
      if (at >= 1 && at <= ids.size()) {
        counts[at] = r.longAt(1);
      }
    }
    return counts;
  }

  private static List<StageFigures> stages(
      long population, List<PathwayDefinition.Stage> stages, long[] counts) {
    long reached = Arrays.stream(counts).sum();
    List<StageFigures> figures = new ArrayList<>();
    figures.add(new StageFigures(null, "No stage yet", population - reached, population));
    for (int i = 0; i < stages.size(); i++) {
      figures.add(
          new StageFigures(stages.get(i).id(), stages.get(i).title(), counts[i + 1], population));
    }
    return figures;
  }

  /**
   * Of the {@code limit} most recent events that have begun (published, a session started), those
   * where trainees of the population had a place, newest first: the trainees with a place, and
   * those of them marked present or late (their latest mark) at one or more sessions.
   */
  private List<EventFigures> events(EntityManager e, Population p, int limit) {
    List<Row> rows =
        Row.list(
            p.bind(
                e.createNativeQuery(
                    "with ev as (select e.event_id as id, e.title, e.starts_on from published_event e"
                        + "   where e.begun"
                        + "   order by e.starts_on desc, e.event_id desc limit "
                        + Math.max(1, limit)
                        + "), came as (select distinct a.event_id, a.user_id from session_attendance a"
                        + "   where a.attended and a.event_id in (select id from ev))"
                        + " select ev.id, ev.title, ev.starts_on, count(*), count(came.user_id)"
                        + " from ev join event_place r on r.event_id = ev.id"
                        + " join trainee_fact t on t.user_id = r.user_id"
                        + " left join came on came.event_id = ev.id and came.user_id = r.user_id"
                        + " where "
                        + p.where()
                        + " group by ev.id, ev.title, ev.starts_on"
                        + " order by ev.starts_on desc, ev.id desc")));
    return rows.stream()
        .map(
            r ->
                new EventFigures(r.longAt(0), r.stringAt(1), r.dateAt(2), r.longAt(3), r.longAt(4)))
        .toList();
  }

  /** The population divided by {@code d}: each value (and "not given") with its figures. */
  public List<Breakdown> breakdown(Population p, Dimension d) {
    return summaryAndBreakdown(em, p, d).breakdown();
  }

  private static BigDecimal days(BigDecimal d) {
    return d == null ? null : d.setScale(1, RoundingMode.HALF_UP);
  }
}
