package org.ccioacademy.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.api.Assertions;
import org.ccioacademy.testing.Browser;
import org.ccioacademy.testing.TestCertificates;
import org.ccioacademy.testing.TestCourses;
import org.ccioacademy.testing.TestDatabase;
import org.ccioacademy.testing.TestEvents;
import org.ccioacademy.testing.TestLearning;
import org.ccioacademy.testing.TestLrs;
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
 * Completing a course issues one certificate: a real PDF whose every field is read back with
 * PDFBox, whose QR code (decoded from the rendered page) opens the public verification page.
 */
@RunAsClient
class CertificatesIT extends WarTest {

  static final String COURSE = "certificate-test";

  static {
    TestCourses.certificateTest();
  }

  private static void rename(TestUser user, String name) throws Exception {
    try (Connection c = TestDatabase.connect();
        PreparedStatement s = c.prepareStatement("update users set full_name = ? where id = ?")) {
      s.setString(1, name);
      s.setLong(2, user.id());
      s.executeUpdate();
    }
  }

  @Test
  void completingACourseIssuesOneCertificateAPdfWithEveryFieldAndAQrCodeThatVerifiesIt()
      throws Exception {
    TestUser trainee = TestUsers.create("TRAINEE");
    rename(trainee, "Zoë Ní Bhriain-Łukasiewicz");
    WebClient web = signedIn(trainee);
    TestLearning.takeCourse(web, COURSE);

    String id =
        TestDatabase.one(
            "select string_agg(id, ',') from certificate where user_id = ? and kind = 'COURSE'",
            trainee.id());
    assertThat(id).hasSize(26).matches("[0-9A-HJKMNP-TV-Z]{26}");
    // told in the app (the completion email already says so: no second email)
    assertThat(
            TestDatabase.one(
                "select string_agg(n.kind || ' ' || (n.mail_id is null), ',' order by n.kind)"
                    + " from notification n where n.user_id = ?",
                trainee.id()))
        .isEqualTo("certificate.issued true,course.completed false");
    Page mine = web.get("trainee/certificates.xhtml");
    assertThat(mine.body())
        .contains("Safer digital prescribing")
        .contains(CertificateId.grouped(id))
        .contains("api/certificates/" + id + "/pdf");

    HttpResponse<byte[]> pdf = web.download("api/certificates/" + id + "/pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
    String text;
    BufferedImage image;
    try (PDDocument doc = Loader.loadPDF(pdf.body())) {
      assertThat(doc.getNumberOfPages()).isEqualTo(1);
      var page = doc.getPage(0);
      boolean turned = page.getRotation() % 180 != 0;
      float shownWidth = turned ? page.getMediaBox().getHeight() : page.getMediaBox().getWidth();
      float shownHeight = turned ? page.getMediaBox().getWidth() : page.getMediaBox().getHeight();
      assertThat(shownWidth).as("landscape, as a viewer shows it").isGreaterThan(shownHeight);
      text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      image = new PDFRenderer(doc).renderImageWithDPI(0, 150);
    }
    assertThat(text)
        .contains("CCIO ACADEMY")
        .contains("Certificate of Completion")
        .contains("Zoë Ní Bhriain-Łukasiewicz")
        .contains("NMC PIN 01A2345N")
        .contains("Safer digital prescribing")
        .contains("Explain what a hazard log records.")
        .contains("Name the two clinical safety standards.")
        .contains("Describe how e-prescribing reduces medication errors.")
        .contains("3 CPD hours (0 participatory, 3 non-participatory)")
        .contains("Online, self-paced e-learning")
        .contains("2 modules, 3 hours")
        .contains("Dr Alex Morgan")
        .contains("Programme Director, CCIO Academy")
        .contains("certificates@ccio.academy")
        .contains(CertificateId.grouped(id))
        .contains("/verify/" + id)
        .doesNotContain("credits applied for");
    Files.createDirectories(Path.of("target/it"));
    ImageIO.write(image, "png", new File("target/it/certificate.png"));

    // the QR code, read from the rendered page as a phone would, opens the verification page
    String link =
        new QRCodeReader()
            .decode(
                new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
            .getText();
    assertThat(link).endsWith("/verify/" + id);
    WebClient anonymous = client();
    Page verified = anonymous.follow(link.substring(link.indexOf("verify/")));
    assertThat(verified.status()).isEqualTo(200);
    assertThat(verified.body())
        .contains("This certificate is genuine and valid.")
        .contains("Zoë Ní Bhriain-Łukasiewicz")
        .contains("Safer digital prescribing")
        .doesNotContain(trainee.email())
        .doesNotContain("01A2345N");

    // reading a module again, or a second completion check, issues nothing more
    String url = "learn/module.xhtml?course=" + COURSE + "&module=second";
    web.submit(url, web.get(url), "read", "markRead", Map.of());
    assertThat(TestDatabase.one("select count(*) from certificate where user_id = ?", trainee.id()))
        .isEqualTo("1");
    assertThat(
            TestDatabase.one(
                "select count(*) from audit_log where action = 'certificate.issued'"
                    + " and target_id = ?",
                id))
        .isEqualTo("1");

    // only its holder and admins can download it
    assertThat(
            signedIn(TestUsers.create("TRAINEE"))
                .download("api/certificates/" + id + "/pdf")
                .statusCode())
        .isEqualTo(404);
    assertThat(
            signedIn(TestUsers.create("ADMIN"))
                .download("api/certificates/" + id + "/pdf")
                .statusCode())
        .isEqualTo(200);
    assertThat(anonymous.download("api/certificates/" + id + "/pdf").statusCode()).isIn(401, 403);
  }

  @Test
  void theVerificationPageAcceptsTheIdAsTypedAndSaysWhenOneIsUnknownOrRevoked() throws Exception {
    TestUser trainee = TestUsers.create("TRAINEE");
    TestLearning.takeCourse(signedIn(trainee), COURSE);
    String id = TestDatabase.one("select id from certificate where user_id = ?", trainee.id());
    WebClient anonymous = client();
    // typed from paper: lower case, in its printed groups, O for 0
    String typed = CertificateId.grouped(id).toLowerCase().replace('0', 'o');
    assertThat(anonymous.get("verify.xhtml?id=" + typed).body())
        .contains("This certificate is genuine and valid.");
    assertThat(anonymous.get("verify.xhtml?id=ABCDEFGHJKMNPQRSTVWXYZ0123").body())
        .contains("There is no certificate with that number.");
    assertThat(anonymous.follow("verify/not-an-id").body())
        .contains("There is no certificate with that number.");
    try (Connection c = TestDatabase.connect();
        PreparedStatement s =
            c.prepareStatement(
                "update certificate set revoked_at = '2027-02-03T10:00:00Z',"
                    + " revoked_reason = 'Issued in error' where id = ?")) {
      s.setString(1, id);
      s.executeUpdate();
    }
    assertThat(anonymous.get("verify.xhtml?id=" + id).body())
        .contains("This certificate was revoked on 3 February 2027. It is no longer valid.")
        .doesNotContain("Issued in error");
    // one certificate per achievement: a second row for the same completion is refused
    try (Connection c = TestDatabase.connect();
        PreparedStatement s =
            c.prepareStatement(
                "insert into certificate (id, user_id, kind, achievement, title, holder_name,"
                    + " completed_on, delivery_mode) select (case when id like 'X%' then 'Y'"
                    + " else 'X' end) || substr(id, 2), user_id, kind,"
                    + " achievement, title, holder_name, completed_on, delivery_mode"
                    + " from certificate where id = ?")) {
      s.setString(1, id);
      Assertions.assertThatThrownBy(s::executeUpdate)
          .hasMessageContaining("certificate_user_id_kind_achievement_key");
    }
  }

  /** Posts a credential to the public verifier, as anyone could. */
  private JsonObject verifyCredential(String jwt) throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(base.toURI().resolve("api/badges/verify"))
                    .header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofString(jwt))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    try (var reader = Json.createReader(new StringReader(r.body()))) {
      return reader.readObject();
    }
  }

