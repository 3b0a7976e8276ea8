package org.ccioacademy.events;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * CPD credits for attended sessions under the RCP/Federation rules (DOMAIN.md): one credit per hour
 * of educational content (breaks and registration are not in a session's CPD hours), at most eight
 * credits on any one day, and no half credits: each day's hours are rounded down.
 */
public final class CpdCredits {

  public static final int MAX_PER_DAY = 8;

  /** One attended session: the day it was on and its CPD hours. */
  public record Attended(LocalDate day, BigDecimal hours) {}

  /** Credits for one day and what counted towards them. */
  public record Day(LocalDate day, BigDecimal hours, int credits) {}

  private CpdCredits() {}

  /** Credits per day, in date order. */
  public static Map<LocalDate, Day> byDay(Collection<Attended> sessions) {
    Map<LocalDate, BigDecimal> hours = new TreeMap<>();
    for (Attended a : sessions) {
      if (a.hours() == null || a.hours().signum() <= 0) {
        continue;
      }
      hours.merge(a.day(), a.hours(), BigDecimal::add);
    }
    Map<LocalDate, Day> days = new TreeMap<>();
    hours.forEach(
        (day, h) -> {
          int whole = h.setScale(0, RoundingMode.FLOOR).intValueExact();
          days.put(day, new Day(day, h, Math.min(MAX_PER_DAY, whole)));
        });
    return days;
  }

  public static int total(Collection<Attended> sessions) {
    return byDay(sessions).values().stream().mapToInt(Day::credits).sum();
  }
}
