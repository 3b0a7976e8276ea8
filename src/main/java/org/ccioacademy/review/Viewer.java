package org.ccioacademy.review;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.platform.audit.Actor;
import org.ccioacademy.platform.audit.AuditLog;

/**
 * The reviewer or admin asking for figures, on a page or through the API: what they may see, and
 * the population a request's {@code cohort} parameter names.
 */
@RequestScoped
public class Viewer {

  @Inject ReviewerScopes scopes;
  @Inject CurrentUser currentUser;
  @Inject Cohorts cohorts;
  @Inject AuditLog audit;

  /** What the page is about: a cohort (null for every trainee) within the viewer's scope. */
  public record Chosen(Cohort cohort, Scope scope, Population population) {

    /**
     * Whom it is about, in words: the cohort's name, "every trainee", or for a reviewer with a
     * narrower scope "every trainee you can see (regions: London)".
     */
    public String about() {
      if (cohort != null) {
        return cohort.getName();
      }
      return scope.isNational()
          ? "every trainee"
          : "every trainee you can see (" + ReviewerScopes.describe(scope) + ")";
    }

    /**
     * The same for a file's name: "london-nurses", "national", "regions-london": lower case
     * letters, digits and hyphens.
     */
    public String fileLabel() {
      String words =
          cohort != null
              ? cohort.getName()
              : scope.isNational() ? "national" : ReviewerScopes.describe(scope);
      String slug =
          Normalizer.normalize(words, Normalizer.Form.NFKD)
              .toLowerCase(Locale.UK)
              .replaceAll("[^a-z0-9]+", "-")
              .replaceAll("^-+|-+$", "");
      if (slug.length() > 60) {
        slug = slug.substring(0, 60).replaceAll("-+$", "");
      }
      return slug.isEmpty() ? "cohort" : slug;
    }
  }

  /**
   * Records in the audit log that this viewer saw named data: one trainee's record ({@code
   * personId}), or a list of {@code rows} names described by {@code what}.
   */
  public void read(String action, Long personId, String what, int rows) {
    audit.read(
        currentUser.actor(),
        action,
        personId == null ? "names" : "user",
        personId,
        null,
        what,
        rows);
  }

  /**
   * What to call once an export of named data ({@code what}) has been written: records it, with the
   * number of rows, in the audit log.
   */
  public IntConsumer exported(String action, String what) {
    Actor who = currentUser.actor();
    return rows -> audit.read(who, action, "names", null, null, what, rows);
  }

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
