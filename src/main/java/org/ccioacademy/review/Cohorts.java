package org.ccioacademy.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.ccioacademy.identity.Grade;
import org.ccioacademy.identity.OdsCode;
import org.ccioacademy.identity.ProfessionalGroup;
import org.ccioacademy.identity.Region;
import org.ccioacademy.platform.audit.AuditLog;
import org.ccioacademy.platform.database.Row;
import org.ccioacademy.platform.kernel.Caller;
import org.ccioacademy.platform.kernel.ConcurrentEditException;
import org.ccioacademy.platform.kernel.FieldErrors;
import org.ccioacademy.platform.kernel.InvalidInputException;
import org.ccioacademy.platform.kernel.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Cohorts: made and changed by admins (and by reviewers when allowed), read by reviewers. */
@ApplicationScoped
public class Cohorts {

  /** Trainees an explicit cohort may list. */
  static final int MAX_MEMBERS = 5000;

  @PersistenceContext private EntityManager em;
  @Inject AuditLog audit;

  /** Whether reviewers may make and change cohorts too (admins always may). */
  @Inject
  @ConfigProperty(name = "ccio.review.reviewers-manage-cohorts", defaultValue = "false")
  boolean reviewersManage;

  /** Whether someone with these roles may make, change and remove cohorts. */
  public boolean mayManage(Caller who) {
    return who.isAdmin() || reviewersManage && who.has(Role.REVIEWER);
  }

  /** Every cohort, by name. */
  public List<Cohort> all() {
    return em.createQuery("select c from Cohort c order by lower(c.name)", Cohort.class)
        .getResultList();
  }

  public Optional<Cohort> find(long id) {
    return Optional.ofNullable(em.find(Cohort.class, id));
  }

  /** The emails of an explicit cohort's trainees, sorted. */
  @SuppressWarnings("unchecked")
  public List<String> memberEmails(long cohortId) {
    return em.createNativeQuery(
            "select u.email from cohort_member m join person u on u.id = m.user_id"
                + " where m.cohort_id = ?1 order by u.email")
        .setParameter(1, cohortId)
        .getResultList();
  }

  /**
   * Makes a cohort.
   *
   * @throws InvalidInputException with every problem, by field
   */
  @Transactional
  public Cohort create(Caller who, CohortInput in) {
    allowed(who);
    List<Long> members = check(in, null);
    OffsetDateTime now = OffsetDateTime.now();
    Cohort c = new Cohort(in, who.userId(), now);
    em.persist(c);
    em.flush();
    setMembers(c, members);
    audit.record(
        who.actor(), "cohort.created", "cohort", c.getId(), c.getName(), null, c.describe());
    return c;
  }

  /**
   * Changes a cohort, if nobody else has since {@code version}.
   *
   * @throws InvalidInputException with every problem, by field
   * @throws ConcurrentEditException when someone else saved it first (nothing is saved)
   */
  @Transactional
  public Cohort change(Caller who, long id, long version, CohortInput in) {
    allowed(who);
    Cohort c = em.find(Cohort.class, id);
    if (c == null) {
      throw new ConcurrentEditException("This cohort has been removed by someone else.");
    }
    if (c.getVersion() != version) {
      throw new ConcurrentEditException(
          "Someone else changed this cohort while you were editing it. Nothing was saved: reload"
              + " it to see their change, then make yours again.");
    }
    List<Long> members = check(in, id);
    String before = c.describe();
    c.change(in, OffsetDateTime.now());
    em.flush();
    setMembers(c, members);
    audit.record(
        who.actor(), "cohort.changed", "cohort", c.getId(), c.getName(), before, c.describe());
    return c;
  }

  @Transactional
  public void remove(Caller who, long id) {
    allowed(who);
    Cohort c = em.find(Cohort.class, id);
    if (c != null) {
      audit.record(
          who.actor(), "cohort.removed", "cohort", c.getId(), c.getName(), c.describe(), null);
      em.remove(c);
    }
  }

  private void allowed(Caller who) {
    if (!mayManage(who)) {
      throw new SecurityException("Not allowed to manage cohorts");
    }
  }

