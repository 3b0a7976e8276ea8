package org.ccioacademy.events;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ccioacademy.testing.EventPages;
import org.ccioacademy.testing.TestDatabase;
import org.ccioacademy.testing.TestEvents;
import org.ccioacademy.testing.TestMail;
import org.ccioacademy.testing.TestUsers;
import org.ccioacademy.testing.TestUsers.TestUser;
import org.ccioacademy.testing.WarTest;
import org.ccioacademy.testing.WebClient;
import org.ccioacademy.testing.WebClient.Page;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Organisers create events and sessions; trainees register, are waitlisted when it is full and
 * promoted (with an email) when a place frees; capacity holds when many register at once.
 */
@RunAsClient
class EventsIT extends WarTest {

  @Test
  void anOrganiserCreatesAnEventWithSessionsAndEveryProblemIsReportedAtOnce() throws Exception {
    TestUser tutor = TestUsers.create("TUTOR");
    WebClient organiser = signedIn(tutor);
    Page bad =
        organiser.submit(
            "organise/events.xhtml",
            organiser.get("organise/events.xhtml"),
            "newEvent",
            "create",
            Map.of(
                "title",
                "",
                "onlineUrl",
                "http://insecure.example",
                "capacity",
                "0",
                "startsOn",
                "2027-07-08",
                "endsOn",
                "2027-07-06"));
    assertThat(bad.status()).isEqualTo(200);
    assertThat(bad.body())
        .contains("Give the event a title.")
        .contains("must be a web address starting with https://")
        .contains("The last day cannot be before the first.")
        .contains("Give the number of places, from 1 to 10,000.")
        .contains("value=\"http://insecure.example\"");

    String id = EventPages.create(organiser, "North East CCIO day", 50);
    Page manage = organiser.get("organise/event.xhtml?id=" + id);
    // a later page of "Who is coming" with no search (its "Previous page" link has no search)
    assertThat(organiser.get("organise/event.xhtml?id=" + id + "&page=2").status()).isEqualTo(200);
    assertThat(manage.body())
        .contains("North East CCIO day")
        .contains("Add a session")
        .contains("0 of 50 places taken");
    assertThat(organiser.get("event.xhtml?id=" + id).body())
        .contains("50 of 50 places left")
        .contains("Organise this event");
    String day = TestDatabase.one("select starts_on from event where id = ?", Long.parseLong(id));
    Map<String, String> s = new HashMap<>();
    s.put("sessionTitle", "Keynote: the CCIO in 2027");
    s.put("sessionKind", "KEYNOTE");
    s.put("sessionStarts", day + "T09:30");
    s.put("sessionEnds", day + "T08:30");
    s.put("cpdHours", "1");
    s.put("participatory", "on");
    s.put("room", "Main hall");
    s.put("speakers", "Dr A. Example");
    String newSession = "organise/session.xhtml?event=" + id;
    // a new session is not participatory until the organiser says so
    assertThat(
            Jsoup.parse(organiser.get(newSession).body())
                .getElementById("session:participatory")
                .hasAttr("checked"))
        .isFalse();
    Page wrong = organiser.submit(newSession, organiser.get(newSession), "session", "add", s);
    assertThat(wrong.body()).contains("The session must end after it starts.");
    s.put("sessionEnds", day + "T10:00");
    s.put("cpdHours", "1.5");
    wrong = organiser.submit(newSession, organiser.get(newSession), "session", "add", s);
    assertThat(wrong.body())
        .contains("The CPD hours cannot be more than the session lasts (0.5 hours).");
    s.put("sessionEnds", day + "T10:30");
    s.put("cpdHours", "1");
    Page added = organiser.submit(newSession, organiser.get(newSession), "session", "add", s);
    assertThat(organiser.follow(added).body()).contains("Session added.");
    assertThat(organiser.get("event.xhtml?id=" + id).body())
        .contains("Keynote: the CCIO in 2027")
        .contains("1 CPD hour, participatory")
        .contains("Room: Main hall · With Dr A. Example");
    assertThat(
            TestDatabase.one(
                "select string_agg(action, ',' order by id) from audit_log where actor_id = ? and action like 'event.%'",
                tutor.id()))
        .isEqualTo("event.created,event.session-added");

    // another tutor sees the event but not its organiser's tools, and cannot open them
    WebClient otherTutor = signedIn(TestUsers.create("TUTOR"));
    assertThat(otherTutor.get("event.xhtml?id=" + id).body()).doesNotContain("Organise this event");
    assertThat(otherTutor.get("organise/event.xhtml?id=" + id).status()).isEqualTo(403);
    assertThat(otherTutor.get(newSession).status()).isEqualTo(403);
    // published: anyone sees it and finds it (the list is by date, and other test classes add
    // events, so it may be on a later page of events.xhtml)
    assertThat(client().get("event.xhtml?id=" + id).body()).contains("North East CCIO day");
    assertThat(client().get("search.xhtml?q=North+East+CCIO").body())
        .contains("North East CCIO day");
    // add to calendar: a file calendar programs import
    var ics = client().download("api/events/" + id + "/calendar.ics");
    assertThat(ics.statusCode()).isEqualTo(200);
    assertThat(ics.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
    String calendar = new String(ics.body(), StandardCharsets.UTF_8);
    assertThat(calendar)
        .startsWith("BEGIN:VCALENDAR\r\n")
        .contains("SUMMARY:Keynote: the CCIO in 2027 (North East CCIO day)")
        .contains("LOCATION:Main hall\\, Leeds");
  }

  @Test
  void aTutorsHomeListsTheEventsTheyRunThatAreStillToComeAndWhatWaitsToBeMarked() throws Exception {
    TestUser tutorUser = TestUsers.create("TUTOR");
    WebClient tutor = signedIn(tutorUser);
    Document empty = Jsoup.parse(tutor.get("tutor/home.xhtml").body());
    assertThat(empty.getElementById("marking-summary").text())
        .contains("You do not mark any course yet.");
    assertThat(empty.getElementById("events-coming-up").text()).contains("None: create an event");
    assertThat(empty.text()).doesNotContain("arrive as CCIO Academy grows");
    LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
    String later =
        EventPages.create(tutor, "Later day", 10, today.plusDays(40), today.plusDays(41));
    String sooner =
        EventPages.create(tutor, "Sooner day", 10, today.plusDays(5), today.plusDays(5));
    TestEvents.event("Day gone by").startingIn(-3).organisedBy(tutorUser.id()).create();
    long off = TestEvents.event("Called off").startingIn(3).organisedBy(tutorUser.id()).create();
    TestDatabase.execute("update event set status = 'CANCELLED' where id = ?", off);
    // someone else's event is not theirs to run
    EventPages.create(signedIn(TestUsers.create("TUTOR")), "Not mine", 10);
    Document home = Jsoup.parse(tutor.get("tutor/home.xhtml").body());
    assertThat(home.select("#events-coming-up li a").eachText())
        .containsExactly("Sooner day", "Later day");
    assertThat(home.select("#events-coming-up li a").first().attr("href"))
        .contains("organise/event.xhtml?id=" + sooner);
    assertThat(home.getElementById("events-coming-up").text())
        .contains(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).format(today.plusDays(40)))
        .doesNotContain("Day gone by")
        .doesNotContain("Called off");
    assertThat(later).isNotEqualTo(sooner);
  }

