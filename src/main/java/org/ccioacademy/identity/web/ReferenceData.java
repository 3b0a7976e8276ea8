package org.ccioacademy.identity.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import org.ccioacademy.identity.Grade;
import org.ccioacademy.identity.Profession;
import org.ccioacademy.identity.ProfessionalGroup;
import org.ccioacademy.identity.Region;
import org.ccioacademy.platform.kernel.Role;

/** Choices for the forms' drop-down lists. */
@Named
@ApplicationScoped
public class ReferenceData {

  private static final List<ProfessionalGroup> GROUPS = List.of(ProfessionalGroup.values());
  private static final List<Region> REGIONS = List.of(Region.values());
  private static final List<Role> ROLES = List.of(Role.values());
  private static final List<Profession> ALL_PROFESSIONS = List.of(Profession.values());
  private static final List<Grade> ALL_GRADES = List.of(Grade.values());

  public List<ProfessionalGroup> getGroups() {
    return GROUPS;
  }

  public List<Region> getRegions() {
    return REGIONS;
  }

  public List<Role> getRoles() {
    return ROLES;
  }

  /**
   * The professions of a group; all of them while no group is chosen, so a form posted without
   * JavaScript (group and profession in one go) still passes Faces' list check. The service checks
   * that the two fit together.
   */
  public List<Profession> professions(ProfessionalGroup group) {
    return group == null ? ALL_PROFESSIONS : Profession.in(group);
  }

  /** The grades of a group; all of them while no group is chosen (see professions). */
  public List<Grade> grades(ProfessionalGroup group) {
    return group == null ? ALL_GRADES : Grade.forGroup(group);
  }

  /** What the registration number should look like for this profession, or a prompt. */
  public String numberHint(Profession profession) {
    if (profession == null) {
      return "Choose your profession first; we will say what form the number takes.";
    }
    if (!profession.regulator().issuesNumbers()) {
      return "Not needed: your profession has no professional register.";
    }
    return profession.regulator().getLabel() + ". " + profession.regulator().formHint(profession);
  }
}
