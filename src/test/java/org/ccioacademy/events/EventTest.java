package org.ccioacademy.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.ccioacademy.platform.kernel.Caller;
import org.ccioacademy.platform.kernel.Role;
import org.junit.jupiter.api.Test;

class EventTest {

  private static final OffsetDateTime OPENS = OffsetDateTime.parse("2026-05-01T09:00:00+01:00");
  private static final OffsetDateTime CLOSES = OffsetDateTime.parse("2026-06-30T17:00:00+01:00");

  private static Event event(int capacity, boolean approval) {
    Event e =
        new Event(
            "CCIO Summer School 2026",
            EventKind.SUMMER_SCHOOL,
            "Three days of talks, workshops, a hack day and site visits.",
            "Manchester",
            null,
            LocalDate.of(2026, 7, 6),
            LocalDate.of(2026, 7, 8),
            OPENS,
            CLOSES,
            capacity,
            approval,
            1L);
    e.publish();
    return e;
  }

  @Test
  void placesUntilFullThenTheWaitlist() {
    Event e = event(2, false);
    OffsetDateTime now = OPENS.plusDays(1);
    assertThat(e.decide(now, 0)).isEqualTo(Event.Decision.REGISTERED);
    assertThat(e.decide(now, 1)).isEqualTo(Event.Decision.REGISTERED);
    assertThat(e.decide(now, 2)).isEqualTo(Event.Decision.WAITLISTED);
    assertThat(e.hasPlaceFor(1)).isTrue();
    assertThat(e.hasPlaceFor(2)).isFalse();
  }

  @Test
  void onlyWhileRegistrationIsOpenAndPublished() {
    Event e = event(10, false);
    assertThat(e.decide(OPENS.minusSeconds(1), 0)).isEqualTo(Event.Decision.NOT_YET_OPEN);
    assertThat(e.decide(OPENS, 0)).isEqualTo(Event.Decision.REGISTERED);
    assertThat(e.decide(CLOSES, 0)).isEqualTo(Event.Decision.CLOSED);
    Event draft =
        new Event(
            "Draft",
            EventKind.WEBINAR,
            "d",
            null,
            "https://example.org/meet",
            LocalDate.of(2026, 7, 6),
            LocalDate.of(2026, 7, 6),
            OPENS,
            CLOSES,
            10,
            false,
            1L);
    assertThat(draft.decide(OPENS.plusDays(1), 0)).isEqualTo(Event.Decision.CLOSED);
  }

  @Test
  void approvalMeansPendingWhateverThePlaces() {
    assertThat(event(1, true).decide(OPENS.plusDays(1), 0)).isEqualTo(Event.Decision.PENDING);
  }

  @Test
  void registrationsMoveThroughTheirLife() {
    Event e = event(1, false);
    OffsetDateTime now = OPENS.plusDays(1);
    Registration first = new Registration(e, 1L, Event.Decision.REGISTERED, now);
    Registration second = new Registration(e, 2L, Event.Decision.WAITLISTED, now.plusMinutes(1));
    assertThat(second.getWaitlistedAt()).isEqualTo(now.plusMinutes(1));
    assertThat(first.cancel(now.plusHours(1))).as("a place was freed").isTrue();
    assertThat(first.getStatus()).isEqualTo(Registration.Status.CANCELLED);
    second.confirm(now.plusHours(1));
    assertThat(second.getStatus()).isEqualTo(Registration.Status.REGISTERED);
    assertThat(second.cancel(now.plusHours(2))).isTrue();
    assertThat(second.cancel(now.plusHours(3))).as("cancelling twice frees nothing").isFalse();
    first.renew(Event.Decision.WAITLISTED, now.plusHours(4));
    assertThat(first.getStatus()).isEqualTo(Registration.Status.WAITLISTED);
    assertThatThrownBy(() -> first.renew(Event.Decision.REGISTERED, now))
        .isInstanceOf(IllegalStateException.class);
    first.refuse(now.plusHours(5));
    assertThat(first.getStatus()).isEqualTo(Registration.Status.REFUSED);
  }

  @Test
  void anEventNeedsSensibleDatesPlacesAndAPlace() {
    assertThatThrownBy(
            () ->
                new Event(
                    "x",
                    EventKind.REGIONAL,
                    "d",
                    "Leeds",
                    null,
                    LocalDate.of(2026, 7, 6),
                    LocalDate.of(2026, 7, 5),
                    OPENS,
                    CLOSES,
                    10,
                    false,
                    1L))
        .hasMessageContaining("end before it starts");
    assertThatThrownBy(
            () ->
                new Event(
                    "x",
                    EventKind.REGIONAL,
                    "d",
                    null,
                    null,
                    LocalDate.of(2026, 7, 6),
                    LocalDate.of(2026, 7, 6),
                    OPENS,
                    CLOSES,
                    10,
                    false,
                    1L))
        .hasMessageContaining("venue or an online link");
    assertThatThrownBy(
            () ->
                new Event(
                    "x",
                    EventKind.REGIONAL,
                    "d",
                    "Leeds",
                    null,
                    LocalDate.of(2026, 7, 6),
                    LocalDate.of(2026, 7, 6),
                    CLOSES,
                    OPENS,
                    10,
                    false,
                    1L))
        .hasMessageContaining("close after it opens");
  }

  @Test
  void aSessionCountsOnItsUkDay() {
    Event e = event(10, false);
    EventSession late =
        new EventSession(
            e,
            "Evening networking talk",
            SessionKind.TALK,
            OffsetDateTime.parse("2026-07-06T23:30:00Z"), // 00:30 on 7 July in London
            OffsetDateTime.parse("2026-07-07T00:30:00Z"),
            new BigDecimal("1"),
            false);
    assertThat(late.asAttended().day()).isEqualTo(LocalDate.of(2026, 7, 7));
  }

  @Test
  void itsOrganiserAndAdminsMayOrganiseItNobodyElse() {
    Event e = event(10, false); // organised by user 1
    assertThat(e.mayBeOrganisedBy(Caller.of(1, "organiser", Role.TUTOR))).isTrue();
    assertThat(e.mayBeOrganisedBy(Caller.of(2, "another tutor", Role.TUTOR))).isFalse();
    assertThat(e.mayBeOrganisedBy(Caller.of(3, "admin", Role.ADMIN))).isTrue();
    assertThat(e.mayBeOrganisedBy(Caller.of(4, "reviewer", Role.REVIEWER))).isFalse();
    assertThat(e.mayBeOrganisedBy(Caller.SYSTEM)).isTrue();
    assertThat(e.mayBeOrganisedBy(null)).isFalse();
  }

  @Test
  void theWaitlistGetsTheFreePlacesAndNoMore() {
    Event e = event(10, false);
    assertThat(e.placesToOffer(7, 5)).as("three free, five waiting").isEqualTo(3);
    assertThat(e.placesToOffer(7, 2)).as("three free, two waiting").isEqualTo(2);
    assertThat(e.placesToOffer(10, 5)).as("full").isZero();
    assertThat(e.placesToOffer(12, 5)).as("more held than places, after a cut").isZero();
    assertThat(e.placesToOffer(0, Integer.MAX_VALUE)).isEqualTo(10);
  }
}
