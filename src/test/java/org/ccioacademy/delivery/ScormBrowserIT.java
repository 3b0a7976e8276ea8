package org.ccioacademy.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ccioacademy.testing.Browser;
import org.ccioacademy.testing.TestCmi5;
import org.ccioacademy.testing.TestCourses;
import org.ccioacademy.testing.TestDatabase;
import org.ccioacademy.testing.TestPackages;
import org.ccioacademy.testing.TestUsers;
import org.ccioacademy.testing.TestUsers.TestUser;
import org.ccioacademy.testing.WarTest;
import org.ccioacademy.testing.WebClient;
import org.ccioacademy.testing.WebClient.Page;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Content packages played in Chromium as trainees play them, with packages the test builds: a
 * single-SCO SCORM 1.2 package with a score and suspend data (the window closed mid-way, resumed
 * where left, completed: the course and its certificate), a multi-SCO 1.2 package (its table of
 * contents, each part in turn), a SCORM 2004 package with a completion threshold, and a tutor's
 * preview from the module editor. Every page of ours is checked with axe.
 */
@RunAsClient
class ScormBrowserIT extends WarTest {

  private static final String SINGLE = "scorm-browser-single";
  private static final String PARTS = "scorm-browser-parts";
  private static final String S2004 = "scorm-browser-2004";
  private static final String VECTORS = "scorm-browser-vectors";
  private static final String CMI5 = "scorm-browser-cmi5";
  private static boolean loaded;

  private static String course(String id, String title) {
    return """
        id: %s
        title: %s
        summary: A course played in the browser tests.
        audience: [nurse, doctor]
        level: foundation
        cpd-hours: 1
        competencies: [fci:it-systems]
        completion: {module: read, pass-mark: 70, attempts: 0}
        modules: [play]
        """
        .formatted(id, title);
  }

  private static final String MODULE =
      """
      ---
      title: Play the package
      minutes: 60
      reviewed: 2026-12-01
      package: play.zip
      outcomes: [Work through the package.]
      competencies: [fci:it-systems]
      sources: [{title: The package's publisher, url: "https://example.org/"}]
      ---
      The package is below.
      """;

  private synchronized void load() throws Exception {
    if (loaded) {
      return;
    }
    TestCourses.write(
        SINGLE, Map.of("course.yaml", course(SINGLE, "Fluids in the browser"), "play.md", MODULE));
    TestPackages.writeZip(
        TestCourses.dir().resolve(SINGLE).resolve("play.zip"),
        TestPackages.scorm12("Fluid balance", TestPackages.sco12Page("Fluid balance", 90), 80));
    TestCourses.write(
        PARTS, Map.of("course.yaml", course(PARTS, "Parts in the browser"), "play.md", MODULE));
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("Part one", TestPackages.sco12Page("Part one", 100));
    pages.put("Part two", TestPackages.sco12Page("Part two", 100));
    TestPackages.writeZip(
        TestCourses.dir().resolve(PARTS).resolve("play.zip"),
        TestPackages.scorm12Parts("Two parts", pages));
    TestCourses.write(
        S2004, Map.of("course.yaml", course(S2004, "Threshold in the browser"), "play.md", MODULE));
    TestPackages.writeZip(
        TestCourses.dir().resolve(S2004).resolve("play.zip"),
        TestPackages.scorm2004("Progress", TestPackages.sco2004Page("Progress"), "0.8"));
    TestCourses.write(
        VECTORS,
        Map.of(
            "course.yaml",
            course(VECTORS, "The API against the server's rules"),
            "play.md",
            MODULE));
    TestPackages.writeZip(
        TestCourses.dir().resolve(VECTORS).resolve("play.zip"),
        TestPackages.scorm12("Vectors", vectorPage(), 80));
    TestCourses.write(
        CMI5, Map.of("course.yaml", course(CMI5, "cmi5 in the browser"), "play.md", MODULE));
    Map<String, String> aus = new LinkedHashMap<>();
    aus.put("Consent", TestCmi5.auPage("Consent", "0.9"));
    aus.put("Records", TestCmi5.auPage("Records", "0.85"));
    TestPackages.writeZip(
        TestCourses.dir().resolve(CMI5).resolve("play.zip"),
        TestCmi5.course("Information governance", "Passed", "0.8", aus));
    WebClient admin = signedIn(TestUsers.create("ADMIN"));
    Page page = admin.get("admin/courses.xhtml");
    Page done = admin.submit("admin/courses.xhtml", page, "reload", "reload", Map.of());
    assertThat(admin.follow(done).body()).contains("Courses reloaded: 5 courses loaded");
    loaded = true;
  }

