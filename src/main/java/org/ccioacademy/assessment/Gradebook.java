package org.ccioacademy.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ccioacademy.catalogue.Course;
import org.ccioacademy.catalogue.Module;
import org.ccioacademy.platform.database.Row;
import org.ccioacademy.platform.database.Sql;

/**
 * A course's gradebook: its trainees (enrolled, not left) against its assessed items, the quizzes
 * of its modules (best score, per cent) and its assignments (the current mark of the newest
 * submission, as a per cent of the maximum), with each trainee's totals: items passed, and the
 * average per cent over all items (an item not yet done counts as 0). Paged, filtered and totalled
 * in the database; definitions in docs/metrics.md.
 */
@ApplicationScoped
public class Gradebook {

  @PersistenceContext private EntityManager em;

  /** An assessed item: a module's quiz or an assignment. */
  public record Item(String key, String title, String kind, int max) {}

  /** One trainee's line: their result per item key, and totals. */
  public record Line(
      long userId,
      long enrolmentId,
      String name,
      String email,
      Map<String, Cell> cells,
      int passed,
      BigDecimal average) {}

  /** Which trainees a gradebook shows, besides those whose name or email matches the search. */
  public enum Show {
    EVERYONE("Everyone"),
    ALL_PASSED("Passed every item"),
    OUTSTANDING("Still to pass an item"),
    NOTHING_YET("Nothing done yet"),
    COMPLETED("Course completed"),
    NOT_COMPLETED("Course not completed");

    private final String label;

    Show(String label) {
      this.label = label;
    }

    public String getLabel() {
      return label;
    }

    /** The named choice, or everyone for none or an unknown name. */
    public static Show of(String name) {
      for (Show s : values()) {
        if (s.name().equals(name)) {
          return s;
        }
      }
      return EVERYONE;
    }
  }

  /** A search by name or email (may be empty) and a choice of trainees. */
  public record Filter(String search, Show show) {
    public Filter {
      show = show == null ? Show.EVERYONE : show;
    }

    public static Filter everyone() {
      return new Filter(null, Show.EVERYONE);
    }
  }

  /**
   * A result: the score as given (per cent for quizzes and content packages, marks for assignments;
   * null for a package that reports no score), passed (a package: done by its own rule), and for a
   * content package how many attempts the trainee has made.
   */
  public record Cell(BigDecimal score, BigDecimal percent, boolean passed, Integer attempts) {

    /** As the gradebook shows it: "90% · 2 attempts", "72 (not passed)", "done · 1 attempt". */
    public String shown(String kind) {
      String s =
          score == null
              ? (passed ? "done" : "started")
              : score.stripTrailingZeros().toPlainString()
                  + ("ASSIGNMENT".equals(kind) ? "" : "%")
                  + (passed ? "" : " (not passed)");
      return attempts == null
          ? s
          : s + " · " + attempts + (attempts == 1 ? " attempt" : " attempts");
    }
  }

  /** The course's assessed items, quizzes in module order then assignments by deadline. */
  public List<Item> items(Course course) {
    List<Item> items = new ArrayList<>();
    for (Module m : course.getCurrentVersion().getModules()) {
      if (m.hasQuiz()) {
        items.add(new Item("q:" + m.getCode(), m.getTitle() + " (quiz)", "QUIZ", 100));
      } else if (m.isPackage()) {
        items.add(new Item("p:" + m.getCode(), m.getTitle() + " (package)", "PACKAGE", 100));
      }
    }
    List<Row> assignments =
        Row.list(
            em.createNativeQuery(
                    "select id, title, max_mark from assignment where course_id = ?1"
                        + " order by due_at, id")
                .setParameter(1, course.getId()));
    for (Row a : assignments) {
      items.add(new Item("a:" + a.at(0), a.stringAt(1), "ASSIGNMENT", a.intAt(2)));
    }
    return items;
  }

