package org.ccioacademy.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import org.ccioacademy.platform.database.Sql;

/**
 * The trainees behind a dashboard figure, paged in the database: the population, narrowed to those
 * a figure counts (inactive, not on any course, or on one course: enrolled, completed or left).
 */
@ApplicationScoped
public class Drilldown {

  @PersistenceContext private EntityManager em;
  @Inject Dashboard dashboard;

  /** Which trainees of the population a figure counts. */
  public enum Show {
    ALL("Trainees"),
    INACTIVE("Inactive trainees"),
    NOT_ENROLLED("Trainees not enrolled on any course"),
    ENROLLED("Enrolled"),
    COMPLETED("Completed"),
    LEFT("Left the course");

    private final String label;

    Show(String label) {
      this.label = label;
    }

    public String getLabel() {
      return label;
    }

    /** Whether the figure is about one course's enrolments. */
    public boolean perCourse() {
      return this == ENROLLED || this == COMPLETED || this == LEFT;
    }

    public static Show of(String name) {
      for (Show s : values()) {
        if (s.name().equals(name)) {
          return s;
        }
      }
      return ALL;
    }
  }

  /** What "not given" is called in a link's or a request's {@code value}. */
  public static final String NOT_GIVEN = "-";

  /**
   * {@code p} narrowed to one value of a dimension, as links and requests name them ({@code
   * by=REGION&value=LONDON}, {@link #NOT_GIVEN} for none); {@code p} itself when either is absent
   * or unknown.
   */
  public static Population narrow(Population p, String by, String value) {
    Dimension d = Dimension.of(by);
    return d == null || value == null ? p : p.only(d, NOT_GIVEN.equals(value) ? null : value);
  }

  /** One trainee as listed. */
  public record Line(
      long userId,
      String name,
      String odsCode,
      String region,
      String group,
      String grade,
      int enrolments,
      int completed,
      OffsetDateTime lastActivity) {}

  /** The condition for {@code show} on {@code trainee_fact t} ({@code courseId} for a course). */
  private String condition(Show show, Long courseId) {
    return switch (show) {
      case ALL -> "";
      case INACTIVE ->
          " and (t.last_activity_at is null or t.last_activity_at < now() - interval '"
              + dashboard.getInactiveDays()
              + " days')";
      case NOT_ENROLLED -> " and t.enrolments = 0";
      case ENROLLED, COMPLETED, LEFT ->
          " and exists (select 1 from enrolment_fact f where f.user_id = t.user_id"
              + " and f.course_id = "
              + (courseId == null ? -1 : courseId)
              + (show == Show.COMPLETED
                  ? " and f.days_to_complete is not null"
                  : show == Show.LEFT ? " and f.status = 'LEFT'" : "")
              + ")";
    };
  }

  public long count(Population p, Show show, Long courseId) {
    return ((Number)
            p.bind(
                    em.createNativeQuery(
                        "select count(*) from trainee_fact t where "
                            + p.where()
                            + condition(show, courseId)))
                .getSingleResult())
        .longValue();
  }

  /** A page of trainees, by name. */
  public List<Line> page(Population p, Show show, Long courseId, int first, int n) {
    return lines(
        p,
        show,
        courseId,
        " order by lower(u.full_name), t.user_id offset "
            + Math.max(0, first)
            + " limit "
            + Math.max(0, n));
  }

  /**
   * The next {@code n} trainees after user {@code afterId}, by user id: for exports, which read
   * every trainee a batch at a time without sorting the whole population for each batch.
   */
  public List<Line> after(Population p, Show show, Long courseId, long afterId, int n) {
    return lines(
        p,
        show,
        courseId,
        " and t.user_id > " + afterId + " order by t.user_id limit " + Math.max(0, n));
  }

  @SuppressWarnings("unchecked")
  private List<Line> lines(Population p, Show show, Long courseId, String range) {
    List<Object[]> rows =
        p.bind(
                em.createNativeQuery(
                    "select t.user_id, u.full_name, t.ods_code, t.region, t.professional_group,"
                        + " t.grade, t.enrolments, t.completed, t.last_activity_at"
                        + " from trainee_fact t join users u on u.id = t.user_id where "
                        + p.where()
                        + condition(show, courseId)
                        + range))
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new Line(
                    ((Number) r[0]).longValue(),
                    (String) r[1],
                    (String) r[2],
                    Dimension.REGION.describe((String) r[3]),
                    Dimension.GROUP.describe((String) r[4]),
                    Dimension.GRADE.describe((String) r[5]),
                    ((Number) r[6]).intValue(),
                    ((Number) r[7]).intValue(),
                    Sql.offsetDateTime(r[8])))
        .toList();
  }
}
