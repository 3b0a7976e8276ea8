package org.ccioacademy.portfolio;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.ccioacademy.identity.Regulator;

/**
 * A regulator's revalidation or renewal cycle ending on the trainee's due date (DOMAIN.md): the NMC
 * every 3 years with 35 hours of CPD, 20 of them participatory; the GMC every 5 years (CPD is one
 * of six kinds of supporting information; no hours are set); the HCPC every 2 years (a continuous,
 * accurate record; no hours are set). Others: the last year.
 */
public record RevalidationCycle(
    Regulator regulator,
    LocalDate from,
    LocalDate to,
    BigDecimal targetHours,
    BigDecimal targetParticipatory,
    String rule) {

  public static RevalidationCycle of(Regulator regulator, LocalDate due) {
    Regulator r = regulator == null ? Regulator.NONE : regulator;
    return switch (r) {
      case NMC ->
          new RevalidationCycle(
              r,
              due.minusYears(3).plusDays(1),
              due,
              BigDecimal.valueOf(35),
              BigDecimal.valueOf(20),
              "NMC revalidation every 3 years: 35 hours of CPD, 20 of them participatory.");
      case GMC ->
          new RevalidationCycle(
              r,
              due.minusYears(5).plusDays(1),
              due,
              null,
              null,
              "GMC revalidation every 5 years, with an annual appraisal: CPD is one of six kinds"
                  + " of supporting information.");
      case HCPC ->
          new RevalidationCycle(
              r,
              due.minusYears(2).plusDays(1),
              due,
              null,
              null,
              "HCPC renewal every 2 years: keep a continuous, accurate CPD record (2.5% of each"
                  + " profession are audited).");
      default ->
          new RevalidationCycle(
              r, due.minusYears(1).plusDays(1), due, null, null, "The year before the date.");
    };
  }

  /** Percentage of {@code target} that {@code done} is, at most 100. */
  public static int percent(BigDecimal done, BigDecimal target) {
    if (target == null || target.signum() == 0) {
      return 0;
    }
    return Math.min(
        100,
        done.multiply(BigDecimal.valueOf(100)).divide(target, 0, RoundingMode.FLOOR).intValue());
  }
}
