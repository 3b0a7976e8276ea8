package org.ccioacademy.review.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.review.Cohort;
import org.ccioacademy.review.Cohorts;
import org.ccioacademy.review.Dashboard;
import org.ccioacademy.review.Population;
import org.ccioacademy.review.ReviewerScopes;
import org.ccioacademy.review.Scope;

/**
 * A reviewer's home: the trainees they may see, and each of their cohorts (the first {@value
 * #SHOWN}) in a line of headline figures, within their scope. Counts only, so reading it writes no
 * audit row (no one is named).
 */
@Named
@RequestScoped
public class ReviewerHomeView {

  static final int SHOWN = 12;

  @Inject CurrentUser currentUser;
  @Inject ReviewerScopes scopes;
  @Inject Cohorts cohorts;
  @Inject Dashboard dashboard;

  /** One cohort's headline within the reviewer's scope. */
  public record CohortLine(Cohort cohort, Dashboard.Summary summary) {}

  private String scopeText;
  private boolean noScope;
  private Dashboard.Summary everyone;
  private List<CohortLine> lines;
  private int cohortCount;

  @PostConstruct
  void load() {
    Scope scope = scopes.of(currentUser.caller());
    scopeText = ReviewerScopes.describe(scope);
    noScope = scope.isNone();
    everyone = dashboard.summary(Population.of(null, scope));
    List<Cohort> all = cohorts.all();
    cohortCount = all.size();
    lines =
        all.stream()
            .limit(SHOWN)
            .map(c -> new CohortLine(c, dashboard.summary(Population.of(c, scope))))
            .toList();
  }

  public String getScopeText() {
    return scopeText;
  }

  public boolean isNoScope() {
    return noScope;
  }

  public Dashboard.Summary getEveryone() {
    return everyone;
  }

  public List<CohortLine> getLines() {
    return lines;
  }

  public int getCohortCount() {
    return cohortCount;
  }

  public int getInactiveDays() {
    return dashboard.getInactiveDays();
  }

  public int getShown() {
    return SHOWN;
  }
}
