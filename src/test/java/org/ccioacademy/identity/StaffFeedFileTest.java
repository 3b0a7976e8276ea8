package org.ccioacademy.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Reading the HR system's staff feed: ESR's column names, spreadsheets' CSV, every problem. */
class StaffFeedFileTest {

  private static StaffFeedFile.Read read(String csv) {
    return StaffFeedFile.read(csv.getBytes(StandardCharsets.UTF_8), 1000);
  }

  private static final String ESR_HEADER =
      "\uFEFFEmployee Number,First Name,Last Name,Email Address,Staff Group,"
          + "Professional Registration Number,Organisation Code,Assignment Start Date,"
          + "Assignment End Date\n";

  @Test
  void readsEsrsColumnNamesAndSpreadsheetCsv() {
    StaffFeedFile.Read read =
        read(
            ESR_HEADER
                + "10001234,Nia,Jones,Nia.Jones@NHS.net,Medical and Dental,1234567,rtd,2024-08-07,\n"
                + "\"10005678\",\"Mary-Anne, Jr\",O'Neil,mo@nhs.net,Nursing and Midwifery"
                + " Registered,12a3456e,RX9 ,01/04/2023,31-MAR-2026\n"
                + ",,,,,,,,\n");
    assertThat(read.fileProblem()).isNull();
    assertThat(read.lines()).hasSize(2);
    StaffFeedFile.Line nia = read.lines().get(0);
    assertThat(nia.lineNo()).isEqualTo(2);
    assertThat(nia.problems()).isEmpty();
    assertThat(nia.email()).isEqualTo("nia.jones@nhs.net");
    assertThat(nia.group()).isEqualTo(ProfessionalGroup.DOCTOR);
    assertThat(nia.organisationCode()).isEqualTo("RTD");
    assertThat(nia.start()).isEqualTo(LocalDate.of(2024, 8, 7));
    assertThat(nia.end()).isNull();
    StaffFeedFile.Line mary = read.lines().get(1);
    assertThat(mary.problems()).isEmpty();
    assertThat(mary.fullName()).isEqualTo("Mary-Anne, Jr O'Neil");
    assertThat(mary.registrationNumber()).isEqualTo("12A3456E");
    assertThat(mary.start()).isEqualTo(LocalDate.of(2023, 4, 1));
    assertThat(mary.end()).isEqualTo(LocalDate.of(2026, 3, 31));
  }

  @Test
  void namesEveryProblemOfEveryLine() {
    StaffFeedFile.Read read =
        read(
            "staff_number,first_name,last_name,email,professional_group,registration_number,"
                + "organisation_code,assignment_start,assignment_end\n"
                + "A1,Ann,Lee,ann@nhs.net,Doctors,123,R!,yesterday,2020-01-01\n"
                + "A1,,Lee,ann@nhs.net,AHP,PA12345,RTD,2024-01-01,2023-01-01\n"
                + "B 2,Bo,Ng,not-an-address,NURSE,,RTD,,\n");
    assertThat(read.fileProblem()).isNull();
    assertThat(read.lines().get(0).problems())
        .anyMatch(p -> p.contains("\"Doctors\" is not a professional group"))
        .anyMatch(p -> p.contains("is not an ODS code"))
        .anyMatch(p -> p.contains("\"yesterday\" is not an assignment start date"));
    assertThat(read.lines().get(1).problems())
        .anyMatch(p -> p.equals("Staff number A1 is also on line 2."))
        .anyMatch(p -> p.equals("The address ann@nhs.net is also on line 2."))
        .anyMatch(p -> p.contains("first name or the last name is missing"))
        .anyMatch(p -> p.contains("ends (2023-01-01) before it starts (2024-01-01)"));
    assertThat(read.lines().get(2).problems())
        .anyMatch(p -> p.contains("\"B 2\" is not a staff number"))
        .anyMatch(p -> p.contains("\"not-an-address\" is not an email address"))
        .anyMatch(p -> p.contains("assignment start date is missing"));
  }

  @Test
  void checksRegistrationNumbersByGroup() {
    String header =
        "staff number,first name,last name,email,professional group,registration number,"
            + "organisation code,assignment start date\n";
    StaffFeedFile.Read read =
        read(
            header
                + "1,A,B,a@nhs.net,DOCTOR,12A3456E,RTD,2024-01-01\n"
                + "2,C,D,c@nhs.net,NURSE,1234567,RTD,2024-01-01\n"
                + "3,E,F,e@nhs.net,AHP,PA12345,RTD,2024-01-01\n");
    assertThat(read.lines().get(0).problems()).anyMatch(p -> p.contains("not a GMC number"));
    assertThat(read.lines().get(1).problems()).anyMatch(p -> p.contains("not an NMC PIN"));
    assertThat(read.lines().get(2).problems()).isEmpty();
  }

  @Test
  void refusesAFileItCannotReadWithTheReason() {
    assertThat(read("staff number,first name\n1,A\n").fileProblem())
        .contains(
            "\"last name\"", "\"email\"", "\"organisation code\"", "\"assignment start date\"");
    assertThat(read("").fileProblem()).contains("empty");
    assertThat(
            StaffFeedFile.read(new byte[] {(byte) 0xff, (byte) 0xfe, 0x41, 0x00}, 10).fileProblem())
        .contains("not UTF-8");
    assertThat(read(ESR_HEADER + "1,\"unclosed,Lee,a@nhs.net,,,RTD,2024-01-01,\n").fileProblem())
        .contains("could not be read as CSV");
    StringBuilder many = new StringBuilder(ESR_HEADER);
    for (int i = 0; i < 1001; i++) {
      many.append(i).append(",A,B,a").append(i).append("@nhs.net,,,RTD,2024-01-01,\n");
    }
    assertThat(read(many.toString()).fileProblem()).contains("more than 1000 lines");
  }
}
