package org.ccioacademy.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.ccioacademy.platform.kernel.FieldErrors;
import org.junit.jupiter.api.Test;

class RegistrationTest {

  @Test
  void aCompleteRegistrationHasNoProblems() {
    Registration r = new Registration();
    r.setFullName("  Ada   Lovelace ");
    r.setEmail("ada@example.nhs.uk");
    r.setPassword("analytical engine notes");
    r.setPasswordConfirmation("analytical engine notes");
    r.getProfile().setGroup(ProfessionalGroup.NURSE);
    r.getProfile().setProfession(Profession.NURSE);
    r.getProfile().setGrade(Grade.BAND_5);
    r.getProfile().setRegistrationNumber("01a2345n");
    r.getProfile().setOdsCode("RTD");
    r.getProfile().setRegion(Region.NORTH_WEST);
    assertThat(r.check().isEmpty()).isTrue();
    assertThat(Names.normalise(r.getFullName())).isEqualTo("Ada Lovelace");
  }

  @Test
  void anEmptyFormListsEveryField() {
    FieldErrors errors = new Registration().check();
    assertThat(errors.asMap())
        .containsOnlyKeys(
            "fullName", "email", "password", "group", "profession", "grade", "odsCode", "region");
  }

  @Test
  void changingTheGroupDropsChoicesFromTheOldGroup() {
    ProfileInput input = new ProfileInput();
    input.setGroup(ProfessionalGroup.DOCTOR);
    input.setProfession(Profession.DOCTOR);
    input.setGrade(Grade.ST1);
    input.setGroup(ProfessionalGroup.AHP);
    input.keepChoicesInGroup();
    assertThat(input.getProfession()).isNull();
    assertThat(input.getGrade()).isNull();
  }
}
