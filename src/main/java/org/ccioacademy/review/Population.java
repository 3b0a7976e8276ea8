package org.ccioacademy.review;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The trainees a figure counts, as SQL: everyone with the trainee role, in a cohort (or all),
 * inside a reviewer's scope, and optionally with one value of a dimension (a drill-down). {@link
 * #where} is a condition on {@code users u}; its parameters are numbered from 1 and bound by {@link
 * #bind}. Every figure query starts from it, so a reviewer can never count anyone outside scope.
 */
public final class Population {

  private final StringBuilder where = new StringBuilder("true");
  private final List<Object> params = new ArrayList<>();

  private Population() {}

  /** Everyone in {@code cohort} (null: every trainee) whom {@code scope} lets the reviewer see. */
  public static Population of(Cohort cohort, Scope scope) {
    Population p = new Population();
    if (cohort != null) {
      if (cohort.isExplicit()) {
        p.where
            .append(" and exists (select 1 from cohort_member cm where cm.cohort_id = ")
            .append(p.param(cohort.getId()))
            .append(" and cm.user_id = t.user_id)");
      } else {
        if (cohort.getIntakeYear() != null) {
          p.where.append(" and t.intake_year = ").append(p.param(cohort.getIntakeYear()));
        }
        for (Dimension d : Dimension.values()) {
          List<String> values = cohort.values(d);
          if (!values.isEmpty()) {
            p.where
                .append(" and t.")
                .append(d.column())
                .append(" in (")
                .append(p.params(values))
                .append(')');
          }
        }
      }
    }
    if (scope.isNone()) {
      p.where.append(" and false");
    } else if (!scope.isNational()) {
      List<String> parts = new ArrayList<>();
      if (!scope.regions().isEmpty()) {
        parts.add("t.region in (" + p.params(scope.regions()) + ")");
      }
      if (!scope.organisations().isEmpty()) {
        parts.add("t.ods_code in (" + p.params(scope.organisations()) + ")");
      }
      p.where.append(" and (").append(String.join(" or ", parts)).append(')');
    }
    return p;
  }

  /** The same population, only those whose {@code dimension} is {@code value} (null: not given). */
  public Population only(Dimension dimension, String value) {
    Population p = new Population();
    p.where.setLength(0);
    p.where.append(where);
    p.params.addAll(params);
    if (value == null) {
      p.where.append(" and t.").append(dimension.column()).append(" is null");
    } else {
      p.where.append(" and t.").append(dimension.column()).append(" = ").append(p.param(value));
    }
    return p;
  }

  /**
   * The condition on {@code t} (a fact table, see the class). It may appear more than once in a
   * query: its markers ({@code ?1}...) bind the same values wherever they appear.
   */
  public String where() {
    return where.toString();
  }

  private String param(Object value) {
    params.add(value);
    return "?" + params.size();
  }

  private String params(Collection<String> values) {
    List<String> marks = new ArrayList<>();
    values.stream().sorted().forEach(v -> marks.add(param(v)));
    return String.join(", ", marks);
  }

  /** How many markers {@link #where} uses: a query's own parameters are numbered after them. */
  public int parameters() {
    return params.size();
  }

  /** Binds every parameter to a native query built on {@link #where}. */
  public Query bind(Query q) {
    for (int i = 0; i < params.size(); i++) {
      q.setParameter(i + 1, params.get(i));
    }
    return q;
  }
}