  private Browser enrolled(TestUser trainee, String course) throws Exception {
    load();
    Browser browser = new Browser(base.toString());
    browser.open("sign-in.xhtml");
    browser.type("signIn:email", trainee.email());
    browser.type("signIn:password", trainee.password());
    browser.press("signIn:submit");
    browser.open("course.xhtml?id=" + course);
    browser.press("enrolment:enrol");
    return browser;
  }

  private static void waitFor(
      WebDriver d, String what, java.util.function.Predicate<WebDriver> ok) {
    try {
      new WebDriverWait(d, Duration.ofSeconds(30)).until(ok::test);
    } catch (org.openqa.selenium.TimeoutException e) {
      String shown;
      try {
        shown = "status \"" + status(d) + "\", frame \"" + frameState(d) + "\"";
      } catch (RuntimeException gone) {
        shown = "(no player: " + d.getCurrentUrl() + ")";
      }
      throw new AssertionError("Waited 30 s for " + what + "; " + shown, e);
    }
  }

  private static String status(WebDriver d) {
    return d.findElement(By.id("scorm-status")).getText();
  }

  /** Runs {@code inFrame} inside the package's frame, then comes back to the player. */
  private static String inFrame(
      WebDriver d, java.util.function.Function<WebDriver, String> inFrame) {
    d.switchTo().frame(d.findElement(By.id("scorm-frame")));
    try {
      return inFrame.apply(d);
    } finally {
      d.switchTo().defaultContent();
    }
  }

  private static String frameState(WebDriver d) {
    return inFrame(d, f -> f.findElement(By.id("state")).getText());
  }

  private static void pressInFrame(WebDriver d, String id) {
    inFrame(
        d,
        f -> {
          f.findElement(By.id(id)).click();
          return null;
        });
  }

  @Test
  void aSingleScoPackageClosedMidwayResumesWhereLeftAndCompletesTheCourse() throws Exception {
    TestUser trainee = TestUsers.create("TRAINEE");
    try (Browser b = enrolled(trainee, SINGLE)) {
      WebDriver d = b.driver();
      b.open("learn/module.xhtml?course=" + SINGLE + "&module=play");
      assertThat(b.text()).contains("Parts of this module").contains("Not started");
      b.click("a#play");
      assertThat(b.currentPath()).startsWith("learn/play.xhtml");
      waitFor(d, "the package starts", x -> frameState(x).startsWith("ok=true entry=ab-initio"));
      assertThat(frameState(d)).contains("location= data=");
      waitFor(d, "the first save", x -> status(x).equals("Your progress is saved."));

      // the same module in a second window: answer, and close the window before any save
      String first = d.getWindowHandle();
      d.switchTo().newWindow(WindowType.TAB);
      d.get(base + "learn/play.xhtml?course=" + SINGLE + "&module=play");
      waitFor(d, "the second window's package", x -> frameState(x).startsWith("ok=true"));
      pressInFrame(d, "answer");
      assertThat(frameState(d)).isEqualTo("answered");
      d.close();
      d.switchTo().window(first);
      waitFor(
          d,
          "the answer saved as the window closed",
          x -> {
            try {
              return "answered=yes"
                  .equals(
                      TestDatabase.one(
                          "select s.data ->> 'cmi.suspend_data' from scorm_sco s join"
                              + " scorm_attempt a on a.id = s.attempt_id join enrolment e on"
                              + " e.id = a.enrolment_id where e.user_id = ?",
                          trainee.id()));
            } catch (Exception e) {
              return false;
            }
          });

      // back to the module and on: it resumes where the closed window left off
      b.open("learn/play.xhtml?course=" + SINGLE + "&module=play");
      waitFor(d, "the package resumes", x -> frameState(x).startsWith("ok=true entry=resume"));
      assertThat(frameState(d)).contains("location=page-2 data=answered=yes");
      pressInFrame(d, "finish");
      waitFor(
          d,
          "the module completes",
          x -> status(x).equals("Saved. You have completed this module."));
      b.open("course.xhtml?id=" + SINGLE);
      assertThat(b.text()).contains("You completed this course");
    }
    assertThat(TestDatabase.one("select status from enrolment where user_id = ?", trainee.id()))
        .isEqualTo("COMPLETED");
    assertThat(
            TestDatabase.one(
                "select count(*) from certificate where user_id = ? and kind = 'COURSE'",
                trainee.id()))
        .isEqualTo("1");
  }

