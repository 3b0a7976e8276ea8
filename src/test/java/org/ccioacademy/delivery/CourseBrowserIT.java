package org.ccioacademy.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.ccioacademy.testing.Browser;
import org.ccioacademy.testing.TestCourses;
import org.ccioacademy.testing.TestDatabase;
import org.ccioacademy.testing.TestQuizzes;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Courses in Debian's headless Chromium, axe-core checking every page: a trainee finds a course,
 * enrols, reads, passes a quiz and sees the progress bar move; hostile module content runs nothing;
 * the admin's course page.
 */
@RunAsClient
class CourseBrowserIT extends WarTest {

  static {
    TestCourses.write(
        "xss-browser-test",
        Map.of(
            "course.yaml",
            """
            id: xss-browser-test
            title: Hostile content in the browser
            summary: A module whose text tries to run script in the reader's browser.
            audience: [nurse]
            level: foundation
            cpd-hours: 1
            competencies: [fci:it-systems]
            completion: {module: read, pass-mark: 50, attempts: 0}
            modules: [hostile]
            """,
            "hostile.md",
            """
            ---
            title: Hostile module
            minutes: 60
            reviewed: 2026-12-01
            outcomes: [Stay safe.]
            competencies: [fci:it-systems]
            sources: [{title: OWASP, url: "https://owasp.org/"}]
            ---
            Before <script>alert(1)</script> after.

            <img src="x" onerror="alert(2)">

            <svg onload="alert(3)"></svg>

            [click me](javascript:alert(4))
            """));
  }

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

  private void signIn(TestUser user) {
    browser.open("sign-in.xhtml");
    browser.type("signIn:email", user.email());
    browser.type("signIn:password", user.password());
    browser.press("signIn:submit");
  }

  private String progress() {
    return browser.find("[role=progressbar]").getAttribute("aria-valuenow");
  }

  @Test
  void aTraineeFindsACourseCompletesAModuleAndSeesTheProgressBarMove() throws Exception {
    signIn(TestUsers.create("TRAINEE"));
    browser.open("catalogue.xhtml");
    browser.driver().findElement(By.id("q")).sendKeys("hazard log");
    browser.driver().findElement(By.cssSelector("select#group option[value='any']")).click();
    browser.click("form.filters button[type=submit]");
    assertThat(browser.text()).contains("Clinical safety: DCB0129 and DCB0160");
    browser.click("a[href*='course.xhtml?id=clinical-safety']");

    browser.press("enrolment:enrol");
    assertThat(browser.text()).contains("You are enrolled on");
    assertThat(progress()).isEqualTo("0");

    browser.click("#continue");
    assertThat(browser.text()).contains("Module 1 of 3").contains("Sources");
    browser.press("read:markRead");
    assertThat(browser.currentPath()).startsWith("learn/quiz.xhtml");

    String module = "why-clinical-safety";
    List<Map.Entry<String, String>> answers = TestQuizzes.answers("clinical-safety", module, true);
    for (Map.Entry<String, String> a : answers) {
      String name = a.getKey();
      if (name.endsWith(":choice") || name.endsWith(":choices")) {
        browser
            .driver()
            .findElement(By.cssSelector("input[name='" + name + "'][value='" + a.getValue() + "']"))
            .click();
      } else {
        browser.driver().findElement(By.name(name)).sendKeys(a.getValue());
      }
    }
    // asked first: "no" sends nothing and keeps the answers
    assertThat(browser.pressAndDecline("quiz:submit"))
        .contains("Submit your answers?")
        .contains("They are marked at once");
    assertThat(browser.currentPath()).startsWith("learn/quiz.xhtml");
    browser.pressAndConfirm("quiz:submit", "Submit them");
    assertThat(browser.text()).contains("100%").contains("You passed");

    browser.click("#backToModule");
    assertThat(browser.text()).contains("This module is complete.");
    assertThat(progress()).isEqualTo("33");
    browser.open("trainee/learning.xhtml");
    assertThat(browser.text()).contains("In progress").contains("33% complete");
    // "continue" leads to the next module not done, not back to the one just finished
    assertThat(browser.find("a[href*='learn/module.xhtml']").getAttribute("href"))
        .contains("module=hazard-log-and-risk");
    browser.open("trainee/attendance.xhtml");
    assertThat(browser.text()).contains("No attendance recorded yet.");
  }

  @Test
  void scriptInAModuleRunsNothingInChromium() throws Exception {
    signIn(TestUsers.create("TRAINEE"));
    browser.open("course.xhtml?id=xss-browser-test");
    browser.press("enrolment:enrol");
    browser.open("learn/module.xhtml?course=xss-browser-test&module=hostile");
    assertThat(browser.alertOpen()).as("an alert opened").isFalse();
    assertThat(browser.text()).contains("Before <script>alert(1)</script> after.");
    Object hostile =
        ((JavascriptExecutor) browser.driver())
            .executeScript(
                "return document.querySelectorAll('.module-body script, .module-body svg,"
                    + " .module-body [onerror], .module-body [onload],"
                    + " .module-body a[href^=javascript]').length;");
    assertThat(hostile).isEqualTo(0L);
    browser.find("a[rel='noopener noreferrer']");
    assertThat(browser.alertOpen()).isFalse();
  }

