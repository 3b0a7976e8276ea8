package org.ccioacademy.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ccioacademy.testing.Browser;
import org.ccioacademy.testing.TestDatabase;
import org.ccioacademy.testing.TestMail;
import org.ccioacademy.testing.TestQr;
import org.ccioacademy.testing.TestTotp;
import org.ccioacademy.testing.TestUsers;
import org.ccioacademy.testing.TestUsers.TestUser;
import org.ccioacademy.testing.WarTest;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The real UI in Debian's headless Chromium: what trainees and administrators do, with axe-core
 * checking every page visited (Browser.open).
 */
@RunAsClient
class BrowserIT extends WarTest {

  private Browser browser;

  @BeforeEach
  void start() throws Exception {
    browser = new Browser(base.toString());
  }

  @AfterEach
  void stop(TestInfo test) throws Exception {
    browser.screenshot(
        Path.of("target/screenshots", test.getDisplayName().replaceAll("\\W", "") + ".png"));
    browser.close();
  }

  private void signIn(String email, String password) {
    browser.open("sign-in.xhtml");
    browser.type("signIn:email", email);
    browser.type("signIn:password", password);
    browser.press("signIn:submit");
  }

  @Test
  void aTraineeRegistersSignsInAndEditsTheirProfile() throws Exception {
    String email = "browser." + System.nanoTime() + "@example.nhs.uk";
    browser.open("register.xhtml");
    browser.type("register:fullName", "Ruth Okonjo");
    browser.type("register:email", email);
    browser.type("register:password", "seven green bottles standing");
    browser.type("register:passwordConfirmation", "seven green bottles standing");
    browser.choose("register:group", "AHP");
    browser.choose("register:profession", "PARAMEDIC");
    assertThat(browser.find("[id='register:numberHint']").getText())
        .contains("PA followed by up to 6 digits");
    browser.choose("register:grade", "BAND_6");
    browser.type("register:registrationNumber", "PH12345");
    browser.type("register:odsCode", "RX9");
    browser.choose("register:region", "SOUTH_WEST");
    browser.press("register:submit");

    // a wrong registration number: told what is right, nothing typed is lost but the password,
    // which is never sent back to the browser
    assertThat(browser.text())
        .contains("There are 2 problems")
        .contains("HCPC number for another profession")
        .contains("Type your password again");
    assertThat(browser.find("[id='register:password']").getAttribute("value")).isEmpty();
    assertThat(browser.find("[id='register:fullName']").getAttribute("value"))
        .isEqualTo("Ruth Okonjo");
    assertThat(browser.find("[id='register:odsCode']").getAttribute("value")).isEqualTo("RX9");
    browser.checkAccessibility();
    browser.type("register:registrationNumber", "PA12345");
    browser.type("register:password", "seven green bottles standing");
    browser.type("register:passwordConfirmation", "seven green bottles standing");
    browser.press("register:submit");

    assertThat(browser.currentPath()).startsWith("sign-in.xhtml");
    assertThat(browser.text()).contains("your account is ready");
    browser.checkAccessibility();
    browser.type("signIn:email", email);
    browser.type("signIn:password", "seven green bottles standing");
    browser.press("signIn:submit");
    assertThat(browser.currentPath()).startsWith("trainee/home.xhtml");
    assertThat(browser.text())
        .contains("Here is what is next for you", "You are not on a course yet");
    browser.checkAccessibility();
    browser.click("a[href*='trainee/profile.xhtml']");
    assertThat(browser.find("#summary-registration").getText()).contains("PA12345");

    browser.type("profile:odsCode", "RTD");
    browser.type("profile:fullName", "Ruth A. Okonjo");
    browser.press("profile:save");
    assertThat(browser.text()).contains("Your profile has been saved");
    assertThat(browser.find("#summary-ods").getText()).isEqualTo("RTD");
    assertThat(browser.find("#summary-name").getText()).isEqualTo("Ruth A. Okonjo");
    browser.checkAccessibility();
    browser.open("account/password.xhtml");
  }

