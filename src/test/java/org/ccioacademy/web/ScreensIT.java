package org.ccioacademy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ccioacademy.testing.Browser;
import org.ccioacademy.testing.TestCourses;
import org.ccioacademy.testing.TestDatabase;
import org.ccioacademy.testing.TestLearning;
import org.ccioacademy.testing.TestUsers;
import org.ccioacademy.testing.TestUsers.TestUser;
import org.ccioacademy.testing.WarTest;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Every role's main pages at a desktop's width, a phone's (390 px) and the narrowest WCAG 2.2 asks
 * for (320 px): nothing scrolls sideways on a phone, axe finds nothing serious at 320 px, and the
 * menu folds behind a "Menu" button that opens it. Screenshots of each page at 1280 and 390 px are
 * written to target/screenshots, to be looked at.
 */
@RunAsClient
class ScreensIT extends WarTest {

  static final String COURSE = "screens-test";

  static {
    TestCourses.write(
        COURSE,
        Map.of(
            "course.yaml",
            """
            id: screens-test
            title: Information governance for clinicians
            summary: A short course used by the screen tests.
            audience: [nurse, doctor]
            level: foundation
            cpd-hours: 3
            competencies: [fci:it-systems]
            completion: {module: read, pass-mark: 50, attempts: 0}
            modules: [basics]
            """,
            "basics.md",
            """
            ---
            title: The basics of information governance
            minutes: 180
            reviewed: 2026-12-01
            outcomes: [Name the Caldicott principles.]
            competencies: [fci:it-systems]
            sources: [{title: NHS England, url: "https://www.england.nhs.uk/"}]
            ---
            The Caldicott principles guide how confidential information is used.
            """));
  }

  private static final Path SHOTS = Path.of("target", "screenshots");

