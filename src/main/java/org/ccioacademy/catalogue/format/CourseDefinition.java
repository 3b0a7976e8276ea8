package org.ccioacademy.catalogue.format;

import java.util.List;
import org.ccioacademy.identity.ProfessionalGroup;

/**
 * A whole course as written in its folder: the course file and every module. {@code
 * certificateValidMonths} is how long its certificate stays valid (null: for ever).
 */
public record CourseDefinition(
    String id,
    String title,
    String summary,
    List<ProfessionalGroup> audience,
    CourseLevel level,
    int cpdHours,
    List<CompetencyRef> competencies,
    ModuleRule moduleRule,
    int passMark,
    int attempts,
    Integer certificateValidMonths,
    List<ModuleDefinition> modules) {

  public CourseDefinition {
    audience = List.copyOf(audience);
    competencies = List.copyOf(competencies);
    modules = List.copyOf(modules);
  }
}
