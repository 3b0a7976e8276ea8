package org.ccioacademy.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.ccioacademy.testing.Browser;
import org.ccioacademy.testing.EventPages;
import org.ccioacademy.testing.TestDatabase;
import org.ccioacademy.testing.TestLrs;
import org.ccioacademy.testing.TestLrsReceiver;
import org.ccioacademy.testing.TestQr;
import org.ccioacademy.testing.TestUsers;
import org.ccioacademy.testing.TestUsers.TestUser;
import org.ccioacademy.testing.WarTest;
import org.ccioacademy.testing.WebClient;
import org.ccioacademy.testing.WebClient.Page;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;

/**
 * Attendance at events: the organiser's register (every correction kept, credits shown to
 * trainees), checking in by QR code, and paper or spreadsheet sign-in sheets imported whole or not
 * at all.
 */
@RunAsClient
class AttendanceIT extends WarTest {

  @Test
  void theOrganiserKeepsTheRegisterEveryCorrectionIsKeptAndTraineesSeeTheirCredits()
      throws Exception {
    TestUser tutor = TestUsers.create("TUTOR");
    WebClient organiser = signedIn(tutor);
    TestLrsReceiver.failNext(2);
    String id = EventPages.create(organiser, "Register day", 10);
    String session = EventPages.addSession(organiser, id, "Hands-on FHIR workshop", "2");
    TestUser a = TestUsers.create("TRAINEE");
    TestUser b = TestUsers.create("TRAINEE");
    EventPages.register(signedIn(a), id);
    EventPages.register(signedIn(b), id);
    String aName = TestDatabase.one("select full_name from users where id = ?", a.id());

    String url = "organise/register.xhtml?session=" + session;
    Page register = organiser.get(url);
    assertThat(register.body()).contains(a.email()).contains(b.email()).contains("Not marked");
    assertThat(EventPages.press(organiser, url, "Present: " + aName).body())
        .contains(aName + ": present.");
    Page corrected = EventPages.press(organiser, url, "Late: " + aName);
    assertThat(corrected.body()).contains(aName + ": late.");
    assertThat(
            TestDatabase.one(
                "select string_agg(status || ':' || (supersedes_id is not null), ',' order by id)"
                    + " from attendance_mark where user_id = ?",
                a.id()))
        .isEqualTo("PRESENT:false,LATE:true");
    assertThat(
            TestDatabase.one(
                "select string_agg(coalesce(before_value, '-') || '>' || after_value, ',' order by id)"
                    + " from audit_log where action = 'attendance.marked' and actor_id = ?",
                tutor.id()))
        .isEqualTo("->PRESENT,PRESENT>LATE");
    // one learning record of attending (present, then late, is still attended); absent voids it
    assertThat(TestLrs.recordsOf(a.id())).containsExactly("attended " + session);
    // forwarded to the trust's LRS although it was down for the first tries: once, none lost
    String attended = TestLrs.recordOf(a.id(), "attended", "/session/" + session).getString("id");
    assertThat(TestLrsReceiver.await(attended, Duration.ofSeconds(30))).isNotNull();
    assertThat(TestLrsReceiver.timesReceived(attended)).isEqualTo(1);
    EventPages.press(organiser, url, "Absent: " + aName);
    assertThat(TestLrs.recordsOf(a.id())).containsExactly("attended " + session + " (voided)");
    EventPages.press(organiser, url, "Present: " + aName);
    assertThat(TestLrs.recordsOf(a.id()))
        .containsExactly("attended " + session + " (voided)", "attended " + session);
    EventPages.press(organiser, url, "Late: " + aName);
    // the search box finds one trainee
    Page found = organiser.get(url + "&q=" + a.email().substring(0, 12));
    assertThat(found.body()).contains(a.email()).doesNotContain(b.email());

    Page mine = signedIn(a).get("trainee/attendance.xhtml");
    assertThat(mine.body())
        .contains("Hands-on FHIR workshop")
        .contains("Late")
        .contains("2 CPD hours from events, 2 of them participatory")
        .contains("the NMC asks for 35 hours of CPD in each three years")
        .doesNotContain("CPD credit")
        .doesNotContain("Royal College of Physicians");
    assertThat(signedIn(b).get("trainee/attendance.xhtml").body()).contains("0 CPD hours");
    // a doctor's CPD is counted in RCP credits
    TestDatabase.execute(
        "update users set professional_group = 'DOCTOR', profession = 'DOCTOR',"
            + " grade = 'FY1', registration_number = '1234567' where id = ?",
        a.id());
    assertThat(signedIn(a).get("trainee/attendance.xhtml").body())
        .contains("2 CPD credits from events, 2 of them participatory")
        .contains("Royal College of Physicians")
        .contains("Credits by day")
        .doesNotContain("the NMC asks");

    assertThat(signedIn(TestUsers.create("TUTOR")).get(url).status()).isEqualTo(403);
    assertThat(signedIn(a).get(url).status()).isEqualTo(403);
    assertThat(signedIn(TestUsers.create("ADMIN")).get(url).status()).isEqualTo(200);
  }

