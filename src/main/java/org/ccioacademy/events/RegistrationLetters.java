package org.ccioacademy.events;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * The emails people get about their registrations, in plain English: each is a {@link Letter} to
 * one person by name, signed by CCIO Academy (or, for an organiser's message, sent on their
 * behalf). No container needed, so each wording is tested on its own.
 */
final class RegistrationLetters {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private RegistrationLetters() {}

  /** One email: subject, body and what it is about (the outbox's purpose). */
  record Letter(String subject, String body, String purpose) {}

  /**
   * What happened to a registration (a place, the waitlist, or a request awaiting the organiser),
   * with the event's dates and a link to its page ({@code publicUrl} without a trailing slash).
   */
  static Letter decision(String name, Event event, Event.Decision what, String publicUrl) {
    String dates =
        event.getStartsOn().equals(event.getEndsOn())
            ? DATE.format(event.getStartsOn())
            : DATE.format(event.getStartsOn()) + " to " + DATE.format(event.getEndsOn());
    String subject =
        switch (what) {
          case REGISTERED -> "Your place at " + event.getTitle();
          case WAITLISTED -> "You are on the waitlist for " + event.getTitle();
          default -> "Your request to attend " + event.getTitle();
        };
    String news =
        switch (what) {
          case REGISTERED -> "You have a place at " + event.getTitle() + ", " + dates + ".";
          case WAITLISTED ->
              event.getTitle()
                  + " ("
                  + dates
                  + ") is full, so you are on its waitlist. If a place becomes"
                  + " free it is yours at once, and we will email you.";
          default ->
              "Your request to attend "
                  + event.getTitle()
                  + " ("
                  + dates
                  + ") is with its organiser, who will approve or refuse it.";
        };
    return new Letter(
        subject,
        "Dear "
            + name
            + ",\n\n"
            + news
            + "\n\nDetails, and to cancel: "
            + publicUrl
            + "/event.xhtml?id="
            + event.getId()
            + "\n\nCCIO Academy\n",
        "event." + what.name().toLowerCase(Locale.UK));
  }

  /** The organiser cancelled this person's registration. */
  static Letter cancelledByOrganiser(String name, String eventTitle) {
    return new Letter(
        "Your registration for " + eventTitle + " is cancelled",
        "Dear "
            + name
            + ",\n\nThe organiser of "
            + eventTitle
            + " has cancelled your registration. If you think this is a mistake,"
            + " please reply to the organiser.\n\nCCIO Academy\n",
        "event.cancelled-by-organiser");
  }

  /** The organiser refused this person's request or waitlist entry. */
  static Letter refused(String name, String eventTitle) {
    return new Letter(
        "Your request to attend " + eventTitle,
        "Dear "
            + name
            + ",\n\nWe are sorry: the organiser of "
            + eventTitle
            + " cannot offer you a place this time.\n\nCCIO Academy\n",
        "event.refused");
  }

  /** The event is called off, in the organiser's words. */
  static Letter eventCancelled(String name, String eventTitle, String reason) {
    return new Letter(
        eventTitle + " is cancelled",
        "Dear "
            + name
            + ",\n\nWe are sorry: "
            + eventTitle
            + " will not take place. Its organiser says:\n\n"
            + reason.strip()
            + "\n\nYour registration has ended; there is nothing you need to do."
            + "\n\nCCIO Academy\n",
        "event.cancelled-event");
  }

  /** The organiser's own message to everyone with a place. */
  static Letter fromOrganiser(String name, String eventTitle, String subject, String message) {
    return new Letter(
        subject.strip() + " (" + eventTitle + ")",
        "Dear "
            + name
            + ",\n\n"
            + message.strip()
            + "\n\n"
            + "Sent by the organiser of "
            + eventTitle
            + " through CCIO Academy.\n",
        "event.message");
  }

  /**
   * The event's dates or place changed after people registered: what it is now ({@code changes},
   * e.g. "It is now on 3 to 5 July 2027, at Leeds Hall.").
   */
  static Letter eventChanged(String name, Event event, String changes, String publicUrl) {
    return new Letter(
        event.getTitle() + " has changed",
        "Dear "
            + name
            + ",\n\nThe organiser of "
            + event.getTitle()
            + " has changed it. "
            + changes
            + "\n\nYour registration stands. If you can no longer come, please cancel so that"
            + " someone on the waitlist can have your place: "
            + publicUrl
            + "/event.xhtml?id="
            + event.getId()
            + "\n\nCCIO Academy\n",
        "event.changed");
  }

  /** What a change of dates, venue or online link means, in a sentence or two; empty if none. */
  static String changes(
      LocalDate startsBefore,
      LocalDate endsBefore,
      String venueBefore,
      String onlineBefore,
      Event now) {
    StringBuilder s = new StringBuilder();
    if (!startsBefore.equals(now.getStartsOn()) || !endsBefore.equals(now.getEndsOn())) {
      s.append("It is now on ")
          .append(
              now.getStartsOn().equals(now.getEndsOn())
                  ? DATE.format(now.getStartsOn())
                  : DATE.format(now.getStartsOn()) + " to " + DATE.format(now.getEndsOn()))
          .append(" (it was ")
          .append(
              startsBefore.equals(endsBefore)
                  ? DATE.format(startsBefore)
                  : DATE.format(startsBefore) + " to " + DATE.format(endsBefore))
          .append("). ");
    }
    if (!Objects.equals(venueBefore, now.getVenue())) {
      s.append(
          now.getVenue() == null
              ? "It no longer has a venue. "
              : "It is now at " + now.getVenue() + ". ");
    }
    if (!Objects.equals(onlineBefore, now.getOnlineUrl())) {
      s.append(
          now.getOnlineUrl() == null
              ? "It is no longer online. "
              : "Join it online at " + now.getOnlineUrl() + ". ");
    }
    return s.toString().strip();
  }
}
