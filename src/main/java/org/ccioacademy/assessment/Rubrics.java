package org.ccioacademy.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ccioacademy.identity.FieldErrors;
import org.ccioacademy.identity.InvalidInputException;
import org.ccioacademy.identity.Role;
import org.ccioacademy.platform.audit.Actor;
import org.ccioacademy.platform.audit.AuditLog;

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

  /** The rubrics this person may use: their own (admins: all), newest first. */
  public List<Rubric> usable(Actor who, Set<Role> roles) {
    return em.createQuery(
            "select r from Rubric r where :all = true or r.ownerId = :me order by r.id desc",
            Rubric.class)
        .setParameter("all", roles.contains(Role.ADMIN))
        .setParameter("me", who.userId() == null ? -1L : who.userId())
        .getResultList();
  }

  /** A rubric this person may use; empty for anyone else's. */
  public Optional<Rubric> usable(Actor who, Set<Role> roles, long id) {
    Rubric r = em.find(Rubric.class, id);
    return r != null
            && (roles.contains(Role.ADMIN)
                || r.getOwnerId() != null && r.getOwnerId().equals(who.userId()))
        ? Optional.of(r)
        : Optional.empty();
  }

  public Optional<Rubric> find(long id) {
    return Optional.ofNullable(em.find(Rubric.class, id));
  }
}
