package org.ccioacademy.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** What an organiser types for an event and its sessions: every problem at once, by field. */
class EventInputTest {

  private static final LocalDate DAY1 = LocalDate.of(2027, 7, 6);
  private static final LocalDate DAY3 = LocalDate.of(2027, 7, 8);

  private static EventInput event(
      String venue, String url, LocalDate from, LocalDate to, Integer capacity) {
    return new EventInput(
        "Summer school",
        EventKind.SUMMER_SCHOOL,
        "Three days",
        venue,
        url,
        from,
        to,
        LocalDateTime.of(2027, 5, 1, 9, 0),
        LocalDateTime.of(2027, 6, 30, 17, 0),
        capacity,
        false);
  }

  private static SessionInput session(
      LocalDateTime starts, LocalDateTime ends, String hours, Integer capacity) {
    return new SessionInput(
        "Keynote",
        SessionKind.TALK,
        starts,
        ends,
        hours == null ? null : new BigDecimal(hours),
        false,
        null,
        null,
        capacity,
        false);
  }

  @Test
  void aCompleteEventHasNoProblems() {
    assertThat(event("Manchester", null, DAY1, DAY3, 80).problems().isEmpty()).isTrue();
    assertThat(event(null, "https://meet.example/x", DAY1, DAY1, 1).problems().isEmpty()).isTrue();
  }

  @Test
  void everyProblemIsReportedAtOnceInTheFormsOrder() {
    EventInput in = new EventInput(" ", null, "", null, null, null, null, null, null, 0, false);
    assertThat(in.problems().asMap().keySet())
        .containsExactly(
            "title",
            "kind",
            "description",
            "venue",
            "startsOn",
            "endsOn",
            "opensAt",
            "closesAt",
            "capacity");
  }

  @Test
  void datesLinksAndPlacesMustMakeSense() {
    assertThat(event("M", null, DAY3, DAY1, 10).problems().get("endsOn"))
        .isEqualTo("The last day cannot be before the first.");
    assertThat(event("M", "http://plain.example", DAY1, DAY1, 10).problems().has("onlineUrl"))
        .isTrue();
    assertThat(event("M", null, DAY1, DAY1, 10_001).problems().has("capacity")).isTrue();
    EventInput closesFirst =
        new EventInput(
            "t",
            EventKind.WEBINAR,
            "d",
            "M",
            null,
            DAY1,
            DAY1,
            LocalDateTime.of(2027, 6, 1, 9, 0),
            LocalDateTime.of(2027, 6, 1, 9, 0),
            5,
            false);
    assertThat(closesFirst.problems().get("closesAt"))
        .isEqualTo("Registration must close after it opens.");
  }

  @Test
  void aSessionIsOnOneOfTheEventsDaysAndEndsAfterItStarts() {
    LocalDateTime nine = DAY1.atTime(9, 0);
    assertThat(session(nine, nine.plusHours(1), "1", null).problems(DAY1, DAY3).isEmpty()).isTrue();
    assertThat(session(nine, nine, "0", null).problems(DAY1, DAY3).get("sessionEnds"))
        .isEqualTo("The session must end after it starts.");
    assertThat(
            session(nine.minusDays(1), nine.minusDays(1).plusHours(1), "1", null)
                .problems(DAY1, DAY3)
                .get("sessionStarts"))
        .isEqualTo("The session must be on one of the event's days.");
    assertThat(session(null, null, null, null).problems(DAY1, DAY3).asMap().keySet())
        .containsExactly("sessionStarts", "sessionEnds", "cpdHours");
  }

  @Test
  void cpdHoursCannotBeMoreThanTheSessionLasts() {
    LocalDateTime nine = DAY1.atTime(9, 0);
    assertThat(session(nine, nine.plusMinutes(90), "1.5", null).problems(DAY1, DAY3).isEmpty())
        .isTrue();
    assertThat(session(nine, nine.plusMinutes(90), "2", null).problems(DAY1, DAY3).get("cpdHours"))
        .isEqualTo("The CPD hours cannot be more than the session lasts (1.5 hours).");
    assertThat(session(nine, nine.plusHours(1), "-1", null).problems(DAY1, DAY3).has("cpdHours"))
        .isTrue();
    assertThat(session(nine, nine.plusHours(1), "1", 0).problems(DAY1, DAY3).has("sessionCapacity"))
        .isTrue();
  }
}
