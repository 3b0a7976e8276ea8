package org.ccioacademy.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a trainee types for a CPD record of their own. */
class EntryInputTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

  private static EntryInput entry(LocalDate from, LocalDate to, String hours, List<String> themes) {
    return new EntryInput(
        CpdMethod.values()[0],
        "Read the DCB0129 standard",
        from,
        to,
        hours == null ? null : new BigDecimal(hours),
        false,
        null,
        themes,
        null);
  }

  @Test
  void aDoneRecordWithHoursHasNoProblems() {
    assertThat(entry(TODAY.minusDays(2), TODAY, "1.5", List.of()).problems(TODAY).isEmpty())
        .isTrue();
  }

  @Test
  void everyMissingFieldAtOnce() {
    EntryInput blank = new EntryInput(null, " ", null, null, null, false, null, null, null);
    assertThat(blank.problems(TODAY).asMap().keySet())
        .containsExactly("method", "topic", "startedOn", "endedOn", "hours");
  }

  @Test
  void cpdIsRecordedOnceDoneAndEndsAfterItStarts() {
    assertThat(entry(TODAY.plusDays(1), TODAY.plusDays(1), "1", null).problems(TODAY).asMap())
        .containsEntry("startedOn", "CPD is recorded once done: the date cannot be in the future.")
        .containsEntry("endedOn", "CPD is recorded once done: the date cannot be in the future.");
    assertThat(entry(TODAY, TODAY.minusDays(1), "1", null).problems(TODAY).get("endedOn"))
        .isEqualTo("It cannot end before it started.");
  }

  @Test
  void hoursArePositiveWithTwoDecimalsAndThemesAreTheCodes() {
    assertThat(entry(TODAY, TODAY, "0", null).problems(TODAY).has("hours")).isTrue();
    assertThat(entry(TODAY, TODAY, "1000.5", null).problems(TODAY).has("hours")).isTrue();
    assertThat(entry(TODAY, TODAY, "1.255", null).problems(TODAY).get("hours"))
        .isEqualTo("Give the hours to two decimal places at most.");
    assertThat(entry(TODAY, TODAY, "1", List.of("Be nice")).problems(TODAY).has("codeThemes"))
        .isTrue();
    assertThat(
            entry(TODAY, TODAY, "1", List.of("Preserve safety")).problems(TODAY).has("codeThemes"))
        .isFalse();
  }
}
