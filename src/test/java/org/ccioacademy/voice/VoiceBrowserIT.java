package org.ccioacademy.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.ccioacademy.testing.Browser;
import org.ccioacademy.testing.TestCourses;
import org.ccioacademy.testing.TestDatabase;
import org.ccioacademy.testing.TestUsers;
import org.ccioacademy.testing.TestUsers.TestUser;
import org.ccioacademy.testing.WarTest;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * The clinician's voice in Chromium, axe checking every page: a trainee rates their EPR on a phone,
 * then flags an error in a module, and the module's tutor answers it.
 */
@RunAsClient
class VoiceBrowserIT extends WarTest {

  static final String COURSE = "voice-browser-test";

  static {
    TestCourses.write(
        COURSE,
        Map.of(
            "course.yaml",
            """
            id: voice-browser-test
            title: Records that clinicians can use
            summary: A short course used by the voice browser test.
            audience: [nurse, doctor]
            level: foundation
            cpd-hours: 1
            competencies: [fci:it-systems]
            completion: {module: read, pass-mark: 50, attempts: 0}
            modules: [usable-records]
            """,
            "usable-records.md",
            """
            ---
            title: What makes a record usable
            minutes: 60
            reviewed: 2026-12-01
            outcomes: [Describe what makes a clinical system usable.]
            competencies: [fci:it-systems]
            sources: [{title: NHS England, url: "https://www.england.nhs.uk/"}]
            ---
            The System Usability Scale was published in 1986.
            """));
  }

  private Browser browserFor(TestUser user) throws Exception {
    Browser browser = new Browser(base.toString());
    browser.open("sign-in.xhtml");
    browser.type("signIn:email", user.email());
    browser.type("signIn:password", user.password());
    browser.press("signIn:submit");
    return browser;
  }

  /** Chooses a radio button by tapping its label, as a thumb on a phone would. */
  private static void choose(Browser browser, String radioName, String value) {
    var input = browser.find("input[name='" + radioName + "'][value='" + value + "']");
    browser
        .driver()
        .findElement(By.cssSelector("label[for='" + input.getAttribute("id") + "']"))
        .click();
    assertThat(input.isSelected()).as(radioName + " " + value).isTrue();
  }

  @Test
  void aTraineeRatesTheirEprOnAPhoneAndATutorAnswersTheErrorTheyFlagged() throws Exception {
    String product =
        TestDatabase.one(
            "insert into clinical_system (product, supplier, kind, status) values"
                + " ('Phone EPR ' || floor(random() * 1e6)::text, 'Browser Health', 'EPR',"
                + " 'LISTED') returning product");
    TestUser trainee = TestUsers.create("TRAINEE");
    TestUser tutor = TestUsers.tutorOf(COURSE);
    try (Browser phone = browserFor(trainee)) {
      phone.driver().manage().window().setSize(new Dimension(390, 844));
      phone.open("trainee/systems.xhtml");
      new Select(phone.find("select[id='rate:system']"))
          .selectByVisibleText(product + " (Browser Health)");
      for (int i = 1; i <= 10; i++) {
        // agrees with the positive statements, disagrees with the negative ones
        choose(phone, "rate:q" + i, i % 2 == 1 ? "4" : "2");
      }
      phone.type("rate:minutesLost", "20");
      choose(phone, "rate:training", "SOME");
      choose(phone, "rate:recommend", "YES");
      phone.type("rate:comment", "Quick to chart observations on the ward.");
      JavascriptExecutor js = (JavascriptExecutor) phone.driver();
      assertThat(
              ((Number)
                      js.executeScript(
                          "return document.documentElement.scrollWidth - window.innerWidth"))
                  .longValue())
          .as("the rating form scrolls sideways on a phone")
          .isLessThanOrEqualTo(1);
      phone.press("rate:save");
      assertThat(phone.text())
          .contains("Thank you: your rating is saved.")
          .contains(product + " (Browser Health)")
          .contains("75 of 100")
          .contains("Waiting for moderation");
      phone.open("usability");
      assertThat(phone.text()).contains(product).contains("Fewer than 10 people rated it");

      // the module: the trainee flags an error in it
      phone.open("course.xhtml?id=" + COURSE);
      phone.press("enrolment:enrol");
      phone.open("learn/module.xhtml?course=" + COURSE + "&module=usable-records");
      choose(phone, "feedback:clear", "4");
      choose(phone, "feedback:useful", "5");
      choose(phone, "feedback:accurate", "2");
      phone.press("feedback:send");
      assertThat(phone.text()).contains("your feedback on this module is saved");
      phone.type("flagError:description", "Brooke's scale was first described in 1986, not 1996.");
      phone.press("flagError:raise");
      assertThat(phone.text()).contains("Waiting for a tutor to answer.");
      phone.screenshot(Path.of("target/screenshots/voice-trainee-phone.png"));
    }
    try (Browser browser = browserFor(tutor)) {
      browser.open("author/stats.xhtml?id=" + COURSE);
      browser.click("#feedbackLink");
      assertThat(browser.text())
          .contains("Modules to improve first")
          .contains("What makes a record usable: 1 open flag")
          .contains("not 1996");
      String area = browser.find("#flags textarea").getAttribute("id");
      browser.type(area, "Thank you: the module now says 1986 throughout.");
      browser.press(area.replace(":text", ":send"));
      assertThat(browser.text())
          .contains("Your answer is sent to the trainee")
          .contains("Answered on");
    }
    try (Browser browser = browserFor(trainee)) {
      browser.open("account/notifications.xhtml");
      assertThat(browser.text())
          .contains("Your flag on What makes a record usable has been answered");
      browser.open("learn/module.xhtml?course=" + COURSE + "&module=usable-records");
      assertThat(browser.text())
          .contains("The tutor answered: Thank you: the module now says 1986");
    }
  }
}