  @Test
  void whenFullTraineesAreWaitlistedAndTheFirstIsPromotedWithAnEmailWhenAPlaceFrees()
      throws Exception {
    String id = EventPages.create(signedIn(TestUsers.create("TUTOR")), "Small workshop day", 2);
    TestUser a = TestUsers.create("TRAINEE");
    TestUser b = TestUsers.create("TRAINEE");
    TestUser c = TestUsers.create("TRAINEE");
    TestUser d = TestUsers.create("TRAINEE");
    WebClient wa = signedIn(a);
    assertThat(EventPages.register(wa, id).body()).contains("You have a place.");
    EventPages.register(signedIn(b), id);
    WebClient wc = signedIn(c);
    assertThat(EventPages.register(wc, id).body())
        .contains("you are on the waitlist")
        .contains("You are on the waitlist, number 1.");
    WebClient wd = signedIn(d);
    assertThat(EventPages.register(wd, id).body()).contains("You are on the waitlist, number 2.");
    assertThat(TestMail.receivedBy(a.email(), Duration.ofSeconds(20)).get(0).getSubject())
        .isEqualTo("Your place at Small workshop day");
    assertThat(TestMail.receivedBy(c.email(), Duration.ofSeconds(20)).get(0).getSubject())
        .isEqualTo("You are on the waitlist for Small workshop day");

    Page page = wa.get("event.xhtml?id=" + id);
    Page cancelled =
        wa.follow(wa.submit("event.xhtml?id=" + id, page, "registration", "cancel", Map.of()));
    assertThat(cancelled.body()).contains("Your registration is cancelled.");
    assertThat(TestDatabase.one("select status from event_registration where user_id = ?", c.id()))
        .isEqualTo("REGISTERED");
    assertThat(wc.get("event.xhtml?id=" + id).body()).contains("You have a place.");
    assertThat(wd.get("event.xhtml?id=" + id).body())
        .contains("You are on the waitlist, number 1.");
    List<MimeMessage> toC = new ArrayList<>();
    for (int i = 0; i < 75 && toC.size() < 2; i++) {
      Thread.sleep(200);
      toC = TestMail.receivedBy(c.email(), Duration.ofSeconds(1));
    }
    assertThat(toC).extracting(m -> m.getSubject()).contains("Your place at Small workshop day");
  }

