package org.ccioacademy.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Registration numbers for every regulator, in the right form and in the wrong one. */
class RegulatorTest {

  @ParameterizedTest(name = "{0} {1} is accepted")
  @CsvSource({
    "DOCTOR, 1234567",
    "DOCTOR, 7654321",
    "NURSE, 01A2345N",
    "MIDWIFE, 99Z0000A",
    "NURSING_ASSOCIATE, 12B3456C",
    "ART_THERAPIST, AS123",
    "DRAMATHERAPIST, AS1",
    "MUSIC_THERAPIST, AS999999",
    "DIETITIAN, DT12345",
    "OCCUPATIONAL_THERAPIST, OT123456",
    "OPERATING_DEPARTMENT_PRACTITIONER, ODP12345",
    "ORTHOPTIST, OR1234",
    "PARAMEDIC, PA123456",
    "PHYSIOTHERAPIST, PH123456",
    "PODIATRIST, CH12345",
    "PROSTHETIST_ORTHOTIST, PO123",
    "RADIOGRAPHER, RA654321",
    "SPEECH_AND_LANGUAGE_THERAPIST, SL12",
    "CLINICAL_SCIENTIST, CS12345",
    "BIOMEDICAL_SCIENTIST, BS54321",
    "PRACTITIONER_PSYCHOLOGIST, PYL123456",
    "OSTEOPATH, 1234",
    "OSTEOPATH, A1B2",
    "PHARMACIST, 2012345"
  })
  void acceptsTheRightForm(Profession profession, String number) {
    assertThat(profession.regulator().check(profession, Regulator.normalise(number))).isEmpty();
  }

  @ParameterizedTest(name = "{0} \"{1}\" is refused with a message containing \"{2}\"")
  @CsvSource({
    "DOCTOR, 123456, 7 digits",
    "DOCTOR, 12345678, 7 digits",
    "DOCTOR, A234567, for example 1234567",
    "NURSE, 01A2345, 2 digits, a letter, 4 digits and a letter",
    "NURSE, 1A23456N, for example 01A2345N",
    "MIDWIFE, 01A2345NN, NMC PIN",
    "PHYSIOTHERAPIST, PH1234567, PH followed by up to 6 digits",
    "PHYSIOTHERAPIST, PH, PH followed by up to 6 digits",
    "PHYSIOTHERAPIST, OT123456, another profession",
    "PARAMEDIC, 123456, PA followed by up to 6 digits",
    "PRACTITIONER_PSYCHOLOGIST, PY123, PYL followed",
    "ART_THERAPIST, AT123, AS followed",
    "OSTEOPATH, 12-34, letters and digits",
    "PHARMACIST, 20.12345, letters and digits"
  })
  void refusesTheWrongFormAndSaysWhatIsRight(Profession profession, String number, String hint) {
    assertThat(profession.regulator().check(profession, Regulator.normalise(number)))
        .hasValueSatisfying(message -> assertThat(message).contains(hint));
  }

  @ParameterizedTest
  @CsvSource({"DOCTOR", "NURSE", "PHYSIOTHERAPIST", "OSTEOPATH", "PHARMACIST"})
  void aMissingNumberIsRefusedWhenTheRegulatorIssuesOne(Profession profession) {
    assertThat(profession.regulator().check(profession, null))
        .hasValueSatisfying(m -> assertThat(m).startsWith("Enter your"));
  }

  @ParameterizedTest
  @CsvSource({"MANAGER", "OTHER_PROFESSION"})
  void professionsWithoutARegisterNeedNoNumber(Profession profession) {
    assertThat(profession.regulator().check(profession, null)).isEmpty();
  }

  @Test
  void spacesAndCaseAreForgivenBeforeChecking() {
    assertThat(Regulator.normalise(" 01a 2345n ")).isEqualTo("01A2345N");
    assertThat(Regulator.normalise("   ")).isNull();
  }

  @Test
  void thereAreFourteenAlliedHealthProfessions() {
    assertThat(Profession.in(ProfessionalGroup.AHP)).hasSize(14);
    assertThat(Profession.OSTEOPATH.regulator()).isEqualTo(Regulator.GOSC);
    assertThat(
            Profession.in(ProfessionalGroup.AHP).stream()
                .filter(p -> p.regulator() == Regulator.HCPC))
        .hasSize(13);
  }

  /** The data quality panel checks numbers in SQL with these expressions: they must agree. */
  @ParameterizedTest
  @CsvSource({
    "DOCTOR, 1234567",
    "DOCTOR, 123456",
    "DOCTOR, 01A2345N",
    "NURSE, 01A2345N",
    "NURSE, 1A2345N",
    "PHYSIOTHERAPIST, PH123456",
    "PHYSIOTHERAPIST, PA123456",
    "PARAMEDIC, PA1",
    "PARAMEDIC, PA1234567",
    "OSTEOPATH, 1234X",
    "PHARMACIST, 2045!"
  })
  void theFormInSqlAgreesWithTheCheck(Profession profession, String number) {
    Regulator r = profession.regulator();
    boolean byRegex = Pattern.compile(r.formRegex(profession)).matcher(number).find();
    assertThat(byRegex).isEqualTo(r.check(profession, number).isEmpty());
  }

  @Test
  void theHintNamesTheProfessionWithTheRightArticle() {
    assertThat(Regulator.HCPC.formHint(Profession.OPERATING_DEPARTMENT_PRACTITIONER))
        .startsWith("An HCPC registration number for an operating department practitioner is ODP");
    assertThat(Regulator.HCPC.formHint(Profession.PARAMEDIC))
        .startsWith("An HCPC registration number for a paramedic is PA");
  }
}
