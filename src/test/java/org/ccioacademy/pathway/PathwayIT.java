package org.ccioacademy.pathway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.ccioacademy.testing.TestCourses;
import org.ccioacademy.testing.TestDatabase;
import org.ccioacademy.testing.TestLearning;
import org.ccioacademy.testing.TestUsers;
import org.ccioacademy.testing.TestUsers.TestUser;
import org.ccioacademy.testing.WarTest;
import org.ccioacademy.testing.WebClient;
import org.ccioacademy.testing.WebClient.Page;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * The CCIO career pathway as trainees and admins meet it: each stage with what is met and what is
 * missing, the stage certificate issued once a stage is reached, and the pathway edited in the
 * browser.
 */
@RunAsClient
class PathwayIT extends WarTest {

  @Test
  void thePathwayShowsEachStageAndWhatIsMissingAndReachingAStageIssuesItsCertificate()
      throws Exception {
    TestUser trainee = TestUsers.create("TRAINEE");
    WebClient web = signedIn(trainee);
    Page before = web.get("trainee/pathway.xhtml");
    assertThat(before.status()).isEqualTo(200);
    String stage1 = Jsoup.parse(before.body()).selectFirst("#stage-digital-champion").text();
    assertThat(stage1)
        .contains("Digital champion")
        .contains("Not started")
        .contains("To do:")
        .contains("Complete the course Foundations")
        .contains("Evidence the competency “FCI: Health and wellbeing");
    assertThat(before.body()).contains("course.xhtml?id=ccio-foundations");
    assertThat(Jsoup.parse(before.body()).selectFirst("#stage-clinical-safety-officer").text())
        .contains("Meet the stage “Digital champion” first");

    TestLearning.takeCourse(web, "ccio-foundations");
    Page after = web.get("trainee/pathway.xhtml");
    var doc = Jsoup.parse(after.body());
    assertThat(doc.selectFirst("#stage-digital-champion").text()).contains("Met");
    assertThat(doc.selectFirst("#stage-clinical-safety-officer").text())
        .contains("Not started")
        .contains("Complete the course Clinical safety");
    assertThat(doc.select("#stage-clinical-safety-officer li.met").text())
        .contains("Done:")
        .contains("Current professional registration");
    // the stage certificate: issued once, with the pathway's name
    assertThat(
            TestDatabase.one(
                "select string_agg(title || ' / ' || duration, ',') from certificate"
                    + " where user_id = ? and kind = 'STAGE'",
                trainee.id()))
        .isEqualTo("Digital champion / The CCIO career path");
    web.get("trainee/pathway.xhtml");
    assertThat(
            TestDatabase.one(
                "select count(*) from certificate where user_id = ? and kind = 'STAGE'",
                trainee.id()))
        .isEqualTo("1");
    String id =
        TestDatabase.one(
            "select id from certificate where user_id = ? and kind = 'STAGE'", trainee.id());
    String text;
    try (PDDocument d = Loader.loadPDF(web.download("api/certificates/" + id + "/pdf").body())) {
      text = new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
    }
    assertThat(text)
        .contains("Certificate of Achievement")
        .contains("has met every requirement of the career pathway stage")
        .contains("Digital champion")
        .contains("Complete the course");

    // revoking the course certificate the stage rests on: the admin is told, before and after,
    // that the stage certificate still stands
    String course =
        TestDatabase.one(
            "select id from certificate where user_id = ? and kind = 'COURSE'", trainee.id());
    WebClient admin = signedIn(TestUsers.create("ADMIN"));
    String url = "admin/certificate.xhtml?id=" + course;
    Page page = admin.get(url);
    assertThat(Jsoup.parse(page.body()).getElementById("resting-on-it").text())
        .contains("Digital champion")
        .contains("Revoking this one leaves it valid");
    Page done =
        admin.follow(
            admin.submit(url, page, "revoke", "confirm", Map.of("reason", "Issued in error.")));
    assertThat(done.body())
        .contains("The certificate is revoked")
        .contains("Digital champion")
        .contains("rested on it and still stands");
    // the stage certificate's own page says nothing rests on it
    assertThat(admin.get("admin/certificate.xhtml?id=" + id).body())
        .doesNotContain("resting-on-it");
  }

