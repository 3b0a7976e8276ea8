package org.ccioacademy.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.ccioacademy.testing.Browser;
import org.ccioacademy.testing.TestCourses;
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
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Data protection as a trust's information governance team checks it: the public pages, a copy of
 * everything held about a person, erasure that leaves no personal field anywhere while figures and
 * certificate checks still work, the retention schedule on dated data, reviewers seeing no one
 * until given a scope, and every read of named data in an audit log that reads in sentences.
 */
@RunAsClient
class DataProtectionIT extends WarTest {

  static final String COURSE = "certificate-test";

  static {
    TestCourses.certificateTest();
  }

  /** A trainee with one of everything, and a unique name, address and registration number. */
  record WellUsed(TestUser user, String name, String registration, String certificate) {}

  private WellUsed wellUsed() throws Exception {
    TestUser t = TestUsers.create("TRAINEE");
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String name = "Zebedee Quartermaine-" + tag;
    String registration = "98Z" + (int) (Math.random() * 9000 + 1000) + "Q";
    TestDatabase.execute(
        "update users set full_name = ?, registration_number = ? where id = ?",
        name,
        registration,
        t.id());
    WebClient web = signedIn(t);
    TestLearning.takeCourse(web, COURSE);
    TestLearning.takeCourse(web, "clinical-safety"); // with quizzes
    String certificate =
        TestDatabase.one(
            "select id from certificate where user_id = ? and achievement like ?",
            t.id(),
            "%" + COURSE + "%");
    // a hand-in with a file, marked and released, with feedback naming them
    long assignment =
        Long.parseLong(
            TestDatabase.one(
                "insert into assignment (course_id, title, instructions, due_at, late_policy,"
                    + " text_allowed, file_allowed) select id, 'Safety case', 'Write it.',"
                    + " now() + interval '7 days', 'ACCEPT', true, true from course where code = ?"
                    + " returning id",
                COURSE));
    long submission =
        Long.parseLong(
            TestDatabase.one(
                "insert into submission (assignment_id, user_id, attempt_no, status, body,"
                    + " submitted_at, released_at) values (?, ?, 1, 'SUBMITTED', ?, now(), now())"
                    + " returning id",
                assignment,
                t.id(),
                "My safety case, by " + name + " (" + registration + ")"));
    TestDatabase.execute(
        "insert into submission_file (submission_id, file_name, media_type, size_bytes, sha256,"
            + " content) values (?, 'safety-case.pdf', 'application/pdf', 9, repeat('a', 64),"
            + " convert_to('%PDF-case', 'UTF8'))",
        submission);
    TestDatabase.execute(
        "insert into grade (submission_id, mark, feedback, marker_label) values (?, 72, ?,"
            + " 'tutor@test.ccio.academy')",
        submission,
        "Well argued, " + name + ".");
    // an event attended
    long event =
        TestEvents.event("Data protection day " + tag)
            .startingIn(-2)
            .organisedBy(TestUsers.create("TUTOR").id())
            .create();
    long session = TestEvents.session(event, "Morning", -2, "09:00", "12:00", "3", true);
    TestEvents.register(event, t.id(), "REGISTERED");
    TestEvents.mark(session, t.id(), "PRESENT");
    // a CPD record with a reflection and evidence
    long entry =
        Long.parseLong(
            TestDatabase.one(
                "insert into cpd_entry (user_id, method, topic, started_on, ended_on, hours,"
                    + " participatory, reflection) values (?, 'READING', 'IG refresher',"
                    + " current_date - 3, current_date - 3, 2, false, ?) returning id",
                t.id(),
                "What I, " + name + ", learnt."));
    TestDatabase.execute(
        "insert into cpd_evidence (entry_id, file_name, media_type, size_bytes, sha256, content)"
            + " values (?, 'notes.txt', 'text/plain', 5, repeat('b', 64), convert_to('notes',"
            + " 'UTF8'))",
        entry);
    return new WellUsed(t, name, registration, certificate);
  }

