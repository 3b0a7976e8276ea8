package org.ccioacademy.identity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ccioacademy.testing.TestDatabase;
import org.ccioacademy.testing.TestMail;
import org.ccioacademy.testing.TestUsers;
import org.ccioacademy.testing.TestUsers.TestUser;
import org.ccioacademy.testing.WarTest;
import org.ccioacademy.testing.WebClient;
import org.ccioacademy.testing.WebClient.Page;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/**
 * "Forgotten your password?": a single-use emailed link (GreenMail), the same answer for any
 * address, newer links ending older ones, expiry, the per-address cap, an administrator sending a
 * link, and two submissions of one link at once.
 */
@RunAsClient
class PasswordResetIT extends WarTest {

  private static final String SUBJECT = "Set a new password for CCIO Academy";
  private static final Pattern LINK =
      Pattern.compile("(reset-password\\.xhtml\\?token=[A-Za-z0-9_-]+)");
  private static final String FRESH = "copper kettles sing at dawn";

  /** Asks for a link on the public form; returns the page it ends on. */
  private Page askFor(String email) throws Exception {
    WebClient web = client();
    Page sent =
        web.submit(
            "forgotten-password.xhtml",
            web.get("forgotten-password.xhtml"),
            "forgotten",
            "send",
            Map.of("email", email));
    return web.follow(sent);
  }

  /** The links in the emails {@code to} has had, oldest first, once there are {@code n}. */
  private static List<String> links(String to, int n) throws Exception {
    long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (true) {
      List<String> found = new ArrayList<>();
      for (MimeMessage m : TestMail.receivedBy(to, Duration.ZERO)) {
        if (SUBJECT.equals(m.getSubject())) {
          Matcher link = LINK.matcher(m.getContent().toString());
          assertThat(link.find()).as(m.getContent().toString()).isTrue();
          found.add(link.group(1));
        }
      }
      if (found.size() >= n || System.nanoTime() > end) {
        assertThat(found).hasSize(n);
        return found;
      }
      Thread.sleep(200);
    }
  }

  private static Page setPassword(WebClient web, String link, String password, String again) {
    return web.submit(
        link,
        web.get(link),
        "reset",
        "reset",
        Map.of("newPassword", password, "confirmation", again));
  }

  @Test
  void aForgottenPasswordIsSetAgainWithASingleUseLinkThatEndsEverySessionAndToken()
      throws Exception {
    TestUser trainee = TestUsers.create("TRAINEE");
    WebClient elsewhere = signedIn(trainee);
    TestDatabase.execute(
        "insert into api_token (user_id, name, token_hash, hint, expires_at) values"
            + " (?, 'sheet', sha256(convert_to('ccio_reset_test_' || ?, 'UTF8')), 'ccio_xxxx',"
            + " now() + interval '1 day')",
        trainee.id(),
        trainee.id());
    assertThat(client().get("sign-in.xhtml").body()).contains("Forgotten your password?");

    assertThat(askFor(trainee.email()).body())
        .contains("Check your email")
        .contains("works once, for 30 minutes");
    String link = links(trainee.email(), 1).get(0);
    String token = link.substring(link.indexOf('=') + 1);
    assertThat(token).hasSizeGreaterThanOrEqualTo(43);
    assertThat(
            TestDatabase.one(
                "select count(*) from password_reset where user_id = ?"
                    + " and token_hash = sha256(convert_to(?, 'UTF8'))",
                trainee.id(),
                token))
        .as("only the token's hash is kept")
        .isEqualTo("1");

    // a weak or mistyped password is refused and the link still works
    WebClient web = client();
    assertThat(setPassword(web, link, "short", "short").body()).contains("at least 12");
    assertThat(setPassword(web, link, FRESH, FRESH + "x").body())
        .contains("The two passwords are not the same");
    Page done = setPassword(web, link, FRESH, FRESH);
    assertThat(done.location()).endsWith("/sign-in.xhtml");
    assertThat(web.follow(done).body()).contains("Your new password is set");

    assertThat(elsewhere.get("home.xhtml").location())
        .as("the other session ends")
        .contains("ended=true");
    assertThat(client().signIn(trainee.email(), trainee.password()).status())
        .as("the old password no longer works")
        .isEqualTo(200);
    assertThat(client().signIn(trainee.email(), FRESH).status()).isEqualTo(302);
    assertThat(
            TestDatabase.one(
                "select count(*) from api_token where user_id = ? and revoked_at is null",
                trainee.id()))
        .as("API tokens revoked")
        .isEqualTo("0");
    assertThat(client().get(link).body())
        .contains("This link has already been used")
        .contains("Ask for a new link")
        .doesNotContain("Set password");
    assertThat(
            TestDatabase.one(
                "select string_agg(action, ',' order by id) from audit_log where row_count is null and target_type = 'user' and target_id = ?"
                    + " and action like 'user.password-reset%'",
                String.valueOf(trainee.id())))
        .isEqualTo("user.password-reset-sent,user.password-reset");
  }