  @Test
  void anAdminChangesThePathwayInTheBrowserWithEveryProblemShownAndNothingSavedUntilItIsRight()
      throws Exception {
    TestUser adminUser = TestUsers.create("ADMIN");
    WebClient admin = signedIn(adminUser);
    Page page = admin.get("admin/pathway.xhtml");
    assertThat(page.status()).isEqualTo(200);
    String original = admin.form(page, "pathway").get("pathway:yaml").get(0);
    assertThat(original).contains("id: digital-champion");
    Path file = TestCourses.dir().resolve("pathway.yaml");
    String fileBefore = Files.readString(file);
    String fingerprint = TestDatabase.one("select fingerprint from pathway_definition");

    // a mistake: an unknown course, on its line; nothing saved, what was typed kept
    String broken = original.replace("courses: [ccio-foundations]", "courses: [no-such-course]");
    Map<String, List<String>> form = admin.form(page, "pathway");
    form.put("pathway:yaml", List.of(broken));
    Page refused = admin.send("admin/pathway.xhtml", page, form, "pathway:save");
    assertThat(refused.body())
        .contains("no course has the id &quot;no-such-course&quot;".replace("&quot;", "\""))
        .contains("pathway.yaml line")
        .contains("Nothing is saved")
        .contains("no-such-course");
    assertThat(Files.readString(file)).isEqualTo(fileBefore);
    assertThat(TestDatabase.one("select fingerprint from pathway_definition"))
        .isEqualTo(fingerprint);

    // two admins: the second to save over the first is refused
    Page other = admin.get("admin/pathway.xhtml");
    String changed = original.replace("Five stages from", "Five stages, step by step, from");
    Page mine = admin.get("admin/pathway.xhtml");
    Map<String, List<String>> f = admin.form(mine, "pathway");
    f.put("pathway:yaml", List.of(changed));
    Page saved = admin.send("admin/pathway.xhtml", mine, f, "pathway:save");
    assertThat(saved.status()).as(saved.body()).isEqualTo(302);
    assertThat(Files.readString(file)).contains("Five stages, step by step, from");
    TestUser trainee = TestUsers.create("TRAINEE");
    assertThat(signedIn(trainee).get("trainee/pathway.xhtml").body())
        .contains("Five stages, step by step, from");
    Map<String, List<String>> late = admin.form(other, "pathway");
    Page stale = admin.send("admin/pathway.xhtml", other, late, "pathway:save");
    assertThat(stale.body()).contains("Someone else changed the pathway");
    assertThat(
            TestDatabase.one(
                "select count(*) from audit_log where action = 'pathway.loaded'"
                    + " and actor_id = ?",
                adminUser.id()))
        .isEqualTo("1");

    // put the shipped pathway back for the other tests
    Page again = admin.get("admin/pathway.xhtml");
    Map<String, List<String>> back = admin.form(again, "pathway");
    back.put("pathway:yaml", List.of(original));
    assertThat(admin.send("admin/pathway.xhtml", again, back, "pathway:save").status())
        .isEqualTo(302);
  }

  @Test
  void anAdminEditsThePathwayAsAFormWithTheSameChecksAsTheFile() throws Exception {
    WebClient admin = signedIn(TestUsers.create("ADMIN"));
    String original =
        admin.form(admin.get("admin/pathway.xhtml"), "pathway").get("pathway:yaml").get(0);
    Path file = TestCourses.dir().resolve("pathway.yaml");
    String fileBefore = Files.readString(file);
    String page = "admin/pathway-form.xhtml";
    assertThat(signedIn(TestUsers.create("TUTOR")).get(page).status()).isEqualTo(403);

    // each stage as fields
    Page form = admin.get(page);
    Map<String, List<String>> f = admin.form(form, "pathway");
    assertThat(f.get("pathway:stages:0:stageTitle")).containsExactly("Digital champion");
    assertThat(f.get("pathway:stages:0:courses")).containsExactly("ccio-foundations");
    assertThat(f.get("pathway:stages:1:registration")).containsExactly("on");

    // mistakes are named by stage and field; nothing is saved and what was typed is kept
    f.put("pathway:stages:0:stageTitle", List.of(""));
    f.put("pathway:stages:2:participatory", List.of("99"));
    Page refused = admin.send(page, form, f, "pathway:save");
    assertThat(refused.status()).isEqualTo(200);
    assertThat(Jsoup.parse(refused.body()).select("#problems").text())
        .contains("Stage 1, title: is required")
        .contains("Stage 3, requires, participatory hours: cannot be more than cpd-hours");
    assertThat(Jsoup.parse(refused.body()).select("[id='pathway:stages:2:participatory']").val())
        .isEqualTo("99");
    assertThat(Files.readString(file)).isEqualTo(fileBefore);

    // a change: more CPD and a regional event for the first stage; saved as the file, in force
    form = admin.get(page);
    f = admin.form(form, "pathway");
    f.put("pathway:stages:0:cpd", List.of("3"));
    f.put("pathway:stages:0:events:0:kind", List.of("regional"));
    f.put("pathway:stages:0:events:0:count", List.of("2"));
    Page saved = admin.send(page, form, f, "pathway:save");
    assertThat(saved.status()).as(saved.body()).isEqualTo(302);
    String written = Files.readString(file);
    assertThat(written).contains("cpd-hours: 3").contains("kind: regional").contains("count: 2");
    Map<String, List<String>> reread = admin.form(admin.get(page), "pathway");
    assertThat(reread.get("pathway:stages:0:cpd")).containsExactly("3");
    assertThat(reread.get("pathway:stages:0:events:0:kind")).containsExactly("regional");
    assertThat(signedIn(TestUsers.create("TRAINEE")).get("trainee/pathway.xhtml").body())
        .contains("Attend 2 events (a regional event)");

    // put the shipped pathway back for the other tests
    Page again = admin.get("admin/pathway.xhtml");
    Map<String, List<String>> back = admin.form(again, "pathway");
    back.put("pathway:yaml", List.of(original));
    assertThat(admin.send("admin/pathway.xhtml", again, back, "pathway:save").status())
        .isEqualTo(302);
  }
}
