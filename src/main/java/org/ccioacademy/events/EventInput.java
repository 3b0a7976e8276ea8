package org.ccioacademy.events;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.ccioacademy.platform.kernel.FieldErrors;

/** What an organiser typed for an event (times are UK local times). */
public record EventInput(
    String title,
    EventKind kind,
    String description,
    String venue,
    String onlineUrl,
    LocalDate startsOn,
    LocalDate endsOn,
    LocalDateTime opensAt,
    LocalDateTime closesAt,
    Integer capacity,
    boolean approvalRequired) {

  /** Every problem, by field (the form's field names), at once; empty when it can be saved. */
  public FieldErrors problems() {
    FieldErrors e = new FieldErrors();
    if (blank(title)) {
      e.add("title", "Give the event a title.");
    }
    if (kind == null) {
      e.add("kind", "Choose what kind of event it is.");
    }
    if (blank(description)) {
      e.add("description", "Describe the event: what happens and who it is for.");
    }
    if (blank(venue) && blank(onlineUrl)) {
      e.add("venue", "Give a venue, an online link, or both.");
    }
    if (!blank(onlineUrl) && !onlineUrl.strip().matches("https://\\S+")) {
      e.add("onlineUrl", "The online link must be a web address starting with https://.");
    }
    if (startsOn == null) {
      e.add("startsOn", "Give the first day.");
    }
    if (endsOn == null) {
      e.add("endsOn", "Give the last day (the same as the first for a one-day event).");
    } else if (startsOn != null && endsOn.isBefore(startsOn)) {
      e.add("endsOn", "The last day cannot be before the first.");
    }
    if (opensAt == null) {
      e.add("opensAt", "Give when registration opens.");
    }
    if (closesAt == null) {
      e.add("closesAt", "Give when registration closes.");
    } else if (opensAt != null && !closesAt.isAfter(opensAt)) {
      e.add("closesAt", "Registration must close after it opens.");
    }
    if (capacity == null || capacity < 1 || capacity > 10000) {
      e.add("capacity", "Give the number of places, from 1 to 10,000.");
    }
    return e;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
