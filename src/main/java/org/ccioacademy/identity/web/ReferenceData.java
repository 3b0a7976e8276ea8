package org.ccioacademy.identity.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import org.ccioacademy.identity.Grade;
import org.ccioacademy.identity.Profession;
import org.ccioacademy.identity.ProfessionalGroup;
import org.ccioacademy.identity.Region;
import org.ccioacademy.identity.Role;

/** Choices for the forms' drop-down lists. */
@Named
@ApplicationScoped
public class ReferenceData {

  private static final List<ProfessionalGroup> GROUPS = List.of(ProfessionalGroup.values());
  private static final List<Region> REGIONS = List.of(Region.values());
  private static final List<Role> ROLES = List.of(Role.values());

  public List<ProfessionalGroup> getGroups() {
    return GROUPS;
  }

  public List<Region> getRegions() {
    return REGIONS;
  }

  public List<Role> getRoles() {
    return ROLES;
  }

  public List<Profession> professions(ProfessionalGroup group) {
    return group == null ? List.of() : Profession.in(group);
  }

  public List<Grade> grades(ProfessionalGroup group) {
    return group == null ? List.of() : Grade.forGroup(group);
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