  @Test
  void aTraineeWhoForgotTheirPasswordSetsANewOneFromTheEmailedLink() throws Exception {
    TestUser trainee = TestUsers.create("TRAINEE");
    browser.open("sign-in.xhtml");
    browser.click("a[href*='forgotten-password.xhtml']");
    browser.type("forgotten:email", trainee.email());
    browser.press("forgotten:send");
    assertThat(browser.text()).contains("Check your email");
    browser.checkAccessibility();
    String mail =
        TestMail.awaitSubject(
                trainee.email(), "Set a new password for CCIO Academy", Duration.ofSeconds(20))
            .getContent()
            .toString();
    Matcher link = Pattern.compile("reset-password\\.xhtml\\?token=[A-Za-z0-9_-]+").matcher(mail);
    assertThat(link.find()).as(mail).isTrue();
    browser.open(link.group());
    browser.type("reset:newPassword", "short");
    browser.type("reset:confirmation", "short");
    browser.press("reset:reset");
    assertThat(browser.text()).contains("at least 12");
    browser.checkAccessibility();
    browser.type("reset:newPassword", "copper kettles sing at dawn");
    browser.type("reset:confirmation", "copper kettles sing at dawn");
    browser.press("reset:reset");
    assertThat(browser.currentPath()).startsWith("sign-in.xhtml");
    assertThat(browser.text()).contains("Your new password is set");
    browser.checkAccessibility();
    signIn(trainee.email(), "copper kettles sing at dawn");
    assertThat(browser.currentPath()).startsWith("trainee/home.xhtml");
  }

  @Test
  void aTraineeSetsUpTwoStepSignInAndSignsInWithACode() throws Exception {
    TestUser trainee = TestUsers.create("TRAINEE");
    signIn(trainee.email(), trainee.password());
    browser.open("account/second-factor.xhtml");
    browser.press("begin:begin");
    assertThat(browser.find("#qr-image").getAttribute("src")).startsWith("data:image/png;base64,");
    browser.checkAccessibility();
    String key = browser.find("#totp-key").getText();
    String first = TestTotp.code(key, 0);
    browser.type("confirm:code", first);
    browser.press("confirm:confirm");
    assertThat(browser.text()).contains("Your recovery codes");
    browser.checkAccessibility();
    signOut();
    signIn(trainee.email(), trainee.password());
    assertThat(browser.currentPath()).startsWith("sign-in-code.xhtml");
    browser.checkAccessibility();
    browser.type("secondStep:code", TestTotp.code(key, 1));
    browser.press("secondStep:check");
    assertThat(browser.currentPath()).startsWith("trainee/home.xhtml");
  }