  @Test
  void aCmi5CoursesAusReportToTheLrsAndCompleteTheModuleTheCourseAndItsCertificate()
      throws Exception {
    TestUser trainee = TestUsers.create("TRAINEE");
    try (Browser b = enrolled(trainee, CMI5)) {
      WebDriver d = b.driver();
      b.open("learn/module.xhtml?course=" + CMI5 + "&module=play");
      assertThat(b.text()).contains("The only block").contains("Consent").contains("Records");
      b.click("a#play");
      assertThat(status(d)).contains("records your progress as you go");
      waitFor(d, "the first AU initializes", x -> frameState(x).startsWith("initialized"));
      // what the LMS gave it: LMS.LaunchData, read with the credentials it fetched
      assertThat(frameState(d))
          .isEqualTo("initialized mode=Normal moveOn=Passed mastery=0.8 parameters={\"part\":1}");
      b.checkAccessibility();

      // opened again before it finished: the first session is abandoned, a new one starts
      b.open("learn/play.xhtml?course=" + CMI5 + "&module=play");
      waitFor(d, "the AU initializes again", x -> frameState(x).startsWith("initialized"));
      pressInFrame(d, "finish");
      waitFor(d, "the first AU terminates", x -> frameState(x).equals("terminated"));
      b.click("a#nextItem");
      assertThat(b.text()).contains("Consent (Passed)");
      waitFor(d, "the second AU initializes", x -> frameState(x).startsWith("initialized"));
      pressInFrame(d, "finish");
      waitFor(d, "the second AU terminates", x -> frameState(x).equals("terminated"));

      b.open("learn/module.xhtml?course=" + CMI5 + "&module=play");
      assertThat(b.text()).contains("This module is complete.");
      b.open("course.xhtml?id=" + CMI5);
      assertThat(b.text()).contains("You completed this course");
    }
    assertThat(TestDatabase.one("select status from enrolment where user_id = ?", trainee.id()))
        .isEqualTo("COMPLETED");
    assertThat(
            TestDatabase.one(
                "select count(*) from certificate where user_id = ? and kind = 'COURSE'",
                trainee.id()))
        .isEqualTo("1");
    // the module's score: the mean of the AUs' scaled scores (0.9 and 0.85)
    assertThat(
            TestDatabase.one(
                "select a.score_percent from scorm_attempt a join enrolment e"
                    + " on e.id = a.enrolment_id where e.user_id = ?",
                trainee.id()))
        .isEqualTo("88");
    // in the LRS, in the attempt's registration: the LMS's launched (3), abandoned (1) and
    // satisfied (1), the AUs' own initialized (3), completed, passed and terminated (2 each)
    String registration =
        TestDatabase.one(
            "select cast(a.registration as varchar) from scorm_attempt a join enrolment e"
                + " on e.id = a.enrolment_id where e.user_id = ?",
            trainee.id());
    assertThat(
            TestDatabase.one(
                "select string_agg(v, ',' order by v) from (select substring(verb_id from"
                    + " '[^/]+$') || '=' || count(*) v from lrs_statement where"
                    + " statement -> 'context' ->> 'registration' = ? group by verb_id) x",
                registration))
        .isEqualTo(
            "abandoned=1,completed=2,initialized=3,launched=3,passed=2,satisfied=1,terminated=2");
  }

