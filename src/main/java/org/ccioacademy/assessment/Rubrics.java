package org.ccioacademy.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.ccioacademy.catalogue.format.RubricText;
import org.ccioacademy.platform.audit.Actor;
import org.ccioacademy.platform.audit.AuditLog;
import org.ccioacademy.platform.database.Row;
import org.ccioacademy.platform.kernel.Caller;
import org.ccioacademy.platform.kernel.FieldErrors;
import org.ccioacademy.platform.kernel.InvalidInputException;

/** Tutors write rubrics and reuse them on the assignments they set; admins see every one. */
@ApplicationScoped
public class Rubrics {

  @PersistenceContext private EntityManager em;
  @Inject AuditLog audit;

  /**
   * Makes a rubric from its text (see {@link RubricText}).
   *
   * @throws InvalidInputException with the title's problem and every line's
   */
  @Transactional
  public Rubric create(Actor tutor, String title, String text) {
    FieldErrors errors = new FieldErrors();
    if (title == null || title.isBlank()) {
      errors.add("title", "Give the rubric a title, such as \"Clinical safety case\".");
    } else if (title.strip().length() > 200) {
      errors.add("title", "Keep the title to 200 characters.");
    }
    RubricText.Result read = RubricText.read(text);
    if (!read.ok()) {
      errors.add("criteria", String.join(" ", read.problems()));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    Rubric r = new Rubric(tutor.userId(), title.strip(), read.criteria(), OffsetDateTime.now());
    em.persist(r);
    em.flush();
    audit.record(
        tutor,
        "rubric.created",
        "rubric",
        r.getId(),
        r.getTitle(),
        null,
        read.criteria().size() + " criteria, out of " + read.maxPoints());
    return r;
  }

  /** Rubrics of a person's choice: their own, or shared by others. */
  private static final String USABLE =
      " from Rubric r where :all = true or r.ownerId = :me or r.shared = true";

  /**
   * The rubrics this person may use, newest first: their own and those shared with every tutor
   * (admins: all).
   */
  public List<Rubric> usable(Caller who) {
    return usable(who, 0, Integer.MAX_VALUE);
  }

  /** A page of {@link #usable(Actor, Set)}: own rubrics first, then newest first. */
  public List<Rubric> usable(Caller who, int first, int n) {
    return em.createQuery(
            "select r"
                + USABLE
                + " order by case when r.ownerId = :me then 0 else 1 end, r.id desc",
            Rubric.class)
        .setParameter("all", who.isAdmin())
        .setParameter("me", who.userId())
        .setFirstResult(first)
        .setMaxResults(n)
        .getResultList();
  }

  public long countUsable(Caller who) {
    return em.createQuery("select count(r)" + USABLE, Long.class)
        .setParameter("all", who.isAdmin())
        .setParameter("me", who.userId())
        .getSingleResult();
  }

  /** A rubric this person may use (theirs, or shared); empty for anyone else's. */
  public Optional<Rubric> usable(Caller who, long id) {
    Rubric r = em.find(Rubric.class, id);
    return r != null && (who.isAdmin() || r.isOwnedBy(who.userId()) || r.isShared())
        ? Optional.of(r)
        : Optional.empty();
  }

  /**
   * Shares a rubric with every tutor, or stops sharing it: for its owner or an admin. Audited when
   * it changes anything; asking twice is harmless.
   *
   * @throws SecurityException for anyone else (or a rubric that does not exist)
   */
  @Transactional
  public Rubric share(Caller who, long id, boolean with) {
    Rubric r = em.find(Rubric.class, id);
    if (r == null || !(who.isAdmin() || r.isOwnedBy(who.userId()))) {
      throw new SecurityException("Not the owner of this rubric");
    }
    if (r.share(with)) {
      audit.record(
          who.actor(),
          with ? "rubric.shared" : "rubric.unshared",
          "rubric",
          r.getId(),
          r.getTitle(),
          with ? "own" : "shared",
          with ? "shared" : "own");
    }
    return r;
  }

  /** The names of the rubrics' owners, by user id. */
  public Map<Long, String> ownerNames(List<Rubric> rubrics) {
    Map<Long, String> names = new HashMap<>();
    List<Long> ids =
        rubrics.stream().map(Rubric::getOwnerId).filter(Objects::nonNull).distinct().toList();
    if (ids.isEmpty()) {
      return names;
    }
    List<Row> rows =
        Row.list(
            em.createNativeQuery(
                    "select id, full_name from person where id = any(cast(?1 as bigint[]))")
                .setParameter(
                    1, "{" + String.join(",", ids.stream().map(String::valueOf).toList()) + "}"));
    rows.forEach(r -> names.put(r.longAt(0), r.stringAt(1)));
    return names;
  }

  public Optional<Rubric> find(long id) {
    return Optional.ofNullable(em.find(Rubric.class, id));
  }

  /** The rubric levels of a submission's newest mark: level id by criterion id (none: empty). */
  public Map<Long, Long> newestLevels(long submissionId) {
    Map<Long, Long> chosen = new HashMap<>();
    for (Row r :
        Row.list(
            em.createNativeQuery(
                    "select gl.criterion_id, gl.level_id from grade_level gl where gl.grade_id ="
                        + " (select max(g.id) from grade g where g.submission_id = ?1)")
                .setParameter(1, submissionId))) {
      chosen.put(r.longAt(0), r.longAt(1));
    }
    return chosen;
  }
}
