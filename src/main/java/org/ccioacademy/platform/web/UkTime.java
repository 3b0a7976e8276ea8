package org.ccioacademy.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Times as people in the UK read them: {@code #{uk.format(value, 'd MMMM yyyy, HH:mm')}}. Moments
 * (stored in UTC) are shown in UK time, summer time included; Faces' own converter does not move an
 * {@code OffsetDateTime} into another zone, so pages use this instead.
 */
@Named("uk")
@ApplicationScoped
public class UkTime {

  public static final ZoneId UK = ZoneId.of("Europe/London");
  private static final Map<String, DateTimeFormatter> FORMATS = new ConcurrentHashMap<>();

  /** A count as people in the UK write it: 100,061. */
  public String count(Number value) {
    return value == null ? "" : NumberFormat.getIntegerInstance(Locale.UK).format(value);
  }

  public String format(Object value, String pattern) {
    if (value == null) {
      return "";
    }
    DateTimeFormatter f =
        FORMATS.computeIfAbsent(pattern, p -> DateTimeFormatter.ofPattern(p, Locale.UK));
    if (value instanceof OffsetDateTime t) {
      return f.format(t.atZoneSameInstant(UK));
    }
    if (value instanceof ZonedDateTime t) {
      return f.format(t.withZoneSameInstant(UK));
    }
    if (value instanceof Instant t) {
      return f.format(t.atZone(UK));
    }
    if (value instanceof TemporalAccessor t) {
      return f.format(t);
    }
    throw new IllegalArgumentException("Not a date or time: " + value.getClass());
  }
}