  @Test
  void eachCertificateHasASignedOpenBadgeThatVerifiesOnlineAndOfflineAndFailsIfChanged()
      throws Exception {
    TestUser trainee = TestUsers.create("TRAINEE");
    WebClient web = signedIn(trainee);
    TestLearning.takeCourse(web, COURSE);
    String id = TestDatabase.one("select id from certificate where user_id = ?", trainee.id());
    HttpResponse<byte[]> download = web.download("api/certificates/" + id + "/badge.jwt");
    assertThat(download.statusCode()).isEqualTo(200);
    String jwt = new String(download.body(), StandardCharsets.US_ASCII).strip();

    // the credential: an Open Badges 3.0 credential about this certificate
    String[] parts = jwt.split("\\.");
    assertThat(parts).hasSize(3);
    JsonObject credential;
    try (var reader =
        Json.createReader(
            new StringReader(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)))) {
      credential = reader.readObject();
    }
    assertThat(credential.getJsonArray("type").getString(1)).isEqualTo("OpenBadgeCredential");
    assertThat(credential.getJsonArray("@context").getString(0))
        .isEqualTo("https://www.w3.org/ns/credentials/v2");
    assertThat(credential.getString("id")).endsWith("/verify/" + id);
    assertThat(credential.getString("name")).isEqualTo("Safer digital prescribing");
    assertThat(
            credential
                .getJsonObject("credentialSubject")
                .getJsonObject("achievement")
                .getString("achievementType"))
        .isEqualTo("CertificateOfCompletion");
    assertThat(
            credential.getJsonObject("credentialSubject").getJsonNumber("creditsEarned").intValue())
        .isEqualTo(3);

