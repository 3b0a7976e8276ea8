package org.ccioacademy.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.ccioacademy.identity.Grade;
import org.ccioacademy.identity.Profession;
import org.ccioacademy.identity.Region;
import org.ccioacademy.platform.database.Row;
import org.ccioacademy.platform.kernel.Percent;

/**
 * Measured information quality of trainees' profiles (the 12-point plan): how many have a missing
 * or invalid registration number, organisation, region or grade, and who they are, so the records
 * can be put right. Definitions in docs/metrics.md.
 */
@ApplicationScoped
public class DataQuality {

  @PersistenceContext private EntityManager em;
  @Inject SideBySide sideBySide;

  /** The four checks, each a SQL condition on {@code users u} that is true for a problem. */
  public enum Check {
    REGISTRATION("Registration number"),
    ORGANISATION("Organisation (ODS code)"),
    REGION("Region"),
    GRADE("Grade or band");

    private final String label;

    Check(String label) {
      this.label = label;
    }

    public String getLabel() {
      return label;
    }

    public static Check of(String name) {
      for (Check c : values()) {
        if (c.name().equals(name)) {
          return c;
        }
      }
      return null;
    }
  }

  /** One check's figures: trainees with the field missing, and with it in a wrong form. */
  public record Figure(Check check, long missing, long invalid, long trainees) {
    public BigDecimal missingRate() {
      return Percent.of(missing, trainees);
    }

    public BigDecimal invalidRate() {
      return Percent.of(invalid, trainees);
    }

    public BigDecimal problemRate() {
      return Percent.of(missing + invalid, trainees);
    }
  }

  /** A trainee with at least one problem, and the problems in words. */
  public record Problem(long userId, String name, String email, String odsCode, String problems) {}

  /** SQL: the field is missing. */
  static String missing(Check c) {
    return switch (c) {
      case REGISTRATION -> "(u.registration_number is null and " + needsNumber() + ")";
      case ORGANISATION -> "u.ods_code is null";
      case REGION -> "u.region is null";
      case GRADE -> "u.grade is null";
    };
  }

  /** SQL: the field is there but not in a form the application accepts. */
  static String invalid(Check c) {
    return switch (c) {
      case REGISTRATION -> "(u.registration_number is not null and not " + validNumber() + ")";
      case ORGANISATION -> "(u.ods_code is not null and u.ods_code !~ '^[A-Z0-9]{1,9}$')";
      case REGION -> "(u.region is not null and u.region not in (" + names(Region.values()) + "))";
      case GRADE -> "(u.grade is not null and u.grade not in (" + names(Grade.values()) + "))";
    };
  }

  private static String needsNumber() {
    List<String> needing = new ArrayList<>();
    for (Profession p : Profession.values()) {
      if (p.regulator().issuesNumbers()) {
        needing.add("'" + p.name() + "'");
      }
    }
    return "(u.profession is null or u.profession in (" + String.join(", ", needing) + "))";
  }

  /** Whether the number has the form its profession's regulator issues (as at registration). */
  private static String validNumber() {
    StringBuilder s = new StringBuilder("(case u.profession");
    for (Profession p : Profession.values()) {
      String regex = p.regulator().formRegex(p);
      s.append(" when '")
          .append(p.name())
          .append("' then ")
          .append(regex == null ? "true" : "u.registration_number ~ '" + regex + "'");
    }
    return s.append(" else false end)").toString();
  }

  private static String names(Enum<?>[] values) {
    List<String> quoted = new ArrayList<>();
    for (Enum<?> v : values) {
      quoted.add("'" + v.name() + "'");
    }
    return String.join(", ", quoted);
  }

  /** Every check's figures for the population, in one pass. */
  public List<Figure> figures(Population p) {
    return counts(em, p, null).figures();
  }

  /** The panel: each check's figures, how many trainees to put right, and a page of them. */
  public record Panel(List<Figure> figures, long total, List<Problem> problems) {}

  /** Each check's figures and the trainees with a problem ({@code only}'s, or any). */
  private record Counts(List<Figure> figures, long withProblems) {}

  /**
   * The panel for the population: its counts (one pass) and a page of the trainees with a problem
   * of {@code only} (or any) by name, the two queries side by side.
   */
  public Panel panel(Population p, Check only, int first, int n) {
    var counts = sideBySide.start(e -> counts(e, p, only));
    var page =
        sideBySide.start(
            e ->
                problems(
                    e,
                    p,
                    only,
                    " order by lower(u.full_name), u.id offset "
                        + Math.max(0, first)
                        + " limit "
                        + Math.max(0, n)));
    SideBySide.settle(counts, page);
    Counts c = SideBySide.join(counts);
    return new Panel(c.figures(), c.withProblems(), SideBySide.join(page));
  }

  private Counts counts(EntityManager e, Population p, Check only) {
    StringBuilder q = new StringBuilder("select count(*)");
    for (Check c : Check.values()) {
      q.append(", count(*) filter (where ")
          .append(missing(c))
          .append("), count(*) filter (where ")
          .append(invalid(c))
          .append(')');
    }
    q.append(", count(*) filter (where true")
        .append(anyProblem(only))
        .append(") from trainee_fact t join person u on u.id = t.user_id where ")
        .append(p.where());
    Row r = Row.single(p.bind(e.createNativeQuery(q.toString())));
    long trainees = r.longAt(0);
    List<Figure> figures = new ArrayList<>();
    int i = 1;
    for (Check c : Check.values()) {
      figures.add(new Figure(c, r.longAt(i), r.longAt(i + 1), trainees));
      i += 2;
    }
    return new Counts(figures, r.longAt(i));
  }

  /** The condition: any problem, or a problem of one check. */
  private static String anyProblem(Check only) {
    List<String> parts = new ArrayList<>();
    for (Check c : Check.values()) {
      if (only == null || only == c) {
        parts.add(missing(c));
        parts.add(invalid(c));
      }
    }
    return " and (" + String.join(" or ", parts) + ")";
  }

  /** The next {@code n} trainees with problems after user {@code afterId}, by id (exports). */
  public List<Problem> after(Population p, Check only, long afterId, int n) {
    return problems(
        em, p, only, " and t.user_id > " + afterId + " order by t.user_id limit " + Math.max(0, n));
  }

  private List<Problem> problems(EntityManager e, Population p, Check only, String range) {
    StringBuilder words = new StringBuilder("concat_ws('; '");
    for (Check c : Check.values()) {
      words
          .append(", case when ")
          .append(missing(c))
          .append(" then '")
          .append(c.getLabel())
          .append(" missing' when ")
          .append(invalid(c))
          .append(" then '")
          .append(c.getLabel())
          .append(" not valid' end");
    }
    words.append(')');
    List<Row> rows =
        Row.list(
            p.bind(
                e.createNativeQuery(
                    "select u.id, u.full_name, u.email, u.ods_code, "
                        + words
                        + " from trainee_fact t join person u on u.id = t.user_id where "
                        + p.where()
                        + anyProblem(only)
                        + range)));
    return rows.stream()
        .map(
            r ->
                new Problem(
                    r.longAt(0), r.stringAt(1), r.stringAt(2), r.stringAt(3), r.stringAt(4)))
        .toList();
  }
}
