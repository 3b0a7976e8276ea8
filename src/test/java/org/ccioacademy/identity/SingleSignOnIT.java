package org.ccioacademy.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ccioacademy.testing.Browser;
import org.ccioacademy.testing.ContainerTest;
import org.ccioacademy.testing.Deployments;
import org.ccioacademy.testing.TestDatabase;
import org.ccioacademy.testing.TestMail;
import org.ccioacademy.testing.TestOidc;
import org.ccioacademy.testing.TestUsers;
import org.ccioacademy.testing.TestUsers.TestUser;
import org.ccioacademy.testing.WebClient;
import org.ccioacademy.testing.WebClient.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Single sign-on end to end against a real OpenID Connect provider ({@link TestOidc}): a first
 * sign-in that makes an account, one that joins an existing account by a vouched-for address and
 * never by an unverified one, linking from the account page, a wrong signature, a wrong audience,
 * an expired token and a replayed answer each refused in words, the provider's multi-factor sign-in
 * trusted or not, signing out there too, an administrator requiring single sign-on for a domain,
 * and many people signing in at once.
 */
@ContainerTest
@RunAsClient
class SingleSignOnIT {

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.war(
        "config_ordinal=500\nccio.mfa.required-roles=TUTOR\n" + TestOidc.settings());
  }

  private WebClient client() throws Exception {
    return new WebClient(base.toURI());
  }

  private static String unique(String name) {
    return name + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** The page the application's answer leads to, after its redirects. */
  private static Page landing(WebClient web, Page answer) {
    assertThat(answer.status()).as("the callback redirects").isEqualTo(302);
    return web.follow(answer);
  }

  private static String signInPageMessage(Page page) {
    return Jsoup.parse(page.body()).select(".page-messages").text();
  }

  @Test
  void aNewPersonSignsInWithNhsmailAndIsAskedForTheirProfessionalDetails() throws Exception {
    String subject = unique("nhs");
    String email = unique("nia.jones") + "@NHS.net";
    // Entra ID sends no email_verified: NHSmail is authoritative for nhs.net
    TestOidc.next("nhsmail", subject, Map.of("email", email, "name", "Nia Jones"));
    WebClient web = client();
    assertThat(web.get("sign-in.xhtml").body())
        .contains("Sign in with NHSmail", "Sign in with OpenAthens");

    Page answer = TestOidc.signIn(web, "nhsmail");
    assertThat(answer.location()).endsWith("/trainee/home.xhtml?welcome=sso");
    Page home = landing(web, answer);
    assertThat(home.body()).contains("Please give your professional details", "Nia Jones");
    assertThat(web.get("api/me").body()).contains(email.toLowerCase());
    String id = TestDatabase.one("select id from users where email = ?", email.toLowerCase());
    assertThat(
            TestDatabase.column(
                "select role from user_roles where user_id = ?", Long.parseLong(id)))
        .containsExactly("TRAINEE");
    assertThat(TestDatabase.auditOfUser(Long.parseLong(id)))
        .containsExactlyInAnyOrder("user.registered", "user.sso-linked");

    // the next sign-in, with a changed address at the provider, is the same account
    TestOidc.next("nhsmail", subject, Map.of("email", "renamed-" + email, "name", "Nia Jones"));
    WebClient again = client();
    assertThat(TestOidc.signIn(again, "nhsmail").location()).endsWith("/trainee/home.xhtml");
    assertThat(again.get("api/me").body()).contains(email.toLowerCase());
    assertThat(
            TestDatabase.one(
                "select count(*) || ' ' || max(email) || ' ' || (max(last_used_at) is not null)"
                    + " from external_identity where subject = ?",
                subject))
        .isEqualTo("1 renamed-" + email.toLowerCase() + " true");
  }

  @Test
  void inABrowserANewPersonSignsInWithNhsmailCompletesTheirProfileAndSignsOutOfBoth()
      throws Exception {
    String email = unique("ruth.okonjo") + "@nhs.net";
    TestOidc.next("nhsmail", unique("browser"), Map.of("email", email, "name", "Ruth Okonjo"));
    try (Browser browser = new Browser(base.toString())) {
      browser.open("sign-in.xhtml");
      browser.checkAccessibility();
      browser.click("a.button[href*='provider=nhsmail']");
      assertThat(browser.currentPath()).startsWith("trainee/profile.xhtml");
      assertThat(browser.text()).contains("Please give your professional details", "Ruth Okonjo");
      browser.checkAccessibility();
      browser.choose("profile:group", "AHP");
      browser.choose("profile:profession", "PARAMEDIC");
      browser.choose("profile:grade", "BAND_6");
      browser.type("profile:registrationNumber", "PA12345");
      browser.type("profile:odsCode", "RX9");
      browser.choose("profile:region", "SOUTH_WEST");
      browser.press("profile:save");
      assertThat(browser.text())
          .contains("Your profile has been saved")
          .doesNotContain("Please give your professional details");

      browser.open("account/sign-in-methods.xhtml");
      assertThat(browser.text()).contains("NHSmail", email, "Link OpenAthens");
      browser.checkAccessibility();

      // through the page between (which moves on at once), the provider's sign-out, and back
      browser.driver().findElement(By.id("signOutForm:signOut")).click();
      new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
          .until(d -> d.getCurrentUrl().contains("/sign-in.xhtml?signedOut=true"));
      browser.waitForAjax();
      assertThat(browser.text()).contains("You have signed out.");
      browser.checkAccessibility();
    }
  }

  @Test
  void theAdministratorsSingleSignOnAndStaffFeedPagesAreAccessible() throws Exception {
    TestUser admin = TestUsers.create("ADMIN");
    Path feed = Files.createTempFile("staff-feed", ".csv");
    Files.writeString(
        feed,
        "Employee Number,First Name,Last Name,Email Address,Organisation Code,"
            + "Assignment Start Date\n"
            + "90000001,Ada,Good,"
            + unique("ada")
            + "@nhs.net,RTD,2024-01-01\n"
            + "90000002,Bo,Bad,not-an-address,RTD,2024-01-01\n");
    try (Browser browser = new Browser(base.toString())) {
      browser.open("sign-in.xhtml");
      browser.type("signIn:email", admin.email());
      browser.type("signIn:password", admin.password());
      browser.press("signIn:submit");
      browser.open("admin/single-sign-on.xhtml");
      assertThat(browser.text()).contains("Sign in with NHSmail", "@nhs.net", "OpenAthens");
      browser.checkAccessibility();
      browser.open("admin/staff-feed.xhtml");
      browser.checkAccessibility();
      browser.driver().findElement(By.id("feed:file")).sendKeys(feed.toString());
      browser.press("feed:check");
      assertThat(browser.text())
          .contains("Lines with problems", "\"not-an-address\" is not an email address");
      browser.checkAccessibility();
    } finally {
      Files.deleteIfExists(feed);
    }
  }

  @Test
  void anExistingAccountIsJoinedByAVerifiedAddressAndNeverByAnUnverifiedOne() throws Exception {
    TestUser trainee = TestUsers.create("TRAINEE");
    String subject = unique("athens");
    TestOidc.next("athens", subject, Map.of("email", trainee.email(), "email_verified", false));
    WebClient web = client();
    Page refused = landing(web, TestOidc.signIn(web, "athens"));
    assertThat(signInPageMessage(refused))
        .contains("OpenAthens did not confirm your email address, so we cannot match you");
    assertThat(web.get("api/me").status()).isEqualTo(401);
    assertThat(
            TestDatabase.one("select count(*) from external_identity where subject = ?", subject))
        .isEqualTo("0");

    TestOidc.next("athens", subject, Map.of("email", trainee.email(), "email_verified", true));
    assertThat(TestOidc.signIn(web, "athens").location()).endsWith("/trainee/home.xhtml");
    assertThat(web.get("api/me").body()).contains(trainee.email());
    assertThat(TestDatabase.auditOfUser(trainee.id())).containsExactly("user.sso-linked");
  }

  @Test
  void afterSingleSignOnAPersonIsBackOnThePageTheyAskedFor() throws Exception {
    TestUser trainee = TestUsers.withEmailDomain("nhs.net", "TRAINEE");
    WebClient web = client();
    Page asked = web.get("trainee/certificates.xhtml");
    assertThat(asked.status()).isEqualTo(302);
    assertThat(asked.location()).contains("sign-in");
    TestOidc.next("nhsmail", unique("back"), Map.of("email", trainee.email()));
    assertThat(TestOidc.signIn(web, "nhsmail").location()).endsWith("/trainee/certificates.xhtml");
  }

  @Test
  void aPersonLinksAProviderAccountFromTheirAccountPageAndUnlinksIt() throws Exception {
    TestUser trainee = TestUsers.create("TRAINEE");
    String subject = unique("linked");
    WebClient web = client();
    web.signIn(trainee.email(), trainee.password());
    assertThat(web.get("account/sign-in-methods.xhtml").body())
        .contains("No work account is linked", "Link OpenAthens");
    // the provider knows them by another, unverified, address: linking needs no address at all
    TestOidc.next("athens", subject, Map.of("email", "someone@elsewhere.example"));
    Page linked = TestOidc.link(web, "athens");
    assertThat(linked.location()).endsWith("/account/sign-in-methods.xhtml?linked=athens");
    String page = web.follow(linked).body();
    assertThat(page).contains("Your OpenAthens account is now linked", "someone@elsewhere.example");

    // then it signs them in, in a browser of its own
    TestOidc.next("athens", subject, Map.of("email", "someone@elsewhere.example"));
    WebClient elsewhere = client();
    assertThat(TestOidc.signIn(elsewhere, "athens").location()).endsWith("/trainee/home.xhtml");
    assertThat(elsewhere.get("api/me").body()).contains(trainee.email());

    // nobody else can link the same provider account to theirs
    TestUser other = TestUsers.create("TRAINEE");
    WebClient otherWeb = client();
    otherWeb.signIn(other.email(), other.password());
    TestOidc.next("athens", subject, Map.of());
    Page refused = TestOidc.link(otherWeb, "athens");
    assertThat(otherWeb.follow(refused).body())
        .contains("That OpenAthens account is already linked to another CCIO Academy account");

    Page methods = web.get("account/sign-in-methods.xhtml");
    Page unlinked =
        web.follow(
            web.submit(
                "account/sign-in-methods.xhtml", methods, "links", "link:0:unlink", Map.of()));
    assertThat(unlinked.body()).contains("is no longer linked", "No work account is linked");
    assertThat(
            TestDatabase.one("select count(*) from external_identity where subject = ?", subject))
        .isEqualTo("0");
    assertThat(TestDatabase.auditOfUser(trainee.id()))
        .containsExactly("user.sso-linked", "user.sso-unlinked");
  }

  @Test
  void aWrongSignatureAWrongAudienceAnExpiredTokenAndAReplayedAnswerAreRefusedInWords()
      throws Exception {
    String subject = unique("refused");
    Map<String, Object> claims = Map.of("email", subject + "@nhs.net");

    TestOidc.next(TestOidc.FORGED, subject, claims);
    WebClient forged = client();
    assertThat(signInPageMessage(landing(forged, TestOidc.signIn(forged, TestOidc.FORGED))))
        .contains("The answer from Forged was not signed with its keys");

    TestOidc.next("nhsmail", subject, claims, List.of("another-service"), 3600);
    WebClient audience = client();
    assertThat(signInPageMessage(landing(audience, TestOidc.signIn(audience, "nhsmail"))))
        .contains("The answer from NHSmail was meant for another service");

    TestOidc.next("nhsmail", subject, claims, List.of(TestOidc.CLIENT_ID), -600);
    WebClient expired = client();
    assertThat(signInPageMessage(landing(expired, TestOidc.signIn(expired, "nhsmail"))))
        .contains("The answer from NHSmail had run out before it reached us");

    for (WebClient web : List.of(forged, audience, expired)) {
      assertThat(web.get("api/me").status()).isEqualTo(401);
    }
    assertThat(
            TestDatabase.one("select count(*) from external_identity where subject = ?", subject))
        .isEqualTo("0");
    assertThat(TestDatabase.one("select count(*) from users where email = ?", subject + "@nhs.net"))
        .isEqualTo("0");

    // a good answer works once: sent again, in the same browser or another, it is refused
    TestOidc.next("nhsmail", subject, claims);
    WebClient web = client();
    String callback = TestOidc.callback(web, web.get("sso/start?provider=nhsmail"));
    assertThat(web.get(callback).location()).endsWith("/trainee/home.xhtml?welcome=sso");
    assertThat(web.get(callback).location()).endsWith("/sign-in.xhtml?sso=expired");
    WebClient attacker = client();
    Page replayed = landing(attacker, attacker.get(callback));
    assertThat(signInPageMessage(replayed))
        .contains("That sign-in has already been used or took too long");
    assertThat(attacker.get("api/me").status()).isEqualTo(401);
    // and an answer for a state nobody asked for at all
    WebClient planted = client();
    assertThat(planted.get("sso/callback?code=abc&state=made-up").location())
        .endsWith("/sign-in.xhtml?sso=expired");
  }

  @Test
  void theProvidersMultiFactorSignInIsTrustedOnlyWhereConfigured() throws Exception {
    TestUser tutor = TestUsers.withEmailDomain("nhs.net", "TUTOR");
    Map<String, Object> mfa = Map.of("email", tutor.email(), "amr", List.of("pwd", "mfa"));
    TestOidc.next("nhsmail", unique("tutor"), mfa);
    WebClient nhsmail = client();
    assertThat(TestOidc.signIn(nhsmail, "nhsmail").location()).endsWith("/tutor/home.xhtml");
    assertThat(nhsmail.get("tutor/home.xhtml").status()).isEqualTo(200);

    // OpenAthens's word on multi-factor is not taken: the tutor's own second step is still due
    TestOidc.next(
        "athens",
        unique("tutor"),
        Map.of("email", tutor.email(), "email_verified", true, "amr", List.of("mfa")));
    WebClient athens = client();
    assertThat(TestOidc.signIn(athens, "athens").location())
        .endsWith("/account/second-factor.xhtml");
    assertThat(athens.get("tutor/home.xhtml").location()).endsWith("/account/second-factor.xhtml");

    // and NHSmail without multi-factor is not trusted either
    TestOidc.next(
        "nhsmail", unique("tutor"), Map.of("email", tutor.email(), "amr", List.of("pwd")));
    WebClient passwordOnly = client();
    assertThat(TestOidc.signIn(passwordOnly, "nhsmail").location())
        .endsWith("/account/second-factor.xhtml");
  }

  @Test
  void signingOutAlsoSignsOutAtTheProvider() throws Exception {
    TestUser trainee = TestUsers.withEmailDomain("nhs.net", "TRAINEE");
    TestOidc.next("nhsmail", unique("out"), Map.of("email", trainee.email()));
    WebClient web = client();
    TestOidc.signIn(web, "nhsmail");
    Page home = web.get("trainee/home.xhtml");
    Page out = web.submit("trainee/home.xhtml", home, "signOutForm", "signOut", Map.of());
    assertThat(out.location()).endsWith("/signed-out.xhtml");
    assertThat(web.get("api/me").status()).isEqualTo(401);
    Page between = web.get("signed-out.xhtml");
    String toProvider =
        Jsoup.parse(between.body()).select("meta[http-equiv=refresh]").attr("content");
    assertThat(toProvider)
        .startsWith("0;url=" + TestOidc.issuer("nhsmail") + "/endsession?")
        .contains("id_token_hint=", "client_id=" + TestOidc.CLIENT_ID, "post_logout_redirect_uri=");
    Page back = web.get(toProvider.substring("0;url=".length()));
    assertThat(back.location()).endsWith("/sign-in.xhtml?signedOut=true");
    assertThat(web.follow(back).body()).contains("You have signed out.");
    // the page works once: reloaded, it is the sign-in page
    assertThat(web.get("signed-out.xhtml").location()).contains("/sign-in.xhtml");
  }

  @Test
  void anAdministratorRequiresNhsmailForNhsNetAndPasswordsStopWorkingThere() throws Exception {
    TestUser admin = TestUsers.create("ADMIN");
    TestUser nurse = TestUsers.withEmailDomain("nhs.net", "TRAINEE");
    WebClient adminWeb = client();
    adminWeb.signIn(admin.email(), admin.password());
    Page page = adminWeb.get("admin/single-sign-on.xhtml");
    assertThat(page.body()).contains("Sign in with NHSmail", "@nhs.net", "allowed");
    // NHSmail's only domain is the first row
    assertThat(Jsoup.parse(page.body()).select("#domain-list tbody tr").first().text())
        .startsWith("@nhs.net NHSmail allowed");
    int row = 0;
    Page required =
        adminWeb.follow(
            adminWeb.submit(
                "admin/single-sign-on.xhtml",
                page,
                "domains",
                "rule:" + row + ":require",
                Map.of()));
    assertThat(required.body())
        .contains("now sign in with single sign-on only", "not allowed (since");
    try {
      WebClient web = client();
      Page refused = web.signIn(nurse.email(), nurse.password());
      assertThat(refused.body())
          .contains("People with your email address sign in with NHSmail, not with a password");
      assertThat(web.get("api/me").status()).isEqualTo(401);

      web.submit(
          "forgotten-password.xhtml",
          web.get("forgotten-password.xhtml"),
          "forgotten",
          "send",
          Map.of("email", nurse.email()));
      assertThat(
              TestMail.awaitSubject(
                      nurse.email(), "Sign in to CCIO Academy with NHSmail", Duration.ofSeconds(20))
                  .getContent()
                  .toString())
          .contains("there is no CCIO Academy password to set");

      WebClient newcomer = client();
      Page registration =
          newcomer.submit(
              "register.xhtml",
              newcomer.get("register.xhtml"),
              "register",
              "submit",
              IdentityIT.registration(unique("newcomer") + "@nhs.net"));
      assertThat(registration.body())
          .contains("People with this email address sign in with NHSmail and need not register");
      assertThat(
              TestDatabase.one(
                  "select string_agg(action, ',') from audit_log where target_type = 'sso-domain'"
                      + " and target_label = 'nhs.net'"))
          .contains("sso.domain-required");

      // an invitation to an nhs.net address sends them to NHSmail, with no password link
      String invited = unique("invited") + "@nhs.net";
      Page made =
          adminWeb.submit(
              "admin/new-user.xhtml",
              adminWeb.get("admin/new-user.xhtml"),
              "newUser",
              "create",
              Map.of(
                  "fullName", "Ivy Invited", "email", invited, "password", "", "roles", "TUTOR"));
      assertThat(made.status()).as(made.body()).isEqualTo(302);
      assertThat(
              TestMail.awaitSubject(
                      invited, "You are invited to CCIO Academy", Duration.ofSeconds(20))
                  .getContent()
                  .toString())
          .contains("choose \"Sign in with NHSmail\"")
          .doesNotContain("reset-password.xhtml");

      // the same person signs in with NHSmail and lands in their account
      TestOidc.next("nhsmail", unique("nurse"), Map.of("email", nurse.email()));
      WebClient sso = client();
      assertThat(TestOidc.signIn(sso, "nhsmail").location()).endsWith("/trainee/home.xhtml");
    } finally {
      Page again = adminWeb.get("admin/single-sign-on.xhtml");
      adminWeb.follow(
          adminWeb.submit(
              "admin/single-sign-on.xhtml",
              again,
              "domains",
              "rule:" + row + ":release",
              Map.of()));
    }
    assertThat(client().signIn(nurse.email(), nurse.password()).location())
        .endsWith("/trainee/home.xhtml");
  }

  @Test
  void manyPeopleSignInAtOnceAndOnePersonInTwoBrowsersGetsOneAccount() throws Exception {
    String twice = unique("twice");
    String twiceEmail = twice + "@nhs.net";
    List<String> emails = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> answers = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        boolean same = i < 4;
        String subject = same ? twice : unique("many");
        String email = same ? twiceEmail : subject + "@nhs.net";
        emails.add(email);
        WebClient web = client();
        // each browser is sent to the provider first, so each token is queued for its own request
        TestOidc.next("nhsmail", subject, Map.of("email", email));
        String callback = TestOidc.callback(web, web.get("sso/start?provider=nhsmail"));
        answers.add(
            pool.submit(
                () -> {
                  Page answer = web.get(callback);
                  return answer.status() + " " + answer.location() + " " + web.get("api/me").body();
                }));
      }
      // the provider hands out the queued tokens in the order the token requests reach it, so
      // which browser got which person is not fixed: every person was signed in, each once
      List<String> signedIn = new ArrayList<>();
      for (Future<String> answer : answers) {
        String result = answer.get();
        assertThat(result).startsWith("302 ").contains("/trainee/home.xhtml");
        signedIn.add(emails.stream().filter(result::contains).findFirst().orElseThrow());
      }
      assertThat(signedIn).containsExactlyInAnyOrderElementsOf(emails);
    } finally {
      pool.shutdownNow();
    }
    assertThat(TestDatabase.one("select count(*) from users where email = ?", twiceEmail))
        .isEqualTo("1");
    assertThat(TestDatabase.one("select count(*) from external_identity where subject = ?", twice))
        .isEqualTo("1");
  }
}
