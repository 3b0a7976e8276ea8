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

/**
 * Which trainees each reviewer may see, set by admins: nobody until then, and every trainee only by
 * an explicit choice; admins see everyone.
 */
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

  /** What an admin has given a reviewer to see: nobody until then. */
  public Scope ofReviewer(long userId) {
    List<Row> rows =
        Row.list(
            em.createNativeQuery("select kind, value from reviewer_scope where user_id = ?1")
                .setParameter(1, userId));
    Set<String> regions = new HashSet<>();
    Set<String> organisations = new HashSet<>();
    for (Row r : rows) {
      switch (r.stringAt(0)) {
        case "NATIONAL" -> {
          return Scope.NATIONAL;
        }
        case "REGION" -> regions.add(r.stringAt(1));
        default -> organisations.add(r.stringAt(1));
      }
    }
    return Scope.of(regions, organisations);
  }

  /**
   * Sets a reviewer's scope, for an admin: every trainee when {@code national}, else those in the
   * regions and organisations given (none: nobody); audited.
   *
   * @throws InvalidInputException naming every region or ODS code not known, or when national comes
   *     with regions or organisations
   */
  @Transactional
  public void set(
      Actor admin, long reviewerId, boolean national, Set<String> regions, Set<String> odsCodes) {
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
    if (national && !(regions.isEmpty() && codes.isEmpty())) {
      throw InvalidInputException.of(
          "national",
          "Choose either every trainee in the country, or regions and organisations, not both.");
    }
    // the reviewer's row locked, so two admins saving at once do not mix their choices
    em.createNativeQuery("select id from person where id = ?1 for update")
        .setParameter(1, reviewerId)
        .getResultList();
    Scope before = ofReviewer(reviewerId);
    em.createNativeQuery("delete from reviewer_scope where user_id = ?1")
        .setParameter(1, reviewerId)
        .executeUpdate();
    if (national) {
      insert(reviewerId, "NATIONAL", "*");
    }
    for (String r : regions) {
      insert(reviewerId, "REGION", r);
    }
    for (String c : codes) {
      insert(reviewerId, "ORGANISATION", c);
    }
    Scope after = national ? Scope.NATIONAL : Scope.of(regions, new HashSet<>(codes));
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

  /** A scope in words: "every trainee (national)", "regions: London; organisations: RTD". */
  public static String describe(Scope s) {
    if (s.isNational()) {
      return "every trainee (national)";
    }
    if (s.isNone()) {
      return "no trainees (no scope given yet)";
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

  /** Gives a reviewer every trainee, as the demo's reviewer has. */
  @Transactional
  public void setNational(Actor admin, long reviewerId) {
    set(admin, reviewerId, true, Set.of(), Set.of());
  }
}
