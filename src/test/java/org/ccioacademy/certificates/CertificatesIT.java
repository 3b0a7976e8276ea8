package org.ccioacademy.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.ccioacademy.testing.ContainerTest;
import org.ccioacademy.testing.Deployments;
import org.ccioacademy.testing.TestCourses;
import org.ccioacademy.testing.TestDatabase;
import org.ccioacademy.testing.TestUsers;
import org.ccioacademy.testing.TestUsers.TestUser;
import org.ccioacademy.testing.WebClient;
import org.ccioacademy.testing.WebClient.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * Completing a course issues one certificate: a real PDF whose every field is read back with
 * PDFBox, whose QR code (decoded from the rendered page) opens the public verification page.
 */
@ContainerTest
@RunAsClient
class CertificatesIT {

  static final String COURSE = "certificate-test";

  static {
    TestCourses.write(
        COURSE,
        Map.of(
            "course.yaml",
            """
            id: certificate-test
            title: Safer digital prescribing
            summary: A short course used by the certificate tests.
            audience: [nurse, doctor]
            level: foundation
            cpd-hours: 3
            competencies: [fci:it-systems]
            completion: {module: read, pass-mark: 50, attempts: 0}
            modules: [first, second]
            """,
            "first.md",
            """
            ---
            title: First module
            minutes: 5
            outcomes: [Explain what a hazard log records., Name the two clinical safety standards.]
            competencies: [fci:it-systems]
            sources: [{title: NHS England, url: "https://www.england.nhs.uk/"}]
            ---
            The first module.
            """,
            "second.md",
            """
            ---
            title: Second module
            minutes: 5
            outcomes: [Describe how e-prescribing reduces medication errors.]
            competencies: [fci:it-systems]
            sources: [{title: NHS England, url: "https://www.england.nhs.uk/"}]
            ---
            The second module.
            """));
  }

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.war();
  }

  private WebClient signedIn(TestUser user) throws Exception {
    WebClient web = new WebClient(base.toURI());
    web.signIn(user.email(), user.password());
    return web;
  }

  /** Enrols and reads every module: the course is complete. */
  private void complete(WebClient web) {
    Page course = web.get("course.xhtml?id=" + COURSE);
    web.submit("course.xhtml?id=" + COURSE, course, "enrolment", "enrol", Map.of());
    for (String m : new String[] {"first", "second"}) {
      String url = "learn/module.xhtml?course=" + COURSE + "&module=" + m;
      Page done = web.submit(url, web.get(url), "read", "markRead", Map.of());
      assertThat(done.status()).as(done.body()).isEqualTo(302);
    }
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
    complete(web);

    String id =
        TestDatabase.one(
            "select string_agg(id, ',') from certificate where user_id = ? and kind = 'COURSE'",
            trainee.id());
    assertThat(id).hasSize(26).matches("[0-9A-HJKMNP-TV-Z]{26}");
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
    java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/it"));
    javax.imageio.ImageIO.write(image, "png", new java.io.File("target/it/certificate.png"));

    // the QR code, read from the rendered page as a phone would, opens the verification page
    String link =
        new com.google.zxing.qrcode.QRCodeReader()
            .decode(
                new com.google.zxing.BinaryBitmap(
                    new com.google.zxing.common.HybridBinarizer(
                        new com.google.zxing.client.j2se.BufferedImageLuminanceSource(image))),
                Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE))
            .getText();
    assertThat(link).endsWith("/verify/" + id);
    WebClient anonymous = new WebClient(base.toURI());
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
    complete(signedIn(trainee));
    String id = TestDatabase.one("select id from certificate where user_id = ?", trainee.id());
    WebClient anonymous = new WebClient(base.toURI());
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
                    + " completed_on, delivery_mode) select 'X' || substr(id, 2), user_id, kind,"
                    + " achievement, title, holder_name, completed_on, delivery_mode"
                    + " from certificate where id = ?")) {
      s.setString(1, id);
      org.assertj.core.api.Assertions.assertThatThrownBy(s::executeUpdate)
          .hasMessageContaining("certificate_user_id_kind_achievement_key");
    }
  }
}