    // online: genuine and valid
    JsonObject ok = verifyCredential(jwt);
    assertThat(ok.getBoolean("valid")).isTrue();
    assertThat(ok.getString("status")).isEqualTo("VALID");
    assertThat(ok.getString("certificate")).isEqualTo(id);

    // offline: with nothing but the published key set and the JDK
    WebClient anonymous = client();
    String jwks = anonymous.get("api/badges/jwks.json").body();
    String x;
    try (var reader = Json.createReader(new StringReader(jwks))) {
      var key = reader.readObject().getJsonArray("keys").getJsonObject(0);
      assertThat(key.getString("crv")).isEqualTo("Ed25519");
      x = key.getString("x");
    }
    byte[] spki =
        HexFormat.of()
            .parseHex(
                "302a300506032b6570032100"
                    + HexFormat.of().formatHex(Base64.getUrlDecoder().decode(x)));
    PublicKey publicKey =
        KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
    Signature sig = Signature.getInstance("Ed25519");
    sig.initVerify(publicKey);
    sig.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
    assertThat(sig.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();
    assertThat(anonymous.get("api/badges/issuer").body()).contains("\"Profile\"");

    // one changed character anywhere in the payload: not genuine
    char[] changed = jwt.toCharArray();
    int i = parts[0].length() + 1 + parts[1].length() / 2;
    changed[i] = changed[i] == 'A' ? 'B' : 'A';
    JsonObject bad = verifyCredential(new String(changed));
    assertThat(bad.getBoolean("valid")).isFalse();
    assertThat(bad.getString("signature")).isEqualTo("invalid");

    // revoked: the signature is still good, but the credential is no longer valid
    try (Connection c = TestDatabase.connect();
        PreparedStatement s =
            c.prepareStatement(
                "update certificate set revoked_at = now(), revoked_reason = 'Test' where id = ?")) {
      s.setString(1, id);
      s.executeUpdate();
    }
    JsonObject revoked = verifyCredential(jwt);
    assertThat(revoked.getBoolean("valid")).isFalse();
    assertThat(revoked.getString("signature")).isEqualTo("valid");
    assertThat(revoked.getString("status")).isEqualTo("REVOKED");

    // the badge is its holder's: another trainee gets nothing
    assertThat(
            signedIn(TestUsers.create("TRAINEE"))
                .download("api/certificates/" + id + "/badge.json")
                .statusCode())
        .isEqualTo(404);
    // and, revoked, no longer handed to its holder to share
    assertThat(web.download("api/certificates/" + id + "/badge.json").statusCode()).isEqualTo(409);
  }