  @Test
  void aMultiScoPackageShowsItsPartsAndCompletesWhenEachIsDone() throws Exception {
    TestUser trainee = TestUsers.create("TRAINEE");
    try (Browser b = enrolled(trainee, PARTS)) {
      WebDriver d = b.driver();
      b.open("learn/module.xhtml?course=" + PARTS + "&module=play");
      assertThat(b.text()).contains("The parts").contains("Part one").contains("Part two");
      b.click("a#play");
      assertThat(d.findElement(By.cssSelector("nav.player-toc")).getText())
          .contains("The parts")
          .contains("Part two (Not started)");
      assertThat(d.findElement(By.id("item-heading")).getText()).isEqualTo("Part one");
      waitFor(d, "part one starts", x -> frameState(x).startsWith("ok=true"));
      pressInFrame(d, "finish");
      waitFor(d, "part one done", x -> status(x).equals("Saved. You have completed this part."));
      b.click("a#nextItem");
      assertThat(d.findElement(By.id("item-heading")).getText()).isEqualTo("Part two");
      assertThat(b.text()).contains("Part one (Completed)");
      waitFor(d, "part two starts", x -> frameState(x).startsWith("ok=true"));
      pressInFrame(d, "finish");
      waitFor(
          d,
          "the module completes",
          x -> status(x).equals("Saved. You have completed this module."));
      b.open("learn/module.xhtml?course=" + PARTS + "&module=play");
      assertThat(b.text()).contains("This module is complete.").contains("Start a new attempt");
    }
    assertThat(TestDatabase.one("select status from enrolment where user_id = ?", trainee.id()))
        .isEqualTo("COMPLETED");
  }

  @Test
  void theCoursesTutorPreviewsThePackageFromTheEditorAndNothingIsRecorded() throws Exception {
    load();
    TestUser tutor = TestUsers.tutorOf(SINGLE);
    try (Browser b = new Browser(base.toString())) {
      WebDriver d = b.driver();
      b.open("sign-in.xhtml");
      b.type("signIn:email", tutor.email());
      b.type("signIn:password", tutor.password());
      b.press("signIn:submit");
      b.open("author/module.xhtml?course=" + SINGLE + "&module=play");
      b.click("a#previewPackage");
      assertThat(b.currentPath()).startsWith("learn/play.xhtml");
      assertThat(d.findElement(By.id("preview-note")).getText())
          .contains("previewing this package as its tutor");
      waitFor(d, "the package starts", x -> frameState(x).startsWith("ok=true entry=ab-initio"));
      pressInFrame(d, "finish");
      waitFor(d, "the preview's reading", x -> status(x).startsWith("Preview: the package"));
      assertThat(status(d)).contains("90%").endsWith("Nothing is recorded.");
      b.click("a#back");
      assertThat(b.currentPath()).startsWith("author/module.xhtml");
    }
    assertThat(TestDatabase.one("select count(*) from enrolment where user_id = ?", tutor.id()))
        .isEqualTo("0");
    assertThat(
            TestDatabase.one(
                "select count(*) || ' ' || count(attempt_id) from scorm_launch where user_id = ?",
                tutor.id()))
        .isEqualTo("1 0");
  }

  @Test
  void aScorm2004PackageIsCompleteOnceItsProgressReachesTheThreshold() throws Exception {
    TestUser trainee = TestUsers.create("TRAINEE");
    try (Browser b = enrolled(trainee, S2004)) {
      WebDriver d = b.driver();
      b.open("learn/play.xhtml?course=" + S2004 + "&module=play");
      waitFor(d, "the package starts", x -> frameState(x).startsWith("ok=true entry=ab-initio"));
      // the threshold from the manifest; no progress reported yet (403: not initialised)
      assertThat(frameState(d)).contains("threshold=0.8 progress=/403");
      pressInFrame(d, "half");
      waitFor(d, "half saved", x -> status(x).equals("Your progress is saved."));
      assertThat(TestDatabase.one("select status from enrolment where user_id = ?", trainee.id()))
          .isEqualTo("ACTIVE");
      b.open("learn/module.xhtml?course=" + S2004 + "&module=play");
      assertThat(b.text()).contains("In progress");
      b.open("learn/play.xhtml?course=" + S2004 + "&module=play");
      waitFor(d, "it resumes", x -> frameState(x).startsWith("ok=true entry=resume"));
      assertThat(frameState(d)).contains("progress=0.5/0");
      pressInFrame(d, "all");
      waitFor(
          d,
          "the module completes",
          x -> status(x).equals("Saved. You have completed this module."));
    }
    assertThat(TestDatabase.one("select status from enrolment where user_id = ?", trainee.id()))
        .isEqualTo("COMPLETED");
  }