  @Test
  void theAnswerIsTheSameForAnAddressWithoutAnAccountAndNothingIsSent() throws Exception {
    String nobody = "nobody." + System.nanoTime() + "@example.nhs.uk";
    assertThat(askFor(nobody).body()).contains("Check your email");
    assertThat(TestMail.receivedBy(nobody, Duration.ofSeconds(3))).isEmpty();
    TestUser disabled = TestUsers.create("TRAINEE");
    TestDatabase.execute("update users set enabled = false where id = ?", disabled.id());
    assertThat(askFor(disabled.email()).body()).contains("Check your email");
    assertThat(
            TestDatabase.one(
                "select count(*) from password_reset where user_id = ?", disabled.id()))
        .isEqualTo("0");

    WebClient web = client();
    Page malformed =
        web.submit(
            "forgotten-password.xhtml",
            web.get("forgotten-password.xhtml"),
            "forgotten",
            "send",
            Map.of("email", "not an address"));
    assertThat(malformed.status()).isEqualTo(200);
    assertThat(malformed.body()).contains("not an address").contains("email address");
  }

  @Test
  void aNewerLinkEndsTheOlderOneAndALinkExpires() throws Exception {
    TestUser tutor = TestUsers.create("TUTOR");
    askFor(tutor.email());
    askFor(tutor.email());
    List<String> links = links(tutor.email(), 2);
    assertThat(client().get(links.get(0)).body()).contains("A newer link has been sent");
    WebClient web = client();
    Page form = web.get(links.get(1));
    assertThat(form.body()).contains("Set password");

    // it expires while the form is open: sending it then changes nothing
    TestDatabase.execute(
        "update password_reset set expires_at = now() - interval '1 minute'"
            + " where user_id = ? and ended_at is null",
        tutor.id());
    assertThat(
            web.submit(
                    links.get(1),
                    form,
                    "reset",
                    "reset",
                    Map.of("newPassword", FRESH, "confirmation", FRESH))
                .body())
        .contains("This link has expired");
    assertThat(client().get(links.get(1)).body()).contains("This link has expired");
    assertThat(client().signIn(tutor.email(), tutor.password()).status())
        .as("nothing changed")
        .isEqualTo(302);
    assertThat(client().get("reset-password.xhtml?token=made-up").body())
        .contains("This link is not one we sent");
    assertThat(client().get("reset-password.xhtml").body())
        .contains("This link is not one we sent");
  }

  @Test
  void atMostThreeLinksAnHourGoToOneAddress() throws Exception {
    TestUser reviewer = TestUsers.create("REVIEWER");
    for (int i = 0; i < 5; i++) {
      assertThat(askFor(reviewer.email()).body()).contains("Check your email");
    }
    assertThat(
            TestDatabase.one(
                "select count(*) from password_reset where user_id = ?", reviewer.id()))
        .isEqualTo("3");
  }

