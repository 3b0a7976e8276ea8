package org.ccioacademy.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ccioacademy.identity.OdsCode;
import org.ccioacademy.identity.Region;
import org.ccioacademy.platform.audit.Actor;
import org.ccioacademy.platform.audit.AuditLog;
import org.ccioacademy.platform.database.Row;
import org.ccioacademy.platform.kernel.Caller;
import org.ccioacademy.platform.kernel.FieldErrors;
import org.ccioacademy.platform.kernel.InvalidInputException;
import org.ccioacademy.platform.kernel.Role;

/** Which trainees each reviewer may see (set by admins); admins see everyone. */
@ApplicationScoped
public class ReviewerScopes {

  @PersistenceContext private EntityManager em;
  @Inject AuditLog audit;

  /**
   * What someone with these roles may see: everyone for an admin, their scope for a reviewer.
   *
   * @throws SecurityException for anyone else: trainees and tutors see no cohort figures
   */
  public Scope of(Caller who) {
    if (who.isAdmin()) {
      return Scope.NATIONAL;
    }
    if (!who.has(Role.REVIEWER)) {
      throw new SecurityException("Not a reviewer");
    }
    return ofReviewer(who.userId());
  }

  /** The regions, organisations and cohorts a reviewer is given (everyone if none). */
  public Scope ofReviewer(long userId) {
    List<Row> rows =
        Row.list(
            em.createNativeQuery("select kind, value from reviewer_scope where user_id = ?1")
                .setParameter(1, userId));
    Set<String> regions = new HashSet<>();
    Set<String> organisations = new HashSet<>();
    for (Row r : rows) {
      ("REGION".equals(r.stringAt(0)) ? regions : organisations).add(r.stringAt(1));
    }
    return new Scope(regions, organisations);
  }

  /**
   * Sets a reviewer's scope (empty: national), for an admin; audited.
   *
   * @throws InvalidInputException naming every region or ODS code not known
   */
  @Transactional
  public void set(Actor admin, long reviewerId, Set<String> regions, Set<String> odsCodes) {
    FieldErrors errors = new FieldErrors();
    List<String> bad = new ArrayList<>();
    for (String r : regions) {
      try {
        Region.valueOf(r);
      } catch (IllegalArgumentException e) {
        bad.add(r);
      }
    }
    List<String> codes = new ArrayList<>();
    for (String c : odsCodes) {
      String code = OdsCode.normalise(c);
      if (code == null) {
        continue;
      }
      if (OdsCode.check(code).isPresent()) {
        bad.add(c);
      } else {
        codes.add(code);
      }
    }
    if (!bad.isEmpty()) {
      errors.add("organisations", "Not a region or an ODS code: " + String.join(", ", bad) + ".");
      throw new InvalidInputException(errors);
    }
    Scope before = ofReviewer(reviewerId);
    em.createNativeQuery("delete from reviewer_scope where user_id = ?1")
        .setParameter(1, reviewerId)
        .executeUpdate();
    for (String r : regions) {
      insert(reviewerId, "REGION", r);
    }
    for (String c : codes) {
      insert(reviewerId, "ORGANISATION", c);
    }
    Scope after = new Scope(regions, new HashSet<>(codes));
    audit.record(
        admin, "reviewer.scope-set", "user", reviewerId, null, describe(before), describe(after));
  }

  private void insert(long userId, String kind, String value) {
    em.createNativeQuery(
            "insert into reviewer_scope (user_id, kind, value) values (?1, ?2, ?3)"
                + " on conflict do nothing")
        .setParameter(1, userId)
        .setParameter(2, kind)
        .setParameter(3, value)
        .executeUpdate();
  }

  /** A scope in words: "national", or "regions: London; organisations: RTD". */
  public static String describe(Scope s) {
    if (s.isNational()) {
      return "every trainee (national)";
    }
    List<String> parts = new ArrayList<>();
    if (!s.regions().isEmpty()) {
      parts.add(
          "regions: "
              + String.join(
                  ", ", s.regions().stream().sorted().map(Dimension.REGION::describe).toList()));
    }
    if (!s.organisations().isEmpty()) {
      parts.add(
          "organisations: " + String.join(", ", s.organisations().stream().sorted().toList()));
    }
    return String.join("; ", parts);
  }
}
