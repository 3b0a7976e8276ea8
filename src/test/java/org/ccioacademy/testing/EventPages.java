package org.ccioacademy.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.ccioacademy.testing.WebClient.Page;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Events made and joined through their pages, as an organiser and a trainee do: {@code
 * EventPages.create(organiser, "Register day", 10)} fills the organiser's form, {@code
 * EventPages.register(trainee, id)} presses Register.
 */
public final class EventPages {

  private EventPages() {}

  public static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;
  public static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  /** Creates an event through the organiser's form; returns its id. */
  public static String create(WebClient organiser, String title, int capacity) {
    LocalDate start = LocalDate.now(ZoneId.of("Europe/London")).plusDays(30);
    return create(organiser, title, capacity, start, start);
  }

  public static String create(
      WebClient organiser, String title, int capacity, LocalDate start, LocalDate end) {
    return create(organiser, title, capacity, start, end, false);
  }

  public static String create(
      WebClient organiser,
      String title,
      int capacity,
      LocalDate start,
      LocalDate end,
      boolean approval) {
    LocalDateTime now = LocalDateTime.now(ZoneId.of("Europe/London"));
    Map<String, String> f = new HashMap<>();
    f.put("title", title);
    f.put("kind", "REGIONAL");
    f.put("description", "A regional CCIO network day with talks and workshops.");
    f.put("venue", "Leeds");
    f.put("startsOn", DAY.format(start));
    f.put("endsOn", DAY.format(end));
    f.put("opensAt", MINUTE.format(now.minusHours(1)));
    f.put("closesAt", MINUTE.format(now.plusDays(20)));
    f.put("capacity", String.valueOf(capacity));
    if (approval) {
      f.put("approvalRequired", "on");
    }
    Page created =
        organiser.submit(
            "organise/events.xhtml",
            organiser.get("organise/events.xhtml"),
            "newEvent",
            "create",
            f);
    assertThat(created.status()).as(created.body()).isEqualTo(302);
    return created.location().replaceAll(".*id=", "");
  }

  public static Page register(WebClient trainee, String id) {
    Page page = trainee.get("event.xhtml?id=" + id);
    return trainee.follow(
        trainee.submit("event.xhtml?id=" + id, page, "registration", "register", Map.of()));
  }

  /** Adds a participatory workshop, 10:00 to 12:30 on the event's first day; returns its id. */
  public static String addSession(WebClient organiser, String eventId, String title, String hours)
      throws Exception {
    return addSession(
        organiser,
        eventId,
        title,
        "10:00",
        "12:30",
        Map.of("cpdHours", hours, "participatory", "on"));
  }

  /**
   * Adds a workshop from {@code from} to {@code to} (HH:mm) on the event's first day through the
   * organiser's form, with these further fields (cpdHours, participatory, sessionCapacity, ...);
   * returns its id.
   */
  public static String addSession(
      WebClient organiser,
      String eventId,
      String title,
      String from,
      String to,
      Map<String, String> fields)
      throws Exception {
    String day =
        TestDatabase.one("select starts_on from event where id = ?", Long.parseLong(eventId));
    Map<String, String> s = new HashMap<>(fields);
    s.put("sessionTitle", title);
    s.put("sessionKind", "WORKSHOP");
    s.put("sessionStarts", day + "T" + from);
    s.put("sessionEnds", day + "T" + to);
    String url = "organise/session.xhtml?event=" + eventId;
    Page added = organiser.submit(url, organiser.get(url), "session", "add", s);
    assertThat(added.status()).as(added.body()).isEqualTo(302);
    return TestDatabase.one(
        "select id from event_session where event_id = ? and title = ?",
        Long.parseLong(eventId),
        title);
  }

  /** Presses the register's button with this aria-label. */
  public static Page press(WebClient organiser, String url, String label) {
    return pressIn(organiser, url, "register", label);
  }

  /**
   * Presses the button with this aria-label in form {@code formId} of the organiser's event page.
   */
  public static Page pressOnEvent(WebClient organiser, String id, String formId, String label) {
    return pressIn(organiser, "organise/event.xhtml?id=" + id, formId, label);
  }

  /**
   * Presses the button with this aria-label in form {@code formId} of the page at {@code url};
   * returns the page after any redirect.
   */
  public static Page pressIn(WebClient who, String url, String formId, String label) {
    Page page = who.get(url);
    Element button = Jsoup.parse(page.body()).selectFirst("input[aria-label='" + label + "']");
    assertThat(button).as(label + " in " + page.body()).isNotNull();
    return who.follow(who.send(url, page, who.form(page, formId), button.attr("name")));
  }
}
