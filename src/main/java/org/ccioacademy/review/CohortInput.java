package org.ccioacademy.review;

import java.util.List;

/** A cohort's definition as typed in: checked by {@link Cohorts}, every problem at once. */
public record CohortInput(
    String name,
    String description,
    Integer intakeYear,
    boolean explicit,
    List<CohortCriterion> criteria,
    List<String> memberEmails) {

  public CohortInput {
    criteria = criteria == null ? List.of() : List.copyOf(criteria);
    memberEmails = memberEmails == null ? List.of() : List.copyOf(memberEmails);
  }
}
