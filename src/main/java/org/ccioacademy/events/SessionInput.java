package org.ccioacademy.events;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.ccioacademy.platform.kernel.FieldErrors;

/** What an organiser typed for a session of an event (times are UK local times). */
public record SessionInput(
    String title,
    SessionKind kind,
    LocalDateTime startsAt,
    LocalDateTime endsAt,
    BigDecimal cpdHours,
    boolean participatory,
    String room,
    String speakers,
    Integer capacity,
    boolean walkInsAllowed) {

  /**
   * Every problem, by field (the form's field names), at once, for a session of an event running
   * from {@code firstDay} to {@code lastDay}; empty when it can be saved.
   */
  public FieldErrors problems(LocalDate firstDay, LocalDate lastDay) {
    FieldErrors e = new FieldErrors();
    if (blank(title)) {
      e.add("sessionTitle", "Give the session a title.");
    }
    if (kind == null) {
      e.add("sessionKind", "Choose the kind of session.");
    }
    if (startsAt == null) {
      e.add("sessionStarts", "Give when the session starts.");
    }
    if (endsAt == null) {
      e.add("sessionEnds", "Give when the session ends.");
    } else if (startsAt != null && !endsAt.isAfter(startsAt)) {
      e.add("sessionEnds", "The session must end after it starts.");
    }
    if (startsAt != null
        && (startsAt.toLocalDate().isBefore(firstDay) || startsAt.toLocalDate().isAfter(lastDay))) {
      e.add("sessionStarts", "The session must be on one of the event's days.");
    }
    if (cpdHours == null || cpdHours.signum() < 0 || cpdHours.intValue() > 24) {
      e.add("cpdHours", "Give the CPD hours (0 to 24; breaks do not count).");
    } else if (startsAt != null && endsAt != null && endsAt.isAfter(startsAt)) {
      long minutes = Duration.between(startsAt, endsAt).toMinutes();
      if (cpdHours.multiply(BigDecimal.valueOf(60)).compareTo(BigDecimal.valueOf(minutes)) > 0) {
        e.add(
            "cpdHours",
            "The CPD hours cannot be more than the session lasts ("
                + BigDecimal.valueOf(minutes)
                    .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)
                    .stripTrailingZeros()
                    .toPlainString()
                + " hours).");
      }
    }
    if (capacity != null && (capacity < 1 || capacity > 10000)) {
      e.add(
          "sessionCapacity",
          "Give the session's own places from 1 to 10,000, or leave it empty if everyone with a"
              + " place at the event may come.");
    }
    if (room != null && room.strip().length() > 120) {
      e.add("room", "Keep the room to 120 characters.");
    }
    if (speakers != null && speakers.strip().length() > 500) {
      e.add("speakers", "Keep the speakers to 500 characters.");
    }
    return e;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
