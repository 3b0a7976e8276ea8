package org.ccioacademy.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A cohort's figures, each one SQL aggregate over its {@link Population}; never a loop over rows in
 * Java. Definitions (numerator, denominator, what counts as activity) are in docs/metrics.md.
 */
@ApplicationScoped
public class Dashboard {

  @PersistenceContext private EntityManager em;

  /** Days without activity after which a trainee counts as inactive. */
  @Inject
  @ConfigProperty(name = "ccio.review.inactive-days", defaultValue = "60")
  int inactiveDays;

  /** The headline: trainees, those active and inactive, enrolments and completions. */
  public record Summary(
      long trainees, long inactive, long neverStarted, long enrolments, long completed, long left) {

    public BigDecimal completionRate() {
      return rate(completed, enrolments);
    }

    public BigDecimal inactiveRate() {
      return rate(inactive, trainees);
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
      return rate(completed, enrolled);
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
      return rate(completed, enrolments);
    }

    public BigDecimal inactiveRate() {
      return rate(inactive, trainees);
    }
  }

  /** One module of a course: how many of the course's trainees completed it, and its quiz. */
  public record ModuleFigures(
      String code,
      String title,
      long enrolled,
      long completed,
      long attempted,
      long passed,
      BigDecimal averageScore) {

    public BigDecimal completionRate() {
      return rate(completed, enrolled);
    }

    public BigDecimal passRate() {
      return rate(passed, attempted);
    }
  }

  /** A per cent to one decimal place; null when there is nothing to divide by. */
  static BigDecimal rate(long part, long whole) {
    return whole == 0
        ? null
        : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
  }

  public int getInactiveDays() {
    return inactiveDays;
  }

  /** The inactive condition on {@code trainee_fact t} (see docs/metrics.md). */
  private String inactive() {
    return "t.last_activity_at is null or t.last_activity_at < now() - interval '"
        + inactiveDays
        + " days'";
  }

  public Summary summary(Population p) {
    Object[] r =
        (Object[])
            p.bind(
                    em.createNativeQuery(
                        "select count(*), count(*) filter (where "
                            + inactive()
                            + "), count(*) filter (where t.enrolments = 0),"
                            + " coalesce(sum(t.enrolments), 0), coalesce(sum(t.completed), 0),"
                            + " coalesce(sum(t.left_courses), 0)"
                            + " from trainee_fact t where "
                            + p.where()))
                .getSingleResult();
    return new Summary(n(r[0]), n(r[1]), n(r[2]), n(r[3]), n(r[4]), n(r[5]));
  }

  /** Every course any trainee of the population is enrolled on, by title. */
  @SuppressWarnings("unchecked")
  public List<CourseFigures> courses(Population p) {
    List<Object[]> rows =
        p.bind(
                em.createNativeQuery(
                    // counts by hashing every enrolment; the percentiles sort only the completed
                    "select c.code, v.title, f.enrolled, f.completed, f.left_courses,"
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
                        + " join course c on c.id = f.course_id"
                        + " join course_version v on v.id = c.current_version_id"
                        + " order by v.title"))
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new CourseFigures(
                    (String) r[0],
                    (String) r[1],
                    n(r[2]),
                    n(r[3]),
                    n(r[4]),
                    days(r[5]),
                    days(r[6])))
        .toList();
  }

  /**
   * The modules of a course (its current version, in order): of the population's enrolments on it,
   * how many completed each module, took its quiz and passed it, and the average best score.
   */
  @SuppressWarnings("unchecked")
  public List<ModuleFigures> modules(Population p, long courseId) {
    List<Object[]> rows =
        p.bind(
                em.createNativeQuery(
                    "with e as (select t.enrolment_id from enrolment_fact t where t.course_id = "
                        + courseId
                        + " and "
                        + p.where()
                        + "), pr as (select mp.module_code,"
                        + "   count(*) filter (where mp.completed_at is not null) as completed,"
                        + "   count(mp.best_score) as attempted,"
                        + "   count(mp.quiz_passed_at) as passed,"
                        + "   round(avg(mp.best_score), 1) as average"
                        + "   from module_progress mp join e on e.enrolment_id = mp.enrolment_id"
                        + "   group by mp.module_code)"
                        + " select m.code, m.title, (select count(*) from e),"
                        + " coalesce(pr.completed, 0), coalesce(pr.attempted, 0),"
                        + " coalesce(pr.passed, 0), pr.average"
                        + " from module m join course c on c.current_version_id = m.course_version_id"
                        + " left join pr on pr.module_code = m.code"
                        + " where c.id = "
                        + courseId
                        + " order by m.position"))
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new ModuleFigures(
                    (String) r[0],
                    (String) r[1],
                    n(r[2]),
                    n(r[3]),
                    n(r[4]),
                    n(r[5]),
                    r[6] == null ? null : new BigDecimal(r[6].toString())))
        .toList();
  }

  /** The population divided by {@code d}: each value (and "not given") with its figures. */
  @SuppressWarnings("unchecked")
  public List<Breakdown> breakdown(Population p, Dimension d) {
    List<Object[]> rows =
        p.bind(
                em.createNativeQuery(
                    "select t."
                        + d.column()
                        + ", count(*), coalesce(sum(t.enrolments), 0),"
                        + " coalesce(sum(t.completed), 0), count(*) filter (where "
                        + inactive()
                        + ") from trainee_fact t where "
                        + p.where()
                        + " group by 1 order by 2 desc, 1"))
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new Breakdown(
                    d,
                    (String) r[0],
                    d.describe((String) r[0]),
                    n(r[1]),
                    n(r[2]),
                    n(r[3]),
                    n(r[4])))
        .toList();
  }

  private static long n(Object o) {
    return ((Number) o).longValue();
  }

  private static BigDecimal days(Object o) {
    return o == null ? null : new BigDecimal(o.toString()).setScale(1, RoundingMode.HALF_UP);
  }
}