  private Page checkInWith(WebClient trainee, String link) {
    String path = link.substring(link.indexOf("checkin.xhtml"));
    Page page = trainee.get(path);
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    Page done = trainee.submit(path, page, "checkIn", "confirm", Map.of());
    return done.status() == 302 ? trainee.follow(done) : done;
  }

  @Test
  void aTraineeChecksInOnceByScanningTheQrCodeAndOldCodesAndStrangersAreTurnedAway()
      throws Exception {
    WebClient organiser = signedIn(TestUsers.create("TUTOR"));
    LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
    String id =
        EventPages.create(organiser, "Check-in day", 10, today.minusDays(1), today.plusDays(1));
    LocalDateTime now = LocalDateTime.now(ZoneId.of("Europe/London"));
    Map<String, String> s = new HashMap<>();
    s.put("sessionTitle", "Session on now");
    s.put("sessionKind", "TALK");
    s.put("sessionStarts", EventPages.MINUTE.format(now.minusMinutes(5)));
    s.put("sessionEnds", EventPages.MINUTE.format(now.plusMinutes(55)));
    s.put("cpdHours", "1");
    String newSession = "organise/session.xhtml?event=" + id;
    Page added = organiser.submit(newSession, organiser.get(newSession), "session", "add", s);
    assertThat(added.status()).as(added.body()).isEqualTo(302);
    String session =
        TestDatabase.one("select id from event_session where event_id = ?", Long.parseLong(id));
    TestUser a = TestUsers.create("TRAINEE");
    WebClient wa = signedIn(a);
    EventPages.register(wa, id);

    Page screen = organiser.get("organise/checkin.xhtml?session=" + session);
    assertThat(screen.status()).isEqualTo(200);
    String src = Jsoup.parse(screen.body()).selectFirst("#qr-image").attr("src");
    String link = TestQr.read(src);
    assertThat(link).contains("checkin.xhtml?s=" + session + "&t=");
    assertThat(checkInWith(wa, link).body()).contains("You are checked in.");
    assertThat(checkInWith(wa, link).body()).contains("You were already checked in");
    // scanned on a phone that is signed out: sign in, and the phone is back on the check-in page
    TestUser scanner = TestUsers.create("TRAINEE");
    EventPages.register(signedIn(scanner), id);
    WebClient phone = client();
    String path = link.substring(link.indexOf("checkin.xhtml"));
    Page signInFirst = phone.get(path);
    assertThat(signInFirst.status()).isEqualTo(302);
    assertThat(signInFirst.location()).contains("sign-in.xhtml");
    Page signedIn = phone.signIn(scanner.email(), scanner.password());
    assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(302);
    assertThat(signedIn.location()).endsWith(path);
    assertThat(checkInWith(phone, link).body()).contains("You are checked in.");
    assertThat(
            TestDatabase.one(
                "select count(*) from attendance_mark where user_id = ?", scanner.id()))
        .isEqualTo("1");
    // the projector screen: the same live code, large, a countdown, and who is here of those
    // expected (the two with a place, both checked in)
    Document projector =
        Jsoup.parse(organiser.get("organise/projector.xhtml?session=" + session).body());
    // the code is the same live link as the check-in page's (decoded there; the picture here is
    // the same PNG at the screen's size), shown in words under it too
    assertThat(projector.selectFirst("#qr-image").attr("src")).startsWith("data:image/png;base64,");
    assertThat(projector.select("#qr-link").text()).contains("checkin.xhtml?s=" + session + "&t=");
    assertThat(projector.select("#headcount").text()).isEqualTo("2 of 2 expected are here");
    assertThat(Integer.parseInt(projector.select("#countdown").attr("data-left"))).isBetween(1, 30);
    assertThat(projector.select("header.site-header")).isEmpty();
    assertThat(wa.get("organise/projector.xhtml?session=" + session).status()).isEqualTo(403);

    // in Chromium on a phone, signed out: the scanned code asks for sign-in, then checks in
    TestUser phoneUser = TestUsers.create("TRAINEE");
    EventPages.register(signedIn(phoneUser), id);
    try (Browser phoneBrowser = new Browser(base.toString())) {
      phoneBrowser.driver().manage().window().setSize(new Dimension(390, 844));
      phoneBrowser.open(path);
      assertThat(phoneBrowser.currentPath()).startsWith("sign-in.xhtml");
      phoneBrowser.type("signIn:email", phoneUser.email());
      phoneBrowser.type("signIn:password", phoneUser.password());
      phoneBrowser.press("signIn:submit");
      assertThat(phoneBrowser.currentPath()).startsWith(path);
      phoneBrowser.checkAccessibility();
      phoneBrowser.press("checkIn:confirm");
      assertThat(phoneBrowser.text()).contains("You are checked in.");
      phoneBrowser.checkAccessibility();
    }
    assertThat(
            TestDatabase.one(
                "select string_agg(status || ' ' || source, ',') from attendance_mark"
                    + " where user_id = ?",
                a.id()))
        .isEqualTo("PRESENT CHECK_IN");

    // a photo of an old code: the code of two windows ago, signed with the same key
    byte[] key;
    try (Connection c = TestDatabase.connect();
        ResultSet rs =
            c.createStatement()
                .executeQuery("select value from app_secret where name = 'check-in'")) {
      assertThat(rs.next()).isTrue();
      key = rs.getBytes(1);
    }
    assertThat(key).isNotNull();
    long window = Instant.now().getEpochSecond() / 30 - 2;
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key, "HmacSHA256"));
    String old =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(mac.doFinal((session + ":" + window).getBytes()))
            .substring(0, 22);
    TestUser b = TestUsers.create("TRAINEE");
    WebClient wb = signedIn(b);
    EventPages.register(wb, id);
    assertThat(checkInWith(wb, "checkin.xhtml?s=" + session + "&t=" + old).body())
        .contains("This code has changed since it was scanned");
    // someone without a place
    WebClient stranger = signedIn(TestUsers.create("TRAINEE"));
    assertThat(checkInWith(stranger, TestQr.read(src)).body())
        .contains("You do not have a place at this event");
    // the organiser lets walk-ins in from the screen in the room; then the stranger can check in
    Page screenNow = organiser.get("organise/checkin.xhtml?session=" + session);
    assertThat(screenNow.body()).contains("Only people with a place can check in.");
    Page allowed =
        organiser.follow(
            organiser.submit(
                "organise/checkin.xhtml?session=" + session,
                screenNow,
                "walkIns",
                "toggle",
                Map.of()));
    assertThat(allowed.body()).contains("Walk-ins allowed");
    String fresh = TestQr.read(Jsoup.parse(allowed.body()).selectFirst("#qr-image").attr("src"));
    assertThat(checkInWith(stranger, fresh).body()).contains("You are checked in.");
    assertThat(
            TestDatabase.one(
                "select after_value from audit_log where action = 'attendance.checked-in'"
                    + " and target_id = ? order by id desc limit 1",
                session))
        .isEqualTo("PRESENT (walk-in)");
    assertThat(
            signedIn(TestUsers.create("TUTOR"))
                .get("organise/checkin.xhtml?session=" + session)
                .status())
        .isEqualTo(403);
  }

  @Test
  void aPaperSheetIsPreviewedLineByLineAndImportedWholeOrNotAtAll() throws Exception {
    TestUser tutor = TestUsers.create("TUTOR");
    WebClient organiser = signedIn(tutor);
    String id = EventPages.create(organiser, "Sheet day", 10);
    EventPages.addSession(organiser, id, "Morning workshop", "2");
    EventPages.addSession(organiser, id, "Afternoon workshop", "2");
    TestUser a = TestUsers.create("TRAINEE");
    TestUser b = TestUsers.create("TRAINEE");
    TestUser c = TestUsers.create("TRAINEE");
    EventPages.register(signedIn(a), id);
    EventPages.register(signedIn(b), id);
    String bad =
        "email,session,status\n"
            + a.email()
            + ",Morning workshop,present\n"
            + b.email()
            + ",morning WORKSHOP,late\n"
            + c.email()
            + ",Morning workshop,\n"
            + "nobody@example.org,Morning workshop,present\n"
            + a.email()
            + ",Morning workshop,present\n"
            + a.email()
            + ",Evening gala,present\n"
            + b.email()
            + ",Afternoon workshop,asleep\n"
            + c.email()
            + ",3,present\n";
    String url = "organise/event.xhtml?id=" + id;
    Page preview =
        organiser.submit(url, organiser.get(url), "sheet", "preview", Map.of("csv", bad));
    assertThat(preview.body())
        .contains("6 lines have problems")
        .contains("unknown session \"3\" in this event")
        .contains(
            "Will record "
                + TestDatabase.one("select full_name from users where id = ?", a.id())
                + ": present")
        .contains("has no place at this event")
        .contains("unknown person: nobody has the email nobody@example.org")
        .contains("duplicate of line 2")
        .contains("unknown session &quot;Evening gala&quot; in this event".replace("&quot;", "\""))
        .contains("unknown status \"asleep\"")
        .doesNotContain("Import all");
    assertThat(
            TestDatabase.one(
                "select count(*) from attendance_mark where source = 'IMPORT' and user_id in (?, ?)",
                a.id(),
                b.id()))
        .isEqualTo("0");

    String good =
        "email,session,status\n"
            + a.email()
            + ",Morning workshop,present\n"
            + b.email()
            + ",1,late\n"
            + a.email()
            + ",2,left early\n";
    // the sessions are numbered on the event page, and a sheet may name them by that number
    Document sessions = Jsoup.parse(organiser.get(url).body());
    assertThat(sessions.select("#sessions tbody tr td:eq(0)").eachText()).containsExactly("1", "2");
    assertThat(sessions.select("#sessions tbody tr:eq(1) td:eq(1)").text())
        .startsWith("Afternoon workshop");
    Page ok = organiser.submit(url, organiser.get(url), "sheet", "preview", Map.of("csv", good));
    assertThat(ok.body()).contains("Import all 3 lines");
    Map<String, List<String>> form = organiser.form(ok, "sheet");
    Page imported = organiser.follow(organiser.send(url, ok, form, "sheet:import"));
    assertThat(imported.body()).contains("Sign-in sheet imported: 3 marks recorded.");
    assertThat(
            TestDatabase.one(
                "select string_agg(s.title || ':' || m.status, ',' order by m.user_id, s.title)"
                    + " from attendance_mark m join event_session s on s.id = m.session_id"
                    + " where m.source = 'IMPORT' and m.user_id in (?, ?)",
                a.id(),
                b.id()))
        .isEqualTo("Afternoon workshop:LEFT_EARLY,Morning workshop:PRESENT,Morning workshop:LATE");
    assertThat(
            TestDatabase.one(
                "select after_value from audit_log where action = 'attendance.imported' and actor_id = ?",
                tutor.id()))
        .isEqualTo("3 marks from a sign-in sheet of 3 lines");
  }

  @Test
  void aSignInSheetCanBeUploadedAsAFileSavedBySpreadsheetSoftware() throws Exception {
    WebClient organiser = signedIn(TestUsers.create("TUTOR"));
    String id = EventPages.create(organiser, "Upload day", 10);
    EventPages.addSession(organiser, id, "Morning workshop", "2");
    TestUser a = TestUsers.create("TRAINEE");
    EventPages.register(signedIn(a), id);
    String url = "organise/event.xhtml?id=" + id;
    Page page = organiser.get(url);
    // as Excel saves "CSV UTF-8": a byte order mark and Windows line ends
    byte[] file =
        ("\uFEFFemail,session,status\r\n" + a.email() + ",Morning workshop,present\r\n")
            .getBytes(StandardCharsets.UTF_8);
    Page preview =
        organiser.sendWithFile(
            url,
            page,
            organiser.form(page, "sheet"),
            "sheet:sheetFile",
            "sign-in.csv",
            file,
            "sheet:preview");
    assertThat(preview.body())
        .contains("Import the 1 line")
        .doesNotContain("1 lines")
        .contains("Will record");
    Page imported =
        organiser.follow(
            organiser.send(url, preview, organiser.form(preview, "sheet"), "sheet:import"));
    assertThat(imported.body()).contains("Sign-in sheet imported: 1 mark recorded.");
    assertThat(
            TestDatabase.one(
                "select status || ' ' || source from attendance_mark where user_id = ?", a.id()))
        .isEqualTo("PRESENT IMPORT");
    // a file far too big for a sign-in sheet is refused with the reason
    byte[] big = new byte[1_100_000];
    Arrays.fill(big, (byte) 'a');
    Page again = organiser.get(url);
    assertThat(
            organiser
                .sendWithFile(
                    url,
                    again,
                    organiser.form(again, "sheet"),
                    "sheet:sheetFile",
                    "photo.csv",
                    big,
                    "sheet:preview")
                .body())
        .contains("That file is larger than 1 MB");
  }
}
