package org.ccioacademy.identity;

import java.io.Serializable;
import org.ccioacademy.platform.kernel.FieldErrors;

/** A professional profile as typed in a form, before it is checked. */
public class ProfileInput implements Serializable {

  private static final long serialVersionUID = 1L;

  private ProfessionalGroup group;
  private Profession profession;
  private Grade grade;
  private String registrationNumber;
  private String odsCode;
  private Region region;

  public static ProfileInput from(ProfessionalProfile profile) {
    ProfileInput input = new ProfileInput();
    if (profile != null) {
      input.group = profile.getGroup();
      input.profession = profile.getProfession();
      input.grade = profile.getGrade();
      input.registrationNumber = profile.getRegistrationNumber();
      input.odsCode = profile.getOdsCode();
      input.region = profile.getRegion();
    }
    return input;
  }

  /** After the group changes: clears a profession or grade that belongs to another group. */
  public void keepChoicesInGroup() {
    if (profession != null && profession.group() != group) {
      profession = null;
    }
    if (grade != null && (group == null || !grade.appliesTo(group))) {
      grade = null;
    }
  }

  ProfessionalProfile check(FieldErrors errors) {
    return ProfessionalProfile.check(
        group, profession, grade, registrationNumber, odsCode, region, errors);
  }

  public ProfessionalGroup getGroup() {
    return group;
  }

  public void setGroup(ProfessionalGroup group) {
    this.group = group;
  }

  public Profession getProfession() {
    return profession;
  }

  public void setProfession(Profession profession) {
    this.profession = profession;
  }

  public Grade getGrade() {
    return grade;
  }

  public void setGrade(Grade grade) {
    this.grade = grade;
  }

  public String getRegistrationNumber() {
    return registrationNumber;
  }

  public void setRegistrationNumber(String registrationNumber) {
    this.registrationNumber = registrationNumber;
  }

  public String getOdsCode() {
    return odsCode;
  }

  public void setOdsCode(String odsCode) {
    this.odsCode = odsCode;
  }

  public Region getRegion() {
    return region;
  }

  public void setRegion(Region region) {
    this.region = region;
  }
}
