package org.ccioacademy.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import org.ccioacademy.testing.TestCertificates;
import org.ccioacademy.testing.TestDatabase;
import org.ccioacademy.testing.TestEvents;
import org.ccioacademy.testing.TestLearning;
import org.ccioacademy.testing.TestMail;
import org.ccioacademy.testing.TestUsers;
import org.ccioacademy.testing.TestUsers.TestUser;
import org.ccioacademy.testing.WarTest;
import org.ccioacademy.testing.WebClient;
import org.ccioacademy.testing.WebClient.Page;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/**
 * Registration, sign-in, throttling, sessions, role checks, administration and audit rows, through
 * HTTP against the real WAR on Payara Micro and a real PostgreSQL.
 */
@RunAsClient
class IdentityIT extends WarTest {

  /** A registration form filled in as a physiotherapist would, for {@code email}. */
  static Map<String, String> registration(String email) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("fullName", "Aisha Rahman");
    f.put("email", email);
    f.put("password", "three lanterns by the river");
    f.put("passwordConfirmation", "three lanterns by the river");
    f.put("group", "AHP");
    f.put("profession", "PHYSIOTHERAPIST");
    f.put("grade", "BAND_6");
    f.put("registrationNumber", "ph 123456");
    f.put("odsCode", "rtd");
    f.put("region", "NORTH_EAST_AND_YORKSHIRE");
    return f;
  }

  @Test
  void traineeRegistersAndTheAccountIsStoredWithAStrongHashAndAnAuditRow() throws Exception {
    WebClient web = client();
    String email = "Aisha.Rahman." + System.nanoTime() + "@Example.NHS.uk";
    Page form = web.get("register.xhtml");
    Page result = web.submit("register.xhtml", form, "register", "submit", registration(email));
    assertThat(result.status()).as(result.body()).isEqualTo(302);
    assertThat(result.location()).contains("sign-in.xhtml");

    try (Connection c = TestDatabase.connect();
        PreparedStatement q =
            c.prepareStatement(
                "select u.id, u.email, u.password_hash, u.registration_number, u.ods_code,"
                    + " u.profession, r.role from users u join user_roles r on r.user_id = u.id"
                    + " where lower(u.email) = lower(?)")) {
      q.setString(1, email);
      try (ResultSet rs = q.executeQuery()) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString("email")).isEqualTo(email.toLowerCase());
        assertThat(rs.getString("password_hash")).startsWith("pbkdf2-sha256$210000$");
        assertThat(rs.getString("registration_number")).isEqualTo("PH123456");
        assertThat(rs.getString("ods_code")).isEqualTo("RTD");
        assertThat(rs.getString("profession")).isEqualTo("PHYSIOTHERAPIST");
        assertThat(rs.getString("role")).isEqualTo("TRAINEE");
        assertThat(auditCount(c, "user.registered", rs.getLong("id"))).isEqualTo(1);
      }
    }
    // the new trainee can sign in and lands on their own home page
    Page signedIn = web.signIn(email.toUpperCase(), "three lanterns by the river");
    assertThat(signedIn.location()).endsWith("/trainee/home.xhtml");
    assertThat(web.follow(signedIn).body()).contains("Hello, Aisha Rahman", "what is next");
    assertThat(web.get("trainee/profile.xhtml").body()).contains("PH123456", "Aisha Rahman");
  }

  @Test
  void everyInvalidFieldIsReportedAtOnceAndNothingTypedIsLost() throws Exception {
    WebClient web = client();
    Map<String, String> bad = registration("not-an-email");
    bad.put("fullName", "Keeps Hername");
    bad.put("password", "short");
    bad.put("passwordConfirmation", "different");
    bad.put("registrationNumber", "OT12");
    bad.put("odsCode", "R-T-D!!");
    bad.put("region", "");
    Page result =
        web.submit("register.xhtml", web.get("register.xhtml"), "register", "submit", bad);
    assertThat(result.status()).isEqualTo(200);
    assertThat(result.body())
        .contains("There are 6 problems")
        .contains("Enter an email address in the form name@example.nhs.uk.")
        .contains("it needs at least 12")
        .contains("The two passwords are not the same")
        .contains("HCPC number for another profession")
        .contains("PH followed by up to 6 digits")
        .contains("is not an ODS code")
        .contains("Choose the NHS England region you work in.")
        // what was typed is still there
        .contains("value=\"Keeps Hername\"")
        .contains("value=\"not-an-email\"")
        .contains("value=\"OT12\"")
        // but never a password
        .doesNotContain("value=\"different\"")
        .doesNotContain("value=\"short\"");
    try (Connection c = TestDatabase.connect()) {
      assertThat(count(c, "select count(*) from users where full_name = 'Keeps Hername'")).isZero();
    }
  }

  @Test
  void aMistakeElsewhereNeverSendsTheGoodPasswordBack() throws Exception {
    WebClient web = client();
    Map<String, String> bad = registration("not-an-email");
    Page result =
        web.submit("register.xhtml", web.get("register.xhtml"), "register", "submit", bad);
    assertThat(result.body())
        .contains("Enter an email address")
        .contains("Type your password again")
        .doesNotContain("three lanterns by the river");
  }

  @Test
  void aWeakPasswordIsRefusedWithTheReason() throws Exception {
    WebClient web = client();
    Map<String, String> weak = registration("weak." + System.nanoTime() + "@example.nhs.uk");
    weak.put("password", "ccio-demo-2026");
    weak.put("passwordConfirmation", "ccio-demo-2026");
    Page result =
        web.submit("register.xhtml", web.get("register.xhtml"), "register", "submit", weak);
    assertThat(result.status()).isEqualTo(200);
    assertThat(result.body()).contains("That password would be easy to guess");
  }

  @Test
  void anEmailIsRegisteredOnlyOnceWhateverItsCase() throws Exception {
    String email = "dup." + System.nanoTime() + "@example.nhs.uk";
    WebClient web = client();
    assertThat(
            web.submit(
                    "register.xhtml",
                    web.get("register.xhtml"),
                    "register",
                    "submit",
                    registration(email))
                .status())
        .isEqualTo(302);
    WebClient again = client();
    Page second =
        again.submit(
            "register.xhtml",
            again.get("register.xhtml"),
            "register",
            "submit",
            registration(email.toUpperCase()));
    // the same answer as for a new address: a stranger cannot tell that the account exists
    assertThat(second.status()).isEqualTo(302);
    assertThat(again.follow(second).body())
        .contains("If this email address was new to us")
        .doesNotContain("already exists");
    try (Connection c = TestDatabase.connect()) {
      assertThat(count(c, "select count(*) from users where email = '" + email + "'")).isOne();
    }
    // only the owner learns of it
    assertThat(
            TestMail.awaitSubject(
                    email,
                    "Someone tried to register with your email address",
                    Duration.ofSeconds(20))
                .getContent()
                .toString())
        .contains("No new account was made");
  }

  @Test
  void twoRegistrationsOfOneAddressAtOnceMakeOneAccountAndNoError() throws Exception {
    String email = "twice." + System.nanoTime() + "@example.nhs.uk";
    WebClient first = client();
    WebClient second = client();
    Page a = first.get("register.xhtml");
    Page b = second.get("register.xhtml");
    var pool = Executors.newFixedThreadPool(2);
    try {
      var x =
          pool.submit(
              () -> first.submit("register.xhtml", a, "register", "submit", registration(email)));
      var y =
          pool.submit(
              () -> second.submit("register.xhtml", b, "register", "submit", registration(email)));
      assertThat(x.get().status()).isEqualTo(302);
      assertThat(y.get().status()).isEqualTo(302);
    } finally {
      pool.shutdown();
    }
    try (Connection c = TestDatabase.connect()) {
      assertThat(count(c, "select count(*) from users where email = '" + email + "'")).isOne();
    }
  }

  @Test
  void signInRotatesTheSessionAndSetsSafeCookiesAndHeaders() throws Exception {
    TestUser tutor = TestUsers.create("TUTOR");
    WebClient web = client();
    Page form = web.get("sign-in.xhtml");
    String before = web.cookie("CCIO_SESSION");
    assertThat(before).isNotNull();
    assertThat(form.header("Content-Security-Policy"))
        .contains("frame-ancestors 'none'")
        .contains("script-src 'self' 'nonce-");
    assertThat(form.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(form.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
    assertThat(form.header("X-Frame-Options")).isEqualTo("DENY");

    Page result =
        web.submit(
            "sign-in.xhtml",
            form,
            "signIn",
            "submit",
            Map.of("email", tutor.email(), "password", tutor.password()));
    assertThat(result.status()).isEqualTo(302);
    assertThat(result.location()).endsWith("/tutor/home.xhtml");
    String cookie = result.header("Set-Cookie");
    assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
    // http public address: no HSTS, which would lock browsers out of a plain-http site
    assertThat(result.header("Strict-Transport-Security")).isNull();
    assertThat(web.cookie("CCIO_SESSION")).isNotEqualTo(before);
    assertThat(web.get("tutor/home.xhtml").body()).contains("Tutor home", tutor.email());

    // sign out ends the session
    Page home = web.get("tutor/home.xhtml");
    Page out = web.submit("tutor/home.xhtml", home, "signOutForm", "signOut", Map.of());
    assertThat(out.location()).contains("sign-in.xhtml");
    assertThat(web.get("tutor/home.xhtml").status()).isEqualTo(302);
  }

  @Test
  void fiveWrongPasswordsPauseSignInFromThatAddressEvenWithTheRightOne() throws Exception {
    TestUser trainee = TestUsers.create("TRAINEE");
    WebClient web = client();
    for (int i = 1; i <= 4; i++) {
      assertThat(web.signIn(trainee.email(), "wrong password " + i).body())
          .contains("The email address or password is not right");
    }
    assertThat(web.signIn(trainee.email(), "wrong password 5").body())
        .contains("paused here until");
    Page right = web.signIn(trainee.email(), trainee.password());
    assertThat(right.status()).isEqualTo(200);
    assertThat(right.body()).contains("too many failed sign-ins").contains("paused here until");
    try (Connection c = TestDatabase.connect()) {
      assertThat(auditCount(c, "user.locked", trainee.id())).isEqualTo(1);
    }
  }

  @Test
  void pagesAreGuardedByRole() throws Exception {
    WebClient anonymous = client();
    Page admin = anonymous.get("admin/users.xhtml");
    assertThat(admin.status()).isEqualTo(302);
    assertThat(admin.location()).contains("sign-in.xhtml");

    TestUser trainee = TestUsers.create("TRAINEE");
    WebClient web = signedIn(trainee);
    Page denied = web.get("admin/users.xhtml");
    assertThat(denied.status()).isEqualTo(403);
    assertThat(denied.body())
        .contains("You do not have permission to see this page")
        .doesNotContain(".java:");
    assertThat(web.get("api/me").body()).contains(trainee.email());
  }

  @Test
  void adminChangesRolesDisablesAndEnablesWithAnAuditRowForEach() throws Exception {
    TestUser admin = TestUsers.create("ADMIN");
    TestUser person = TestUsers.create("TRAINEE");
    WebClient adminWeb = signedIn(admin);
    WebClient personWeb = signedIn(person);
    assertThat(personWeb.get("trainee/home.xhtml").status()).isEqualTo(200);

    String page = "admin/user.xhtml?id=" + person.id();
    Page saved =
        adminWeb.submit(page, adminWeb.get(page), "user", "saveRoles", Map.of("roles", "TUTOR"));
    assertThat(saved.status()).as(saved.body()).isEqualTo(302);
    assertThat(adminWeb.follow(saved).body()).contains("have been saved");
    // the person's session ended when their roles changed
    Page ended = personWeb.get("trainee/home.xhtml");
    assertThat(ended.status()).isEqualTo(302);
    assertThat(ended.location()).contains("ended=true");

    Page disabled =
        adminWeb.submit(page, adminWeb.get(page), "user", "disable", Map.of("roles", "TUTOR"));
    assertThat(adminWeb.follow(disabled).body()).contains("has been disabled");
    assertThat(client().signIn(person.email(), person.password()).body())
        .contains("This account has been disabled");

    Page enabled =
        adminWeb.submit(page, adminWeb.get(page), "user", "enable", Map.of("roles", "TUTOR"));
    assertThat(adminWeb.follow(enabled).body()).contains("has been enabled");
    assertThat(client().signIn(person.email(), person.password()).location())
        .endsWith("/tutor/home.xhtml");

    try (Connection c = TestDatabase.connect();
        PreparedStatement q =
            c.prepareStatement(
                "select action, actor_id, before_value, after_value from audit_log"
                    + " where row_count is null and target_type = 'user' and target_id = ? order by id")) {
      q.setString(1, Long.toString(person.id()));
      try (ResultSet rs = q.executeQuery()) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString("action")).isEqualTo("user.roles-changed");
        assertThat(rs.getLong("actor_id")).isEqualTo(admin.id());
        assertThat(rs.getString("before_value")).isEqualTo("[TRAINEE]");
        assertThat(rs.getString("after_value")).isEqualTo("[TUTOR]");
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString("action")).isEqualTo("user.disabled");
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString("action")).isEqualTo("user.enabled");
      }
    }
    // and the admin sees it in the audit log page
    assertThat(adminWeb.get("admin/audit.xhtml").body())
        .contains("user.roles-changed", person.email());
  }

  @Test
  void changingThePasswordEndsOtherSessionsAndTheNewOneWorks() throws Exception {
    TestUser reviewer = TestUsers.create("REVIEWER");
    WebClient here = signedIn(reviewer);
    WebClient elsewhere = signedIn(reviewer);
    assertThat(elsewhere.get("reviewer/home.xhtml").status()).isEqualTo(200);

    Page wrong =
        here.submit(
            "account/password.xhtml",
            here.get("account/password.xhtml"),
            "password",
            "change",
            Map.of(
                "currentPassword",
                "not it at all",
                "newPassword",
                "short",
                "confirmation",
                "other"));
    assertThat(wrong.body())
        .contains("Your current password is not right")
        .contains("it needs at least 12")
        .contains("The two new passwords are not the same");

    String fresh = "a brand new passphrase";
    Page changed =
        here.submit(
            "account/password.xhtml",
            here.get("account/password.xhtml"),
            "password",
            "change",
            Map.of(
                "currentPassword",
                reviewer.password(),
                "newPassword",
                fresh,
                "confirmation",
                fresh));
    assertThat(changed.location()).endsWith("/reviewer/home.xhtml");
    assertThat(here.get("reviewer/home.xhtml").status()).as("this session goes on").isEqualTo(200);
    assertThat(elsewhere.get("reviewer/home.xhtml").location())
        .as("the other one ends")
        .contains("ended=true");
    assertThat(client().signIn(reviewer.email(), reviewer.password()).status()).isEqualTo(200);
    assertThat(client().signIn(reviewer.email(), fresh).location())
        .endsWith("/reviewer/home.xhtml");
  }

  @Test
  void guessingTheCurrentPasswordIsAuditedAndEndsTheSessionAfterFiveTries() throws Exception {
    TestUser tutor = TestUsers.create("TUTOR");
    WebClient here = signedIn(tutor);
    WebClient elsewhere = signedIn(tutor);
    Page last = null;
    for (int i = 1; i <= 5; i++) {
      last =
          here.submit(
              "account/password.xhtml",
              here.get("account/password.xhtml"),
              "password",
              "change",
              Map.of(
                  "currentPassword",
                  "guess number " + i,
                  "newPassword",
                  "lantern orbit pickle meadow",
                  "confirmation",
                  "lantern orbit pickle meadow"));
      if (i < 5) {
        assertThat(last.body()).contains("Your current password is not right");
      }
    }
    assertThat(last.location()).contains("sign-in.xhtml?why=password-guessed");
    assertThat(here.follow(last).body()).contains("typed wrongly 5 times");
    assertThat(here.get("account/password.xhtml").location()).contains("sign-in.xhtml");
    try (Connection c = TestDatabase.connect()) {
      assertThat(
              count(
                  c,
                  "select count(*) from audit_log where action = 'user.password-check-failed'"
                      + " and target_id = '"
                      + tutor.id()
                      + "'"))
          .isEqualTo(5);
    }
    // the owner's other session, and the account, are untouched
    assertThat(elsewhere.get("account/password.xhtml").status()).isEqualTo(200);
    assertThat(client().signIn(tutor.email(), tutor.password()).location())
        .endsWith("/tutor/home.xhtml");
  }

  @Test
  void twoEditsOfOneProfileDoNotOverwriteEachOtherSilently() throws Exception {
    TestUser trainee = TestUsers.create("TRAINEE");
    WebClient first = signedIn(trainee);
    WebClient second = signedIn(trainee);
    Page firstForm = first.get("trainee/profile.xhtml");
    Page secondForm = second.get("trainee/profile.xhtml");
    Map<String, String> base = registration("unused@example.nhs.uk");
    base.keySet().removeAll(List.of("email", "password", "passwordConfirmation"));
    base.put("fullName", "Edited Once");
    // the same group as the account's, so the (server-rendered) profession list contains it
    base.putAll(Map.of("group", "NURSE", "profession", "NURSE", "registrationNumber", "01A2345N"));
    assertThat(first.submit("trainee/profile.xhtml", firstForm, "profile", "save", base).status())
        .isEqualTo(302);
    base.put("fullName", "Edited Twice");
    Page conflict = second.submit("trainee/profile.xhtml", secondForm, "profile", "save", base);
    assertThat(conflict.status()).isEqualTo(200);
    assertThat(conflict.body())
        .contains("Someone else changed this account")
        .contains("value=\"Edited Twice\"");
    try (Connection c = TestDatabase.connect()) {
      assertThat(
              count(
                  c,
                  "select count(*) from users where full_name = 'Edited Once' and id = "
                      + trainee.id()))
          .isEqualTo(1);
    }
  }

  @Test
  void anAdminCannotRemoveTheirOwnAdminRole() throws Exception {
    TestUser admin = TestUsers.create("ADMIN");
    WebClient web = signedIn(admin);
    String page = "admin/user.xhtml?id=" + admin.id();
    Page result = web.submit(page, web.get(page), "user", "saveRoles", Map.of("roles", "TUTOR"));
    assertThat(result.status()).isEqualTo(200);
    assertThat(result.body()).contains("You cannot remove your own administrator role");
  }

  @Test
  void errorsArePlainEnglishWithTheRequestId() throws Exception {
    WebClient web = client();
    Page missing = web.get("no-such-page.xhtml");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
    assertThat(missing.body())
        .contains("Page not found")
        .contains(missing.header("X-Request-Id"))
        .doesNotContain("Caused by")
        .doesNotContain(".java:");
    TestUser admin = TestUsers.create("ADMIN");
    web.signIn(admin.email(), admin.password());
    Page noUser = web.get("admin/user.xhtml?id=999999999");
    assertThat(noUser.status()).isEqualTo(404);
    assertThat(noUser.body()).contains("Page not found");
    Page badId = web.get("admin/user.xhtml?id=abc");
    assertThat(badId.status()).isEqualTo(404);
    assertThat(badId.body()).doesNotContain("Caused by").doesNotContain(".java:");
  }

  @Test
  void anExpiredPageSaysSoAndAsksToStartAgain() throws Exception {
    WebClient web = client();
    Page form = web.get("sign-in.xhtml");
    Page stale =
        web.post(
            "sign-in.xhtml",
            Map.of(
                "signIn",
                "signIn",
                "signIn:email",
                "a@b.nhs.uk",
                "signIn:password",
                "whatever it is",
                "signIn:submit",
                "",
                "jakarta.faces.ViewState",
                "1234:5678",
                "primefaces.nonce",
                form.nonce()));
    assertThat(stale.status()).isEqualTo(400);
    assertThat(stale.body())
        .contains("This page has expired")
        .contains(stale.header("X-Request-Id"));
    assertThat(web.get("error/500").body()).contains("Sorry, something went wrong on our side");
  }

  @Test
  void healthMetricsAndOpenApiAnswer() throws Exception {
    WebClient web = client();
    URL root = new URL(base, "/");
    WebClient server = new WebClient(root.toURI());
    Page ready = server.get("health/ready");
    assertThat(ready.status()).isEqualTo(200);
    assertThat(ready.body()).contains("\"database\"").contains("UP");
    assertThat(server.get("health/live").status()).isEqualTo(200);
    web.signIn("nobody@example.nhs.uk", "not a real password");
    Page metrics = server.get("metrics?scope=application");
    assertThat(metrics.status()).isEqualTo(200);
    assertThat(metrics.body())
        .contains("ccio_signin_total")
        .contains("outcome=\"wrong_credentials\"");
    Page openapi = server.get("openapi");
    assertThat(openapi.status()).isEqualTo(200);
    assertThat(openapi.body()).contains("/api/me").contains("/api/reference/professions");
    Page api = web.get("api/me");
    assertThat(api.status()).isEqualTo(401);
    assertThat(api.body()).contains("Sign in first").contains("requestId");
  }

  private static long auditCount(Connection c, String action, long userId) throws SQLException {
    try (PreparedStatement q =
        c.prepareStatement(
            "select count(*) from audit_log where action = ? and target_type = 'user' and target_id = ?")) {
      q.setString(1, action);
      q.setString(2, Long.toString(userId));
      try (ResultSet rs = q.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (var s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void anAdministratorMergesTwoAccountsOfOnePersonKeepingTheirLearning() throws Exception {
    TestUser kept = TestUsers.create("TRAINEE");
    TestUser gone = TestUsers.create("TRAINEE", "TUTOR");
    WebClient goneWeb = signedIn(gone);
    long shared = TestLearning.enrolment(kept.id(), "clinical-safety").create();
    long clash = TestLearning.enrolment(gone.id(), "clinical-safety").completed(30, 5).create();
    long other = TestLearning.enrolment(gone.id(), "information-governance").create();
    String certificate = TestCertificates.stage(gone.id(), "digital-champion").create();
    TestDatabase.execute(
        "insert into cpd_entry (user_id, method, topic, started_on, ended_on, hours,"
            + " participatory) values (?, 'COURSE', 'Safety case writing', current_date,"
            + " current_date, 2, false)",
        gone.id());
    long event =
        TestEvents.event("Merge summer school")
            .organisedBy(TestUsers.create("TUTOR").id())
            .create();
    TestEvents.register(event, gone.id(), "REGISTERED");

    WebClient admin = signedIn(TestUsers.create("ADMIN"));
    String page = "admin/user.xhtml?id=" + kept.id();
    Map<String, String> merge = Map.of("other", gone.email(), "sure_input", "on");
    Page refused = admin.submit(page, admin.get(page), "merge", "mergeAccounts", merge);
    assertThat(refused.body())
        .contains("These two accounts cannot be merged yet")
        .contains("Both accounts are enrolled on");
    assertThat(TestDatabase.one("select user_id from enrolment where id = ?", other))
        .isEqualTo(String.valueOf(gone.id()));

    TestDatabase.execute("delete from enrolment where id = ?", shared);
    Page merged = admin.submit(page, admin.get(page), "merge", "mergeAccounts", merge);
    assertThat(merged.status()).as(merged.body()).isEqualTo(302);
    assertThat(admin.follow(merged).body())
        .contains(
            "The accounts are merged: 1 certificate, 1 CPD record, 2 enrolments, 1 event"
                + " registration moved here.");
    assertThat(
            TestDatabase.column(
                "select id from enrolment where user_id = ? order by id", kept.id()))
        .containsExactly(String.valueOf(clash), String.valueOf(other));
    assertThat(TestDatabase.one("select user_id from certificate where id = ?", certificate))
        .isEqualTo(String.valueOf(kept.id()));
    assertThat(client().get("verify.xhtml?id=" + certificate).body())
        .contains("This certificate is genuine and valid.");
    assertThat(
            TestDatabase.column(
                "select role from user_roles where user_id = ? order by role", kept.id()))
        .containsExactly("TRAINEE", "TUTOR");
    assertThat(
            TestDatabase.one(
                "select enabled || ' ' || email || ' ' || merged_into from users where id = ?",
                gone.id()))
        .isEqualTo("false merged-" + gone.id() + "@merged.invalid " + kept.id());
    assertThat(TestDatabase.one("select completed from trainee_fact where user_id = ?", kept.id()))
        .as("reviewers' figures follow")
        .isEqualTo("1");
    // the other account's session ended, and its address signs in to nothing
    assertThat(goneWeb.get("api/me").status()).isEqualTo(401);
    assertThat(client().signIn(gone.email(), gone.password()).body())
        .contains("The email address or password is not right");
    assertThat(TestDatabase.auditOfUser(kept.id())).containsExactly("user.merged");
    assertThat(TestDatabase.auditOfUser(gone.id())).containsExactly("user.merged-away");

    // an administrator cannot merge away the account they are signed in with
    TestUser self = TestUsers.create("ADMIN");
    WebClient selfWeb = signedIn(self);
    Page own =
        selfWeb.submit(
            page,
            selfWeb.get(page),
            "merge",
            "mergeAccounts",
            Map.of("other", self.email(), "sure_input", "on"));
    assertThat(own.body()).contains("You are signed in with that account");
  }
}
