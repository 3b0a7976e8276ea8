package org.ccioacademy.portfolio;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.ccioacademy.identity.Regulator;

/**
 * The CPD records as a regulator's revalidation asks for them (DOMAIN.md), with the totals:
 *
 * <ul>
 *   <li>NMC: the CPD record log of the revalidation forms (dates, method, topic, link to the Code,
 *       hours, participatory hours) over the 3-year cycle, against 35 hours, 20 participatory;
 *   <li>GMC: a CPD diary for the annual appraisal (1 April to 31 March), in credits as the RCP and
 *       the Federation count them: 1 a whole hour, at most 8 a day, no half credits, against 50.
 * </ul>
 */
public enum RevalidationForm {
  NMC(
      "nmc-cpd-record",
      List.of(
          "Dates",
          "Method",
          "Topic",
          "Link to the Code",
          "Number of hours",
          "Number of participatory hours",
          "Evidence")),
  GMC(
      "cpd-diary-for-appraisal",
      List.of("Date", "Activity", "Type of learning", "Credits", "Reflection", "Evidence"));

  /** Credits the RCP expects in an appraisal year. */
  public static final int CREDITS_A_YEAR = 50;

  private final String fileName;
  private final List<String> columns;

  RevalidationForm(String fileName, List<String> columns) {
    this.fileName = fileName;
    this.columns = columns;
  }

  public String fileName() {
    return fileName;
  }

  public List<String> columns() {
    return columns;
  }

  /** The form for a regulator, or null when none is laid out for it. */
  public static RevalidationForm of(Regulator regulator) {
    if (regulator == Regulator.NMC) {
      return NMC;
    }
    if (regulator == Regulator.GMC) {
      return GMC;
    }
    return null;
  }

  /**
   * The period the form covers: the NMC's 3 years to the revalidation date (or to today when none
   * is given); the appraisal year (1 April to 31 March) that holds {@code today}.
   */
  public Portfolio.Period period(LocalDate today, LocalDate revalidationDue) {
    if (this == NMC) {
      LocalDate end = revalidationDue == null ? today : revalidationDue;
      return new Portfolio.Period(end.minusYears(3).plusDays(1), end);
    }
    LocalDate start =
        LocalDate.of(today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1, 4, 1);
    return new Portfolio.Period(start, start.plusYears(1).minusDays(1));
  }

  /** A record's credits: whole hours, at most 8 for each day it spans. */
  public static int credits(BigDecimal hours, LocalDate from, LocalDate to) {
    long days = ChronoUnit.DAYS.between(from, to) + 1;
    long whole = hours.setScale(0, RoundingMode.FLOOR).longValueExact();
    return (int) Math.min(whole, 8 * Math.max(days, 1));
  }
}
