package org.ccioacademy.platform.kernel;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A share as every page and export shows it: per cent, one decimal, half up. */
public final class Percent {

  private Percent() {}

  /** {@code part} of {@code whole} in per cent to one decimal; null when {@code whole} is 0. */
  public static BigDecimal of(long part, long whole) {
    return whole == 0
        ? null
        : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
  }
}
