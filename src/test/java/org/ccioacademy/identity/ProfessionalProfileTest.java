package org.ccioacademy.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ccioacademy.platform.kernel.InvalidInputException;
import org.junit.jupiter.api.Test;

class ProfessionalProfileTest {

  @Test
  void aValidProfileIsNormalised() {
    ProfessionalProfile p =
        ProfessionalProfile.of(
            ProfessionalGroup.DOCTOR,
            Profession.DOCTOR,
            Grade.ST3,
            " 1234567 ",
            "rtd",
            Region.LONDON);
    assertThat(p.getRegistrationNumber()).isEqualTo("1234567");
    assertThat(p.getOdsCode()).isEqualTo("RTD");
    assertThat(p.getRegulator()).isEqualTo(Regulator.GMC);
  }

  @Test
  void everyProblemIsReportedTogether() {
    assertThatThrownBy(() -> ProfessionalProfile.of(null, null, null, null, "###", null))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.errors().asMap())
                    .containsOnlyKeys("group", "profession", "grade", "odsCode", "region"));
  }

  @Test
  void professionAndGradeMustFitTheGroup() {
    assertThatThrownBy(
            () ->
                ProfessionalProfile.of(
                    ProfessionalGroup.NURSE,
                    Profession.PARAMEDIC,
                    Grade.FY1,
                    "PA123",
                    "RTD",
                    Region.LONDON))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.errors().get("profession")).contains("is not in the group");
              assertThat(e.errors().get("grade")).contains("Agenda for Change band");
            });
  }

  @Test
  void aManagerNeedsNoRegistrationNumberAndAnyGivenIsDropped() {
    ProfessionalProfile p =
        ProfessionalProfile.of(
            ProfessionalGroup.OTHER,
            Profession.MANAGER,
            Grade.NOT_APPLICABLE,
            "XYZ",
            "RTD",
            Region.MIDLANDS);
    assertThat(p.getRegistrationNumber()).isNull();
  }

  @Test
  void odsCodesAreOneToNineLettersOrDigits() {
    assertThat(OdsCode.check("RTD")).isEmpty();
    assertThat(OdsCode.check("ABCDE1234")).isEmpty();
    assertThat(OdsCode.check("ABCDE12345")).isPresent();
    assertThat(OdsCode.check(OdsCode.normalise("r t d"))).isEmpty();
    assertThat(OdsCode.check(null)).hasValueSatisfying(m -> assertThat(m).contains("ODS code"));
  }

  @Test
  void emailAddressesAreCheckedAndLowerCased() {
    assertThat(EmailAddress.normalise(" Jo.Bloggs@NHS.net ")).isEqualTo("jo.bloggs@nhs.net");
    assertThat(EmailAddress.check("jo.bloggs@nhs.net")).isEmpty();
    assertThat(EmailAddress.check("jo.bloggs")).isPresent();
    assertThat(EmailAddress.check("jo@localhost")).isPresent();
    assertThat(EmailAddress.check("")).isPresent();
  }
}
