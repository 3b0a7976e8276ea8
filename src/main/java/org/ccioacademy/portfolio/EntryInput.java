package org.ccioacademy.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.ccioacademy.platform.files.Upload;
import org.ccioacademy.platform.kernel.FieldErrors;

/** What a trainee typed for a CPD record of their own. */
public record EntryInput(
    CpdMethod method,
    String topic,
    LocalDate startedOn,
    LocalDate endedOn,
    BigDecimal hours,
    boolean participatory,
    String reflection,
    List<String> codeThemes,
    Upload evidence) {

  /**
   * Every problem with the typed fields, by field, at once (the evidence file is checked where it
   * is stored); empty when they can be saved. Nothing may be dated after {@code today}.
   */
  public FieldErrors problems(LocalDate today) {
    FieldErrors e = new FieldErrors();
    if (method == null) {
      e.add("method", "Choose how you did it.");
    }
    if (topic == null || topic.isBlank()) {
      e.add("topic", "Say what it was about.");
    } else if (topic.strip().length() > 300) {
      e.add("topic", "Keep the topic to 300 characters.");
    }
    if (startedOn == null) {
      e.add("startedOn", "Give the date it started.");
    } else if (startedOn.isAfter(today)) {
      e.add("startedOn", "CPD is recorded once done: the date cannot be in the future.");
    }
    if (endedOn == null) {
      e.add("endedOn", "Give the date it ended (the same day for a single session).");
    } else if (startedOn != null && endedOn.isBefore(startedOn)) {
      e.add("endedOn", "It cannot end before it started.");
    } else if (endedOn.isAfter(today)) {
      e.add("endedOn", "CPD is recorded once done: the date cannot be in the future.");
    }
    if (hours == null || hours.signum() <= 0 || hours.compareTo(BigDecimal.valueOf(1000)) > 0) {
      e.add("hours", "Give the hours, more than 0 (such as 1.5).");
    } else if (hours.scale() > 2) {
      e.add("hours", "Give the hours to two decimal places at most.");
    }
    if (codeThemes != null && !Portfolio.CODE_THEMES.containsAll(codeThemes)) {
      e.add("codeThemes", "Choose the Code's themes from the list.");
    }
    return e;
  }
}