  @Test
  void anAdminCreatesATutor() throws Exception {
    TestUser admin = TestUsers.create("ADMIN");
    signIn(admin.email(), admin.password());
    assertThat(browser.currentPath()).startsWith("admin/home.xhtml");
    browser.checkAccessibility();
    browser.open("admin/new-user.xhtml");
    String email = "tutor." + System.nanoTime() + "@example.nhs.uk";
    browser.type("newUser:fullName", "Dr Mei Chen");
    browser.type("newUser:email", email);
    browser.type("newUser:password", "tutor first password 1");
    browser.press("newUser:create");
    assertThat(browser.text()).contains("The account for Dr Mei Chen has been created");
    assertThat(browser.find("#roles").getText()).isEqualTo("Tutor");
    browser.checkAccessibility();

    try (Connection c = TestDatabase.connect();
        PreparedStatement q =
            c.prepareStatement(
                "select r.role, a.actor_id from users u join user_roles r on r.user_id = u.id"
                    + " join audit_log a on a.target_type = 'user' and a.target_id = u.id::text"
                    + " and a.action = 'user.created' where u.email = ?")) {
      q.setString(1, email);
      try (ResultSet rs = q.executeQuery()) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("TUTOR");
        assertThat(rs.getLong(2)).isEqualTo(admin.id());
      }
    }
    // a long list (over ten pages of 20): every page button of the paginator meets AA contrast
    try (Connection c = TestDatabase.connect();
        PreparedStatement q =
            c.prepareStatement(
                "insert into users (email, full_name, password_hash)"
                    + " select 'many-' || ? || '-' || i || '@test.ccio.academy', 'Many ' || i,"
                    + " 'not-a-hash' from generate_series(1, 220) i")) {
      q.setString(1, Long.toString(System.nanoTime(), 36));
      q.executeUpdate();
    }
    browser.open("admin/users.xhtml");
    assertThat(browser.driver().findElements(By.cssSelector(".ui-paginator-page")))
        .hasSizeGreaterThanOrEqualTo(10);
    browser.type("users:q", "Mei Chen");
    browser.find("[id='users:search']").click();
    browser.waitForAjax();
    assertThat(browser.find("[id='users:table']").getText()).contains(email);
    browser.open("admin/audit.xhtml");
    assertThat(browser.text()).contains("user.created");
  }

  @Test
  void aTraineeOpeningAnAdminPageIsRefused() throws Exception {
    TestUser trainee = TestUsers.create("TRAINEE");
    signIn(trainee.email(), trainee.password());
    browser.open("admin/users.xhtml");
    assertThat(browser.text()).contains("You do not have permission to see this page");
    assertThat(browser.find("#request-id").getText()).matches("[0-9a-f]{12}");
  }

  /**
   * Browser skips a page state axe-core has already passed, and sends axe-core to a document only
   * once: neither may hide a problem that appears afterwards, on the page or in a frame.
   */
  @Test
  void theAccessibilityCheckStillFindsAProblemOnAPageItHasPassed() throws Exception {
    browser.open("sign-in.xhtml");
    browser.checkAccessibility();
    JavascriptExecutor js = (JavascriptExecutor) browser.driver();
    js.executeScript(
        "var b = document.createElement('button'); b.id = 'unnamed';"
            + " document.getElementById('main').appendChild(b);");
    assertThatThrownBy(browser::checkAccessibility)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("button-name")
        .hasMessageContaining("#unnamed");
    // still refused when asked again: a failed state is not remembered as passed
    assertThatThrownBy(browser::checkAccessibility).hasMessageContaining("button-name");
    js.executeScript("document.getElementById('unnamed').remove();");
    browser.checkAccessibility();

    // a frame's document is checked too, though the page around it has not changed
    js.executeScript(
        "var f = document.createElement('iframe'); f.title = 'Test frame';"
            + " f.srcdoc = '<!DOCTYPE html><html lang=\"en\"><title>t</title><main>ok</main></html>';"
            + " document.getElementById('main').appendChild(f);");
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
        .until(
            d ->
                Boolean.TRUE.equals(
                    js.executeScript(
                        "var f = document.querySelector('iframe');"
                            + " return f.contentDocument && f.contentDocument.readyState"
                            + " === 'complete' && !!f.contentDocument.querySelector('main');")));
    browser.checkAccessibility();
    js.executeScript(
        "var d = document.querySelector('iframe').contentDocument;"
            + " var b = d.createElement('button'); b.id = 'unnamed-in-frame';"
            + " d.querySelector('main').appendChild(b);");
    assertThatThrownBy(browser::checkAccessibility).hasMessageContaining("button-name");
  }

  @Test
  void everyOtherPageIsAccessible() throws Exception {
    browser.open("");
    browser.open("no-such-page.xhtml");
    TestUser staff = TestUsers.create("TUTOR", "REVIEWER");
    signIn(staff.email(), staff.password());
    browser.open("tutor/home.xhtml");
    assertThat(browser.find("#roles").getText()).contains("Tutor").contains("Reviewer");
    browser.open("reviewer/home.xhtml");
    // events: the organiser's page with its form, a new event with a session, the public list
    browser.open("organise/events.xhtml");
    browser.type("newEvent:title", "Accessible event");
    browser
        .driver()
        .findElement(By.cssSelector("select[id='newEvent:kind'] option[value='WEBINAR']"))
        .click();
    browser.type("newEvent:description", "An online talk.");
    browser.type("newEvent:onlineUrl", "https://example.org/talk");
    LocalDate day = LocalDate.now().plusDays(40);
    setValue("newEvent:startsOn", day.toString());
    setValue("newEvent:endsOn", day.toString());
    setValue("newEvent:opensAt", LocalDate.now().minusDays(1) + "T09:00");
    setValue("newEvent:closesAt", day.minusDays(1) + "T17:00");
    browser.type("newEvent:capacity", "100");
    browser.pressAndConfirm("newEvent:create", "Create and publish");
    assertThat(browser.text()).contains("Accessible event is published");
    browser.click("a[href*='organise/session.xhtml']");
    // a checkbox sits beside its label, on the same line, not above it
    var box = browser.find("input[id='session:participatory']").getRect();
    var label = browser.find("label[for='session:participatory']").getRect();
    assertThat(label.getX()).isGreaterThan(box.getX() + box.getWidth() - 1);
    assertThat(
            Math.abs((label.getY() + label.getHeight() / 2) - (box.getY() + box.getHeight() / 2)))
        .isLessThan(box.getHeight());
    browser.type("session:sessionTitle", "Opening talk");
    browser
        .driver()
        .findElement(By.cssSelector("select[id='session:sessionKind'] option[value='TALK']"))
        .click();
    setValue("session:sessionStarts", day + "T10:00");
    setValue("session:sessionEnds", day + "T11:00");
    browser.type("session:cpdHours", "1");
    browser.type("session:room", "Online room 1");
    browser.type("session:sessionCapacity", "20");
    browser.press("session:add");
    assertThat(browser.text())
        .contains("Session added.")
        .contains("Opening talk")
        .contains("0 of 20 booked");
    browser.click("a[href*='organise/register.xhtml']");
    assertThat(browser.text()).contains("Register: Opening talk");
    browser.driver().navigate().back();
    browser.click("a[href*='organise/checkin.xhtml']");
    assertThat(browser.find("#qr-image").getAttribute("src")).startsWith("data:image/png;base64,");
    String link = browser.find("#qr-link").getText();
    browser.open(link.substring(link.indexOf("checkin.xhtml")));
    assertThat(browser.text()).contains("Opening talk").contains("Check me in");
    browser.open("events.xhtml");
    assertThat(browser.text()).contains("The summer school, regional events and webinars");
    // published: anyone finds it (the list is by date, and other test classes add events)
    browser.open("search.xhtml?q=Accessible");
    assertThat(browser.find("#found-EVENT").getText()).contains("Accessible event");
  }

  @Test
  void thePublicPagesAreLinkedFromEveryPageAndAccessible() throws Exception {
    List<String> footer =
        List.of("help", "contact", "privacy", "accessibility", "terms", "usability");
    // every kind of page: public, an error page, registration, signed in
    for (String page : List.of("", "no-such-page.xhtml", "register.xhtml", "sign-in.xhtml")) {
      browser.open(page);
      assertThat(footerLinks()).as("footer of /" + page).containsExactlyElementsOf(footer);
    }
    browser.open("register.xhtml");
    assertThat(browser.find("#terms-note").getText())
        .contains("terms of use")
        .contains("privacy notice");
    // each page, reached by its footer link as a visitor would
    for (String page : footer) {
      browser.click("footer a[href$='/" + page + "']");
      assertThat(browser.currentPath()).isEqualTo(page);
      assertThat(footerLinks()).containsExactlyElementsOf(footer);
    }
    browser.open("privacy");
    assertThat(browser.text()).contains("dpo@test.ccio.academy").contains("Your rights");
    browser.open("accessibility");
    assertThat(browser.text()).contains("WCAG 2.2").contains("AA");
    // the contact form: a mistake is explained, then the message goes
    browser.open("contact");
    browser.press("contact:send");
    assertThat(browser.text()).contains("Give your name, so we know whom to answer.");
    browser.type("contact:name", "Ada Visitor");
    browser.type("contact:email", "ada.visitor@example.org");
    browser.choose("contact:topic", "ACCESSIBILITY");
    browser.type("contact:text", "Could I have the summer school programme in large print?");
    browser.press("contact:send");
    assertThat(browser.text()).contains("Thank you: your message is on its way");

    TestUser trainee = TestUsers.create("TRAINEE");
    signIn(trainee.email(), trainee.password());
    assertThat(footerLinks()).containsExactlyElementsOf(footer);
    browser.open("account/my-data.xhtml");
    assertThat(browser.text()).contains("Download everything we hold about you");
    signOut();
    TestUser admin = TestUsers.create("ADMIN");
    signIn(admin.email(), admin.password());
    browser.open("admin/user.xhtml?id=" + trainee.id());
    browser.open("admin/audit.xhtml");
    browser.open("admin/retention.xhtml");
    assertThat(browser.find("#preview").getText()).isNotEmpty();
    // the LRS clients page, and the page that shows a new client's secret once
    browser.open("admin/lrs-clients.xhtml");
    browser.type("make:name", "E-portfolio");
    browser.press("make:create");
    assertThat(browser.find("#made").getText()).contains("Your new client");
    assertThat(browser.find("#secret").getAttribute("value")).hasSizeGreaterThan(40);
  }

  private List<String> footerLinks() {
    return browser.driver().findElements(By.cssSelector("footer a")).stream()
        .map(a -> a.getAttribute("href"))
        .map(h -> h.substring(h.lastIndexOf('/') + 1))
        .toList();
  }

  /** Creates an event through the organiser's form; returns the path of its page. */
  private String createEvent(String title, String kind, int places, LocalDate from, LocalDate to) {
    LocalDateTime now = LocalDateTime.now(ZoneId.of("Europe/London"));
    DateTimeFormatter minute = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    browser.open("organise/events.xhtml");
    browser.type("newEvent:title", title);
    browser
        .driver()
        .findElement(By.cssSelector("select[id='newEvent:kind'] option[value='" + kind + "']"))
        .click();
    browser.type("newEvent:description", "Talks, workshops and a hack day.");
    browser.type("newEvent:venue", "Manchester");
    setValue("newEvent:startsOn", from.toString());
    setValue("newEvent:endsOn", to.toString());
    setValue("newEvent:opensAt", minute.format(now.minusDays(2)));
    setValue("newEvent:closesAt", minute.format(now.plusDays(1)));
    browser.type("newEvent:capacity", String.valueOf(places));
    browser.pressAndConfirm("newEvent:create", "Create and publish");
    assertThat(browser.text()).contains(title + " is published");
    // the organiser lands on the event's organising page; trainees use its public page
    return browser.currentPath().replace("organise/event.xhtml", "event.xhtml");
  }

  private void signOut() {
    browser.press("signOutForm:signOut");
  }

  @Test
  void aSummerSchoolFromCreationToWaitlistPromotionAndQrCheckIn() throws Exception {
    TestUser organiser = TestUsers.create("TUTOR");
    TestUser first = TestUsers.create("TRAINEE");
    TestUser second = TestUsers.create("TRAINEE");
    ZoneId uk = ZoneId.of("Europe/London");
    LocalDate today = LocalDate.now(uk);
    LocalDateTime now = LocalDateTime.now(uk);
    DateTimeFormatter minute = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    // the organiser creates a summer school with one place (next month) and a regional day
    // (today) with a session on now
    signIn(organiser.email(), organiser.password());
    String summerSchool =
        createEvent(
            "CCIO Summer School (browser)",
            "SUMMER_SCHOOL",
            1,
            today.plusDays(30),
            today.plusDays(32));
    String today2 =
        createEvent(
            "Regional day (browser)", "REGIONAL", 10, today.minusDays(1), today.plusDays(1));
    browser.click("a[href*='organise/session.xhtml']");
    browser.type("session:sessionTitle", "Hack day kick-off");
    browser
        .driver()
        .findElement(By.cssSelector("select[id='session:sessionKind'] option[value='HACK_DAY']"))
        .click();
    setValue("session:sessionStarts", minute.format(now.minusMinutes(5)));
    setValue("session:sessionEnds", minute.format(now.plusMinutes(55)));
    browser.type("session:cpdHours", "1");
    browser.press("session:add");
    assertThat(browser.text()).contains("Hack day kick-off");
    signOut();

    // the first trainee takes the summer school's place; the second joins the waitlist and
    // registers for the regional day
    signIn(first.email(), first.password());
    browser.open(summerSchool);
    browser.press("registration:register");
    assertThat(browser.text()).contains("You have a place.");
    signOut();
    signIn(second.email(), second.password());
    browser.open(summerSchool);
    assertThat(browser.find("[id='registration:register']").getText())
        .isEqualTo("Join the waitlist");
    browser.press("registration:register");
    assertThat(browser.text()).contains("You are on the waitlist, number 1.");
    browser.open(today2);
    browser.press("registration:register");
    signOut();

    // the first cancels: the second is promoted at once
    signIn(first.email(), first.password());
    browser.open(summerSchool);
    browser.pressAndConfirm("registration:cancel", "Cancel my registration");
    assertThat(browser.text()).contains("Your registration is cancelled.");
    signOut();
    signIn(second.email(), second.password());
    browser.open(summerSchool);
    assertThat(browser.text()).contains("You have a place.");
    signOut();
    String eventUrl = today2;

    // the organiser shows the QR code; the second trainee's phone reads it and checks in
    signIn(organiser.email(), organiser.password());
    browser.open(eventUrl);
    browser.click("a[id='organise']");
    browser.click("a[href*='organise/checkin.xhtml']");
    String link = TestQr.read(browser.find("#qr-image").getAttribute("src"));
    signOut();
    signIn(second.email(), second.password());
    browser.open(link.substring(link.indexOf("checkin.xhtml")));
    browser.press("checkIn:confirm");
    assertThat(browser.text()).contains("You are checked in.").contains("Hack day kick-off");
    signOut();

    // the organiser's register shows it; a correction is one tap
    signIn(organiser.email(), organiser.password());
    browser.open(eventUrl.replace("event.xhtml", "organise/event.xhtml"));
    browser.click("a[href*='organise/register.xhtml']");
    String name = TestDatabase.one("select full_name from users where id = ?", second.id());
    assertThat(browser.text()).contains(name).contains("Present");
    browser.driver().findElement(By.cssSelector("input[aria-label='Late: " + name + "']")).click();
    browser.waitForAjax();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
        .until(d -> d.getPageSource().contains(name + ": late."));
    browser.checkAccessibility();
  }

  /** Sets a date or time input's value as a browser's picker would. */
  private void setValue(String id, String value) {
    ((JavascriptExecutor) browser.driver())
        .executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
  }
}