  private void setMembers(Cohort c, List<Long> members) {
    em.createNativeQuery("delete from cohort_member where cohort_id = ?1")
        .setParameter(1, c.getId())
        .executeUpdate();
    if (c.isExplicit() && !members.isEmpty()) {
      em.createNativeQuery(
              "insert into cohort_member (cohort_id, user_id)"
                  + " select ?1, unnest(cast(?2 as bigint[])) on conflict do nothing")
          .setParameter(1, c.getId())
          .setParameter(
              2, "{" + String.join(",", members.stream().map(String::valueOf).toList()) + "}")
          .executeUpdate();
    }
  }

  /** Every problem with the input at once; the trainees of an explicit list, by id. */
  private List<Long> check(CohortInput in, Long self) {
    FieldErrors errors = new FieldErrors();
    String name = in.name() == null ? "" : in.name().strip();
    if (name.isEmpty()) {
      errors.add("name", "Give the cohort a name, such as \"2025/26 intake, North West\".");
    } else if (name.length() > 200) {
      errors.add("name", "Keep the name to 200 characters.");
    } else if (((Number)
                em.createNativeQuery(
                        "select count(*) from cohort where lower(name) = ?1 and id <> ?2")
                    .setParameter(1, name.toLowerCase(Locale.UK))
                    .setParameter(2, self == null ? -1L : self)
                    .getSingleResult())
            .longValue()
        > 0) {
      errors.add("name", "Another cohort is called " + name + ": choose another name.");
    }
    if (in.description() != null && in.description().strip().length() > 1000) {
      errors.add("description", "Keep the description to 1,000 characters.");
    }
    if (in.intakeYear() != null && (in.intakeYear() < 2000 || in.intakeYear() > 2100)) {
      errors.add("intakeYear", "Give the intake as the year it starts, such as 2025 for 2025/26.");
    }
    List<String> bad = new ArrayList<>();
    for (CohortCriterion c : in.criteria()) {
      if (!valid(c)) {
        bad.add(c.getKind().getLabel() + " \"" + c.getValue() + "\"");
      }
    }
    if (!bad.isEmpty()) {
      errors.add("criteria", "Not known: " + String.join(", ", bad) + ".");
    }
    List<Long> ids = new ArrayList<>();
    if (in.explicit()) {
      Set<String> emails = new LinkedHashSet<>();
      in.memberEmails().forEach(e -> emails.add(e.strip().toLowerCase(Locale.ROOT)));
      emails.remove("");
      if (emails.isEmpty()) {
        errors.add("members", "List the trainees' email addresses, one a line.");
      } else if (emails.size() > MAX_MEMBERS) {
        errors.add("members", "A list may hold up to " + MAX_MEMBERS + " trainees.");
      } else {
        List<Row> found =
            Row.list(
                em.createNativeQuery(
                        "select u.id, u.email from person u where u.email = any(cast(?1 as varchar[]))"
                            + " and exists (select 1 from person_role r where r.user_id = u.id"
                            + " and r.role = 'TRAINEE')")
                    .setParameter(
                        1,
                        "{"
                            + String.join(",", emails.stream().map(Cohorts::quoted).toList())
                            + "}"));
        Set<String> known = new HashSet<>();
        for (Row r : found) {
          ids.add(r.longAt(0));
          known.add(r.stringAt(1));
        }
        List<String> unknown = emails.stream().filter(e -> !known.contains(e)).toList();
        if (!unknown.isEmpty()) {
          errors.add(
              "members",
              "No trainee has "
                  + (unknown.size() == 1 ? "this address: " : "these addresses: ")
                  + String.join(", ", unknown.stream().limit(20).toList())
                  + (unknown.size() > 20 ? " and " + (unknown.size() - 20) + " more" : "")
                  + ".");
        }
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return ids;
  }

  /** An element of a PostgreSQL array literal, quoted. */
  private static String quoted(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  static boolean valid(CohortCriterion c) {
    String v = c.getValue();
    try {
      return switch (c.getKind()) {
        case REGION -> Region.valueOf(v) != null;
        case GROUP -> ProfessionalGroup.valueOf(v) != null;
        case GRADE -> Grade.valueOf(v) != null;
        case ORGANISATION -> OdsCode.check(v).isEmpty();
      };
    } catch (IllegalArgumentException | NullPointerException e) {
      return false;
    }
  }
}