  private void look(Browser browser, String who, String page) throws Exception {
    String name = who + "-" + page.replaceAll("[^a-z0-9]+", "-").replaceAll("-xhtml.*", "");
    for (int width : new int[] {1280, 390, 320}) {
      browser.driver().manage().window().setSize(new Dimension(width, width == 1280 ? 900 : 844));
      browser.open(page);
      JavascriptExecutor js = (JavascriptExecutor) browser.driver();
      long inner = ((Number) js.executeScript("return window.innerWidth")).longValue();
      assertThat(inner).as("the window's width").isBetween(width - 20L, (long) width);
      if (width < 1280) {
        // the widest elements that stick out, named, when the page scrolls sideways
        Object wide =
            js.executeScript(
                "if (document.documentElement.scrollWidth <= window.innerWidth) return '';"
                    + " return Array.from(document.querySelectorAll('body *'))"
                    + ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)"
                    + ".slice(-6).map(e => e.tagName + (e.id ? '#' + e.id : '')"
                    + " + (e.className ? '.' + String(e.className).split(' ').join('.') : '')"
                    + " + ' ' + Math.round(e.getBoundingClientRect().right)).join(', ');");
        assertThat(wide).as(page + " scrolls sideways at " + width + " px").isEqualTo("");
      }
      if (width == 320) {
        browser.checkAccessibility();
      } else {
        browser.screenshot(SHOTS.resolve(name + "-" + width + ".png"));
      }
    }
  }

  private Browser signedInBrowser(TestUser user) throws Exception {
    Browser browser = new Browser(base.toString());
    browser.open("sign-in.xhtml");
    browser.type("signIn:email", user.email());
    browser.type("signIn:password", user.password());
    browser.press("signIn:submit");
    return browser;
  }

  @Test
  void publicPagesFitEveryScreen() throws Exception {
    try (Browser browser = new Browser(base.toString())) {
      for (String page :
          List.of(
              "index.xhtml",
              "catalogue.xhtml",
              "course.xhtml?id=" + COURSE,
              "events.xhtml",
              "sign-in.xhtml",
              "register.xhtml",
              "search.xhtml?q=caldicott",
              "usability")) {
        look(browser, "anonymous", page);
      }
    }
  }

  @Test
  void aTraineesPagesFitEveryScreenAndTheMenuFolds() throws Exception {
    TestUser trainee = TestUsers.create("TRAINEE");
    TestLearning.enrolment(trainee.id(), COURSE).active(3).create();
    TestDatabase.execute(
        "insert into notification (user_id, kind, headline, link) values"
            + " (?, 'test', 'Your mark for a long essay on information governance is ready', null)",
        trainee.id());
    try (Browser browser = signedInBrowser(trainee)) {
      for (String page :
          List.of(
              "trainee/home.xhtml",
              "trainee/learning.xhtml",
              "course.xhtml?id=" + COURSE,
              "learn/module.xhtml?course=" + COURSE + "&module=basics",
              "trainee/pathway.xhtml",
              "trainee/portfolio.xhtml",
              "trainee/systems.xhtml",
              "trainee/profile.xhtml",
              "account/notifications.xhtml",
              "account/index.xhtml")) {
        look(browser, "trainee", page);
      }
      // at a phone's width the menu is folded until "Menu" is pressed
      browser.driver().manage().window().setSize(new Dimension(390, 844));
      browser.open("trainee/home.xhtml");
      assertThat(browser.find("#site-nav").isDisplayed()).isFalse();
      browser.driver().findElement(By.id("menu-toggle")).click();
      assertThat(browser.find("#site-nav").isDisplayed()).isTrue();
      assertThat(browser.find("#menu-toggle").getAttribute("aria-expanded")).isEqualTo("true");
      browser.driver().findElement(By.cssSelector("#site-nav a[href*='trainee/learning']")).click();
      assertThat(browser.currentPath()).startsWith("trainee/learning.xhtml");
    }
  }

  @Test
  void staffPagesFitEveryScreen() throws Exception {
    String assignment =
        TestDatabase.one(
            "insert into assignment (course_id, title, instructions, due_at, late_policy,"
                + " text_allowed, file_allowed) select id, 'A screen-sized essay', 'Write.',"
                + " now() + interval '7 days', 'ACCEPT', true, true from course where code = ?"
                + " returning id",
            COURSE);
    try (Browser browser = signedInBrowser(TestUsers.tutorOf(COURSE))) {
      for (String page :
          List.of(
              "tutor/home.xhtml",
              "author/courses.xhtml",
              "author/assignments.xhtml?course=" + COURSE,
              "author/assignment.xhtml?id=" + assignment,
              "author/feedback.xhtml?id=" + COURSE,
              "organise/events.xhtml")) {
        look(browser, "tutor", page);
      }
    }
    try (Browser browser = signedInBrowser(TestUsers.create("REVIEWER"))) {
      for (String page :
          List.of("reviewer/home.xhtml", "reviewer/dashboard.xhtml", "reviewer/usability.xhtml")) {
        look(browser, "reviewer", page);
      }
    }
    try (Browser browser = signedInBrowser(TestUsers.create("ADMIN"))) {
      for (String page :
          List.of(
              "admin/home.xhtml",
              "admin/users.xhtml",
              "admin/audit.xhtml",
              "admin/pathway-form.xhtml",
              "admin/systems.xhtml",
              "admin/comments.xhtml")) {
        look(browser, "admin", page);
      }
    }
  }

  @Test
  void aPlainButtonThatCannotBeUndoneAsksFirst() throws Exception {
    TestUser trainee = TestUsers.create("TRAINEE");
    TestDatabase.execute(
        "insert into cpd_entry (user_id, method, topic, started_on, ended_on, hours,"
            + " participatory) values (?, 'READING', 'Reading about FHIR', current_date,"
            + " current_date, 1.5, false)",
        trainee.id());
    String count = "select count(*) from cpd_entry where user_id = ?";
    try (Browser browser = signedInBrowser(trainee)) {
      browser.open("trainee/portfolio.xhtml");
      String remove = "input[aria-label='Remove the record Reading about FHIR']";
      assertThat(browser.clickAndAnswer(remove, false))
          .isEqualTo(
              "Remove the record Reading about FHIR, with its evidence? It cannot be brought back.");
      assertThat(TestDatabase.one(count, trainee.id())).isEqualTo("1");
      browser.clickAndAnswer(remove, true);
      assertThat(TestDatabase.one(count, trainee.id())).isEqualTo("0");
    }
  }
}
