package org.ccioacademy.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.ccioacademy.events.RegistrationLetters.Letter;
import org.junit.jupiter.api.Test;

/** The emails about registrations, word for word. */
class RegistrationLettersTest {

  private static Event event(LocalDate from, LocalDate to) {
    return new Event(
        "CCIO Summer School",
        EventKind.SUMMER_SCHOOL,
        "Three days",
        "Manchester",
        null,
        from,
        to,
        OffsetDateTime.parse("2027-05-01T09:00:00+01:00"),
        OffsetDateTime.parse("2027-06-30T17:00:00+01:00"),
        80,
        false,
        1L);
  }

  @Test
  void aPlaceNamesTheDaysAndLinksToTheEventsPage() {
    Letter l =
        RegistrationLetters.decision(
            "Priya Shah",
            event(LocalDate.of(2027, 7, 6), LocalDate.of(2027, 7, 8)),
            Event.Decision.REGISTERED,
            "https://academy.example");
    assertThat(l.subject()).isEqualTo("Your place at CCIO Summer School");
    assertThat(l.body())
        .startsWith(
            "Dear Priya Shah,\n\nYou have a place at CCIO Summer School, 6 July 2027 to"
                + " 8 July 2027.")
        .contains("Details, and to cancel: https://academy.example/event.xhtml?id=")
        .endsWith("\n\nCCIO Academy\n");
    assertThat(l.purpose()).isEqualTo("event.registered");
  }

  @Test
  void theWaitlistAndARequestSayWhatHappensNext() {
    Event oneDay = event(LocalDate.of(2027, 7, 6), LocalDate.of(2027, 7, 6));
    Letter waitlisted =
        RegistrationLetters.decision("A", oneDay, Event.Decision.WAITLISTED, "https://x.example");
    assertThat(waitlisted.subject()).isEqualTo("You are on the waitlist for CCIO Summer School");
    assertThat(waitlisted.body())
        .contains("CCIO Summer School (6 July 2027) is full, so you are on its waitlist.")
        .contains("If a place becomes free it is yours at once, and we will email you.");
    assertThat(waitlisted.purpose()).isEqualTo("event.waitlisted");
    Letter pending =
        RegistrationLetters.decision("A", oneDay, Event.Decision.PENDING, "https://x.example");
    assertThat(pending.subject()).isEqualTo("Your request to attend CCIO Summer School");
    assertThat(pending.body()).contains("is with its organiser, who will approve or refuse it.");
    assertThat(pending.purpose()).isEqualTo("event.pending");
  }

  @Test
  void anOrganisersActionsAreExplained() {
    assertThat(RegistrationLetters.cancelledByOrganiser("A", "Webinar").subject())
        .isEqualTo("Your registration for Webinar is cancelled");
    assertThat(RegistrationLetters.refused("A", "Webinar").body())
        .contains("the organiser of Webinar cannot offer you a place this time.");
    Letter off = RegistrationLetters.eventCancelled("A", "Webinar", "  The speaker is ill. ");
    assertThat(off.subject()).isEqualTo("Webinar is cancelled");
    assertThat(off.body()).contains("Its organiser says:\n\nThe speaker is ill.\n\n");
    Letter note = RegistrationLetters.fromOrganiser("A", "Webinar", " Slides ", " Attached. ");
    assertThat(note.subject()).isEqualTo("Slides (Webinar)");
    assertThat(note.body())
        .isEqualTo(
            "Dear A,\n\nAttached.\n\nSent by the organiser of Webinar through CCIO Academy.\n");
    assertThat(note.purpose()).isEqualTo("event.message");
  }

  @Test
  void aChangeOfDatesOrPlaceIsSaidInWordsAndNothingElseIsNews() {
    LocalDate from = LocalDate.of(2027, 7, 6);
    LocalDate to = LocalDate.of(2027, 7, 8);
    Event now = event(LocalDate.of(2027, 7, 13), LocalDate.of(2027, 7, 15));
    assertThat(RegistrationLetters.changes(from, to, "Manchester", null, now))
        .isEqualTo(
            "It is now on 13 July 2027 to 15 July 2027 (it was 6 July 2027 to 8 July 2027).");
    Event same = event(from, to);
    assertThat(RegistrationLetters.changes(from, to, "Manchester", null, same)).isEmpty();
    assertThat(RegistrationLetters.changes(from, to, "Leeds", null, same))
        .isEqualTo("It is now at Manchester.");
    assertThat(RegistrationLetters.changes(from, to, "Manchester", "https://meet.example", same))
        .isEqualTo("It is no longer online.");
    Letter l =
        RegistrationLetters.eventChanged(
            "Priya Shah", now, "It is now at Manchester.", "https://academy.example");
    assertThat(l.subject()).isEqualTo("CCIO Summer School has changed");
    assertThat(l.body())
        .startsWith(
            "Dear Priya Shah,\n\nThe organiser of CCIO Summer School has changed it. It is now at"
                + " Manchester.")
        .contains("https://academy.example/event.xhtml?id=");
    assertThat(l.purpose()).isEqualTo("event.changed");
  }
}
