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

  /** A per cent to one decimal place; null when there is nothing to divide by. */
  static BigDecimal rate(long part, long whole) {
    return whole == 0
        ? null
        : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
  }

  public int getInactiveDays() {
    return inactiveDays;
  }

  /** The SQL of a trainee's last activity (see docs/metrics.md), on {@code users u}. */
  static final String LAST_ACTIVITY =
      "greatest(u.last_sign_in_at,"
          + " (select max(e.last_activity_at) from enrolment e where e.user_id = u.id))";

  public Summary summary(Population p) {
    Object[] r =
        (Object[])
            p.bind(
                    em.createNativeQuery(
                        "with pop as (select u.id, "
                            + LAST_ACTIVITY
                            + " as last_activity from users u where "
                            + p.where()
                            + "), en as (select e.status, e.completed_at from enrolment e"
                            + " join pop on pop.id = e.user_id)"
                            + " select (select count(*) from pop),"
                            + " (select count(*) from pop where last_activity is null"
                            + "   or last_activity < now() - interval '"
                            + inactiveDays
                            + " days'),"
                            + " (select count(*) from pop where not exists"
                            + "   (select 1 from enrolment e where e.user_id = pop.id)),"
                            + " (select count(*) from en),"
                            + " (select count(*) from en where completed_at is not null),"
                            + " (select count(*) from en where status = 'LEFT')"))
                .getSingleResult();
    return new Summary(n(r[0]), n(r[1]), n(r[2]), n(r[3]), n(r[4]), n(r[5]));
  }

  /** Every course any trainee of the population is enrolled on, by title. */
  @SuppressWarnings("unchecked")
  public List<CourseFigures> courses(Population p) {
    List<Object[]> rows =
        p.bind(
                em.createNativeQuery(
                    "select c.code, v.title, count(*),"
                        + " count(*) filter (where e.completed_at is not null),"
                        + " count(*) filter (where e.status = 'LEFT'),"
                        + " percentile_cont(0.5) within group (order by extract(epoch from"
                        + "   coalesce(cc.first_completed, e.completed_at) - e.enrolled_at) / 86400)"
                        + "   filter (where e.completed_at is not null),"
                        + " percentile_cont(0.9) within group (order by extract(epoch from"
                        + "   coalesce(cc.first_completed, e.completed_at) - e.enrolled_at) / 86400)"
                        + "   filter (where e.completed_at is not null)"
                        + " from users u join enrolment e on e.user_id = u.id"
                        + " join course c on c.id = e.course_id"
                        + " join course_version v on v.id = c.current_version_id"
                        + " left join (select enrolment_id, min(completed_at) as first_completed"
                        + "   from course_completion group by enrolment_id) cc"
                        + "   on cc.enrolment_id = e.id"
                        + " where "
                        + p.where()
                        + " group by c.id, c.code, v.title order by v.title"))
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

  /** The population divided by {@code d}: each value (and "not given") with its figures. */
  @SuppressWarnings("unchecked")
  public List<Breakdown> breakdown(Population p, Dimension d) {
    List<Object[]> rows =
        p.bind(
                em.createNativeQuery(
                    "with pop as (select u.id, u."
                        + d.column()
                        + " as value, "
                        + LAST_ACTIVITY
                        + " as last_activity from users u where "
                        + p.where()
                        + "), en as (select e.user_id, count(*) as enrolments,"
                        + "   count(*) filter (where e.completed_at is not null) as completed"
                        + "   from enrolment e join pop on pop.id = e.user_id group by e.user_id)"
                        + " select pop.value, count(*), coalesce(sum(en.enrolments), 0),"
                        + " coalesce(sum(en.completed), 0),"
                        + " count(*) filter (where pop.last_activity is null"
                        + "   or pop.last_activity < now() - interval '"
                        + inactiveDays
                        + " days')"
                        + " from pop left join en on en.user_id = pop.id"
                        + " group by pop.value order by count(*) desc, pop.value"))
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
