package org.ccioacademy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.ccioacademy.testing.Browser;
import org.ccioacademy.testing.TestCourses;
import org.ccioacademy.testing.TestDatabase;
import org.ccioacademy.testing.TestEvents;
import org.ccioacademy.testing.TestUsers;
import org.ccioacademy.testing.TestUsers.TestUser;
import org.ccioacademy.testing.WarTest;
import org.ccioacademy.testing.WebClient;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Search across courses, modules and events for everyone, from every page's header; people only for
 * administrators (every account) and reviewers (the trainees their scope lets them see), as an
 * audited read.
 */
@RunAsClient
class SearchIT extends WarTest {

  static final String COURSE = "search-test";

  static {
    TestCourses.write(
        COURSE,
        Map.of(
            "course.yaml",
            """
            id: search-test
            title: Zebrafinch informatics
            summary: A short course used by the search tests.
            audience: [nurse, doctor]
            level: foundation
            cpd-hours: 3
            competencies: [fci:it-systems]
            completion: {module: read, pass-mark: 50, attempts: 0}
            modules: [audits]
            """,
            "audits.md",
            """
            ---
            title: Clinical audits
            minutes: 180
            reviewed: 2026-12-01
            outcomes: [Run an audit.]
            competencies: [fci:it-systems]
            sources: [{title: NHS England, url: "https://www.england.nhs.uk/"}]
            ---
            A **quokka** audit compares practice against a standard, then acts on the gap.
            """));
  }

  private static Document search(WebClient web, String q) {
    return Jsoup.parse(
        web.get("search.xhtml?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)).body());
  }

  @Test
  void anyoneFindsCoursesModulesAndEventsByTheirWords() throws Exception {
    long organiser = TestUsers.create("TUTOR").id();
    TestEvents.event("Wombat regional day").startingIn(20).organisedBy(organiser).create();
    WebClient anonymous = client();

    Document course = search(anonymous, "zebrafinch");
    assertThat(course.select("#found-COURSE a").attr("href"))
        .endsWith("/course.xhtml?id=" + COURSE);
    assertThat(course.select("#search-summary").text()).contains("for “zebrafinch”");

    // a module's words, stemmed ("quokkas" finds "quokka"), with a plain-text snippet
    Document module = search(anonymous, "quokkas");
    assertThat(module.select("#found-MODULE li").text())
        .contains("Clinical audits", "In Zebrafinch informatics", "quokka audit compares")
        .doesNotContain("**");
    assertThat(module.select("#found-MODULE a").attr("href"))
        .endsWith("/learn/module.xhtml?course=" + COURSE + "&module=audits");

    Document event = search(anonymous, "wombat");
    assertThat(event.select("#found-EVENT li").text()).contains("Wombat regional day", "Leeds");

    // nothing found says so; people are never searched for anonymous or trainee users
    String someone = TestUsers.create("TRAINEE").email();
    assertThat(search(anonymous, someone).select("#search-summary").text())
        .startsWith("Nothing matches");
    WebClient trainee = signedIn(TestUsers.create("TRAINEE"));
    assertThat(search(trainee, someone).select("#found-PERSON")).isEmpty();
    assertThat(search(signedIn(TestUsers.create("TUTOR")), someone).select("#found-PERSON"))
        .isEmpty();

    // bad input: symbols only, markup, an overlong query: plain answers, never an error
    assertThat(search(anonymous, "!!! ***").select("#search-problem").text())
        .contains("Type a word");
    assertThat(anonymous.get("search.xhtml?q=%3Cscript%3Ealert(1)%3C/script%3E").body())
        .doesNotContain("<script>alert(1)")
        .contains("Nothing matches");
    assertThat(anonymous.get("search.xhtml?q=" + "a".repeat(5000)).status()).isEqualTo(200);
    assertThat(anonymous.get("search.xhtml").status()).isEqualTo(200);
  }

  @Test
  void staffFindPeopleOnlyWithinWhatTheyMaySee() throws Exception {
    TestUser london = TestUsers.create("TRAINEE");
    TestUser northEast = TestUsers.create("TRAINEE");
    String surname = "Quillfeather" + System.nanoTime();
    TestDatabase.execute(
        "update users set full_name = ? where id = ?", "Ada " + surname, london.id());
    TestDatabase.execute(
        "update users set full_name = ?, region = 'NORTH_EAST' where id = ?",
        "Bea " + surname,
        northEast.id());

    TestUser admin = TestUsers.create("ADMIN");
    Document all = search(signedIn(admin), surname.toLowerCase());
    assertThat(all.select("#found-PERSON li").eachText())
        .hasSize(2)
        .anySatisfy(t -> assertThat(t).contains("Ada " + surname, london.email()));
    assertThat(all.select("#found-PERSON a").eachAttr("href"))
        .contains("/admin/user.xhtml?id=" + london.id());
    assertThat(
            TestDatabase.one(
                "select count(*) from audit_log where actor_id = ? and action = 'read.account-list'"
                    + " and row_count = 2",
                admin.id()))
        .isEqualTo("1");

    TestUser reviewer = TestUsers.create("REVIEWER");
    TestUsers.scopeOnly(
        "insert into reviewer_scope (user_id, kind, value) values (?, 'REGION', 'NORTH_EAST')",
        reviewer.id());
    Document scoped = search(signedIn(reviewer), surname);
    assertThat(scoped.select("#found-PERSON li").eachText())
        .singleElement()
        .asString()
        .contains("Bea " + surname);
    assertThat(scoped.select("#found-PERSON a").attr("href"))
        .endsWith("/reviewer/trainee.xhtml?id=" + northEast.id());
    assertThat(scoped.text()).doesNotContain("Ada " + surname);
  }

  @Test
  void theHeaderSearchWorksInABrowserAndIsAccessible() throws Exception {
    try (Browser browser = new Browser(base.toString())) {
      browser.open("catalogue.xhtml");
      browser.type("site-search-q", "zebrafinch");
      browser.click(".site-search button");
      assertThat(browser.currentPath()).startsWith("search.xhtml?q=zebrafinch");
      assertThat(browser.text()).contains("Zebrafinch informatics");
      browser.checkAccessibility();
    }
  }
}