  @Test
  void anAdministratorEmailsALinkFromThePersonsPage() throws Exception {
    TestUser admin = TestUsers.create("ADMIN");
    TestUser trainee = TestUsers.create("TRAINEE");
    WebClient web = signedIn(admin);
    String page = "admin/user.xhtml?id=" + trainee.id();
    Page sent = web.submit(page, web.get(page), "user", "sendResetLink", Map.of());
    assertThat(sent.status()).as(sent.body()).isEqualTo(302);
    assertThat(web.follow(sent).body())
        .contains("A link to set a new password has been emailed to " + trainee.email());
    assertThat(
            TestMail.awaitSubject(trainee.email(), SUBJECT, Duration.ofSeconds(20))
                .getContent()
                .toString())
        .contains("A CCIO Academy administrator has sent you this link");
    assertThat(
            TestDatabase.one(
                "select actor_id from audit_log where row_count is null and target_type = 'user' and target_id = ?"
                    + " and action = 'user.password-reset-sent'",
                String.valueOf(trainee.id())))
        .isEqualTo(String.valueOf(admin.id()));
    assertThat(signedIn(trainee).get(page).status()).as("trainees cannot").isEqualTo(403);
  }

  @Test
  void anAdministratorInvitesATutorWhoChoosesTheirOwnPassword() throws Exception {
    WebClient admin = signedIn(TestUsers.create("ADMIN"));
    String email = "invited." + System.nanoTime() + "@example.nhs.uk";
    Page made =
        admin.submit(
            "admin/new-user.xhtml",
            admin.get("admin/new-user.xhtml"),
            "newUser",
            "create",
            Map.of("fullName", "Ife Adeyemi", "email", email, "password", "", "roles", "TUTOR"));
    assertThat(made.status()).as(made.body()).isEqualTo(302);
    assertThat(admin.follow(made).body()).contains("emailed an invitation");
    String mail =
        TestMail.awaitSubject(email, "You are invited to CCIO Academy", Duration.ofSeconds(20))
            .getContent()
            .toString();
    assertThat(mail).contains("Tutor").contains("within 7 days");
    Matcher link = LINK.matcher(mail);
    assertThat(link.find()).isTrue();
    String id = TestDatabase.one("select id from users where email = ?", email);
    assertThat(
            TestDatabase.one(
                "select expires_at > now() + interval '6 days' from password_reset"
                    + " where user_id = ?",
                Long.parseLong(id)))
        .isEqualTo("t");

    WebClient invited = client();
    assertThat(invited.get(link.group(1)).body()).contains("Welcome to CCIO Academy");
    Page done = setPassword(invited, link.group(1), FRESH, FRESH);
    assertThat(done.location()).endsWith("/sign-in.xhtml");
    assertThat(client().signIn(email, FRESH).location()).endsWith("/tutor/home.xhtml");
    assertThat(
            TestDatabase.one(
                "select string_agg(action, ',' order by id) from audit_log"
                    + " where row_count is null and target_type = 'user' and target_id = ?",
                id))
        .isEqualTo("user.created,user.invited,user.invitation-accepted");
  }

  /** Uploads an invitation list on the admin page; returns the checked list's page. */
  private static Page checkList(WebClient admin, String csv) {
    Page form = admin.get("admin/invite.xhtml");
    return admin.sendWithFile(
        "admin/invite.xhtml",
        form,
        admin.form(form, "list"),
        "list:file",
        "people.csv",
        csv.getBytes(StandardCharsets.UTF_8),
        "list:check");
  }