  /** Values tried on every element: of every type the models know, and none. */
  private static final List<String> TRIED =
      List.of(
          "",
          "0",
          "1",
          "-1",
          "0.5",
          "1.5",
          "100",
          "101",
          "abc",
          "x y",
          "completed",
          "passed",
          "incomplete",
          "failed",
          "unknown",
          "not attempted",
          "browsed",
          "suspend",
          "logout",
          "normal",
          "time-out",
          "PT1H2M3.5S",
          "P1D",
          "PT",
          "0000:01:00",
          "0001:02:03.5",
          "12:30:00",
          "2026-12-07T10:00:00",
          "2026-12-07T10:00:00.5Z",
          "true-false",
          "choice",
          "numeric",
          "other",
          "correct",
          "incorrect",
          "wrong",
          "en",
          "en-GB",
          "{lang=en}Hello",
          "continue",
          "{target=I2}choice",
          "_none_",
          "a".repeat(256),
          "b".repeat(4001),
          // interaction responses of every type
          "true",
          "false",
          "a[,]b",
          "a[,]a",
          "a b",
          "a[.]b",
          "a[.]b[,]c[.]d",
          "[.]x",
          "1[:]5",
          "[:]5",
          "1[:]",
          "{case_matters=true}x",
          "{order_matters=false}{case_matters=true}x[,]y",
          "{order_matters=true}s1[.]a[,]s2[.]b",
          "{lang=en}word[,]other",
          "x[,]",
          "[,]");

  private static final List<String> TYPES =
      List.of(
          "true-false",
          "choice",
          "fill-in",
          "long-fill-in",
          "likert",
          "matching",
          "performance",
          "sequencing",
          "numeric",
          "other");

  /** Every element of a model, then arrays out of order, ids before values, and keywords. */
  private static List<List<String>> operations(org.ccioacademy.catalogue.scorm.CmiRules rules) {
    List<List<String>> ops = new ArrayList<>();
    for (String generic : new java.util.TreeSet<>(rules.elements().keySet())) {
      String e = generic.replace(".n.", ".0.");
      ops.add(List.of("get", e));
      for (String v : TRIED) {
        ops.add(List.of("set", e, v));
        ops.add(List.of("get", e));
      }
      ops.add(List.of("set", e.replace(".0.", ".5."), "1"));
      ops.add(List.of("get", e.replace(".0.", ".5.")));
    }
    int n = 0;
    for (String type : TYPES) {
      String i = "cmi.interactions." + n++;
      ops.add(List.of("set", i + ".id", "q" + n));
      ops.add(List.of("set", i + ".type", type));
      for (String v : TRIED) {
        for (String field :
            List.of("learner_response", "student_response", "correct_responses.0.pattern")) {
          ops.add(List.of("set", i + "." + field, v));
          ops.add(List.of("get", i + "." + field));
        }
      }
    }
    for (String special :
        List.of(
            "cmi._version",
            "cmi.core._children",
            "cmi.interactions._count",
            "cmi.interactions._children",
            "cmi.objectives._count",
            "cmi.score._children",
            "cmi.learner_preference._children",
            "cmi.nothing",
            "cmi.core.nothing",
            "")) {
      ops.add(List.of("get", special));
      ops.add(List.of("set", special, "1"));
    }
    return ops;
  }

