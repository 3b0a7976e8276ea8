package org.ccioacademy.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import org.ccioacademy.platform.kernel.FieldErrors;
import org.ccioacademy.platform.kernel.InvalidInputException;

/**
 * A person's professional details: what they do, where, and their regulator's number. Valid by
 * construction: use {@link #of} to build one from what was typed.
 */
@Embeddable
public class ProfessionalProfile implements Serializable {

  private static final long serialVersionUID = 1L;

  @Enumerated(EnumType.STRING)
  @Column(name = "professional_group")
  private ProfessionalGroup group;

  @Enumerated(EnumType.STRING)
  @Column(name = "profession")
  private Profession profession;

  @Enumerated(EnumType.STRING)
  @Column(name = "grade")
  private Grade grade;

  @Column(name = "registration_number")
  private String registrationNumber;

  @Column(name = "ods_code")
  private String odsCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "region")
  private Region region;

  protected ProfessionalProfile() {}

  private ProfessionalProfile(
      Profession profession,
      Grade grade,
      String registrationNumber,
      String odsCode,
      Region region) {
    this.group = profession.group();
    this.profession = profession;
    this.grade = grade;
    this.registrationNumber = registrationNumber;
    this.odsCode = odsCode;
    this.region = region;
  }

  /**
   * Checks every field and reports all problems together under the field names {@code group},
   * {@code profession}, {@code grade}, {@code registrationNumber}, {@code odsCode} and {@code
   * region}.
   *
   * @throws InvalidInputException listing every problem found
   */
  public static ProfessionalProfile of(
      ProfessionalGroup group,
      Profession profession,
      Grade grade,
      String registrationNumber,
      String odsCode,
      Region region) {
    FieldErrors errors = new FieldErrors();
    ProfessionalProfile profile =
        check(group, profession, grade, registrationNumber, odsCode, region, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return profile;
  }

  /** The same details, as a profile of its own (for another account). */
  ProfessionalProfile copy() {
    ProfessionalProfile p = new ProfessionalProfile();
    p.group = group;
    p.profession = profession;
    p.grade = grade;
    p.registrationNumber = registrationNumber;
    p.odsCode = odsCode;
    p.region = region;
    return p;
  }

  /**
   * Only where the person works (an ODS code already checked): what an administrator knows when
   * inviting someone, before they give their professional details.
   */
  static ProfessionalProfile organisationOnly(String odsCode) {
    ProfessionalProfile p = new ProfessionalProfile();
    p.odsCode = odsCode;
    return p;
  }

  /**
   * Adds to {@code errors} what is wrong with these details, and returns the profile when nothing
   * is (or null).
   */
  static ProfessionalProfile check(
      ProfessionalGroup group,
      Profession profession,
      Grade grade,
      String registrationNumber,
      String odsCode,
      Region region,
      FieldErrors errors) {
    if (group == null) {
      errors.add("group", "Choose your professional group.");
    }
    if (profession == null) {
      errors.add("profession", "Choose your profession.");
    } else if (group != null && profession.group() != group) {
      errors.add(
          "profession",
          profession.getLabel()
              + " is not in the group \""
              + group.getLabel()
              + "\". Choose a profession from that group.");
    }
    if (grade == null) {
      errors.add(
          "grade",
          group == ProfessionalGroup.DOCTOR
              ? "Choose your grade, for example FY1 or ST3."
              : "Choose your Agenda for Change band, for example Band 6.");
    } else if (group != null && !grade.appliesTo(group)) {
      errors.add(
          "grade",
          group == ProfessionalGroup.DOCTOR
              ? grade.getLabel() + " is not a doctor's grade. Choose a grade such as FY1 or ST3."
              : grade.getLabel()
                  + " does not apply to this group. Choose an Agenda for Change band.");
    }
    String number = Regulator.normalise(registrationNumber);
    if (profession != null) {
      profession
          .regulator()
          .check(profession, number)
          .ifPresent(m -> errors.add("registrationNumber", m));
      if (!profession.regulator().issuesNumbers()) {
        number = null;
      }
    }
    String ods = OdsCode.normalise(odsCode);
    OdsCode.check(ods).ifPresent(m -> errors.add("odsCode", m));
    if (region == null) {
      errors.add("region", "Choose the NHS England region you work in.");
    }
    if (!errors.isEmpty()) {
      return null;
    }
    return new ProfessionalProfile(profession, grade, number, ods, region);
  }

  public ProfessionalGroup getGroup() {
    return group;
  }

  public Profession getProfession() {
    return profession;
  }

  public Grade getGrade() {
    return grade;
  }

  public String getRegistrationNumber() {
    return registrationNumber;
  }

  public String getOdsCode() {
    return odsCode;
  }

  public Region getRegion() {
    return region;
  }

  /**
   * The registration as printed on certificates and portfolios ("NMC PIN 12A3456B"), or null when
   * there is none.
   */
  public String describeRegistration() {
    Regulator r = getRegulator();
    if (registrationNumber == null
        || registrationNumber.isBlank()
        || r == null
        || r == Regulator.NONE) {
      return null;
    }
    return r.numberName() + " " + registrationNumber;
  }

  public Regulator getRegulator() {
    return profession == null ? null : profession.regulator();
  }

  @Override
  public String toString() {
    return "profession="
        + profession
        + ", grade="
        + grade
        + ", registrationNumber="
        + registrationNumber
        + ", odsCode="
        + odsCode
        + ", region="
        + region;
  }
}