  @Test
  void inTheBrowserATraineeCompletesACourseFindsTheCertificateAndAnyoneCanVerifyIt()
      throws Exception {
    TestUser trainee = TestUsers.create("TRAINEE");
    try (Browser browser = new Browser(base.toString())) {
      browser.open("sign-in.xhtml");
      browser.type("signIn:email", trainee.email());
      browser.type("signIn:password", trainee.password());
      browser.press("signIn:submit");
      browser.open("course.xhtml?id=" + COURSE);
      browser.press("enrolment:enrol");
      browser.click("#continue");
      browser.press("read:markRead");
      browser.press("read:markRead");
      assertThat(browser.text()).contains("Well done: you have completed");
      browser.click("a[href*='trainee/certificates.xhtml']");
      assertThat(browser.text())
          .contains("Safer digital prescribing")
          .contains("Download (PDF)")
          .contains("Digital badge (JSON)");
      String verify =
          browser
              .find("a[aria-label='Verification page for Safer digital prescribing']")
              .getAttribute("href");
      browser.press("signOutForm:signOut");
      // anyone, signed out, opens the link printed on the certificate
      browser.open(verify.substring(verify.indexOf("verify/")));
      assertThat(browser.text())
          .contains("This certificate is genuine and valid.")
          .contains("Safer digital prescribing");
      browser.screenshot(Path.of("target/screenshots/certificate-verified.png"));
      // the trainee's pathway and the admin's certificate and pathway pages pass axe too
      browser.open("sign-in.xhtml");
      browser.type("signIn:email", trainee.email());
      browser.type("signIn:password", trainee.password());
      browser.press("signIn:submit");
      browser.open("trainee/pathway.xhtml");
      assertThat(browser.text()).contains("Digital champion");
      browser.open("trainee/portfolio.xhtml");
      assertThat(browser.text()).contains("Safer digital prescribing").contains("Add a record");
      browser.press("signOutForm:signOut");
      TestUser admin = TestUsers.create("ADMIN");
      browser.open("sign-in.xhtml");
      browser.type("signIn:email", admin.email());
      browser.type("signIn:password", admin.password());
      browser.press("signIn:submit");
      // 400 completions without their certificates (as after importing them): the admin issues
      // them in bulk and watches the progress bar move, the page updating itself
      TestLearning.bulkCompletions(400, COURSE);
      browser.open("admin/certificates.xhtml");
      browser.press("due:issue");
      assertThat(browser.text()).containsPattern("\\d+ of \\d+ issued so far|Finished");
      browser.checkAccessibility();
      long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
      while (!browser.text().contains("Finished")) {
        assertThat(System.nanoTime()).as("the bulk run finishes").isLessThan(until);
        Thread.sleep(500);
      }
      assertThat(browser.text())
          .containsPattern("Finished .+? \\d+ certificates issued of \\d+ due");
      assertThat(
              TestDatabase.one(
                  "select count(*) from enrolment e join users u on u.id = e.user_id"
                      + " where u.email like 'bulk-%' and not exists (select 1 from certificate c"
                      + " where c.user_id = e.user_id and c.kind = 'COURSE')"))
          .isEqualTo("0");
      browser.open("admin/certificates.xhtml");
      browser.click("#certificates a");
      assertThat(browser.text()).contains("Revoke this certificate");
      browser.open("admin/pathway.xhtml");
      browser.press("pathway:check");
      assertThat(browser.text()).contains("No problems: 5 stages.");
    }
  }