  @Test
  void anAdministratorInvitesAListWhereEveryLineIsRightOrNobody() throws Exception {
    WebClient admin = signedIn(TestUsers.create("ADMIN"));
    TestUser existing = TestUsers.create("TRAINEE");
    long n = System.nanoTime();
    String tutor = "list.tutor." + n + "@example.nhs.uk";
    String both = "list.both." + n + "@example.nhs.uk";
    String header = "Email,First name,Last name,Roles,Organisation\n";
    Page bad =
        checkList(
            admin,
            header
                + tutor
                + ",Ada,Tutor,Tutor,RTD\n"
                + existing.email()
                + ",Old,Hand,Trainee,\n"
                + "nobody-at-all,No,Body,Wizard,R!\n");
    assertThat(bad.body())
        .contains("3 people on the list; 2 lines have problems")
        .contains("There is already an account with the address " + existing.email())
        .contains("\"nobody-at-all\" is not an email address")
        .contains("\"Wizard\" is not a role")
        .contains("is not an ODS code")
        .doesNotContain("id=\"send:send\"");
    assertThat(TestDatabase.one("select count(*) from users where email = ?", tutor))
        .isEqualTo("0");

    Page good =
        checkList(
            admin,
            header + tutor + ",Ada,Tutor,Tutor,rtd\n" + both + ",Bo,Both,Tutor; Reviewer,\n");
    assertThat(good.body()).contains("2 people on the list; 0 lines have problems");
    Page sent = admin.submit("admin/invite.xhtml", good, "send", "send", Map.of());
    assertThat(sent.status()).as(sent.body()).isEqualTo(302);
    assertThat(admin.follow(sent).body()).contains("2 people have been invited");
    assertThat(
            TestMail.awaitSubject(both, "You are invited to CCIO Academy", Duration.ofSeconds(20))
                .getContent()
                .toString())
        .contains("Tutor, Reviewer");
    TestMail.awaitSubject(tutor, "You are invited to CCIO Academy", Duration.ofSeconds(20));
    assertThat(
            TestDatabase.one(
                "select u.ods_code || ' ' || string_agg(r.role, ',' order by r.role) from users u"
                    + " join user_roles r on r.user_id = u.id where u.email = ? group by u.ods_code",
                tutor))
        .isEqualTo("RTD TUTOR");
    assertThat(
            TestDatabase.column(
                "select r.role from users u join user_roles r on r.user_id = u.id"
                    + " where u.email = ? order by r.role",
                both))
        .containsExactly("REVIEWER", "TUTOR");
  }

