package org.ccioacademy.voice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.ccioacademy.platform.audit.AuditLog;
import org.ccioacademy.platform.database.Row;
import org.ccioacademy.platform.kernel.Caller;
import org.ccioacademy.platform.kernel.ClinicalSystemRated;
import org.ccioacademy.platform.kernel.FieldErrors;
import org.ccioacademy.platform.kernel.InvalidInputException;
import org.ccioacademy.platform.kernel.RefusedException;

/**
 * People's ratings of the clinical systems they use: one current rating per person and system, a
 * new one replacing it (the history is kept), the organisation and region taken from the rater's
 * profile when they rate.
 */
@ApplicationScoped
public class Ratings {

  @PersistenceContext private EntityManager em;
  @Inject AuditLog audit;
  @Inject ClinicalSystems systems;
  @Inject Event<ClinicalSystemRated> rated;

  /** A system not on the list, as a trainee names it. */
  public record OtherSystem(String product, String supplier, SystemKind kind) {}

  /** One of a person's current ratings. */
  public record Mine(
      long ratingId,
      long systemId,
      String system,
      BigDecimal score,
      OffsetDateTime ratedAt,
      String commentStatus,
      boolean proposed) {}

  /**
   * Records a rating of {@code systemId}, or of {@code other} when that is null (a system the
   * trainee names, proposed for an admin to confirm, or the listed one of the same name), replacing
   * the person's current rating of it; returns the new rating's id.
   */
  @Transactional
  public long rate(Caller trainee, Long systemId, OtherSystem other, RatingInput in) {
    FieldErrors e = in.problems();
    if (systemId == null) {
      if (other == null) {
        e.add("system", "Choose the system you are rating, or name it under \"Other\".");
      } else {
        ClinicalSystem.problems(other.product(), other.supplier(), other.kind())
            .asMap()
            .forEach(e::add);
      }
    }
    if (!e.isEmpty()) {
      throw new InvalidInputException(e);
    }
    ClinicalSystem system =
        systemId != null
            ? systems
                .find(systemId)
                .orElseThrow(
                    () ->
                        InvalidInputException.of(
                            "system", "That system is not on the list any more: choose it again."))
            : systems.named(trainee, other.product(), other.supplier(), other.kind());
    if (system.getStatus() == ClinicalSystem.Status.RETIRED) {
      throw new RefusedException(
          system.describe()
              + " is no longer on the list, so it cannot be"
              + " rated. If you still use it, tell an administrator through the contact page.");
    }
    // one rating of a person at a time, so two tabs or a double click leave one current rating
    em.createNativeQuery("select pg_advisory_xact_lock(47, ?1)")
        .setParameter(1, (int) (long) trainee.userId())
        .getSingleResult();
    OffsetDateTime now = OffsetDateTime.now();
    em.createNativeQuery(
            "update system_rating set replaced_at = ?3, version = version + 1"
                + " where user_id = ?1 and system_id = ?2 and replaced_at is null")
        .setParameter(1, trainee.userId())
        .setParameter(2, system.getId())
        .setParameter(3, now)
        .executeUpdate();
    BigDecimal score = in.score();
    Number id =
        (Number)
            em.createNativeQuery(
                    "insert into system_rating (user_id, system_id, ods_code, region, answers,"
                        + " sus_score, minutes_lost, training, recommend, comment,"
                        + " comment_status, rated_at)"
                        + " select p.id, ?2, p.ods_code, p.region, cast(?3 as smallint[]), ?4,"
                        + " ?5, ?6, ?7, ?8, ?9, ?10 from person p where p.id = ?1"
                        + " returning id")
                .setParameter(1, trainee.userId())
                .setParameter(2, system.getId())
                .setParameter(3, arrayLiteral(in.answers()))
                .setParameter(4, score)
                .setParameter(5, in.minutesLost())
                .setParameter(6, in.training().name())
                .setParameter(7, in.recommend().name())
                .setParameter(8, in.comment())
                .setParameter(9, in.comment() == null ? "NONE" : "PENDING")
                .setParameter(10, now)
                .getSingleResult();
    audit.record(
        trainee.actor(),
        "voice.system-rated",
        "system_rating",
        id,
        system.describe(),
        null,
        "SUS "
            + score.toPlainString()
            + (in.comment() == null ? "" : ", with a comment to" + " moderate"));
    rated.fire(new ClinicalSystemRated(trainee.userId(), system.getId(), now));
    return id.longValue();
  }

  /** SUS answers as a PostgreSQL smallint[] literal: {5,1,4,...}. */
  static String arrayLiteral(List<Integer> answers) {
    StringBuilder b = new StringBuilder("{");
    for (int i = 0; i < answers.size(); i++) {
      b.append(i == 0 ? "" : ",").append(answers.get(i).intValue());
    }
    return b.append('}').toString();
  }

  /** A person's current ratings, the latest first. */
  public List<Mine> mine(long userId) {
    return Row.list(
            em.createNativeQuery(
                    "select r.id, s.id, s.product || ' (' || s.supplier || ')', r.sus_score,"
                        + " r.rated_at, r.comment_status, s.status = 'PROPOSED'"
                        + " from system_rating r join clinical_system s on s.id = r.system_id"
                        + " where r.user_id = ?1 and r.replaced_at is null"
                        + " order by r.rated_at desc, r.id desc")
                .setParameter(1, userId))
        .stream()
        .map(
            r ->
                new Mine(
                    r.longAt(0),
                    r.longAt(1),
                    r.stringAt(2),
                    r.decimalAt(3),
                    r.momentAt(4),
                    r.stringAt(5),
                    r.booleanAt(6)))
        .toList();
  }

  /** The person's current rating of a system as they answered it, to start a new one from. */
  public Optional<RatingInput> current(long userId, long systemId) {
    List<Row> rows =
        Row.list(
            em.createNativeQuery(
                    "select array_to_string(answers, ','), minutes_lost, training, recommend,"
                        + " comment from system_rating where user_id = ?1 and system_id = ?2"
                        + " and replaced_at is null")
                .setParameter(1, userId)
                .setParameter(2, systemId));
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Row r = rows.get(0);
    return Optional.of(
        new RatingInput(
            Arrays.stream(r.stringAt(0).split(",")).map(Integer::valueOf).toList(),
            r.nullableIntAt(1),
            r.isNull(2) ? null : Training.valueOf(r.stringAt(2)),
            r.isNull(3) ? null : Recommend.valueOf(r.stringAt(3)),
            r.stringAt(4)));
  }

  /** Whether the person has a current rating of any system (a module's rating activity). */
  public boolean hasRated(long userId) {
    return !em.createNativeQuery(
            "select 1 from system_rating where user_id = ?1 and replaced_at is null limit 1")
        .setParameter(1, userId)
        .getResultList()
        .isEmpty();
  }
}
