package org.ccioacademy.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An event as an iCalendar file (RFC 5545) that calendar programs import: one VEVENT per session,
 * or one all-day VEVENT for an event with no sessions yet. Times are in UTC; text is escaped and
 * lines are folded at 75 octets with CRLF endings, as the standard requires.
 */
public final class Calendar {

  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

  private Calendar() {}

  public static String of(Event e, List<EventSession> sessions, String link, Instant now) {
    StringBuilder c = new StringBuilder();
    line(c, "BEGIN:VCALENDAR");
    line(c, "VERSION:2.0");
    line(c, "PRODID:-//CCIO Academy//Events//EN");
    line(c, "CALSCALE:GREGORIAN");
    line(c, "METHOD:PUBLISH");
    String where = e.getVenue() != null ? e.getVenue() : e.getOnlineUrl();
    if (sessions.isEmpty()) {
      line(c, "BEGIN:VEVENT");
      line(c, "UID:event-" + e.getId() + "@ccio-academy");
      line(c, "DTSTAMP:" + UTC.format(now));
      line(c, "DTSTART;VALUE=DATE:" + DAY.format(e.getStartsOn()));
      line(c, "DTEND;VALUE=DATE:" + DAY.format(e.getEndsOn().plusDays(1)));
      line(c, "SUMMARY:" + text(e.getTitle()));
      line(c, "DESCRIPTION:" + text(e.getDescription() + "\n\n" + link));
      line(c, "LOCATION:" + text(where));
      line(c, "URL:" + link);
      line(c, "END:VEVENT");
    }
    for (EventSession s : sessions) {
      line(c, "BEGIN:VEVENT");
      line(c, "UID:session-" + s.getId() + "@ccio-academy");
      line(c, "DTSTAMP:" + UTC.format(now));
      line(c, "DTSTART:" + UTC.format(s.getStartsAt()));
      line(c, "DTEND:" + UTC.format(s.getEndsAt()));
      line(c, "SUMMARY:" + text(s.getTitle() + " (" + e.getTitle() + ")"));
      line(
          c,
          "DESCRIPTION:"
              + text(
                  s.getKind().getLabel()
                      + (s.getSpeakers() == null ? "" : ", " + s.getSpeakers())
                      + "\n\n"
                      + link));
      line(c, "LOCATION:" + text(s.getRoom() == null ? where : s.getRoom() + ", " + where));
      line(c, "URL:" + link);
      line(c, "END:VEVENT");
    }
    line(c, "END:VCALENDAR");
    return c.toString();
  }

  /**
   * TEXT values: backslash, semicolon and comma escaped; a line break of any kind (CRLF, a bare CR
   * or LF, U+2028, U+2029) as {@code \\n}; other control characters but tab, which the standard
   * does not allow in text, removed. So no value can end its content line and start another
   * property.
   */
  static String text(String s) {
    return CONTROL
        .matcher(
            LINE_BREAK
                .matcher(s)
                .replaceAll("\n")
                .replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,"))
        .replaceAll("")
        .replace("\n", "\\n");
  }

  private static final Pattern LINE_BREAK = Pattern.compile("\r\n|[\r\u0085\u2028\u2029]");
  private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0b-\\x1f\\x7f]");

  /** Appends a content line, folded so that no line is longer than 75 octets. */
  static void line(StringBuilder out, String content) {
    int octets = 0;
    int limit = 75;
    for (int i = 0; i < content.length(); ) {
      int cp = content.codePointAt(i);
      int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (octets + n > limit) {
        out.append("\r\n ");
        octets = 1;
        limit = 75;
      }
      out.appendCodePoint(cp);
      octets += n;
      i += Character.charCount(cp);
    }
    out.append("\r\n");
  }
}