  private static List<String> javaAnswers(
      org.ccioacademy.catalogue.scorm.CmiRules rules, List<List<String>> ops) {
    boolean v2004 = rules.version().equals("2004");
    var m12 = v2004 ? null : new org.ccioacademy.catalogue.scorm.Cmi12(Map.of());
    var m04 = v2004 ? new org.ccioacademy.catalogue.scorm.Cmi2004(Map.of()) : null;
    List<String> out = new ArrayList<>();
    for (List<String> op : ops) {
      if (op.get(0).equals("get")) {
        if (v2004) {
          var r = m04.get(op.get(1));
          out.add(r.error() + "|" + r.value());
        } else {
          var r = m12.get(op.get(1));
          out.add(r.error() + "|" + r.value());
        }
      } else {
        out.add(v2004 ? m04.set(op.get(1), op.get(2)) : m12.set(op.get(1), op.get(2)));
      }
    }
    return out;
  }

  /**
   * A package page that runs the operations through the API engine's data model, with each model's
   * rules as the server gives them, and shows the answers.
   */
  private static String vectorPage() {
    var cfg = jakarta.json.Json.createArrayBuilder();
    for (var rules :
        List.of(
            org.ccioacademy.catalogue.scorm.Cmi12.rules(),
            org.ccioacademy.catalogue.scorm.Cmi2004.rules())) {
      var ops = jakarta.json.Json.createArrayBuilder();
      operations(rules).forEach(op -> ops.add(jakarta.json.Json.createArrayBuilder(op)));
      var initial = jakarta.json.Json.createObjectBuilder();
      rules.initial().forEach(initial::add);
      cfg.add(
          jakarta.json.Json.createObjectBuilder()
              .add("rules", org.ccioacademy.delivery.web.ScormContentServlet.rules(rules))
              .add("initial", initial)
              .add("ops", ops));
    }
    return """
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Vectors</title></head>
        <body><script type="application/json" id="cfg">%s</script><pre id="out">running</pre>
        <script>
        var all = JSON.parse(document.getElementById('cfg').textContent).map(function (c) {
          var m = new CcioScorm.Model(c.rules, Object.assign({}, c.initial));
          return c.ops.map(function (op) {
            if (op[0] === 'get') { var r = m.get(op[1]); return r.error + '|' + r.value; }
            return m.set(op[1], op[2]);
          });
        });
        document.getElementById('out').textContent = JSON.stringify(all);
        </script></body></html>
        """
        .formatted(cfg.build().toString().replace("</", "<\\/"));
  }

  @Test
  void theApiInTheBrowserAnswersEveryElementAsTheServersDataModelsDo() throws Exception {
    TestUser trainee = TestUsers.create("TRAINEE");
    try (Browser b = enrolled(trainee, VECTORS)) {
      WebDriver d = b.driver();
      b.open("learn/play.xhtml?course=" + VECTORS + "&module=play");
      waitFor(
          d,
          "the vectors run",
          x -> inFrame(x, f -> f.findElement(By.id("out")).getText()).startsWith("[["));
      String out = inFrame(d, f -> f.findElement(By.id("out")).getText());
      var browser = jakarta.json.Json.createReader(new java.io.StringReader(out)).readArray();
      int i = 0;
      for (var rules :
          List.of(
              org.ccioacademy.catalogue.scorm.Cmi12.rules(),
              org.ccioacademy.catalogue.scorm.Cmi2004.rules())) {
        List<List<String>> ops = operations(rules);
        List<String> expected = javaAnswers(rules, ops);
        var got = browser.getJsonArray(i++);
        assertThat(got).hasSize(expected.size());
        List<String> differ = new ArrayList<>();
        for (int k = 0; k < ops.size(); k++) {
          if (!got.getString(k).equals(expected.get(k))) {
            differ.add(
                rules.version()
                    + " "
                    + ops.get(k).stream()
                        .map(x -> x.length() > 30 ? x.substring(0, 30) + "…" : x)
                        .toList()
                    + ": browser "
                    + got.getString(k)
                    + ", server "
                    + expected.get(k));
          }
        }
        assertThat(differ).as("answers that differ, of " + ops.size()).isEmpty();
        assertThat(ops.size()).isGreaterThan(2000);
      }
    }
  }

  /** For a failing run: what the browser's console said (errors in the API or the package). */
  static List<String> console(WebDriver d) {
    Object logs = ((JavascriptExecutor) d).executeScript("return window.ccioConsole || [];");
    return logs instanceof List<?> l ? l.stream().map(String::valueOf).toList() : new ArrayList<>();
  }
}