  @Test
  void anAdministratorCorrectsDetailsAndANewAddressChangesOnlyWhenItsOwnerConfirms()
      throws Exception {
    WebClient admin = signedIn(TestUsers.create("ADMIN"));
    TestUser trainee = TestUsers.create("TRAINEE");
    String page = "admin/user.xhtml?id=" + trainee.id();
    String newEmail = "moved." + System.nanoTime() + "@example.nhs.uk";
    Page saved =
        admin.submit(
            page,
            admin.get(page),
            "details",
            "saveDetails",
            Map.of("fullName", "Dr Corrected Name", "email", newEmail.toUpperCase()));
    assertThat(saved.status()).as(saved.body()).isEqualTo(302);
    assertThat(admin.follow(saved).body()).contains("We have emailed " + newEmail + " a link");
    assertThat(
            TestDatabase.one(
                "select full_name || ' ' || email from users where id = ?", trainee.id()))
        .isEqualTo("Dr Corrected Name " + trainee.email());
    assertThat(
            TestMail.awaitSubject(
                    trainee.email(),
                    "Your CCIO Academy email address is being changed",
                    Duration.ofSeconds(20))
                .getContent()
                .toString())
        .contains(newEmail);
    String mail =
        TestMail.awaitSubject(
                newEmail, "Confirm your new email address for CCIO Academy", Duration.ofSeconds(20))
            .getContent()
            .toString();
    Matcher link =
        Pattern.compile("https?://[^/\\s]+/(confirm-email\\.xhtml\\?token=[A-Za-z0-9_-]+)")
            .matcher(mail);
    assertThat(link.find()).as(mail).isTrue();
    // until it is confirmed the old address signs in; opening the link changes nothing
    assertThat(client().signIn(trainee.email(), trainee.password()).location())
        .endsWith("/trainee/home.xhtml");
    WebClient owner = client();
    Page confirm = owner.get(link.group(1));
    assertThat(confirm.body()).contains("Make", newEmail, "your CCIO Academy email address?");
    assertThat(TestDatabase.one("select email from users where id = ?", trainee.id()))
        .isEqualTo(trainee.email());
    Page done = owner.submit(link.group(1), confirm, "confirm", "confirm", Map.of());
    assertThat(done.location()).endsWith("/sign-in.xhtml");
    assertThat(owner.follow(done).body()).contains("Your email address is now " + newEmail);
    assertThat(client().signIn(newEmail, trainee.password()).location())
        .endsWith("/trainee/home.xhtml");
    assertThat(client().get(link.group(1)).body()).contains("This link does not work");
    TestMail.awaitSubject(
        trainee.email(), "Your CCIO Academy email address has changed", Duration.ofSeconds(20));

    // a taken address is refused on the form, and nothing is saved
    TestUser other = TestUsers.create("TRAINEE");
    Page taken =
        admin.submit(
            page,
            admin.get(page),
            "details",
            "saveDetails",
            Map.of("fullName", "Another Name", "email", other.email()));
    assertThat(taken.body()).contains("Another account has this address already.");
    assertThat(TestDatabase.one("select full_name from users where id = ?", trainee.id()))
        .isEqualTo("Dr Corrected Name");

    // professional details
    Map<String, String> profile = new LinkedHashMap<>();
    profile.put("group", "NURSE");
    profile.put("profession", "MIDWIFE");
    profile.put("grade", "BAND_7");
    profile.put("registrationNumber", "12a3456e");
    profile.put("odsCode", "RX9");
    profile.put("region", "LONDON");
    Page details = admin.submit(page, admin.get(page), "profile", "saveProfile", profile);
    assertThat(details.status()).as(details.body()).isEqualTo(302);
    assertThat(
            TestDatabase.one(
                "select profession || ' ' || grade || ' ' || registration_number || ' ' || ods_code"
                    + " from users where id = ?",
                trainee.id()))
        .isEqualTo("MIDWIFE BAND_7 12A3456E RX9");
    // the first two are written in one transaction, in no fixed order
    assertThat(TestDatabase.auditOfUser(trainee.id()))
        .containsExactlyInAnyOrder(
            "user.email-change-requested",
            "user.renamed",
            "user.email-changed",
            "user.profile-updated");
  }

  @Test
  void oneLinkSentTwiceAtOnceSetsThePasswordOnceAndNeverErrs() throws Exception {
    TestUser trainee = TestUsers.create("TRAINEE");
    askFor(trainee.email());
    String link = links(trainee.email(), 1).get(0);
    WebClient first = client();
    WebClient second = client();
    Page a = first.get(link);
    Page b = second.get(link);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<Page> x =
          pool.submit(
              () ->
                  first.submit(
                      link,
                      a,
                      "reset",
                      "reset",
                      Map.of("newPassword", FRESH, "confirmation", FRESH)));
      Future<Page> y =
          pool.submit(
              () ->
                  second.submit(
                      link,
                      b,
                      "reset",
                      "reset",
                      Map.of("newPassword", FRESH + " two", "confirmation", FRESH + " two")));
      List<Integer> statuses = List.of(x.get().status(), y.get().status());
      assertThat(statuses).containsExactlyInAnyOrder(302, 200);
      Page refused = x.get().status() == 200 ? x.get() : y.get();
      assertThat(refused.body()).contains("This link has already been used");
    } finally {
      pool.shutdown();
    }
    assertThat(
            TestDatabase.one(
                "select count(*) from audit_log where row_count is null and target_type = 'user' and target_id = ?"
                    + " and action = 'user.password-reset'",
                String.valueOf(trainee.id())))
        .isEqualTo("1");
  }
}
