package org.ccioacademy.voice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import org.ccioacademy.catalogue.Course;
import org.ccioacademy.platform.database.Row;

/**
 * What tutors see of the feedback on a course's modules: each module's ratings and flags, the
 * modules to improve first, the flags (paged) and the latest comments, aggregated in SQL and never
 * with a trainee's name. Definitions are in {@code docs/metrics.md}.
 */
@ApplicationScoped
public class ModuleFeedbackFigures {

  @PersistenceContext private EntityManager em;

  /** A module with fewer ratings than this is never put first for its ratings alone. */
  static final int MIN_RATINGS_TO_RANK = 3;

  /** The feedback on one module of a course's current version. */
  public record Figures(
      String moduleCode,
      int position,
      String title,
      long ratings,
      BigDecimal clear,
      BigDecimal useful,
      BigDecimal accurate,
      long openFlags,
      long flags) {

    /** The mean of the three, or null with no ratings. */
    public BigDecimal overall() {
      return ratings == 0
          ? null
          : clear.add(useful).add(accurate).divide(BigDecimal.valueOf(3), 1, RoundingMode.HALF_UP);
    }
  }

  /** A module to improve, with why. */
  public record ToImprove(Figures module, String why) {}

  /** A flag as tutors see it (never with its raiser's name). */
  public record Flag(
      long id,
      String moduleCode,
      String moduleTitle,
      String description,
      OffsetDateTime raisedAt,
      String status,
      String answer,
      OffsetDateTime answeredAt) {}

  /** A comment on a module, for its tutors. */
  public record Comment(String moduleTitle, String text, OffsetDateTime at) {}

  /** The feedback on each module of the course's current version, in order. */
  public List<Figures> figures(Course course) {
    return Row.list(
            em.createNativeQuery(
                    "select m.code, m.position, m.title, count(f.id),"
                        + " coalesce(round(avg(f.clear), 1), 0),"
                        + " coalesce(round(avg(f.useful), 1), 0),"
                        + " coalesce(round(avg(f.accurate), 1), 0),"
                        + " (select count(*) from module_flag g where g.course_id = ?2"
                        + "  and g.module_code = m.code and g.status = 'OPEN'),"
                        + " (select count(*) from module_flag g where g.course_id = ?2"
                        + "  and g.module_code = m.code)"
                        + " from course_module m left join module_feedback f"
                        + " on f.course_id = ?2 and f.module_code = m.code"
                        + " where m.course_version_id = ?1"
                        + " group by m.code, m.position, m.title order by m.position")
                .setParameter(1, course.getCurrentVersion().getId())
                .setParameter(2, course.getId()))
        .stream()
        .map(
            r ->
                new Figures(
                    r.stringAt(0),
                    r.intAt(1),
                    r.stringAt(2),
                    r.longAt(3),
                    r.decimalAt(4),
                    r.decimalAt(5),
                    r.decimalAt(6),
                    r.longAt(7),
                    r.longAt(8)))
        .toList();
  }

  /**
   * The modules to improve first: those with open flags (most first), then those rated lowest
   * overall (below 3.5 of 5, with at least {@value #MIN_RATINGS_TO_RANK} ratings); at most five.
   */
  public static List<ToImprove> toImprove(List<Figures> figures) {
    Comparator<Figures> order =
        Comparator.comparingLong(Figures::openFlags)
            .reversed()
            .thenComparing(f -> f.overall() == null ? BigDecimal.TEN : f.overall());
    return figures.stream()
        .filter(
            f ->
                f.openFlags() > 0
                    || f.ratings() >= MIN_RATINGS_TO_RANK
                        && f.overall().compareTo(new BigDecimal("3.5")) < 0)
        .sorted(order)
        .limit(5)
        .map(f -> new ToImprove(f, why(f)))
        .toList();
  }

  private static String why(Figures f) {
    String flags =
        f.openFlags() == 0
            ? ""
            : f.openFlags() + (f.openFlags() == 1 ? " open flag" : " open flags");
    String rated =
        f.ratings() >= MIN_RATINGS_TO_RANK && f.overall().compareTo(new BigDecimal("3.5")) < 0
            ? "rated " + f.overall().toPlainString() + " of 5 by " + f.ratings()
            : "";
    return flags.isEmpty() ? rated : rated.isEmpty() ? flags : flags + ", " + rated;
  }

  /** The course's flags, open ones first then the newest, a page at a time. */
  public List<Flag> flags(Course course, int first, int n) {
    return Row.list(
            em.createNativeQuery(
                    "select g.id, g.module_code,"
                        + " coalesce((select m.title from course_module m"
                        + "  where m.course_version_id = ?2 and m.code = g.module_code),"
                        + "  g.module_code),"
                        + " g.description, g.raised_at, g.status, g.answer, g.answered_at"
                        + " from module_flag g where g.course_id = ?1"
                        + " order by g.status = 'ANSWERED', g.raised_at desc, g.id desc"
                        + " offset ?3 limit ?4")
                .setParameter(1, course.getId())
                .setParameter(2, course.getCurrentVersion().getId())
                .setParameter(3, first)
                .setParameter(4, n))
        .stream()
        .map(
            r ->
                new Flag(
                    r.longAt(0),
                    r.stringAt(1),
                    r.stringAt(2),
                    r.stringAt(3),
                    r.momentAt(4),
                    r.stringAt(5),
                    r.stringAt(6),
                    r.isNull(7) ? null : r.momentAt(7)))
        .toList();
  }

  public long flagCount(Course course) {
    return ((Number)
            em.createNativeQuery("select count(*) from module_flag where course_id = ?1")
                .setParameter(1, course.getId())
                .getSingleResult())
        .longValue();
  }

  /** The latest comments on the course's modules, newest first. */
  public List<Comment> comments(Course course, int n) {
    return Row.list(
            em.createNativeQuery(
                    "select coalesce((select m.title from course_module m"
                        + "  where m.course_version_id = ?2 and m.code = f.module_code),"
                        + "  f.module_code), f.comment, f.rated_at from module_feedback f"
                        + " where f.course_id = ?1 and f.comment is not null"
                        + " order by f.rated_at desc, f.id desc limit ?3")
                .setParameter(1, course.getId())
                .setParameter(2, course.getCurrentVersion().getId())
                .setParameter(3, n))
        .stream()
        .map(r -> new Comment(r.stringAt(0), r.stringAt(1), r.momentAt(2)))
        .toList();
  }
}
