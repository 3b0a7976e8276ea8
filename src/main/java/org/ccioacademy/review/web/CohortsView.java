package org.ccioacademy.review.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.identity.Grade;
import org.ccioacademy.identity.ProfessionalGroup;
import org.ccioacademy.identity.Region;
import org.ccioacademy.platform.kernel.ConcurrentEditException;
import org.ccioacademy.platform.kernel.InvalidInputException;
import org.ccioacademy.platform.web.FacesForms;
import org.ccioacademy.review.Cohort;
import org.ccioacademy.review.CohortCriterion;
import org.ccioacademy.review.CohortInput;
import org.ccioacademy.review.Cohorts;
import org.ccioacademy.review.Dimension;
import org.omnifaces.util.Faces;

/** Cohorts: the list for reviewers, and the form that makes or changes one for admins. */
@Named
@ViewScoped
public class CohortsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Cohorts cohorts;
  @Inject CurrentUser currentUser;

  private String id;
  private transient List<Cohort> list;
  private boolean mayManage;
  private Long editing;
  private long version;
  private String name;
  private String description;
  private Integer intakeYear;
  private boolean explicit;
  private String[] regions = {};
  private String[] groups = {};
  private String[] grades = {};
  private String organisations;
  private String members;

  public void load() {
    mayManage = cohorts.mayManage(currentUser.caller());
    list = cohorts.all();
    if (id != null && !id.isBlank()) {
      Cohort c = id.matches("\\d{1,18}") ? cohorts.find(Long.parseLong(id)).orElse(null) : null;
      if (c == null || !mayManage) {
        Faces.responseSendError(404, "No such cohort");
        return;
      }
      editing = c.getId();
      version = c.getVersion();
      name = c.getName();
      description = c.getDescription();
      intakeYear = c.getIntakeYear();
      explicit = c.isExplicit();
      regions = c.values(Dimension.REGION).toArray(String[]::new);
      groups = c.values(Dimension.GROUP).toArray(String[]::new);
      grades = c.values(Dimension.GRADE).toArray(String[]::new);
      organisations = String.join(" ", c.values(Dimension.ORGANISATION));
      members = explicit ? String.join("\n", cohorts.memberEmails(c.getId())) : null;
    }
  }

  public String save() {
    List<CohortCriterion> criteria = new ArrayList<>();
    Arrays.stream(regions).forEach(v -> criteria.add(new CohortCriterion(Dimension.REGION, v)));
    Arrays.stream(groups).forEach(v -> criteria.add(new CohortCriterion(Dimension.GROUP, v)));
    Arrays.stream(grades).forEach(v -> criteria.add(new CohortCriterion(Dimension.GRADE, v)));
    if (organisations != null) {
      for (String code : organisations.toUpperCase(Locale.ROOT).split("[\\s,;]+")) {
        if (!code.isBlank()) {
          criteria.add(new CohortCriterion(Dimension.ORGANISATION, code));
        }
      }
    }
    CohortInput in =
        new CohortInput(
            name,
            description,
            intakeYear,
            explicit,
            criteria,
            members == null ? List.of() : Arrays.asList(members.split("[\\s,;]+")));
    try {
      Cohort c =
          editing == null
              ? cohorts.create(currentUser.caller(), in)
              : cohorts.change(currentUser.caller(), editing, version, in);
      FacesForms.flashInfo("The cohort " + c.getName() + " is saved: " + c.describe() + ".");
      return "/reviewer/cohorts?faces-redirect=true";
    } catch (InvalidInputException e) {
      // criteria problems (an unknown ODS code is the one a form can produce) show by the codes
      Map<String, String> errors = new LinkedHashMap<>(e.errors().asMap());
      String criteriaProblem = errors.remove("criteria");
      if (criteriaProblem != null) {
        errors.put("organisations", criteriaProblem);
      }
      FacesForms.showErrors("cohort", errors);
      return null;
    } catch (ConcurrentEditException e) {
      FacesForms.error(e.getMessage());
      return null;
    }
  }

  public String remove(long cohortId) {
    cohorts.remove(currentUser.caller(), cohortId);
    FacesForms.flashInfo("The cohort is removed.");
    return "/reviewer/cohorts?faces-redirect=true";
  }

  public Region[] getRegionChoices() {
    return Region.values();
  }

  public ProfessionalGroup[] getGroupChoices() {
    return ProfessionalGroup.values();
  }

  public Grade[] getGradeChoices() {
    return Grade.values();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public List<Cohort> getList() {
    return list;
  }

  public boolean isMayManage() {
    return mayManage;
  }

  public Long getEditing() {
    return editing;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public Integer getIntakeYear() {
    return intakeYear;
  }

  public void setIntakeYear(Integer intakeYear) {
    this.intakeYear = intakeYear;
  }

  public boolean isExplicit() {
    return explicit;
  }

  public void setExplicit(boolean explicit) {
    this.explicit = explicit;
  }

  public String[] getRegions() {
    return regions;
  }

  public void setRegions(String[] regions) {
    this.regions = regions == null ? new String[0] : regions;
  }

  public String[] getGroups() {
    return groups;
  }

  public void setGroups(String[] groups) {
    this.groups = groups == null ? new String[0] : groups;
  }

  public String[] getGrades() {
    return grades;
  }

  public void setGrades(String[] grades) {
    this.grades = grades == null ? new String[0] : grades;
  }

  public String getOrganisations() {
    return organisations;
  }

  public void setOrganisations(String organisations) {
    this.organisations = organisations;
  }

  public String getMembers() {
    return members;
  }

  public void setMembers(String members) {
    this.members = members;
  }
}