  @Test
  void anAdminFindsACertificateAndRevokesItWithAReasonThatIsRecordedAndSent() throws Exception {
    TestUser trainee = TestUsers.create("TRAINEE");
    TestLearning.takeCourse(signedIn(trainee), COURSE);
    String id = TestDatabase.one("select id from certificate where user_id = ?", trainee.id());
    TestUser adminUser = TestUsers.create("ADMIN");
    WebClient admin = signedIn(adminUser);
    Page found = admin.get("admin/certificates.xhtml?q=" + trainee.email());
    assertThat(found.body()).contains("1 certificate").contains(CertificateId.grouped(id));
    String url = "admin/certificate.xhtml?id=" + id;
    Page noReason = admin.submit(url, admin.get(url), "revoke", "confirm", Map.of("reason", " "));
    assertThat(noReason.body()).contains("Give the reason");
    assertThat(TestDatabase.one("select revoked_at is null from certificate where id = ?", id))
        .isEqualTo("t");
    Page done =
        admin.follow(
            admin.submit(
                url, admin.get(url), "revoke", "confirm", Map.of("reason", "Issued in error.")));
    assertThat(done.body()).contains("The certificate is revoked").contains("Issued in error.");
    // the learning records: each module read once, the course completed, the certificate earned
    // and, now revoked, voided
    List<String> modules = TestDatabase.modules(COURSE);
    List<String> expected = new java.util.ArrayList<>();
    modules.forEach(m -> expected.add("read " + m));
    expected.add("completed " + COURSE);
    expected.add("earned " + id + " (voided)");
    assertThat(TestLrs.recordsOf(trainee.id())).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(
            TestDatabase.one(
                "select after_value from audit_log where action = 'certificate.revoked'"
                    + " and target_id = ? and actor_id = ?",
                id,
                adminUser.id()))
        .isEqualTo("REVOKED: Issued in error.");
    TestMail.awaitSubject(
        trainee.email(),
        "Your certificate for Safer digital prescribing has been revoked",
        Duration.ofSeconds(20));
    assertThat(client().get("verify.xhtml?id=" + id).body())
        .contains("This certificate was revoked on");
    // the holder is no longer offered the PDF or the badge, and is told why
    WebClient holder = signedIn(trainee);
    Document mine = Jsoup.parse(holder.get("trainee/certificates.xhtml").body());
    assertThat(mine.select("#certificates .revoked").text())
        .contains("This certificate was revoked on")
        .contains("so it can no longer be downloaded or shared");
    assertThat(mine.select("#certificates a[href*='/pdf'], #certificates a[href*='badge']"))
        .isEmpty();
    for (String file : List.of("pdf", "badge.jwt", "badge.json")) {
      var refused = holder.download("api/certificates/" + id + "/" + file);
      assertThat(refused.statusCode()).as(file).isEqualTo(409);
      assertThat(new String(refused.body(), StandardCharsets.UTF_8))
          .contains("so it can no longer be downloaded");
    }
    // an administrator still has the PDF as issued, for the record
    assertThat(admin.download("api/certificates/" + id + "/pdf").statusCode()).isEqualTo(200);
    // only admins: a tutor is refused the page
    assertThat(signedIn(TestUsers.create("TUTOR")).get(url).status()).isEqualTo(403);
  }

