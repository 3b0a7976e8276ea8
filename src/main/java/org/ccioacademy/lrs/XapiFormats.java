package org.ccioacademy.lrs;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The string formats of xAPI (IRIs, UUIDs, language tags, timestamps, durations, e-mail IRIs,
 * hashes, media types), checked as closely as the specification asks and no more loosely.
 */
public final class XapiFormats {

  private XapiFormats() {}

  /** An absolute IRI: a scheme, then something, and no white space or control characters. */
  private static final Pattern IRI = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:[^\\s\\p{Cntrl}]+");

  private static final Pattern UUID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  /** RFC 5646 (BCP 47) language tags, the grammar's token lengths, and private use tags. */
  private static final Pattern LANGUAGE =
      Pattern.compile(
          "(?:(?:[a-zA-Z]{2,3}(?:-[a-zA-Z]{3}){0,3}|[a-zA-Z]{4,8})"
              + "(?:-[a-zA-Z]{4})?"
              + "(?:-(?:[a-zA-Z]{2}|[0-9]{3}))?"
              + "(?:-(?:[a-zA-Z0-9]{5,8}|[0-9][a-zA-Z0-9]{3}))*"
              + "(?:-[0-9A-WY-Za-wy-z](?:-[a-zA-Z0-9]{2,8})+)*"
              + "(?:-[xX](?:-[a-zA-Z0-9]{1,8})+)?)"
              + "|[xX](?:-[a-zA-Z0-9]{1,8})+"
              + "|[iI]-[a-zA-Z]{2,8}|(?:en-GB-oed|sgn-[A-Z]{2}-[A-Z]{2})");

  /** ISO 8601 combined date and time, extended format, as RFC 3339 and a little wider. */
  private static final Pattern TIMESTAMP =
      Pattern.compile(
          "(\\d{4})-(\\d{2})-(\\d{2})[Tt](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9})\\d*)?)?"
              + "(Z|z|[+-]\\d{2}(?::?\\d{2})?)?");

  /** ISO 8601 durations, the format with designators (4.4.3.2), fractions on the last part only. */
  private static final Pattern DURATION =
      Pattern.compile(
          "P(?=\\d|T\\d)(?:\\d+(?:[.,]\\d+)?Y)?(?:\\d+(?:[.,]\\d+)?M)?(?:\\d+(?:[.,]\\d+)?D)?"
              + "(?:T(?=\\d)(?:\\d+(?:[.,]\\d+)?H)?(?:\\d+(?:[.,]\\d+)?M)?(?:\\d+(?:[.,]\\d+)?S)?)?"
              + "|P\\d+(?:[.,]\\d+)?W");

  private static final Pattern MAILTO =
      Pattern.compile("mailto:[^@\\s:/?#]+@[^@\\s/?#]+\\.[^@\\s/?#]*[^@\\s/?#.]");
  private static final Pattern SHA1 = Pattern.compile("[0-9a-fA-F]{40}");
  private static final Pattern SHA2 =
      Pattern.compile("[0-9a-fA-F]{56}|[0-9a-fA-F]{64}|[0-9a-fA-F]{96}|[0-9a-fA-F]{128}");
  private static final Pattern MEDIA_TYPE =
      Pattern.compile("[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+-]+(?:\\s*;.*)?");

  public static boolean isIri(String s) {
    return s != null && IRI.matcher(s).matches();
  }

  public static boolean isUuid(String s) {
    return s != null && UUID.matcher(s).matches();
  }

  public static boolean isLanguageTag(String s) {
    return s != null && LANGUAGE.matcher(s).matches();
  }

  public static boolean isDuration(String s) {
    return s != null && DURATION.matcher(s).matches();
  }

  public static boolean isMailto(String s) {
    return s != null && MAILTO.matcher(s).matches();
  }

  public static boolean isSha1(String s) {
    return s != null && SHA1.matcher(s).matches();
  }

  public static boolean isSha2(String s) {
    return s != null && SHA2.matcher(s).matches();
  }

  public static boolean isMediaType(String s) {
    return s != null && MEDIA_TYPE.matcher(s).matches();
  }

  /**
   * A timestamp as a point in time, or empty if it is not one. One without a time zone is taken as
   * UTC; the offset "-00:00" (RFC 3339's "unknown local offset") is refused, as xAPI refuses it.
   */
  public static Optional<OffsetDateTime> timestamp(String s) {
    if (s == null) {
      return Optional.empty();
    }
    Matcher m = TIMESTAMP.matcher(s);
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      LocalDate date =
          LocalDate.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)));
      int hour = Integer.parseInt(m.group(4));
      int minute = Integer.parseInt(m.group(5));
      int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
      int nanos =
          m.group(7) == null ? 0 : Integer.parseInt((m.group(7) + "00000000").substring(0, 9));
      boolean endOfDay = hour == 24 && minute == 0 && second == 0 && nanos == 0;
      LocalTime time = endOfDay ? LocalTime.MIDNIGHT : LocalTime.of(hour, minute, second, nanos);
      ZoneOffset offset = offset(m.group(8));
      if (offset == null) {
        return Optional.empty();
      }
      OffsetDateTime t = OffsetDateTime.of(date, time, offset);
      return Optional.of(endOfDay ? t.plusDays(1) : t);
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static ZoneOffset offset(String zone) {
    if (zone == null || zone.equalsIgnoreCase("Z")) {
      return ZoneOffset.UTC;
    }
    String digits = zone.substring(1).replace(":", "");
    int hours = Integer.parseInt(digits.substring(0, 2));
    int minutes = digits.length() > 2 ? Integer.parseInt(digits.substring(2)) : 0;
    if (zone.charAt(0) == '-' && hours == 0 && minutes == 0) {
      return null;
    }
    if (hours > 23 || minutes > 59) {
      return null;
    }
    int sign = zone.charAt(0) == '-' ? -1 : 1;
    return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
  }

  private static final DateTimeFormatter OUT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'");

  /** A point in time as the LRS writes it: UTC, to the millisecond. */
  public static String format(OffsetDateTime t) {
    return t.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS).format(OUT);
  }
}
