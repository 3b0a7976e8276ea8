package org.ccioacademy.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
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
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The CPD portfolio: completed courses, attended sessions and a trainee's own records gathered for
 * appraisal and revalidation, downloaded as CSV, Excel and PDF, with evidence files; nothing of
 * another trainee's visible.
 */
@RunAsClient
class PortfolioIT extends WarTest {

  static {
    TestCourses.certificateTest();
  }

  @Test
  void thePortfolioGathersCoursesSessionsAndOwnRecordsAndMeasuresRevalidation() throws Exception {
    TestUser trainee = TestUsers.create("TRAINEE"); // a nurse: NMC
    WebClient web = signedIn(trainee);
    TestLearning.takeCourse(web, "certificate-test"); // 3 CPD hours, not participatory
    String url = "trainee/portfolio.xhtml";
    Page page = web.get(url);
    assertThat(page.body()).contains("Themes of the NMC Code it relates to");
    // a doctor's records do not link to the NMC Code
    TestUser doctor = TestUsers.create("TRAINEE");
    TestDatabase.execute(
        "update users set professional_group = 'DOCTOR', profession = 'DOCTOR',"
            + " grade = 'FY1', registration_number = '1234567' where id = ?",
        doctor.id());
    assertThat(signedIn(doctor).get(url).body())
        .contains("Add a record")
        .doesNotContain("NMC Code")
        .doesNotContain("codeThemes");
    assertThat(page.body())
        .contains("Safer digital prescribing")
        .contains("Course completed")
        .contains("1 record:");

    // a record of my own: every mistake at once, nothing lost
    LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
    Page wrong =
        web.submit(
            url,
            page,
            "entry",
            "add",
            Map.of(
                "topic",
                "Taught a session on e-prescribing",
                "startedOn",
                today.plusDays(3).toString(),
                "endedOn",
                today.toString(),
                "hours",
                "0"));
    assertThat(wrong.body())
        .contains("Choose how you did it.")
        .contains("the date cannot be in the future")
        .contains("It cannot end before it started.")
        .contains("Give the hours, more than 0")
        .contains("value=\"Taught a session on e-prescribing\"");
    List<Map.Entry<String, String>> fields =
        List.of(
            Map.entry("method", "TEACHING"),
            Map.entry("topic", "=Taught a session on e-prescribing, with \"quotes\""),
            Map.entry("startedOn", today.minusDays(2).toString()),
            Map.entry("endedOn", today.minusDays(2).toString()),
            Map.entry("hours", "5"),
            Map.entry("participatory", "on"),
            Map.entry("reflection", "Explaining it showed me the gaps in my own understanding."),
            Map.entry("codeThemes", "Preserve safety"));
    // evidence is checked by what is in the file, not its name; nothing is saved meanwhile
    Page notPdf =
        web.submitAllWithFile(
            url,
            web.get(url),
            "entry",
            "add",
            fields,
            "evidence",
            "certificate.pdf",
            "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
    assertThat(notPdf.body())
        .contains("That file is not a PDF, a Word document (.docx), or a JPEG or PNG image")
        .contains("value=\"=Taught a session on e-prescribing, with &quot;quotes&quot;\"");
    byte[] tooBig = new byte[10 * 1024 * 1024 + 1];
    System.arraycopy("%PDF-1.7".getBytes(), 0, tooBig, 0, 8);
    assertThat(
            web.submitAllWithFile(
                    url, web.get(url), "entry", "add", fields, "evidence", "scan.pdf", tooBig)
                .body())
        .contains("That file is 10.0 MB; evidence files can be up to 10 MB.");
    assertThat(TestDatabase.one("select count(*) from cpd_entry where user_id = ?", trainee.id()))
        .isEqualTo("0");
    // a real PDF (the trainee's own certificate), under a name no browser should be trusted with
    String certificateId =
        TestDatabase.one("select id from certificate where user_id = ?", trainee.id());
    byte[] evidence = web.download("api/certificates/" + certificateId + "/pdf").body();
    Page added =
        web.submitAllWithFile(
            url,
            web.get(url),
            "entry",
            "add",
            fields,
            "evidence",
            "Teaching notes (final).exe",
            evidence);
    assertThat(added.status()).as(added.body()).isEqualTo(302);
    Page now = web.follow(added);
    assertThat(now.body())
        .contains("Your CPD record is added.")
        .contains("2 records:")
        .contains("8 hours, 5 participatory")
        .contains("Code: Preserve safety")
        .contains("Evidence: Teaching notes _final_.pdf");
    String entry = TestDatabase.one("select id from cpd_entry where user_id = ?", trainee.id());
    HttpResponse<byte[]> file = web.download("api/portfolio/evidence/" + entry);
    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.body()).isEqualTo(evidence);
    assertThat(file.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
    assertThat(file.headers().firstValue("Content-Disposition").orElse(""))
        .startsWith("attachment; filename=\"Teaching notes _final_.pdf\"");
    assertThat(file.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    // nobody else's: another trainee gets nothing, as for a record that does not exist
    assertThat(
            signedIn(TestUsers.create("TRAINEE"))
                .download("api/portfolio/evidence/" + entry)
                .statusCode())
        .isEqualTo(404);
    assertThat(web.download("api/portfolio/evidence/999999999").statusCode()).isEqualTo(404);

    // NMC revalidation in three years' time: 8 of 35 hours, 5 of 20 participatory
    web.follow(
        web.submit(
            url, web.get(url), "cycle", "saveDue", Map.of("due", today.plusMonths(6).toString())));
    Page cycle = web.get(url);
    assertThat(cycle.body())
        .contains("NMC revalidation every 3 years")
        .contains("8 of 35 hours of CPD")
        .contains("5 of 20 participatory hours");

    // the CSV for appraisal: every line, quoted, no formula
    HttpResponse<byte[]> csv = web.download("api/portfolio/cpd.csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    String text = new String(csv.body(), StandardCharsets.UTF_8);
    assertThat(text)
        .startsWith("\uFEFFstarted,ended,method,topic,hours")
        .contains(
            ",Teaching or presenting,\"'=Taught a session on e-prescribing, with \"\"quotes\"\"\",5,yes,")
        .contains(",Course or e-learning,Safer digital prescribing,3,no,")
        .contains(",Own record,Teaching notes _final_.pdf\r\n");
    // laid out as the NMC's CPD record log, over the 3 years to the revalidation date, with totals
    assertThat(cycle.body()).contains("your CPD record log as the NMC");
    String nmc =
        new String(web.download("api/portfolio/revalidation.csv").body(), StandardCharsets.UTF_8);
    assertThat(nmc)
        .startsWith(
            "\uFEFFDates,Method,Topic,Link to the Code,Number of hours,"
                + "Number of participatory hours,Evidence")
        .contains(",Teaching or presenting,")
        .containsPattern("\r\n\"?Total, [0-9-]+ to " + today.plusMonths(6) + "\"?,,,,8,5,")
        .contains("Required for revalidation,,,,35,20,");
    try (ReadableWorkbook wb =
        new ReadableWorkbook(
            new ByteArrayInputStream(web.download("api/portfolio/revalidation.xlsx").body()))) {
      List<Row> sheet = wb.getFirstSheet().read();
      assertThat(sheet.get(0).getCellText(5)).isEqualTo("Number of participatory hours");
    }

    // the same table as an Excel workbook (the one export every table uses)
    try (ReadableWorkbook wb =
        new ReadableWorkbook(
            new ByteArrayInputStream(web.download("api/portfolio/cpd.xlsx").body()))) {
      List<Row> sheet = wb.getFirstSheet().read();
      assertThat(sheet.get(0).getCellText(3)).isEqualTo("topic");
      assertThat(sheet)
          .anySatisfy(
              r -> {
                assertThat(r.getCellText(3)).isEqualTo("Safer digital prescribing");
                assertThat(r.getCellAsNumber(4).orElseThrow()).isEqualByComparingTo("3");
              });
    }

    // and the PDF for appraisal
    String pdfText;
    try (PDDocument d = Loader.loadPDF(web.download("api/portfolio/cpd.pdf").body())) {
      pdfText = new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
    }
    assertThat(pdfText)
        .contains("CPD portfolio")
        .contains("NMC PIN 01A2345N")
        .contains("2 records: 8 hours of CPD, 5 of them participatory.")
        .contains("Safer digital prescribing")
        .contains("Explaining it showed me the gaps")
        .contains("Code: Preserve safety")
        .contains("Evidence: Teaching notes _final_.pdf");

    // only one's own: another trainee sees none of it, and cannot remove it
    WebClient other = signedIn(TestUsers.create("TRAINEE"));
    assertThat(other.get(url).body()).doesNotContain("Taught a session");
    assertThat(new String(other.download("api/portfolio/cpd.csv").body()))
        .doesNotContain("Taught a session");
    // removing my own record
    Page mine = web.get(url);
    Element remove = Jsoup.parse(mine.body()).selectFirst("input[aria-label^='Remove the record']");
    Page removed = web.follow(web.send(url, mine, web.form(mine, "records"), remove.attr("name")));
    assertThat(removed.body()).contains("The record is removed.").contains("1 record:");
    assertThat(
            TestDatabase.one(
                "select count(*) from cpd_evidence where entry_id = ?", Long.parseLong(entry)))
        .isEqualTo("0");
  }

  @Test
  void aDoctorsCpdDiaryCountsCreditsForTheAppraisalYear() throws Exception {
    TestUser doctor = TestUsers.create("TRAINEE");
    TestDatabase.execute(
        "update users set professional_group = 'DOCTOR', profession = 'DOCTOR', grade = 'FY2',"
            + " registration_number = '7654321' where id = ?",
        doctor.id());
    LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
    // a 10-hour day is 8 credits; 2.5 hours are 2 (no half credits); one from before the
    // appraisal year (1 April) does not count
    LocalDate yearStart =
        LocalDate.of(today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1, 4, 1);
    TestDatabase.execute(
        "insert into cpd_entry (user_id, method, topic, started_on, ended_on, hours, participatory)"
            + " values (?, 'EVENT', 'Long conference day', ?, ?, 10, true),"
            + " (?, 'READING', 'Reading about openEHR', ?, ?, 2.5, false),"
            + " (?, 'READING', 'Last year', ?, ?, 4, false)",
        doctor.id(),
        today,
        today,
        doctor.id(),
        today,
        today,
        doctor.id(),
        yearStart.minusDays(1),
        yearStart.minusDays(1));
    WebClient web = signedIn(doctor);
    assertThat(web.get("trainee/portfolio.xhtml").body())
        .contains("your CPD diary for this appraisal year");
    String diary =
        new String(web.download("api/portfolio/revalidation.csv").body(), StandardCharsets.UTF_8);
    assertThat(diary)
        .startsWith("\uFEFFDate,Activity,Type of learning,Credits,Reflection,Evidence")
        .contains(
            ",Long conference day,Conference, event or workshop,8,"
                .replace("Conference, event or workshop", "\"Conference, event or workshop\""))
        .contains(",Reading about openEHR,Reading or research,2,")
        .doesNotContain("Last year")
        .contains(
            "\"Total, appraisal year "
                + yearStart
                + " to "
                + yearStart.plusYears(1).minusDays(1)
                + "\",,,10,,")
        .contains("Expected in a year (RCP),,,50,,");

    // a trainee whose regulator has no layout is told so, in JSON
    TestUser hcpc = TestUsers.create("TRAINEE");
    TestDatabase.execute(
        "update users set professional_group = 'AHP', profession = 'PHYSIOTHERAPIST',"
            + " registration_number = 'PH123456' where id = ?",
        hcpc.id());
    assertThat(signedIn(hcpc).download("api/portfolio/revalidation.csv").statusCode())
        .isEqualTo(404);
  }
}
