package org.ccioacademy.platform.database;

import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * One row of a native SQL query, read by column position with the column's type named once: the one
 * way features read rows (no {@code ((Number) r[3]).intValue()} casts). Numbers come back from the
 * driver as whatever fits the column ({@code count(*)} is a {@code Long}, {@code sum} of an integer
 * a {@code BigDecimal}); each reader converts, and the nullable ones return null for SQL null.
 *
 * <pre>{@code
 * for (Row r : Row.list(em.createNativeQuery("select id, action, occurred_at from audit_log"))) {
 *   new Line(r.longAt(0), r.stringAt(1), r.momentAt(2));
 * }
 * }</pre>
 */
public final class Row {

  private final Object[] values;

  private Row(Object[] values) {
    this.values = values;
  }

  /** Wraps a row as JPA returns it (an array, or the value itself for a one-column query). */
  public static Row of(Object row) {
    return new Row(row instanceof Object[] a ? a : new Object[] {row});
  }

  /** Every row of a native query. */
  public static List<Row> list(Query query) {
    List<?> rows = query.getResultList();
    return rows.stream().map(Row::of).toList();
  }

  /** The one row of a native query (an aggregate, say). */
  public static Row single(Query query) {
    return of(query.getSingleResult());
  }

  public int size() {
    return values.length;
  }

  public boolean isNull(int i) {
    return values[i] == null;
  }

  /** The value as the driver returned it. */
  public Object at(int i) {
    return values[i];
  }

  public String stringAt(int i) {
    Object v = values[i];
    return v == null ? null : v.toString();
  }

  /** A whole number that is never null (a count, an id); SQL null is a mistake in the query. */
  public long longAt(int i) {
    return notNull(i).longValue();
  }

  /** A whole number that is never null; SQL null is a mistake in the query. */
  public int intAt(int i) {
    return notNull(i).intValue();
  }

  private Number notNull(int i) {
    if (values[i] == null) {
      throw new IllegalStateException(
          "Column " + i + " is null; read it with nullableLongAt or nullableIntAt");
    }
    return (Number) values[i];
  }

  /** A whole number that may be null. */
  public Long nullableLongAt(int i) {
    Object v = values[i];
    return v == null ? null : ((Number) v).longValue();
  }

  /** A whole number that may be null. */
  public Integer nullableIntAt(int i) {
    Object v = values[i];
    return v == null ? null : ((Number) v).intValue();
  }

  /** A decimal (numeric, or any number), exact; null for SQL null. */
  public BigDecimal decimalAt(int i) {
    Object v = values[i];
    if (v == null) {
      return null;
    }
    return v instanceof BigDecimal d ? d : new BigDecimal(v.toString());
  }

  /** True only for SQL true (null and false are false). */
  public boolean booleanAt(int i) {
    return Boolean.TRUE.equals(values[i]);
  }

  /** A {@code timestamptz}; null for SQL null. */
  public OffsetDateTime momentAt(int i) {
    return Sql.offsetDateTime(values[i]);
  }

  /** A {@code date}; null for SQL null. */
  public LocalDate dateAt(int i) {
    Object v = values[i];
    if (v == null || v instanceof LocalDate) {
      return (LocalDate) v;
    }
    if (v instanceof Date d) {
      return d.toLocalDate();
    }
    return LocalDate.parse(v.toString());
  }

  /** An enum constant stored by name; null for SQL null. */
  public <E extends Enum<E>> E enumAt(int i, Class<E> type) {
    Object v = values[i];
    return v == null ? null : Enum.valueOf(type, v.toString());
  }

  @Override
  public String toString() {
    return Arrays.toString(values);
  }
}
