package org.ccioacademy.review;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.ccioacademy.identity.CurrentUser;

/**
 * The reviewer or admin asking for figures, on a page or through the API: what they may see, and
 * the population a request's {@code cohort} parameter names.
 */
@RequestScoped
public class Viewer {

  @Inject ReviewerScopes scopes;
  @Inject CurrentUser currentUser;
  @Inject Cohorts cohorts;

  /** What the page is about: a cohort (null for every trainee) within the viewer's scope. */
  public record Chosen(Cohort cohort, Scope scope, Population population) {}

  /** The regions and organisations this person may see. */
  public Scope scope() {
    return scopes.of(currentUser.caller());
  }

  /**
   * The population a request's {@code cohort} parameter names, within the viewer's scope (every
   * trainee when the parameter is empty); empty when it names no cohort (the page or API answers
   * 404).
   */
  public Optional<Chosen> choose(String cohortParameter) {
    Scope scope = scope();
    Cohort cohort = null;
    if (cohortParameter != null && !cohortParameter.isBlank()) {
      cohort =
          cohortParameter.matches("\\d{1,18}")
              ? cohorts.find(Long.parseLong(cohortParameter)).orElse(null)
              : null;
      if (cohort == null) {
        return Optional.empty();
      }
    }
    return Optional.of(new Chosen(cohort, scope, Population.of(cohort, scope)));
  }
}