  @Test
  void theOrganiserApprovesAndRefusesRequestsAndEmailsThoseWithAPlace() throws Exception {
    WebClient organiser = signedIn(TestUsers.create("TUTOR"));
    LocalDate start = LocalDate.now(ZoneId.of("Europe/London")).plusDays(30);
    String id = EventPages.create(organiser, "Invitation-only day", 1, start, start, true);
    TestUser a = TestUsers.create("TRAINEE");
    TestUser b = TestUsers.create("TRAINEE");
    assertThat(EventPages.register(signedIn(a), id).body())
        .contains("Your request is with the organiser");
    EventPages.register(signedIn(b), id);
    String aName = TestDatabase.one("select full_name from users where id = ?", a.id());
    String bName = TestDatabase.one("select full_name from users where id = ?", b.id());

    assertThat(EventPages.pressOnEvent(organiser, id, "decisions", "Approve " + aName).body())
        .contains("Approved: they have a place");
    assertThat(EventPages.pressOnEvent(organiser, id, "decisions", "Approve " + bName).body())
        .contains("the event is full: they are on the waitlist");
    assertThat(EventPages.pressOnEvent(organiser, id, "decisions", "Refuse " + bName).body())
        .contains("Refused");
    assertThat(
            TestDatabase.one(
                "select string_agg(status, ',' order by user_id) from event_registration"
                    + " where event_id = ?",
                Long.parseLong(id)))
        .isEqualTo("REGISTERED,REFUSED");
    TestMail.awaitSubject(a.email(), "Your place at Invitation-only day", Duration.ofSeconds(20));

    Page page = organiser.get("organise/event.xhtml?id=" + id);
    Page empty =
        organiser.submit(
            "organise/event.xhtml?id=" + id,
            page,
            "mail",
            "send",
            Map.of("mailSubject", "", "mailMessage", ""));
    assertThat(empty.body()).contains("Give the email a subject.").contains("Write the message.");
    Page sent =
        organiser.follow(
            organiser.submit(
                "organise/event.xhtml?id=" + id,
                organiser.get("organise/event.xhtml?id=" + id),
                "mail",
                "send",
                Map.of(
                    "mailSubject",
                    "Parking",
                    "mailMessage",
                    "Park in the multi-storey on Wade Lane.")));
    assertThat(sent.body()).contains("Your email is on its way to 1 person.");
    TestMail.awaitSubject(a.email(), "Parking (Invitation-only day)", Duration.ofSeconds(20));
    TestMail.awaitSubject(
        b.email(), "Your request to attend Invitation-only day", Duration.ofSeconds(20));
    assertThat(TestMail.receivedBy(b.email(), Duration.ofSeconds(1)))
        .extracting(EventsIT::subject)
        .doesNotContain("Parking (Invitation-only day)")
        .contains("Your request to attend Invitation-only day");
  }