  public long count(Course course, List<Item> items, Filter filter) {
    return ((Number)
            em.createNativeQuery(
                    "select count(*) from enrolment_standing e join person u on u.id = e.user_id"
                        + joins(filter.show())
                        + " where e.course_id = ?1 and e.status <> 'LEFT'"
                        + " and (?2 = '' or lower(u.full_name) like ?2"
                        + "   or lower(u.email) like ?2)"
                        + condition(filter.show(), items))
                .setParameter(1, course.getId())
                .setParameter(2, pattern(filter.search()))
                .setParameter(3, quizModules(items))
                .setParameter(4, modules(items, "PACKAGE"))
                .getSingleResult())
        .longValue();
  }

  /**
   * The joins for a choice of trainees that depends on what they passed: each enrolment's quizzes
   * passed ({@code qp.n}) and each trainee's assignments passed ({@code ap.n}), counted for the
   * whole course at once ({@code ?1} the course, {@code ?3} its quiz modules) as the gradebook's
   * Passed column counts them. Empty for other choices.
   */
  private static String joins(Show show) {
    if (show != Show.ALL_PASSED && show != Show.OUTSTANDING) {
      return "";
    }
    return " left join (select p.enrolment_id, count(*) as n from module_standing p"
        + "   join enrolment_standing pe on pe.enrolment_id = p.enrolment_id where pe.course_id = ?1"
        + "   and ((p.quiz_passed_at is not null and p.module_code = any(cast(?3 as varchar[])))"
        + "     or (p.package_done_at is not null"
        + "       and p.module_code = any(cast(?4 as varchar[]))))"
        + "   group by p.enrolment_id) qp on qp.enrolment_id = e.enrolment_id"
        + " left join (select s.user_id, count(*) as n from (select distinct on"
        + "     (s.assignment_id, s.user_id) s.id, s.user_id, s.assignment_id"
        + "     from submission s join assignment a on a.id = s.assignment_id"
        + "     where a.course_id = ?1 and s.status = 'SUBMITTED'"
        + "     order by s.assignment_id, s.user_id, s.attempt_no desc) s"
        + "   join assignment a on a.id = s.assignment_id"
        + "   join lateral (select mark from grade x where x.submission_id = s.id"
        + "     and (not a.moderated or x.kind = 'AGREED')"
        + Marking.STANDING_FIRST
        + "     limit 1) g on true"
        + "   where g.mark >= a.pass_mark group by s.user_id) ap on ap.user_id = e.user_id";
  }

  /** The SQL condition on enrolment {@code e} (with {@link #joins}) for a choice of trainees. */
  private static String condition(Show show, List<Item> items) {
    String passed = "coalesce(qp.n, 0) + coalesce(ap.n, 0)";
    return switch (show) {
      case EVERYONE -> "";
      case ALL_PASSED -> " and " + passed + " = " + items.size();
      case OUTSTANDING -> " and " + passed + " < " + items.size();
      case NOTHING_YET ->
          " and not exists (select 1 from module_standing p where p.enrolment_id = e.enrolment_id"
              + "   and ((p.best_score is not null and p.module_code = any(cast(?3 as varchar[])))"
              + "     or p.module_code = any(cast(?4 as varchar[]))))"
              + " and not exists (select 1 from submission s join assignment a"
              + "   on a.id = s.assignment_id where a.course_id = ?1 and s.user_id = e.user_id"
              + "   and s.status = 'SUBMITTED')";
      case COMPLETED -> " and e.status = 'COMPLETED'";
      case NOT_COMPLETED -> " and e.status <> 'COMPLETED'";
    };
  }

  private static String quizModules(List<Item> items) {
    return modules(items, "QUIZ");
  }

  /** The codes of the items' modules of one kind, as a PostgreSQL array literal. */
  private static String modules(List<Item> items, String kind) {
    return "{"
        + String.join(
            ",",
            items.stream()
                .filter(i -> i.kind().equals(kind))
                .map(i -> i.key().substring(2))
                .toList())
        + "}";
  }