  @Test
  void theDayAfterAnEventThoseWhoAttendedGetACertificateOfAttendanceWithItsSessionsAndHours()
      throws Exception {
    TestUser organiser = TestUsers.create("TUTOR");
    TestUser came = TestUsers.create("TRAINEE");
    TestUser absent = TestUsers.create("TRAINEE");
    long eventId =
        TestEvents.event("Attendance certificate day")
            .startingIn(-3)
            .lasting(2)
            .registration(30, -5)
            .organisedBy(organiser.id())
            .create();
    long keynote = TestEvents.session(eventId, "Keynote", -3, "09:00", "10:00", "1", false);
    long workshop = TestEvents.session(eventId, "Workshop", -3, "10:30", "12:00", "1.5", true);
    long panel = TestEvents.session(eventId, "Afternoon panel", -3, "13:00", "15:00", "2", false);
    // the one who came: present at two sessions, absent from the third; the other at none
    TestEvents.mark(keynote, came.id(), "PRESENT");
    TestEvents.mark(workshop, came.id(), "PRESENT");
    TestEvents.mark(panel, came.id(), "ABSENT");
    for (long session : new long[] {keynote, workshop, panel}) {
      TestEvents.mark(session, absent.id(), "ABSENT");
    }
    WebClient admin = signedIn(TestUsers.create("ADMIN"));
    Page issued = TestCertificates.issueDueAndWait(admin);
    assertThat(issued.body())
        .containsPattern("Finished .+? \\d+ certificates? issued of \\d+ due, in \\d+ seconds");
    assertThat(
            TestDatabase.one(
                "select count(*) from certificate where achievement = ?", "event:" + eventId))
        .isEqualTo("1");
    String id = TestDatabase.one("select id from certificate where user_id = ?", came.id());
    HttpResponse<byte[]> pdf = signedIn(came).download("api/certificates/" + id + "/pdf");
    String text;
    try (PDDocument doc = Loader.loadPDF(pdf.body())) {
      text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
    assertThat(text)
        .contains("Certificate of Attendance")
        .contains("Attendance certificate day")
        .contains("Attended: Keynote (1 CPD hour)")
        .contains("Attended: Workshop (1.5 CPD hours, participatory)")
        .doesNotContain("Afternoon panel")
        .contains("2.5 CPD hours (1.5 participatory, 1 non-participatory)")
        .contains("2 sessions attended")
        .contains("In person at Leeds");
    // the holder is told, in the app and by email
    assertThat(
            TestMail.awaitSubject(
                    came.email(),
                    "Your certificate for Attendance certificate day is issued",
                    Duration.ofSeconds(20))
                .getContent()
                .toString())
        .contains("trainee/certificates.xhtml");
    assertThat(
            TestDatabase.one(
                "select count(*) from notification where user_id = ? and kind = 'certificate.issued'",
                came.id()))
        .isEqualTo("1");
    // a second run issues nothing more
    assertThat(TestCertificates.issueDueAndWait(admin).body())
        .contains("No certificates were due: every one is issued.");
    assertThat(
            TestDatabase.one(
                "select count(*) from certificate where achievement = ?", "event:" + eventId))
        .isEqualTo("1");
  }

  @Test
  void anExpiringCertificateRemindsItsHolderOnceAndReCertifyingIssuesANewOne() throws Exception {
    String course = "cyber-security-dspt";
    String title =
        TestDatabase.one(
            "select v.title from course c join course_version v on v.id = c.current_version_id"
                + " where c.code = ?",
            course);
    TestUser trainee = TestUsers.create("TRAINEE");
    WebClient web = signedIn(trainee);
    TestLearning.takeCourse(web, course);
    String first =
        TestDatabase.one(
            "select id from certificate where user_id = ? and kind = 'COURSE'", trainee.id());
    // the course says its certificate is valid for 12 months (the DSPT asks for yearly training)
    assertThat(
            TestDatabase.one(
                "select expires_on = (completed_on + interval '12 months')::date from certificate"
                    + " where id = ?",
                first))
        .isEqualTo("t");
    try (PDDocument doc =
        Loader.loadPDF(web.download("api/certificates/" + first + "/pdf").body())) {
      assertThat(new PDFTextStripper().getText(doc)).contains("Valid until");
    }
    assertThat(web.get("trainee/certificates.xhtml").body()).contains("· valid until ");
    Page coursePage = web.get("course.xhtml?id=" + course);
    assertThat(coursePage.body())
        .contains("Your certificate is valid until")
        .doesNotContain("Re-certify: take the course again");

    // eleven months later: the certificate lapses within the reminder window (60 days)
    TestDatabase.execute(
        "update enrolment set enrolled_at = enrolled_at - interval '11 months',"
            + " completed_at = completed_at - interval '11 months'"
            + " where user_id = ? and completed_at is not null",
        trainee.id());
    TestDatabase.execute(
        "update certificate set completed_on = (completed_on - interval '11 months')::date,"
            + " started_on = (started_on - interval '11 months')::date,"
            + " expires_on = (expires_on - interval '11 months')::date,"
            + " issued_at = issued_at - interval '11 months' where id = ?",
        first);
    // the achievement names the moment of completion, as it would had it happened then
    TestDatabase.execute(
        "update certificate x set achievement = 'course:' || c.code || ':enrolment-' || e.id"
            + " || ':' || extract(epoch from date_trunc('second', e.completed_at))::bigint"
            + " from enrolment e join course c on c.id = e.course_id"
            + " where x.id = ? and e.user_id = x.user_id and c.code = ?",
        first,
        course);
    String expires =
        TestDatabase.one(
            "select to_char(expires_on, 'FMDD FMMonth YYYY') from certificate where id = ?", first);
    WebClient admin = signedIn(TestUsers.create("ADMIN"));
    TestCertificates.issueDueAndWait(admin);
    var reminder =
        TestMail.awaitSubject(
            trainee.email(),
            "Your certificate for " + title + " expires on " + expires,
            Duration.ofSeconds(20));
    assertThat(reminder.getContent().toString())
        .contains("To re-certify, take the course again")
        .contains("/course.xhtml?id=" + course);
    // once only, however often the sweep runs
    TestCertificates.issueDueAndWait(admin);
    assertThat(
            TestDatabase.one(
                "select count(*) from mail_message where to_address = ? and purpose = ?",
                trainee.email(),
                "certificate.expiring"))
        .isEqualTo("1");

    // the trainee re-certifies: progress starts afresh, the quiz attempts too
    coursePage = web.get("course.xhtml?id=" + course);
    assertThat(coursePage.body())
        .contains("Your certificate expires soon")
        .contains("Re-certify: take the course again");
    Page started =
        web.follow(
            web.submit(
                "course.xhtml?id=" + course, coursePage, "enrolment", "recertify", Map.of()));
    assertThat(started.body())
        .contains("again to re-certify")
        .contains("Your progress on " + title)
        .doesNotContain("Re-certify: take the course again");
    String firstModule = TestDatabase.modules(course).get(0);
    assertThat(web.get("learn/quiz.xhtml?course=" + course + "&module=" + firstModule).body())
        .contains("This is attempt 1 of 3.");
    // the earlier certificate stands meanwhile
    assertThat(client().get("verify.xhtml?id=" + first).body())
        .contains("This certificate is genuine and valid.");

    TestLearning.takeEveryModule(web, course);
    assertThat(
            TestDatabase.one(
                "select count(*) from certificate where user_id = ? and kind = 'COURSE'",
                trainee.id()))
        .isEqualTo("2");
    assertThat(
            TestDatabase.one(
                "select expires_on = (current_date + interval '12 months')::date"
                    + " and started_on = current_date from certificate"
                    + " where user_id = ? and id <> ?",
                trainee.id(),
                first))
        .isEqualTo("t");
    assertThat(web.get("course.xhtml?id=" + course).body())
        .doesNotContain("Re-certify: take the course again")
        .doesNotContain("again to re-certify");
    // both completions count in the CPD portfolio
    String from = LocalDate.now().minusYears(1).toString();
    Page portfolio = web.get("trainee/portfolio.xhtml?from=" + from);
    assertThat(Jsoup.parse(portfolio.body()).text().split(Pattern.quote(title), -1)).hasSize(3);
  }
}
