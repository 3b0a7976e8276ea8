package org.ccioacademy.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ccioacademy.testing.ContainerTest;
import org.ccioacademy.testing.Deployments;
import org.ccioacademy.testing.TestDatabase;
import org.ccioacademy.testing.TestMail;
import org.ccioacademy.testing.TestTotp;
import org.ccioacademy.testing.TestUsers;
import org.ccioacademy.testing.TestUsers.TestUser;
import org.ccioacademy.testing.WebClient;
import org.ccioacademy.testing.WebClient.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Two-step sign-in with an authenticator app (the codes computed here as the app would), with the
 * shipped rule that admins, reviewers and tutors must use it: setting it up, signing in with a code
 * and with a recovery code, replayed and wrong codes, the pause after five, turning it off, and an
 * administrator's reset.
 */
@ContainerTest
@RunAsClient
class SecondFactorIT {

  private static final String PAGE = "account/second-factor.xhtml";

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.war("config_ordinal=500\nccio.mfa.required-roles=ADMIN,REVIEWER,TUTOR\n");
  }

  private WebClient client() throws Exception {
    return new WebClient(base.toURI());
  }

  /** What setting up an app gave: its key, the code that confirmed it, the recovery codes. */
  record SetUp(String key, String firstCode, List<String> recoveryCodes) {}

  /** Sets up an authenticator app on the signed-in client's page. */
  private static SetUp setUp(WebClient web) {
    Page begun = web.follow(web.submit(PAGE, web.get(PAGE), "begin", "begin", Map.of()));
    Document page = Jsoup.parse(begun.body());
    assertThat(page.getElementById("qr-image").attr("src")).startsWith("data:image/png;base64,");
    String key = page.getElementById("totp-key").text();
    Page wrong = web.submit(PAGE, begun, "confirm", "confirm", Map.of("code", "000000"));
    assertThat(wrong.body()).contains("That code is not right");
    String first = TestTotp.code(key, 0);
    Page done = web.submit(PAGE, wrong, "confirm", "confirm", Map.of("code", first));
    List<String> codes = Jsoup.parse(done.body()).select(".recovery-codes code").eachText();
    assertThat(codes).hasSize(10).doesNotHaveDuplicates();
    return new SetUp(key, first, codes);
  }

  /** A client signed in by password and code-less, its app just set up. */
  record WithApp(WebClient web, SetUp app) {}

  /** Signs in with the password and sets up an app (first sign-in of one who has none). */
  private WithApp signedInWithApp(TestUser user) throws Exception {
    WebClient web = client();
    web.signIn(user.email(), user.password());
    return new WithApp(web, setUp(web));
  }

  /** Signs in with the password; returns the client, waiting at the code page. */
  private WebClient passwordOnly(TestUser user) throws Exception {
    WebClient web = client();
    assertThat(web.signIn(user.email(), user.password()).location())
        .endsWith("/sign-in-code.xhtml");
    return web;
  }

  private static Page code(WebClient web, String code) {
    return web.submit(
        "sign-in-code.xhtml",
        web.get("sign-in-code.xhtml"),
        "secondStep",
        "check",
        Map.of("code", code));
  }

  @Test
  void aTutorSetsUpAnAppBeforeAnythingElseAndThenSignsInWithACode() throws Exception {
    TestUser tutor = TestUsers.create("TUTOR");
    WebClient web = client();
    assertThat(web.signIn(tutor.email(), tutor.password()).location())
        .endsWith("/account/second-factor.xhtml");
    assertThat(web.get("tutor/home.xhtml").location()).endsWith("/account/second-factor.xhtml");
    assertThat(web.get("api/me").status()).isEqualTo(401);
    assertThat(web.get(PAGE).body()).contains("Your role needs two-step sign-in");

    SetUp app = setUp(web);
    assertThat(web.get("tutor/home.xhtml").status()).isEqualTo(200);
    assertThat(
            TestDatabase.one(
                "select position(convert_to('CCIOSEC1', 'UTF8') in secret) from second_factor"
                    + " where user_id = ?",
                tutor.id()))
        .as("the key is sealed")
        .isEqualTo("1");
    assertThat(
            TestMail.awaitSubject(
                    tutor.email(),
                    "Two-step sign-in changed on your CCIO Academy account",
                    Duration.ofSeconds(20))
                .getContent()
                .toString())
        .contains("An authenticator app was set up");

    // the next sign-in asks for a code; nothing else answers meanwhile
    WebClient next = passwordOnly(tutor);
    assertThat(next.get("tutor/home.xhtml").location()).endsWith("/sign-in-code.xhtml");
    assertThat(code(next, "123").body()).contains("That code is not right");
    // the code used to set up the app does not work twice
    assertThat(code(next, app.firstCode()).body()).contains("That code is not right");
    Page in = code(next, TestTotp.code(app.key(), 1));
    assertThat(in.location()).endsWith("/tutor/home.xhtml");
    assertThat(next.get("tutor/home.xhtml").status()).isEqualTo(200);

    // a recovery code works once
    WebClient phoneless = passwordOnly(tutor);
    Page recovered = code(phoneless, app.recoveryCodes().get(3).toUpperCase());
    assertThat(recovered.location()).endsWith("/tutor/home.xhtml");
    assertThat(phoneless.follow(recovered).body()).contains("You have 9 left");
    assertThat(code(passwordOnly(tutor), app.recoveryCodes().get(3)).body())
        .contains("That code is not right");
    assertThat(
            TestDatabase.one(
                "select string_agg(action, ',' order by id) from audit_log"
                    + " where row_count is null and target_type = 'user' and target_id = ? and action like 'user.%'"
                    + " and action not like 'user.created'",
                String.valueOf(tutor.id())))
        .isEqualTo("user.second-factor-enrolled,user.recovery-code-used");
    // a tutor may not turn it off
    assertThat(next.get(PAGE).body())
        .contains("Two-step sign-in is on")
        .doesNotContain("Turn it off");
  }

  @Test
  void fiveWrongCodesPauseEveryCodeForTheAccount() throws Exception {
    TestUser trainee = TestUsers.create("TRAINEE");
    WebClient web = client();
    assertThat(web.signIn(trainee.email(), trainee.password()).location())
        .as("optional for trainees")
        .endsWith("/trainee/home.xhtml");
    SetUp app = setUp(web);
    WebClient guesser = passwordOnly(trainee);
    for (int i = 0; i < 4; i++) {
      assertThat(code(guesser, "00000" + i).body()).contains("That code is not right");
    }
    assertThat(code(guesser, "000009").body()).contains("Too many wrong codes");
    assertThat(code(guesser, TestTotp.code(app.key(), 1)).body())
        .as("even the right code, until the window ends")
        .contains("Too many wrong codes");
    assertThat(
            TestDatabase.one(
                "select count(*) from audit_log where row_count is null and target_type = 'user' and target_id = ?"
                    + " and action = 'user.second-factor-paused'",
                String.valueOf(trainee.id())))
        .isEqualTo("1");
  }

  @Test
  void aTraineeTurnsItOffWithACode() throws Exception {
    TestUser trainee = TestUsers.create("TRAINEE");
    WithApp signedIn = signedInWithApp(trainee);
    WebClient web = signedIn.web();
    SetUp app = signedIn.app();
    Page page = web.get(PAGE);
    assertThat(page.body()).contains("Turn it off");
    assertThat(web.submit(PAGE, page, "off", "turnOff", Map.of("code", "111111")).body())
        .contains("That code is not right");
    Page off =
        web.submit(
            PAGE, web.get(PAGE), "off", "turnOff", Map.of("code", TestTotp.code(app.key(), 1)));
    assertThat(web.follow(off).body()).contains("Two-step sign-in is off");
    assertThat(client().signIn(trainee.email(), trainee.password()).location())
        .endsWith("/trainee/home.xhtml");
  }

  @Test
  void anAdministratorResetsAPersonsSecondFactor() throws Exception {
    TestUser admin = TestUsers.create("ADMIN");
    WebClient adminWeb = signedInWithApp(admin).web();
    TestUser reviewer = TestUsers.create("REVIEWER");
    WebClient reviewerWeb = signedInWithApp(reviewer).web();
    assertThat(reviewerWeb.get("reviewer/home.xhtml").status()).isEqualTo(200);

    String page = "admin/user.xhtml?id=" + reviewer.id();
    assertThat(adminWeb.get(page).body()).contains("On (authenticator app)");
    Page reset = adminWeb.submit(page, adminWeb.get(page), "user", "resetSecondFactor", Map.of());
    assertThat(adminWeb.follow(reset).body())
        .contains("Two-step sign-in has been reset for")
        .contains("They set up an authenticator app again when they next sign in");
    assertThat(reviewerWeb.get("reviewer/home.xhtml").location())
        .as("signed out")
        .contains("ended=true");
    assertThat(client().signIn(reviewer.email(), reviewer.password()).location())
        .endsWith("/account/second-factor.xhtml");
    assertThat(
            TestDatabase.one(
                "select actor_id from audit_log where row_count is null and target_type = 'user' and target_id = ?"
                    + " and action = 'user.second-factor-reset'",
                String.valueOf(reviewer.id())))
        .isEqualTo(String.valueOf(admin.id()));
  }

  @Test
  void afterTheCodeThePersonIsOnThePageTheyAskedForWhileSignedOut() throws Exception {
    TestUser trainee = TestUsers.create("TRAINEE");
    SetUp app = signedInWithApp(trainee).app();
    WebClient web = client();
    String asked = "trainee/attendance.xhtml?from=bookmark";
    assertThat(web.get(asked).location()).contains("sign-in.xhtml");
    Page password = web.follow(web.signIn(trainee.email(), trainee.password()));
    assertThat(password.body()).contains("secondStep");
    Page in = code(web, TestTotp.code(app.key(), 1));
    assertThat(in.status()).as(in.body()).isEqualTo(302);
    assertThat(in.location()).endsWith("/" + asked);
    assertThat(web.follow(in).status()).isEqualTo(200);
    // only once: the next sign-in goes home
    web.submit(
        "trainee/home.xhtml", web.get("trainee/home.xhtml"), "signOutForm", "signOut", Map.of());
    web.signIn(trainee.email(), trainee.password());
    Page home = code(web, app.recoveryCodes().get(0));
    assertThat(home.location()).endsWith("/trainee/home.xhtml");
  }

  @Test
  void aDoubleClickOnTheCodeSignsInOnceAndNeverRefuses() throws Exception {
    TestUser trainee = TestUsers.create("TRAINEE");
    SetUp app = signedInWithApp(trainee).app();
    WebClient twice = passwordOnly(trainee);
    Page form = twice.get("sign-in-code.xhtml");
    String right = TestTotp.code(app.key(), 1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<Page> a =
          pool.submit(
              () ->
                  twice.submit(
                      "sign-in-code.xhtml", form, "secondStep", "check", Map.of("code", right)));
      Future<Page> b =
          pool.submit(
              () ->
                  twice.submit(
                      "sign-in-code.xhtml", form, "secondStep", "check", Map.of("code", right)));
      List<Integer> statuses = List.of(a.get().status(), b.get().status());
      assertThat(statuses).contains(302).allMatch(status -> status < 500);
    } finally {
      pool.shutdown();
    }
    assertThat(twice.get("trainee/home.xhtml").status()).isEqualTo(200);
  }
}
