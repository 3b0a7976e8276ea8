package org.ccioacademy.platform.database;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

/** Small conversions for values read with native SQL queries. */
public final class Sql {

  private Sql() {}

  /** A {@code timestamptz} column as the driver returned it, or null. */
  public static OffsetDateTime offsetDateTime(Object o) {
    if (o == null) {
      return null;
    }
    if (o instanceof OffsetDateTime t) {
      return t;
    }
    if (o instanceof Timestamp t) {
      return t.toInstant().atOffset(ZoneOffset.UTC);
    }
    if (o instanceof Instant i) {
      return i.atOffset(ZoneOffset.UTC);
    }
    throw new IllegalStateException("Unexpected timestamp type " + o.getClass());
  }

  /**
   * A {@code like} pattern for "contains {@code search}", lower-cased, with the pattern's own
   * characters ({@code %}, {@code _}, backslash) matched literally; "%" (everything) when empty.
   */
  public static String containsPattern(String search) {
    String q = search == null ? "" : search.strip().toLowerCase(Locale.UK);
    return "%" + escapeLike(q) + "%";
  }

  /** {@code s} with the {@code like} pattern characters escaped (the default escape, backslash). */
  public static String escapeLike(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