  /** A page of lines, by name. */
  public List<Line> lines(Course course, List<Item> items, Filter filter, int first, int n) {
    List<Row> rows =
        Row.list(
            em.createNativeQuery(
                    "with t as (select u.id as user_id, u.full_name, u.email, e.enrolment_id"
                        + "   from enrolment_standing e join person u on u.id = e.user_id"
                        + joins(filter.show())
                        + "   where e.course_id = ?1 and e.status <> 'LEFT'"
                        + "   and (?2 = '' or lower(u.full_name) like ?2"
                        + "     or lower(u.email) like ?2)"
                        + condition(filter.show(), items)
                        // offset and limit written in, not bound: with them bound the planner may
                        // keep a generic plan that thinks the page is one row (13 s for 500 lines)
                        + "   order by lower(u.full_name), u.id offset "
                        + Math.max(0, first)
                        + " limit "
                        + Math.max(0, n)
                        + "),"
                        // materialized: computed once. Inlined, a filter that the planner thinks
                        // leaves one row on a late page made it recompute x for every line (11 s)
                        + " x as materialized (select t.user_id, 'q:' || p.module_code as item,"
                        + "     p.best_score::numeric as score, p.best_score::numeric as pct,"
                        + "     p.quiz_passed_at is not null as passed, null::bigint as attempts"
                        + "   from t join module_standing p on p.enrolment_id = t.enrolment_id"
                        + "   where p.best_score is not null"
                        + "   and p.module_code = any(cast(?3 as varchar[]))"
                        + "   union all"
                        + "   select t.user_id, 'p:' || k.module_code, p.best_score::numeric,"
                        + "     p.best_score::numeric, p.package_done_at is not null, k.attempts"
                        + "   from t join package_standing k on k.enrolment_id = t.enrolment_id"
                        + "   left join module_standing p on p.enrolment_id = k.enrolment_id"
                        + "     and p.module_code = k.module_code"
                        + "   where k.module_code = any(cast(?4 as varchar[]))"
                        + "   union all"
                        + "   select t.user_id, 'a:' || a.id, g.mark,"
                        + "     round(100 * g.mark / a.max_mark, 2), g.mark >= a.pass_mark, null"
                        + "   from t join assignment a on a.course_id = ?1"
                        + "   join lateral (select s.id from submission s where s.assignment_id = a.id"
                        + "     and s.user_id = t.user_id and s.status = 'SUBMITTED'"
                        + "     order by s.attempt_no desc limit 1) s on true"
                        + "   join lateral (select mark from grade x where x.submission_id = s.id"
                        + "     and (not a.moderated or x.kind = 'AGREED')"
                        + Marking.STANDING_FIRST
                        + " limit 1) g on true)"
                        + " select t.user_id, t.full_name, t.email, x.item, x.score, x.pct, x.passed,"
                        + "   count(*) filter (where x.passed) over (partition by t.user_id),"
                        + "   coalesce(sum(x.pct) over (partition by t.user_id), 0), t.enrolment_id,"
                        + "   x.attempts"
                        + " from t left join x on x.user_id = t.user_id"
                        + " order by lower(t.full_name), t.user_id")
                .setParameter(1, course.getId())
                .setParameter(2, pattern(filter.search()))
                .setParameter(3, quizModules(items))
                .setParameter(4, modules(items, "PACKAGE")));
    Map<Long, Line> lines = new LinkedHashMap<>();
    int itemCount = items.size();
    for (Row r : rows) {
      long userId = r.longAt(0);
      Line line =
          lines.computeIfAbsent(
              userId,
              id ->
                  new Line(
                      id,
                      r.longAt(9),
                      r.stringAt(1),
                      r.stringAt(2),
                      new LinkedHashMap<>(),
                      r.intAt(7),
                      itemCount == 0
                          ? BigDecimal.ZERO
                          : r.decimalAt(8)
                              .divide(BigDecimal.valueOf(itemCount), 1, RoundingMode.HALF_UP)));
      if (!r.isNull(3)) {
        line.cells()
            .put(
                r.stringAt(3),
                new Cell(
                    r.isNull(4) ? null : r.decimalAt(4),
                    r.isNull(5) ? null : r.decimalAt(5),
                    r.booleanAt(6),
                    r.nullableIntAt(10)));
      }
    }
    return new ArrayList<>(lines.values());
  }

  private static String pattern(String search) {
    return search == null || search.isBlank() ? "" : Sql.containsPattern(search);
  }
}
