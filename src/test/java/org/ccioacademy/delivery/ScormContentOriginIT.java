package org.ccioacademy.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ccioacademy.testing.Browser;
import org.ccioacademy.testing.ContainerTest;
import org.ccioacademy.testing.Deployments;
import org.ccioacademy.testing.TestCourses;
import org.ccioacademy.testing.TestDatabase;
import org.ccioacademy.testing.TestPackages;
import org.ccioacademy.testing.TestUsers;
import org.ccioacademy.testing.TestUsers.TestUser;
import org.ccioacademy.testing.WebClient;
import org.ccioacademy.testing.WebClient.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Content packages served from an origin of their own ({@code ccio.scorm.content-origin}: here the
 * host name localhost, while the application is reached by its address): a package laid out as an
 * authoring tool exports it (a driver page in a subfolder showing the content in a frame of its
 * own, a mastery score, a hundred resources) plays, its frames reaching one another, and completes
 * the course; its files are never served on the application's own host.
 */
@ContainerTest
@RunAsClient
class ScormContentOriginIT {

  private static final String ID = "scorm-origin-test";
  private static final Pattern FRAME = Pattern.compile("id=\"scorm-frame\"[^>]*src=\"([^\"]+)\"");

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.war("config_ordinal=500\nccio.scorm.content-origin=localhost\n");
  }

  private WebClient signedIn(TestUser user) throws Exception {
    WebClient web = new WebClient(base.toURI());
    web.signIn(user.email(), user.password());
    return web;
  }

  private void load() throws Exception {
    TestCourses.write(
        ID,
        Map.of(
            "course.yaml",
            """
            id: scorm-origin-test
            title: Authoring tool package
            summary: A course whose module is a package as an authoring tool exports it.
            audience: [nurse, doctor]
            level: foundation
            cpd-hours: 1
            competencies: [fci:it-systems]
            completion: {module: read, pass-mark: 70, attempts: 0}
            modules: [course]
            """,
            "course.md",
            """
            ---
            title: The authoring tool's course
            minutes: 60
            reviewed: 2026-12-01
            package: course.zip
            outcomes: [Work through the course.]
            competencies: [fci:it-systems]
            sources: [{title: The tool's export, url: "https://example.org/"}]
            ---
            """));
    TestPackages.writeZip(
        TestCourses.dir().resolve(ID).resolve("course.zip"),
        TestPackages.authoringToolLayout("The authoring tool's course", 100));
    WebClient admin = signedIn(TestUsers.create("ADMIN"));
    Page page = admin.get("admin/courses.xhtml");
    Page done = admin.submit("admin/courses.xhtml", page, "reload", "reload", Map.of());
    assertThat(admin.follow(done).body()).contains("Courses reloaded: ").contains(" course");
    assertThat(
            TestDatabase.one(
                "select p.file_count from content_package p join module m on m.package_sha256 ="
                    + " p.sha256 join course c on c.current_version_id = m.course_version_id"
                    + " where c.code = ?",
                ID))
        .isEqualTo("210");
  }

  private static String frameText(WebDriver d) {
    d.switchTo().frame(d.findElement(By.id("scorm-frame")));
    try {
      d.switchTo().frame(d.findElement(By.id("content")));
      return d.findElement(By.id("state")).getText();
    } catch (RuntimeException notYet) {
      return "";
    } finally {
      d.switchTo().defaultContent();
    }
  }

  @Test
  void aPackageOnAnOriginOfItsOwnPlaysWithItsFramesTogether() throws Exception {
    load();
    TestUser trainee = TestUsers.create("TRAINEE");
    WebClient web = signedIn(trainee);
    web.submit(
        "course.xhtml?id=" + ID, web.get("course.xhtml?id=" + ID), "enrolment", "enrol", Map.of());
    Page play = web.get("learn/play.xhtml?course=" + ID + "&module=course");
    assertThat(play.body())
        .contains(
            "sandbox=\"allow-scripts allow-forms allow-popups allow-modals allow-downloads allow-same-origin\"");
    assertThat(play.header("Content-Security-Policy"))
        .contains("frame-src 'self' http://localhost:" + base.getPort());
    Matcher m = FRAME.matcher(play.body());
    assertThat(m.find()).isTrue();
    String frame = m.group(1).replace("&amp;", "&");
    assertThat(frame)
        .startsWith("http://localhost:" + base.getPort() + "/scorm/")
        .endsWith("/scormdriver/indexAPI.html");
    // the same launch is never served on the application's own host
    String path = frame.substring(frame.indexOf("/scorm/"));
    HttpClient raw = HttpClient.newHttpClient();
    assertThat(
            raw.send(
                    HttpRequest.newBuilder(base.toURI().resolve(path)).build(),
                    HttpResponse.BodyHandlers.ofString())
                .statusCode())
        .isEqualTo(404);
    HttpResponse<String> onContent =
        raw.send(
            HttpRequest.newBuilder(java.net.URI.create(frame)).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(onContent.statusCode()).isEqualTo(200);
    assertThat(onContent.headers().firstValue("Content-Security-Policy").orElse(""))
        .contains("allow-same-origin")
        .contains("frame-ancestors 'self' " + base.toString().replaceAll("/$", ""));

    // the test's content host is localhost while the application is reached by its address:
    // Chromium would ask before a page on an address frames a loopback one (Local Network
    // Access), which a real content host (another name on the same network) never meets
    try (Browser b =
        new Browser(
            base.toString(),
            "--disable-features=LocalNetworkAccessChecks,BlockInsecurePrivateNetworkRequests")) {
      b.open("sign-in.xhtml");
      b.type("signIn:email", trainee.email());
      b.type("signIn:password", trainee.password());
      b.press("signIn:submit");
      b.open("learn/play.xhtml?course=" + ID + "&module=course");
      WebDriver d = b.driver();
      new WebDriverWait(d, Duration.ofSeconds(30))
          .withMessage("the content finds its driver")
          .until(x -> frameText(x).startsWith("driver found, library app-"));
      assertThat(frameText(d)).isEqualTo("driver found, library app-0");
      d.switchTo().frame(d.findElement(By.id("scorm-frame")));
      d.switchTo().frame(d.findElement(By.id("content")));
      d.findElement(By.id("done")).click();
      d.switchTo().defaultContent();
      new WebDriverWait(d, Duration.ofSeconds(30))
          .withMessage("the module completes")
          .until(
              x ->
                  x.findElement(By.id("scorm-status"))
                      .getText()
                      .equals("Saved. You have completed this module."));
    }
    assertThat(TestDatabase.one("select status from enrolment where user_id = ?", trainee.id()))
        .isEqualTo("COMPLETED");
    assertThat(
            TestDatabase.one(
                "select best_score from module_progress p join enrolment e on e.id ="
                    + " p.enrolment_id where e.user_id = ?",
                trainee.id()))
        .isEqualTo("85");
  }
}