  @Test
  void aTutorEditsWithALivePreviewReordersModulesAndPublishes() throws Exception {
    String course = "digital-leadership";
    TestUser tutor = TestUsers.tutorOf(course);
    signIn(tutor);
    browser.open("author/courses.xhtml");
    browser.click("a[href*='author/course.xhtml?id=" + course + "']");
    List<String> before =
        browser
            .driver()
            .findElements(By.cssSelector("[id$='moduleTable'] tbody tr td:nth-child(2) a"))
            .stream()
            .map(e -> e.getText())
            .toList();
    assertThat(before).hasSize(3);

    // drop the first module below the second: the row moves as jQuery UI's sortable moves it on a
    // drag, then PrimeFaces' own drop handler sends the reorder to the server (a synthetic mouse
    // drag proved unreliable in headless Chromium)
    ((JavascriptExecutor) browser.driver())
        .executeScript(
            "var tb = PF('moduleTable').tbody; var row = tb.children().eq(0);"
                + " row.insertAfter(tb.children().eq(1));"
                + " tb.sortable('option', 'update').call(tb[0], null, {item: row});");
    browser.waitForAjax();
    List<String> dragged =
        browser
            .driver()
            .findElements(By.cssSelector("[id$='moduleTable'] tbody tr td:nth-child(2) a"))
            .stream()
            .map(e -> e.getText())
            .toList();
    assertThat(dragged).containsExactly(before.get(1), before.get(0), before.get(2));

    // the keyboard alternative: Move down on the (new) second row puts it last
    browser.press("course:moduleTable:1:down");
    browser.press("course:save");
    assertThat(browser.text()).contains("Draft saved.");

    // edit the first module with the live preview
    browser.click("[id$='moduleTable'] tbody tr:first-child td:nth-child(2) a");
    var body = browser.driver().findElement(By.id("moduleForm:body"));
    body.sendKeys(Keys.chord(Keys.CONTROL, "a"));
    body.sendKeys(
        "## Live heading\n\nNew text <img src=x onerror=alert(1)>\n\n> [!TIP] Remember\n> This.\n");
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
        .until(
            d ->
                !d.findElements(By.cssSelector("[id='moduleForm:preview'] h2#live-heading"))
                    .isEmpty());
    assertThat(browser.find("[id='moduleForm:preview'] .callout-tip .callout-title").getText())
        .isEqualTo("Remember");
    assertThat(browser.driver().findElements(By.cssSelector("[id='moduleForm:preview'] img")))
        .isEmpty();
    assertThat(browser.alertOpen()).isFalse();
    browser.checkAccessibility();
    browser.press("moduleForm:save");
    assertThat(browser.text()).as(browser.currentPath()).contains("Module saved in the draft");

    browser.click("a[href*='author/course.xhtml?id=" + course + "']");
    browser.pressAndConfirm("course:publish", "Publish it");
    assertThat(browser.text()).contains("Published as version");
    List<String> published =
        browser
            .driver()
            .findElements(By.cssSelector("ol.module-list li a, ol.module-list li"))
            .stream()
            .map(e -> e.getText())
            .filter(t -> !t.isBlank())
            .toList();
    assertThat(String.join("|", published)).startsWith(before.get(1));
    assertThat(String.join("|", published)).contains(before.get(0));
  }

  @Test
  void anAdministratorReloadsCoursesAndSeesTheImports() throws Exception {
    signIn(TestUsers.create("ADMIN"));
    browser.open("admin/courses.xhtml");
    browser.press("reload:reload");
    assertThat(browser.text()).contains("Courses reloaded:").contains("Latest imports");

    // give a course a tutor, then take them off again (plain buttons: no inline script needed)
    TestUser tutor = TestUsers.create("TUTOR");
    browser.open("admin/courses.xhtml");
    String row = "//tr[.//a[text()='Information governance and the Caldicott principles']]";
    new Select(browser.driver().findElement(By.xpath(row + "//select")))
        .selectByValue(String.valueOf(tutor.id()));
    String add =
        browser.driver().findElement(By.xpath(row + "//input[@value='Add']")).getAttribute("id");
    browser.press(add);
    assertThat(browser.text()).contains(tutor.email() + " now teaches this course");
    String remove =
        browser
            .driver()
            .findElement(
                By.xpath(
                    row
                        + "//input[@value='Remove' and contains(@aria-label, '"
                        + tutor.email()
                        + "')]"))
            .getAttribute("id");
    browser.press(remove);
    assertThat(browser.text()).contains(tutor.email() + " no longer teaches this course");
    assertThat(
            TestDatabase.one(
                "select string_agg(action, ',' order by id) from audit_log where action like"
                    + " 'course.tutor-%' and (after_value = ? or before_value = ?)",
                tutor.email(), tutor.email()))
        .isEqualTo("course.tutor-added,course.tutor-removed");
  }
}