  /** The zip's entries, by path. */
  private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.put(e.getName(), in.readAllBytes());
      }
    }
    return entries;
  }

  private static String text(Map<String, byte[]> entries, String path) {
    assertThat(entries).containsKey(path);
    return new String(entries.get(path), StandardCharsets.UTF_8);
  }

  @Test
  void aPersonDownloadsEverythingHeldAboutThemAndNothingOfAnyoneElse() throws Exception {
    WellUsed a = wellUsed();
    WellUsed b = wellUsed();
    WebClient web = signedIn(a.user());
    Page page = web.get("account/my-data.xhtml");
    assertThat(page.status()).isEqualTo(200);
    HttpResponse<byte[]> zip =
        web.submitForDownload("account/my-data.xhtml", page, "mine", "download", Map.of());
    assertThat(zip.statusCode()).isEqualTo(200);
    assertThat(zip.headers().firstValue("Content-Type").orElse("")).startsWith("application/zip");
    Map<String, byte[]> entries = unzip(zip.body());

    assertThat(text(entries, "account/account.json"))
        .contains(a.name())
        .contains(a.user().email())
        .contains(a.registration());
    assertThat(text(entries, "learning/enrolments.json"))
        .contains(COURSE)
        .contains("clinical-safety")
        .contains("COMPLETED");
    assertThat(text(entries, "learning/modules.json")).contains("completed_at");
    assertThat(entries).containsKey("learning/completions.json"); // earlier rounds: none yet
    assertThat(text(entries, "learning/quiz-attempts.json")).contains("\"passed\": true");
    assertThat(text(entries, "learning/quiz-answers.json")).contains("your_answer");
    assertThat(text(entries, "assessment/hand-ins.json"))
        .contains("My safety case")
        .contains("safety-case.pdf");
    assertThat(text(entries, "assessment/marks.json")).contains("72").contains("Well argued");
    assertThat(entries.keySet()).anyMatch(k -> k.matches("assessment/files/\\d+-safety-case.pdf"));
    assertThat(text(entries, "events/registrations.json")).contains("Data protection day");
    assertThat(text(entries, "events/attendance.json")).contains("PRESENT");
    assertThat(text(entries, "certificates/certificates.json")).contains(a.certificate());
    assertThat(new String(entries.get("certificates/" + a.certificate() + ".pdf"), 0, 5))
        .isEqualTo("%PDF-");
    assertThat(text(entries, "cpd/records.json")).contains("IG refresher").contains("learnt");
    assertThat(entries.keySet()).anyMatch(k -> k.matches("cpd/evidence/\\d+-notes.txt"));
    assertThat(text(entries, "audit/entries.json")).contains("course.enrolled");
    assertThat(text(entries, "README.txt")).contains(a.name());
    assertThat(text(entries, "contents.json")).contains("\"learning/enrolments.json\": 2");
    // nothing of the other well-used trainee, anywhere
    for (Map.Entry<String, byte[]> e : entries.entrySet()) {
      String s = new String(e.getValue(), StandardCharsets.ISO_8859_1);
      assertThat(s)
          .as(e.getKey())
          .doesNotContain(b.name())
          .doesNotContain(b.user().email())
          .doesNotContain(b.registration())
          .doesNotContain(b.certificate());
    }
    assertThat(
            TestDatabase.one(
                "select after_value from audit_log where action = 'privacy.subject-access'"
                    + " and target_id = ? and actor_id = ?",
                String.valueOf(a.user().id()),
                a.user().id()))
        .isEqualTo("downloaded by the person");

    // an admin answers a request received by post: the request is named, and audited
    TestUser adminUser = TestUsers.create("ADMIN");
    WebClient admin = signedIn(adminUser);
    String account = "admin/user.xhtml?id=" + b.user().id();
    Page user = admin.get(account);
    Page refused = admin.submit(account, user, "access", "downloadData", Map.of("reference", ""));
    assertThat(refused.body()).contains("Say which request this answers");
    HttpResponse<byte[]> forB =
        admin.submitForDownload(
            account, user, "access", "downloadData", Map.of("reference", "letter of 1 Dec 2026"));
    Map<String, byte[]> bEntries = unzip(forB.body());
    assertThat(text(bEntries, "account/account.json")).contains(b.name());
    assertThat(
            TestDatabase.one(
                "select after_value from audit_log where action = 'privacy.subject-access'"
                    + " and target_id = ? and actor_id = ?",
                String.valueOf(b.user().id()),
                adminUser.id()))
        .isEqualTo("for the request: letter of 1 Dec 2026");
  }

  @Test
  void erasureLeavesNoPersonalFieldWhileFiguresAndCertificateChecksStillWork() throws Exception {
    WellUsed a = wellUsed();
    TestUser reviewer = TestUsers.create("REVIEWER");
    WebClient review = signedIn(reviewer);
    String figuresBefore = review.get("api/review/figures?by=GROUP").body();
    TestUser adminUser = TestUsers.create("ADMIN");
    WebClient admin = signedIn(adminUser);
    // the admin reads what goes and what stays before confirming
    String account = "admin/user.xhtml?id=" + a.user().id();
    Page page = admin.get(account);
    Document doc = Jsoup.parse(page.body());
    assertThat(doc.getElementById("erase-removed").text())
        .contains("1 CPD record with its reflection and evidence file")
        .contains("1 uploaded hand-in file");
    assertThat(doc.getElementById("erase-kept").text())
        .containsPattern("\\d+ certificates?, without the holder's name")
        .contains("for attendance figures");
    // a wrong name refuses, and nothing changes
    Page wrong =
        admin.submit(
            account,
            page,
            "erase",
            "eraseData",
            Map.of("reference", "email of 2 Dec", "confirm", "Someone Else"));
    assertThat(wrong.body()).contains("Type the person's name exactly as shown");
    assertThat(TestDatabase.one("select full_name from users where id = ?", a.user().id()))
        .isEqualTo(a.name());
    Page done =
        admin.submit(
            account,
            wrong,
            "erase",
            "eraseData",
            Map.of("reference", "email of 2 Dec", "confirm", a.name()));
    assertThat(done.status()).as(done.body()).isEqualTo(302);
    assertThat(admin.follow(done).body()).contains("personal data is erased");

    // no text column of any table holds the name, the address or the registration number
    List<String> found = new ArrayList<>();
    try (Connection c = TestDatabase.connect();
        PreparedStatement columns =
            c.prepareStatement(
                "select c.table_name, c.column_name from information_schema.columns c"
                    + " join information_schema.tables t on t.table_schema = c.table_schema"
                    + " and t.table_name = c.table_name where c.table_schema = 'public'"
                    + " and t.table_type = 'BASE TABLE' and c.data_type in ('text',"
                    + " 'character varying', 'character', 'ARRAY')");
        ResultSet rs = columns.executeQuery()) {
      while (rs.next()) {
        String table = rs.getString(1);
        String column = rs.getString(2);
        for (String value : List.of(a.name(), a.user().email(), a.registration())) {
          try (PreparedStatement q =
              c.prepareStatement(
                  "select count(*) from \""
                      + table
                      + "\" where cast(\""
                      + column
                      + "\" as text) ilike ?")) {
            q.setString(1, "%" + value + "%");
            try (ResultSet n = q.executeQuery()) {
              n.next();
              if (n.getLong(1) > 0) {
                found.add(table + "." + column + " holds " + value);
              }
            }
          }
        }
      }
    }
    assertThat(found).isEmpty();
    assertThat(TestDatabase.one("select count(*) from cpd_entry where user_id = ?", a.user().id()))
        .isEqualTo("0");
    // cohort figures count them still; the certificate still checks, without a holder
    assertThat(review.get("api/review/figures?by=GROUP").body()).isEqualTo(figuresBefore);
    Page verify = client().get("verify.xhtml?id=" + a.certificate());
    assertThat(verify.body())
        .contains("holder's details were removed at their request")
        .contains("This certificate is genuine and valid.");
    // they cannot sign in; the audit trail says what happened, without their name
    assertThat(client().signIn(a.user().email(), a.user().password()).body())
        .doesNotContain("Signed in as");
    assertThat(
            TestDatabase.one(
                "select target_label from audit_log where action = 'privacy.erased'"
                    + " and target_id = ?",
                String.valueOf(a.user().id())))
        .isEqualTo("erased person " + a.user().id());
    assertThat(admin.get(account).body()).contains("Personal data erased");
  }

  @Test
  void twoAdminsErasingOnePersonAtOnceEraseOnceAndNeitherSeesAnError() throws Exception {
    TestUser t = TestUsers.create("TRAINEE");
    String name = TestDatabase.one("select full_name from users where id = ?", t.id());
    String account = "admin/user.xhtml?id=" + t.id();
    List<WebClient> admins = new ArrayList<>();
    List<Page> pages = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      WebClient admin = signedIn(TestUsers.create("ADMIN"));
      admins.add(admin);
      pages.add(admin.get(account));
    }
    List<Future<Page>> answers = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      for (int i = 0; i < 4; i++) {
        WebClient admin = admins.get(i);
        Page page = pages.get(i);
        answers.add(
            pool.submit(
                () ->
                    admin.submit(
                        account,
                        page,
                        "erase",
                        "eraseData",
                        Map.of("reference", "request 7", "confirm", name))));
      }
      int erased = 0;
      for (Future<Page> a : answers) {
        Page p = a.get();
        if (p.status() == 302) {
          erased++;
        } else {
          assertThat(p.status()).isEqualTo(200);
          assertThat(p.body()).contains("This person's data is erased already.");
        }
      }
      assertThat(erased).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
    assertThat(
            TestDatabase.one(
                "select count(*) from audit_log where action = 'privacy.erased' and target_id = ?",
                String.valueOf(t.id())))
        .isEqualTo("1");
  }

  @Test
  void theRetentionScheduleIsPreviewedSwitchedOnAndAppliedToDatedData() throws Exception {
    TestUser longGone = TestUsers.create("TRAINEE");
    TestUser lately = TestUsers.create("TRAINEE");
    TestDatabase.execute(
        "update users set enabled = false where id in (?, ?)", longGone.id(), lately.id());
    TestDatabase.execute(
        "update users set disabled_at = now() - interval '7 years' where id = ?", longGone.id());
    TestDatabase.execute(
        "update users set disabled_at = now() - interval '1 year' where id = ?", lately.id());
    TestUser active = TestUsers.create("TRAINEE");
    long oldEntry =
        Long.parseLong(
            TestDatabase.one(
                "insert into cpd_entry (user_id, method, topic, started_on, ended_on, hours,"
                    + " participatory) values (?, 'READING', 'Old', current_date - 3000,"
                    + " current_date - 3000, 1, false) returning id",
                active.id()));
    long newEntry =
        Long.parseLong(
            TestDatabase.one(
                "insert into cpd_entry (user_id, method, topic, started_on, ended_on, hours,"
                    + " participatory) values (?, 'READING', 'New', current_date, current_date, 1,"
                    + " false) returning id",
                active.id()));
    for (long[] e : new long[][] {{oldEntry, 7}, {newEntry, 0}}) {
      TestDatabase.execute(
          "insert into cpd_evidence (entry_id, file_name, media_type, size_bytes, sha256, content,"
              + " uploaded_at) values (?, 'x.txt', 'text/plain', 1, repeat('c', 64),"
              + " convert_to('x', 'UTF8'), now() - make_interval(years => ?))",
          e[0],
          (int) e[1]);
    }
    String oldAudit =
        TestDatabase.one(
            "insert into audit_log (occurred_at, actor_label, action, target_type)"
                + " values (now() - interval '9 years', 'system', 'user.created', 'user')"
                + " returning id");
    String oldMail =
        TestDatabase.one(
            "insert into mail_message (to_address, subject, body, status, purpose, created_at)"
                + " values ('old@test.ccio.academy', 'Old', 'Old', 'SENT', 'test',"
                + " now() - interval '100 days') returning id");

    TestUser adminUser = TestUsers.create("ADMIN");
    WebClient admin = signedIn(adminUser);
    Page page = admin.get("admin/retention.xhtml");
    Document doc = Jsoup.parse(page.body());
    assertThat(doc.getElementById("state").text()).contains("The schedule is off");
    assertThat(doc.getElementById("preview").text())
        .contains("disabled or left long ago, anonymised")
        .contains("CPD evidence file")
        .contains("audit log entr")
        .contains("email");
    assertThat(doc.getElementById("schedule").text()).contains("6 years").contains("8 years");
    assertThat(TestDatabase.one("select count(*) from retention_run")).isEqualTo("0");

    Page on = admin.submit("admin/retention.xhtml", page, "switch", "on", Map.of());
    assertThat(on.status()).isEqualTo(302);
    page = admin.follow(on);
    assertThat(page.body()).contains("The retention schedule is on");
    Page started = admin.submit("admin/retention.xhtml", page, "switch", "runNow", Map.of());
    assertThat(admin.follow(started).body()).contains("Applying the retention schedule now");
    long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!"1"
        .equals(
            TestDatabase.one("select count(*) from retention_run where finished_at is not null"))) {
      assertThat(System.nanoTime()).as("the run ends").isLessThan(until);
      Thread.sleep(200);
    }
    String summary = TestDatabase.one("select summary from retention_run");
    assertThat(summary).contains("anonymised").contains("CPD evidence");
    assertThat(TestDatabase.one("select failure from retention_run")).isNull();
    assertThat(
            TestDatabase.one("select erased_at is not null from users where id = ?", longGone.id()))
        .isEqualTo("t");
    assertThat(TestDatabase.one("select full_name from users where id = ?", longGone.id()))
        .isEqualTo("erased person " + longGone.id());
    assertThat(TestDatabase.one("select erased_at is null from users where id = ?", lately.id()))
        .isEqualTo("t");
    assertThat(TestDatabase.one("select count(*) from cpd_evidence where entry_id = ?", oldEntry))
        .isEqualTo("0");
    assertThat(TestDatabase.one("select count(*) from cpd_evidence where entry_id = ?", newEntry))
        .isEqualTo("1");
    assertThat(TestDatabase.one("select count(*) from cpd_entry where id = ?", oldEntry))
        .isEqualTo("1");
    assertThat(
            TestDatabase.one(
                "select count(*) from audit_log where id = ?", Long.parseLong(oldAudit)))
        .isEqualTo("0");
    assertThat(
            TestDatabase.one(
                "select count(*) from mail_message where id = ?", Long.parseLong(oldMail)))
        .isEqualTo("0");
    assertThat(
            TestDatabase.column(
                "select action from audit_log where actor_id = ? order by id", adminUser.id()))
        .contains("retention.enabled", "retention.applied");
    assertThat(admin.get("admin/retention.xhtml").body()).contains(summary.split(";")[0]);
    // a second run at once is refused while... none is running now: one a day is the schedule's
    // own rule, an admin may apply it again
    Page off =
        admin.submit(
            "admin/retention.xhtml", admin.get("admin/retention.xhtml"), "switch", "off", Map.of());
    assertThat(admin.follow(off).body()).contains("The retention schedule is off");
  }

  @Test
  void aNewReviewerSeesNoTraineeUntilAnAdminGivesAScope() throws Exception {
    TestUser reviewer = TestUsers.create("TRAINEE");
    TestDatabase.execute("update users set full_name = 'New Reviewer' where id = ?", reviewer.id());
    // an admin makes them a reviewer: nothing else
    TestUser adminUser = TestUsers.create("ADMIN");
    WebClient admin = signedIn(adminUser);
    String account = "admin/user.xhtml?id=" + reviewer.id();
    Page page = admin.get(account);
    Map<String, List<String>> roles = admin.form(page, "user");
    roles.put("user:roles", List.of("REVIEWER"));
    Page saved = admin.send(account, page, roles, "user:saveRoles");
    assertThat(saved.status()).as(saved.body()).isEqualTo(302);
    assertThat(TestDatabase.column("select role from user_roles where user_id = ?", reviewer.id()))
        .containsExactly("REVIEWER");

    WebClient r = signedIn(reviewer);
    Document dashboard = Jsoup.parse(r.get("reviewer/dashboard.xhtml").body());
    assertThat(dashboard.getElementById("no-scope").text())
        .contains("You have not been given any trainees to see yet");
    assertThat(dashboard.getElementById("trainees").text()).isEqualTo("0");
    assertThat(r.get("api/review/figures").body()).contains("\"trainees\":0");
    TestUser someone = TestUsers.create("TRAINEE");
    assertThat(r.get("reviewer/trainee.xhtml?id=" + someone.id()).status()).isEqualTo(404);

    page = admin.get(account);
    assertThat(page.body()).contains("no trainees (no scope given yet)");
    Map<String, List<String>> both = admin.form(page, "scope");
    both.put("scope:national", List.of("true"));
    both.put("scope:regions", List.of("LONDON"));
    Page refused = admin.send(account, page, both, "scope:saveScope");
    assertThat(refused.body()).contains("Choose either every trainee in the country");
    Map<String, List<String>> national = admin.form(refused, "scope");
    national.put("scope:national", List.of("true"));
    national.remove("scope:regions");
    Page ok = admin.send(account, refused, national, "scope:saveScope");
    assertThat(admin.follow(ok).body()).contains("this reviewer now sees every trainee (national)");
    Document now = Jsoup.parse(r.get("reviewer/dashboard.xhtml").body());
    assertThat(now.getElementById("no-scope")).isNull();
    assertThat(Integer.parseInt(now.getElementById("trainees").text().replace(",", "")))
        .isPositive();
    assertThat(r.get("reviewer/trainee.xhtml?id=" + someone.id()).status()).isEqualTo(200);
    assertThat(
            TestDatabase.one(
                "select after_value from audit_log where action = 'reviewer.scope-set'"
                    + " and target_id = ? order by id desc limit 1",
                String.valueOf(reviewer.id())))
        .isEqualTo("every trainee (national)");
  }

  @Test
  void everyReadOfNamedDataIsAuditedAndTheLogReadsInSentences() throws Exception {
    TestUser trainee = TestUsers.create("TRAINEE");
    String name = "Ottoline Readwell-" + UUID.randomUUID().toString().substring(0, 6);
    TestDatabase.execute("update users set full_name = ? where id = ?", name, trainee.id());
    TestLearning.takeCourse(signedIn(trainee), COURSE);
    TestUser reviewer = TestUsers.create("REVIEWER");
    String reviewerName =
        TestDatabase.one("select full_name from users where id = ?", reviewer.id());
    WebClient r = signedIn(reviewer);
    assertThat(r.get("reviewer/trainee.xhtml?id=" + trainee.id()).status()).isEqualTo(200);
    assertThat(r.get("reviewer/trainees.xhtml?show=ALL").status()).isEqualTo(200);
    HttpResponse<byte[]> csv = r.download("api/review/trainees.csv?show=ALL");
    int lines = new String(csv.body(), StandardCharsets.UTF_8).split("\r\n").length - 1;
    TestUser adminUser = TestUsers.create("ADMIN");
    WebClient admin = signedIn(adminUser);
    assertThat(admin.get("admin/user.xhtml?id=" + trainee.id()).status()).isEqualTo(200);
    assertThat(admin.get("author/gradebook.xhtml?course=" + COURSE).status()).isEqualTo(200);
    assertThat(admin.get("admin/users.xhtml").status()).isEqualTo(200);
    assertThat(admin.get("admin/certificates.xhtml").status()).isEqualTo(200);
    long event =
        TestEvents.event("Audited day " + UUID.randomUUID())
            .startingIn(5)
            .organisedBy(adminUser.id())
            .create();
    TestEvents.register(event, trainee.id(), "REGISTERED");
    assertThat(admin.get("organise/event.xhtml?id=" + event).status()).isEqualTo(200);
    assertThat(r.download("api/review/quality.csv").statusCode()).isEqualTo(200);
    String certificate =
        TestDatabase.one("select id from certificate where user_id = ?", trainee.id());
    assertThat(admin.download("api/certificates/" + certificate + "/pdf").statusCode())
        .isEqualTo(200);
    assertThat(admin.download("api/certificates/" + certificate + "/badge.json").statusCode())
        .isEqualTo(200);
    // the holder fetching their own certificate is not a read of someone else's data
    assertThat(signedIn(trainee).download("api/certificates/" + certificate + "/pdf").statusCode())
        .isEqualTo(200);
    assertThat(
            TestDatabase.column(
                "select actor_id || ' ' || after_value from audit_log"
                    + " where action = 'read.certificate' and target_id = ? order by id",
                String.valueOf(trainee.id())))
        .containsExactly(
            adminUser.id() + " the PDF of certificate " + certificate,
            adminUser.id() + " the badge of certificate " + certificate);

    assertThat(
            TestDatabase.column(
                "select action || ' ' || coalesce(target_id, '-') || ' ' || row_count"
                    + " from audit_log where actor_id = ? order by id",
                reviewer.id()))
        .contains("read.trainee " + trainee.id() + " 1")
        .anyMatch(s -> s.startsWith("read.trainee-list - "))
        .contains("read.trainee-export - " + lines);
    assertThat(
            TestDatabase.column(
                "select action from audit_log where actor_id = ? order by id", adminUser.id()))
        .contains(
            "read.account",
            "read.gradebook",
            "read.account-list",
            "read.certificate-list",
            "read.event-people");
    assertThat(
            TestDatabase.column("select action from audit_log where actor_id = ?", reviewer.id()))
        .contains("read.quality-export");

    // the log, filtered by person and kind, in sentences with names
    String today = LocalDate.now().toString();
    Page log =
        admin.get(
            "admin/audit.xhtml?from="
                + today
                + "&to="
                + today
                + "&action=read.&person="
                + name.replace(" ", "+"));
    String text = Jsoup.parse(log.body()).getElementById("audit:table").text();
    assertThat(text)
        .contains(reviewerName + " opened the record of " + name)
        .contains("opened the account of " + name)
        .doesNotContain("course.enrolled");
    Page none = admin.get("admin/audit.xhtml?from=2000-01-01&to=2000-01-02");
    assertThat(none.body()).contains("Nothing matches.");
    Page bad = admin.get("admin/audit.xhtml?to=31/12/2026");
    assertThat(bad.body()).contains("The last day is not a date");
    // exported, and the export itself audited with its rows
    HttpResponse<byte[]> export =
        admin.download("api/audit/log.csv?action=read.&person=" + name.replace(" ", "+"));
    assertThat(export.statusCode()).isEqualTo(200);
    assertThat(export.headers().firstValue("Content-Disposition").orElse(""))
        .contains("audit-log-" + LocalDate.now(ZoneId.of("Europe/London")) + ".csv");
    String exported = new String(export.body(), StandardCharsets.UTF_8);
    assertThat(exported).contains(reviewerName + " opened the record of " + name);
    int rows = exported.split("\r\n").length - 1;
    assertThat(
            TestDatabase.one(
                "select row_count from audit_log where action = 'audit.exported' and actor_id = ?",
                adminUser.id()))
        .isEqualTo(String.valueOf(rows));
    assertThat(admin.download("api/audit/log.csv?from=yesterday").statusCode()).isEqualTo(400);
  }

  @Test
  void theContactFormReachesTheRightPeopleAndSaysWhatIsWrong() throws Exception {
    WebClient web = client();
    Page page = web.get("contact");
    assertThat(page.status()).isEqualTo(200);
    Page wrong =
        web.submit(
            "contact",
            page,
            "contact",
            "send",
            Map.of("name", "", "email", "not an address", "text", ""));
    assertThat(wrong.body())
        .contains("Give your name")
        .contains("This is not an email address")
        .contains("Choose what your message is about")
        .contains("Write your message");
    String tag = UUID.randomUUID().toString().substring(0, 8);
    Page sent =
        web.submit(
            "contact",
            wrong,
            "contact",
            "send",
            Map.of(
                "name",
                "Ada Asker",
                "email",
                "ada@example.nhs.uk",
                "topic",
                "DATA_PROTECTION",
                "text",
                "Please send me my data " + tag));
    assertThat(sent.status()).as(sent.body()).isEqualTo(302);
    assertThat(web.follow(sent).body()).contains("your message is on its way");
    MimeMessage m =
        TestMail.awaitSubject(
            "dpo@test.ccio.academy",
            "Contact form: My personal data: a copy of it, a correction, or its erasure",
            Duration.ofSeconds(20));
    assertThat(m.getContent().toString())
        .contains("Ada Asker <ada@example.nhs.uk>")
        .contains("Please send me my data " + tag)
        .contains("within one month");
  }

  @Test
  void thePublicPagesAreLinkedFromEveryPageAndPassAxe() throws Exception {
    WebClient anonymous = client();
    for (String p : List.of("privacy", "accessibility", "terms", "help", "contact")) {
      Page page = anonymous.get(p);
      assertThat(page.status()).as(p).isEqualTo(200);
    }
    assertThat(anonymous.get("privacy").body())
        .contains("CCIO Academy</strong>, the controller")
        .contains("dpo@test.ccio.academy")
        .contains("after 6")
        .contains("8 years");
    assertThat(anonymous.get("accessibility").body())
        .contains("partially compliant with the")
        .contains("Non-accessible content");
    assertThat(anonymous.get("register.xhtml").body()).contains("/terms\">terms of use</a>");
    WebClient trainee = signedIn(TestUsers.create("TRAINEE"));
    for (Map.Entry<WebClient, String> p :
        List.of(
            Map.entry(anonymous, "index.xhtml"),
            Map.entry(anonymous, "sign-in.xhtml"),
            Map.entry(anonymous, "no-such-page.xhtml"),
            Map.entry(trainee, "trainee/learning.xhtml"),
            Map.entry(trainee, "account/my-data.xhtml"))) {
      Document doc = Jsoup.parse(p.getKey().get(p.getValue()).body());
      assertThat(doc.select("footer a").eachAttr("href"))
          .as(p.getValue())
          .contains("/help", "/contact", "/privacy", "/accessibility", "/terms");
    }
    try (Browser browser = new Browser(base.toString())) {
      for (String p : List.of("privacy", "accessibility", "terms", "help", "contact")) {
        browser.open(p);
      }
    }
  }
}
