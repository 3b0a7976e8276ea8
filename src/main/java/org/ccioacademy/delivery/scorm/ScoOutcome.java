package org.ccioacademy.delivery.scorm;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.ccioacademy.catalogue.scorm.ScormItem;
import org.ccioacademy.catalogue.scorm.ScormVersion;

/**
 * What a SCO's data means, by the package's own rule, as SCORM says an LMS reads it.
 *
 * <p>SCORM 1.2: the SCO's {@code cmi.core.lesson_status}; when the session ends with the status
 * still "not attempted" the LMS makes it "completed"; and where the manifest gives a mastery score
 * and the SCO reported a raw score (and did not say "incomplete"), the score decides passed or
 * failed. SCORM 2004: where the manifest gives a completion threshold and the SCO reported its
 * progress measure, the measure decides completed or incomplete; where it gives a scaled passing
 * score and the SCO reported a scaled score, the score decides passed or failed; otherwise the
 * SCO's own statuses stand. A SCO is <em>satisfied</em> once it is completed and not failed (and
 * passed, where there is a passing score to meet).
 *
 * @param completion not attempted, incomplete, completed or unknown
 * @param success passed, failed or unknown
 * @param mustPass whether the package sets a passing score the SCO must meet (2004)
 * @param lessonStatus SCORM 1.2's status as the LMS now holds it (null for 2004)
 * @param scoreRaw the raw score, if reported
 * @param scoreMin the minimum of its range, if reported
 * @param scoreMax the maximum of its range, if reported
 * @param scoreScaled the scaled score (-1 to 1), reported (2004) or worked out from raw, min and
 *     max
 */
public record ScoOutcome(
    String completion,
    String success,
    boolean mustPass,
    String lessonStatus,
    BigDecimal scoreRaw,
    BigDecimal scoreMin,
    BigDecimal scoreMax,
    BigDecimal scoreScaled) {

  /** Whether the SCO has done what its package asks of it. */
  public boolean satisfied() {
    return "completed".equals(completion)
        && (mustPass ? "passed".equals(success) : !"failed".equals(success));
  }

  /** The score as a whole percentage (0 to 100), or null when the SCO reported none. */
  public Integer percent() {
    if (scoreScaled != null) {
      return clamp(scoreScaled.multiply(BigDecimal.valueOf(100)));
    }
    if (scoreRaw == null) {
      return null;
    }
    BigDecimal min = scoreMin == null ? BigDecimal.ZERO : scoreMin;
    BigDecimal max = scoreMax == null ? BigDecimal.valueOf(100) : scoreMax;
    if (max.compareTo(min) <= 0) {
      return clamp(scoreRaw);
    }
    return clamp(
        scoreRaw
            .subtract(min)
            .multiply(BigDecimal.valueOf(100))
            .divide(max.subtract(min), 4, RoundingMode.HALF_UP));
  }

  private static int clamp(BigDecimal v) {
    int n = v.setScale(0, RoundingMode.HALF_UP).intValue();
    return Math.max(0, Math.min(100, n));
  }

  /**
   * Reads the data {@code values} a SCO left ({@code finished}: its session has ended) under the
   * rules {@code item} has in its manifest.
   */
  public static ScoOutcome of(
      ScormVersion version, ScormItem item, Map<String, String> values, boolean finished) {
    return version.is2004() ? of2004(item, values) : of12(item, values, finished);
  }

  private static ScoOutcome of12(ScormItem item, Map<String, String> values, boolean finished) {
    String status = values.getOrDefault("cmi.core.lesson_status", "not attempted");
    if (finished && "not attempted".equals(status)) {
      status = "completed";
    }
    BigDecimal raw = number(values.get("cmi.core.score.raw"));
    BigDecimal min = number(values.get("cmi.core.score.min"));
    BigDecimal max = number(values.get("cmi.core.score.max"));
    boolean credit = !"no-credit".equals(values.get("cmi.core.credit"));
    if (item.masteryScore() != null
        && raw != null
        && credit
        && !"incomplete".equals(status)
        && !"not attempted".equals(status)) {
      status = raw.compareTo(item.masteryScore()) >= 0 ? "passed" : "failed";
    }
    String completion =
        switch (status) {
          case "passed", "completed", "failed" -> "completed";
          case "incomplete", "browsed" -> "incomplete";
          default -> "not attempted";
        };
    String success =
        switch (status) {
          case "passed" -> "passed";
          case "failed" -> "failed";
          default -> "unknown";
        };
    BigDecimal scaled = null;
    if (raw != null) {
      BigDecimal lo = min == null ? BigDecimal.ZERO : min;
      BigDecimal hi = max == null ? BigDecimal.valueOf(100) : max;
      if (hi.compareTo(lo) > 0) {
        scaled = raw.subtract(lo).divide(hi.subtract(lo), 7, RoundingMode.HALF_UP);
        scaled = scaled.max(BigDecimal.ONE.negate()).min(BigDecimal.ONE);
      }
    }
    return new ScoOutcome(completion, success, false, status, raw, min, max, scaled);
  }

  private static ScoOutcome of2004(ScormItem item, Map<String, String> values) {
    String completion = values.getOrDefault("cmi.completion_status", "unknown");
    BigDecimal progress = number(values.get("cmi.progress_measure"));
    if (item.completionThreshold() != null && progress != null) {
      completion = progress.compareTo(item.completionThreshold()) >= 0 ? "completed" : "incomplete";
    }
    String success = values.getOrDefault("cmi.success_status", "unknown");
    BigDecimal scaled = number(values.get("cmi.score.scaled"));
    if (item.scaledPassingScore() != null) {
      success =
          scaled == null
              ? "unknown"
              : scaled.compareTo(item.scaledPassingScore()) >= 0 ? "passed" : "failed";
    }
    return new ScoOutcome(
        completion,
        success,
        item.scaledPassingScore() != null,
        null,
        number(values.get("cmi.score.raw")),
        number(values.get("cmi.score.min")),
        number(values.get("cmi.score.max")),
        scaled);
  }

  private static BigDecimal number(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(s.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
