package org.ccioacademy.voice;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * What may be published from a group's SUS scores (the group's count, mean, median and sample
 * standard deviation come from SQL): nothing when fewer than the minimum number of people rated, so
 * nobody can be singled out; otherwise the number of ratings, the mean and median, and the mean's
 * 95% confidence interval, mean ± t(0.975, n − 1) × s / √n, kept within 0 to 100.
 */
public final class PublishedFigures {

  /**
   * The figures of one group, to one decimal place; {@code low} and {@code high} bound the mean.
   */
  public record Summary(
      long ratings, BigDecimal mean, BigDecimal median, BigDecimal low, BigDecimal high) {}

  /** The normal deviate with 2.5% above it, for Hill's approximation at a 95% interval. */
  private static final double Z_975 = 1.959963984540054;

  private PublishedFigures() {}

  /**
   * The figures to publish, or empty when {@code ratings} is below {@code minimum} (at least 2: a
   * single rating has no interval and singles its rater out).
   */
  public static Optional<Summary> of(
      long ratings, double mean, double median, double sd, int minimum) {
    return of(ratings, ratings, mean, median, sd, minimum);
  }

  /**
   * The same for a group where one person may give several ratings (a supplier's products): it is
   * published only when at least {@code minimum} different people ({@code raters}) rated.
   */
  public static Optional<Summary> of(
      long raters, long ratings, double mean, double median, double sd, int minimum) {
    if (minimum < 2) {
      throw new IllegalArgumentException("The minimum number of raters is at least 2");
    }
    if (ratings < raters) {
      throw new IllegalArgumentException("Each rater gives at least one rating");
    }
    if (raters < minimum) {
      return Optional.empty();
    }
    double half = t975(ratings - 1) * sd / Math.sqrt(ratings);
    return Optional.of(
        new Summary(
            ratings,
            oneDecimal(mean),
            oneDecimal(median),
            oneDecimal(Math.max(0, mean - half)),
            oneDecimal(Math.min(100, mean + half))));
  }

  /** Whether a group of {@code ratings} may be shown at all. */
  public static boolean publishable(long ratings, int minimum) {
    return ratings >= minimum;
  }

  /**
   * The 97.5th percentile of Student's t with {@code df} degrees of freedom: G. W. Hill, Algorithm
   * 396, Student's t-quantiles, Communications of the ACM 13(10), 1970 (as R's qt starts), within
   * 0.001 of the tables for every df, which is finer than the one decimal published.
   */
  static double t975(long df) {
    if (df < 1) {
      throw new IllegalArgumentException("df must be at least 1");
    }
    double p = 0.05; // both tails
    double n = df;
    if (df == 1) {
      double q = p * Math.PI / 2;
      return Math.cos(q) / Math.sin(q);
    }
    if (df == 2) {
      return Math.sqrt(2 / (p * (2 - p)) - 2);
    }
    double a = 1 / (n - 0.5);
    double b = 48 / (a * a);
    double c = ((20700 * a / b - 98) * a - 16) * a + 96.36;
    double d = ((94.5 / (b + c) - 3) / b + 1) * Math.sqrt(a * Math.PI / 2) * n;
    double x = d * p;
    double y = Math.pow(x, 2 / n);
    if (y > 0.05 + a) {
      x = Z_975;
      y = x * x;
      if (n < 5) {
        c += 0.3 * (n - 4.5) * (x + 0.6);
      }
      c = (((0.05 * d * x - 5) * x - 7) * x - 2) * x + b + c;
      y = (((((0.4 * y + 6.3) * y + 36) * y + 94.5) / c - y - 3) / b + 1) * x;
      y = a * y * y;
      y = y > 0.002 ? Math.exp(y) - 1 : 0.5 * y * y + y;
    } else {
      y =
          ((1 / (((n + 6) / (n * y) - 0.089 * d - 0.822) * (n + 2) * 3) + 0.5 / (n + 4)) * y - 1)
                  * (n + 1)
                  / (n + 2)
              + 1 / y;
    }
    return Math.sqrt(n * y);
  }

  private static BigDecimal oneDecimal(double v) {
    return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP);
  }
}