  private static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void capacityHoldsWhenManyRegisterAtOnce() throws Exception {
    String id = EventPages.create(signedIn(TestUsers.create("TUTOR")), "Popular webinar", 5);
    List<WebClient> trainees = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      trainees.add(signedIn(TestUsers.create("TRAINEE")));
    }
    List<Page> forms = new ArrayList<>();
    for (WebClient t : trainees) {
      forms.add(t.get("event.xhtml?id=" + id));
    }
    ExecutorService pool = Executors.newFixedThreadPool(20);
    List<Future<Integer>> results = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      WebClient t = trainees.get(i);
      Page form = forms.get(i);
      Callable<Integer> press =
          () ->
              t.submit("event.xhtml?id=" + id, form, "registration", "register", Map.of()).status();
      results.add(pool.submit(press));
    }
    for (Future<Integer> r : results) {
      assertThat(r.get()).isEqualTo(302);
    }
    pool.shutdown();
    assertThat(
            TestDatabase.one(
                "select string_agg(status || '=' || n, ' ' order by status) from (select status,"
                    + " count(*) n from event_registration where event_id = ? group by status) x",
                Long.parseLong(id)))
        .isEqualTo("REGISTERED=5 WAITLISTED=15");
  }

  @Test
  void workshopsWithTheirOwnPlacesAreBookedNeverOverbookedAndTheOrganiserMovesPeople()
      throws Exception {
    TestUser tutor = TestUsers.create("TUTOR");
    WebClient organiser = signedIn(tutor);
    String id = EventPages.create(organiser, "Workshop day", 10);
    String a1 =
        EventPages.addSession(
            organiser,
            id,
            "Workshop A",
            "10:00",
            "11:00",
            Map.of("cpdHours", "1", "sessionCapacity", "1"));
    String b1 =
        EventPages.addSession(
            organiser,
            id,
            "Workshop B",
            "10:30",
            "11:30",
            Map.of("cpdHours", "1", "sessionCapacity", "2"));
    EventPages.addSession(organiser, id, "Plenary", "2");
    TestUser a = TestUsers.create("TRAINEE");
    TestUser b = TestUsers.create("TRAINEE");
    TestUser c = TestUsers.create("TRAINEE");
    WebClient wa = signedIn(a);
    WebClient wb = signedIn(b);
    WebClient wc = signedIn(c);
    // before registering for the event, a trainee sees the places but cannot book
    assertThat(wa.get("event.xhtml?id=" + id).body())
        .contains("Booked separately: 1 of 1 places left")
        .doesNotContain("aria-label=\"Book a place at Workshop A\"");
    EventPages.register(wa, id);
    EventPages.register(wb, id);
    EventPages.register(wc, id);
    assertThat(
            EventPages.pressIn(wa, "event.xhtml?id=" + id, "bookings", "Book a place at Workshop A")
                .body())
        .contains("You have a place at the session.")
        .contains("Booked separately: 0 of 1 places left");
    // full: the button is gone, and a forged press is refused
    Page bPage = wb.get("event.xhtml?id=" + id);
    assertThat(bPage.body()).doesNotContain("aria-label=\"Book a place at Workshop A\"");
    assertThat(
            EventPages.pressIn(wb, "event.xhtml?id=" + id, "bookings", "Book a place at Workshop B")
                .body())
        .contains("You have a place at the session.");
    // overlapping sessions: a cannot be in A and B at once
    assertThat(wa.get("event.xhtml?id=" + id).body())
        .contains("You have a place in another session at this time.")
        .doesNotContain("aria-label=\"Book a place at Workshop B\"");
    assertThat(
            TestDatabase.one(
                "select string_agg(s.title || ':' || p.user_id, ',' order by s.title, p.user_id)"
                    + " from session_place p join event_session s on s.id = p.session_id"
                    + " where s.event_id = ?",
                Long.parseLong(id)))
        .isEqualTo("Workshop A:" + a.id() + ",Workshop B:" + b.id());

    // the registers: a booked session lists those with a place in it; the plenary everyone
    assertThat(organiser.get("organise/register.xhtml?session=" + a1).body())
        .contains(a.email())
        .doesNotContain(b.email())
        .doesNotContain(c.email());

    // the organiser moves b into A: full, so refused with the reason; then a from A to B
    String manage = "organise/event.xhtml?id=" + id;
    Page refused =
        organiser.submit(
            manage,
            organiser.get(manage),
            "move",
            "movePerson",
            Map.of("moveEmail", b.email(), "moveFrom", b1, "moveTo", a1));
    assertThat(refused.body())
        .contains("Workshop A is full. Give it more places, or move someone out first.");
    Page moved =
        organiser.follow(
            organiser.submit(
                manage,
                organiser.get(manage),
                "move",
                "movePerson",
                Map.of("moveEmail", a.email(), "moveFrom", a1, "moveTo", b1)));
    assertThat(moved.body()).contains("has been moved and emailed");
    TestMail.awaitSubject(a.email(), "Your place at Workshop B", Duration.ofSeconds(20));
    // and c, with no workshop yet, is given the place in A that a freed
    organiser.submit(
        manage,
        organiser.get(manage),
        "move",
        "movePerson",
        Map.of("moveEmail", c.email(), "moveTo", a1));
    assertThat(
            TestDatabase.one(
                "select string_agg(s.title || ':' || p.user_id, ',' order by s.title, p.user_id)"
                    + " from session_place p join event_session s on s.id = p.session_id"
                    + " where s.event_id = ?",
                Long.parseLong(id)))
        .isEqualTo("Workshop A:" + c.id() + ",Workshop B:" + a.id() + ",Workshop B:" + b.id());
    // c cannot also be given B, at the same time as A
    assertThat(
            organiser
                .submit(
                    manage,
                    organiser.get(manage),
                    "move",
                    "movePerson",
                    Map.of("moveEmail", c.email(), "moveTo", b1))
                .body())
        .contains("at the same time: move them from that session instead.");
    assertThat(
            TestDatabase.one(
                "select count(*) from audit_log where action = 'session.moved' and actor_id = ?",
                tutor.id()))
        .isEqualTo("2");
    assertThat(organiser.get(manage).body()).contains("Workshop B").contains("2 of 2 booked");

    // fewer places than are booked is refused; the session keeps its places
    String edit = "organise/session.xhtml?id=" + b1;
    Page page = organiser.get(edit);
    Map<String, List<String>> form = organiser.form(page, "session");
    form.put("session:sessionCapacity", List.of("1"));
    Page tooFew = organiser.send(edit, page, form, "session:add");
    assertThat(tooFew.body())
        .contains("2 people have booked this session, so it needs at least 2 places");
    assertThat(
            TestDatabase.one("select capacity from event_session where id = ?", Long.parseLong(b1)))
        .isEqualTo("2");

    // a trainee who cancels their place at the event frees their workshop place too
    wc.follow(
        wc.submit(
            "event.xhtml?id=" + id,
            wc.get("event.xhtml?id=" + id),
            "registration",
            "cancel",
            Map.of()));
    assertThat(
            TestDatabase.one(
                "select count(*) from session_place where session_id = ?", Long.parseLong(a1)))
        .isEqualTo("0");
  }

  @Test
  void theOrganiserChangesTheEventCancelsAndAddsPeopleAndMorePlacesGoToTheWaitlist()
      throws Exception {
    TestUser tutor = TestUsers.create("TUTOR");
    WebClient organiser = signedIn(tutor);
    String id = EventPages.create(organiser, "Growing day", 2);
    TestUser a = TestUsers.create("TRAINEE");
    TestUser b = TestUsers.create("TRAINEE");
    TestUser c = TestUsers.create("TRAINEE");
    TestUser d = TestUsers.create("TRAINEE");
    EventPages.register(signedIn(a), id);
    EventPages.register(signedIn(b), id);
    EventPages.register(signedIn(c), id);
    String manage = "organise/event.xhtml?id=" + id;

    // two organisers' pages open at once: the second save does not silently undo the first
    Page first = organiser.get(manage);
    WebClient admin = signedIn(TestUsers.create("ADMIN"));
    Page second = admin.get(manage);
    Map<String, List<String>> f1 = organiser.form(first, "details");
    f1.put("details:capacity", List.of("1"));
    assertThat(organiser.send(manage, first, f1, "details:save").body())
        .contains("2 people already have a place, so there cannot be fewer places than that.");
    f1.put("details:capacity", List.of("3"));
    first = organiser.get(manage);
    assertThat(organiser.follow(organiser.send(manage, first, f1, "details:save")).body())
        .contains("details are saved.");
    assertThat(TestDatabase.one("select status from event_registration where user_id = ?", c.id()))
        .isEqualTo("REGISTERED");
    TestMail.awaitSubject(c.email(), "Your place at Growing day", Duration.ofSeconds(20));

    Map<String, List<String>> f2 = admin.form(second, "details");
    f2.put("details:title", List.of("Growing day (renamed)"));
    Page conflict = admin.send(manage, second, f2, "details:save");
    assertThat(conflict.body())
        .contains("Someone else changed this event while you were editing it")
        .contains("value=\"Growing day (renamed)\"");
    assertThat(
            TestDatabase.one(
                "select title || ' ' || capacity from event where id = ?", Long.parseLong(id)))
        .isEqualTo("Growing day 3");
    // pressing Save again would put back the admin's stale 2 places: refused, with the reason
    Page again = admin.send(manage, conflict, admin.form(conflict, "details"), "details:save");
    assertThat(again.body())
        .contains("3 people already have a place, so there cannot be fewer places than that.");
    Map<String, List<String>> f3 = admin.form(again, "details");
    f3.put("details:capacity", List.of("3"));
    again = admin.send(manage, again, f3, "details:save");
    assertThat(again.status()).as(again.body()).isEqualTo(302);
    assertThat(TestDatabase.one("select title from event where id = ?", Long.parseLong(id)))
        .isEqualTo("Growing day (renamed)");

    // add someone by email: unknown, then known (full, so the waitlist)
    Page unknown =
        organiser.submit(
            manage,
            organiser.get(manage),
            "add",
            "addPerson",
            Map.of("addEmail", "x@nowhere.example"));
    assertThat(unknown.body()).contains("Nobody has an account with the email x@nowhere.example.");
    assertThat(
            organiser
                .follow(
                    organiser.submit(
                        manage,
                        organiser.get(manage),
                        "add",
                        "addPerson",
                        Map.of("addEmail", d.email().toUpperCase(Locale.ROOT))))
                .body())
        .contains("The event is full, so they are on the waitlist");

    // the organiser cancels a's place: a is told, and d (first on the waitlist) gets it
    String aName = TestDatabase.one("select full_name from users where id = ?", a.id());
    Page confirm =
        EventPages.pressOnEvent(organiser, id, "decisions", "Cancel the place of " + aName);
    assertThat(confirm.body()).contains("place and email them?").contains(aName);
    assertThat(TestDatabase.one("select status from event_registration where user_id = ?", a.id()))
        .isEqualTo("REGISTERED");
    Element yes =
        Jsoup.parse(confirm.body())
            .selectFirst("input[aria-label='Yes, cancel the place of " + aName + "']");
    assertThat(
            organiser
                .follow(
                    organiser.send(
                        manage, confirm, organiser.form(confirm, "decisions"), yes.attr("name")))
                .body())
        .contains("Cancelled; they have been emailed.");
    assertThat(
            TestDatabase.one(
                "select string_agg(status, ',' order by user_id) from event_registration"
                    + " where event_id = ?",
                Long.parseLong(id)))
        .isEqualTo("CANCELLED,REGISTERED,REGISTERED,REGISTERED");
    TestMail.awaitSubject(
        a.email(),
        "Your registration for Growing day (renamed) is cancelled",
        Duration.ofSeconds(20));
    TestMail.awaitSubject(d.email(), "Your place at Growing day (renamed)", Duration.ofSeconds(20));
    assertThat(
            TestDatabase.one(
                "select string_agg(action, ',' order by id) from audit_log where actor_id = ?"
                    + " and action in ('event.changed', 'event.added-by-organiser',"
                    + " 'event.cancelled-by-organiser')",
                tutor.id()))
        .isEqualTo("event.changed,event.added-by-organiser,event.cancelled-by-organiser");
    // the registration list is searchable
    assertThat(organiser.get(manage + "&q=" + b.email()).body())
        .contains(b.email())
        .doesNotContain(c.email());
  }

  @Test
  void anOrganiserCancelsTheWholeEventAndEveryoneRegisteredIsToldWhy() throws Exception {
    TestUser tutor = TestUsers.create("TUTOR");
    WebClient organiser = signedIn(tutor);
    String id = EventPages.create(organiser, "Called-off day", 1);
    EventPages.addSession(
        organiser,
        id,
        "Small workshop",
        "10:00",
        "11:00",
        Map.of("cpdHours", "1", "sessionCapacity", "5"));
    TestUser a = TestUsers.create("TRAINEE");
    TestUser b = TestUsers.create("TRAINEE");
    WebClient wa = signedIn(a);
    EventPages.register(wa, id);
    EventPages.pressIn(wa, "event.xhtml?id=" + id, "bookings", "Book a place at Small workshop");
    EventPages.register(signedIn(b), id);
    String manage = "organise/event.xhtml?id=" + id;
    Page noReason =
        organiser.submit(
            manage, organiser.get(manage), "cancelEvent", "cancel", Map.of("cancelReason", " "));
    assertThat(noReason.body()).contains("Say why the event is cancelled");
    assertThat(TestDatabase.one("select status from event where id = ?", Long.parseLong(id)))
        .isEqualTo("PUBLISHED");
    Page done =
        organiser.follow(
            organiser.submit(
                manage,
                organiser.get(manage),
                "cancelEvent",
                "cancel",
                Map.of("cancelReason", "The venue has flooded.")));
    assertThat(done.body()).contains("The event is cancelled; 2 people have been emailed.");
    assertThat(
            TestDatabase.one(
                "select status || ' ' || (select string_agg(distinct status, ',') from"
                    + " event_registration where event_id = e.id) || ' ' || (select count(*) from"
                    + " session_place p join event_session s on s.id = p.session_id"
                    + " where s.event_id = e.id) from event e where id = ?",
                Long.parseLong(id)))
        .isEqualTo("CANCELLED CANCELLED 0");
    var mail =
        TestMail.awaitSubject(b.email(), "Called-off day is cancelled", Duration.ofSeconds(20));
    assertThat(mail.getContent().toString()).contains("The venue has flooded.");
    Page page = wa.get("event.xhtml?id=" + id);
    assertThat(page.body())
        .contains("This event has been cancelled.")
        .doesNotContain("registration:register")
        .doesNotContain("Book a place at");
    assertThat(client().get("events.xhtml").body()).doesNotContain("Called-off day");
  }

  @Test
  void sessionTimesAreShownInUkTimeInSummerToo() throws Exception {
    WebClient organiser = signedIn(TestUsers.create("TUTOR"));
    LocalDate july = LocalDate.of(LocalDate.now().getYear() + 1, 7, 6);
    String id = EventPages.create(organiser, "Summer timing day", 10, july, july);
    EventPages.addSession(
        organiser,
        id,
        "Morning session",
        "09:30",
        "10:30",
        Map.of("cpdHours", "1", "sessionCapacity", "10"));
    assertThat(
            TestDatabase.one(
                "select to_char(starts_at at time zone 'UTC', 'HH24:MI') from event_session"
                    + " where event_id = ?",
                Long.parseLong(id)))
        .isEqualTo("08:30");
    assertThat(organiser.get("event.xhtml?id=" + id).body()).contains("09:30–10:30");
    assertThat(organiser.get("organise/event.xhtml?id=" + id).body()).contains("09:30–10:30");
  }

  @Test
  void aWorkshopIsNeverOverbookedWhenManyBookAtOnce() throws Exception {
    WebClient organiser = signedIn(TestUsers.create("TUTOR"));
    String id = EventPages.create(organiser, "Busy workshop day", 20);
    String workshop =
        EventPages.addSession(
            organiser,
            id,
            "Popular workshop",
            "10:00",
            "11:00",
            Map.of("cpdHours", "1", "sessionCapacity", "3"));
    List<WebClient> trainees = new ArrayList<>();
    List<Page> pages = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      WebClient t = signedIn(TestUsers.create("TRAINEE"));
      EventPages.register(t, id);
      trainees.add(t);
      pages.add(t.get("event.xhtml?id=" + id));
    }
    ExecutorService pool = Executors.newFixedThreadPool(12);
    List<Future<Integer>> results = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      WebClient t = trainees.get(i);
      Page page = pages.get(i);
      String button =
          Jsoup.parse(page.body())
              .selectFirst("input[aria-label='Book a place at Popular workshop']")
              .attr("name");
      Callable<Integer> press =
          () -> t.send("event.xhtml?id=" + id, page, t.form(page, "bookings"), button).status();
      results.add(pool.submit(press));
    }
    int redirected = 0;
    for (Future<Integer> r : results) {
      // a booking redirects; "full" is shown on the page itself
      redirected += r.get() == 302 ? 1 : 0;
    }
    pool.shutdown();
    assertThat(redirected).isEqualTo(3);
    assertThat(
            TestDatabase.one(
                "select count(*) from session_place where session_id = ?",
                Long.parseLong(workshop)))
        .isEqualTo("3");
  }

  @Test
  void aTraineeIsToldWhenRegistrationHasClosedInsteadOfOfferedAButton() throws Exception {
    WebClient organiser = signedIn(TestUsers.create("TUTOR"));
    LocalDateTime now = LocalDateTime.now(ZoneId.of("Europe/London"));
    LocalDate day = now.toLocalDate().plusDays(10);
    Map<String, String> f = new HashMap<>();
    f.put("title", "Closed day");
    f.put("kind", "REGIONAL");
    f.put("description", "Registration closed yesterday.");
    f.put("venue", "York");
    f.put("startsOn", EventPages.DAY.format(day));
    f.put("endsOn", EventPages.DAY.format(day));
    f.put("opensAt", EventPages.MINUTE.format(now.minusDays(5)));
    f.put("closesAt", EventPages.MINUTE.format(now.minusDays(1)));
    f.put("capacity", "10");
    Page created =
        organiser.submit(
            "organise/events.xhtml",
            organiser.get("organise/events.xhtml"),
            "newEvent",
            "create",
            f);
    String id = created.location().replaceAll(".*id=", "");
    Page page = signedIn(TestUsers.create("TRAINEE")).get("event.xhtml?id=" + id);
    assertThat(page.body())
        .contains("Registration has closed.")
        .doesNotContain("registration:register");
  }
}
