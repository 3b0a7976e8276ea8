package org.ccioacademy.review;

import java.time.LocalDate;

/** Intakes: academic years from 1 August, named by the year they start. */
public final class Intakes {

  private Intakes() {}

  /** "2025/26" for 2025. */
  public static String label(int year) {
    return year + "/" + String.format("%02d", (year + 1) % 100);
  }

  /** The intake a day falls in: 31 July 2026 is in 2025/26, 1 August 2026 in 2026/27. */
  public static int of(LocalDate day) {
    return day.getMonthValue() >= 8 ? day.getYear() : day.getYear() - 1;
  }
}
