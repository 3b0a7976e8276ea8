package org.ccioacademy.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalendarTest {

  private static Event event() {
    Event e =
        new Event(
            "CCIO Summer School, 2027; three days",
            EventKind.SUMMER_SCHOOL,
            "Talks, workshops\\nand a hack day.",
            "Manchester Central",
            null,
            LocalDate.of(2027, 7, 5),
            LocalDate.of(2027, 7, 7),
            OffsetDateTime.parse("2027-03-01T09:00:00Z"),
            OffsetDateTime.parse("2027-06-01T09:00:00Z"),
            400,
            false,
            1L);
    e.publish();
    return e;
  }

  @Test
  void oneEventPerSessionInUtcWithEscapedTextAndFoldedLines() {
    Event e = event();
    EventSession keynote =
        new EventSession(
            e,
            "Keynote: why every trust needs a CCIO, and what the CCIO needs from the board in return",
            SessionKind.KEYNOTE,
            OffsetDateTime.parse("2027-07-05T09:30:00+01:00"),
            OffsetDateTime.parse("2027-07-05T10:30:00+01:00"),
            new BigDecimal("1"),
            false);
    String ics =
        Calendar.of(
            e,
            List.of(keynote),
            "https://ccio.example/event.xhtml?id=1",
            Instant.parse("2027-01-01T00:00:00Z"));

    assertThat(ics)
        .startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:")
        .endsWith("END:VCALENDAR\r\n");
    assertThat(ics)
        .contains("\r\nDTSTART:20270705T083000Z\r\n")
        .contains("\r\nDTEND:20270705T093000Z\r\n");
    assertThat(ics).contains("DTSTAMP:20270101T000000Z");
    String unfolded = ics.replace("\r\n ", "");
    assertThat(unfolded)
        .contains(
            "SUMMARY:Keynote: why every trust needs a CCIO\\, and what the CCIO needs from the board in return (CCIO Summer School\\, 2027\\; three days)");
    for (String line : ics.split("\r\n")) {
      assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
    }
    assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(2);
    assertThat(ics.replace("\r\n", "")).doesNotContain("\n");
  }

  @Test
  void anEventWithoutSessionsIsOneAllDayEntry() {
    String ics =
        Calendar.of(event(), List.of(), "https://x/e", Instant.parse("2027-01-01T00:00:00Z"));
    assertThat(ics)
        .contains("DTSTART;VALUE=DATE:20270705")
        .contains("DTEND;VALUE=DATE:20270708") // the day after the last, as the standard says
        .contains("DESCRIPTION:Talks\\, workshops\\\\nand a hack day.\\n\\nhttps://x/e");
  }

  @Test
  void foldingNeverSplitsACharacter() {
    StringBuilder out = new StringBuilder();
    Calendar.line(out, "SUMMARY:" + "é".repeat(80));
    for (String line : out.toString().split("\r\n")) {
      assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
      assertThat(line).doesNotContain("\uFFFD");
    }
    assertThat(out.toString().replace("\r\n ", "")).isEqualTo("SUMMARY:" + "é".repeat(80) + "\r\n");
  }

  @Test
  void aBareCarriageReturnOrOtherBreakCannotStartAPropertyOfItsOwn() {
    // a title and description typed (or pasted) with bare CRs, a Unicode line separator and a NUL
    String hostile = "Day one\rATTENDEE:mailto:attacker@example.org\u2028X\u0000Y\tZ";
    String ics = Calendar.of(eventTitled(hostile), List.of(), "https://x/e", Instant.EPOCH);

    String unfolded = ics.replace("\r\n ", "");
    assertThat(unfolded.split("\r\n"))
        .noneMatch(line -> line.startsWith("ATTENDEE"))
        .noneMatch(line -> line.startsWith("X"));
    assertThat(unfolded)
        .contains("SUMMARY:Day one\\nATTENDEE:mailto:attacker@example.org\\nXY\tZ\r\n");
    // no line ending but CRLF, and no control character but the tab
    assertThat(ics.replace("\r\n", "")).doesNotContain("\r", "\n", "\u0000", "\u2028");
  }

  private static Event eventTitled(String text) {
    Event e =
        new Event(
            text,
            EventKind.SUMMER_SCHOOL,
            text,
            "Leeds",
            null,
            LocalDate.of(2027, 7, 5),
            LocalDate.of(2027, 7, 5),
            OffsetDateTime.parse("2027-03-01T09:00:00Z"),
            OffsetDateTime.parse("2027-06-01T09:00:00Z"),
            10,
            false,
            1L);
    e.publish();
    return e;
  }
}
