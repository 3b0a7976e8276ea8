package org.ccioacademy.delivery.scorm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ccioacademy.catalogue.scorm.ScormItem;
import org.ccioacademy.catalogue.scorm.ScormManifest;
import org.ccioacademy.catalogue.scorm.ScormVersion;
import org.ccioacademy.platform.database.Row;

/**
 * The rows of {@code scorm_sco}: what each SCO of an attempt holds (its data as JSON, and what it
 * means), written in the transaction of the commit that changed it.
 */
@ApplicationScoped
class ScoRows {

  @PersistenceContext private EntityManager em;

  /** An asset was opened: it is done (an asset does not talk to the API). */
  void assetOpened(long attemptId, String item, OffsetDateTime at) {
    em.createNativeQuery(
            "insert into scorm_sco (attempt_id, item_identifier, completion, sessions,"
                + " satisfied_at, updated_at) values (?1, ?2, 'completed', 1, ?3, ?3)"
                + " on conflict (attempt_id, item_identifier) do update set"
                + " sessions = scorm_sco.sessions + 1, updated_at = excluded.updated_at")
        .setParameter(1, attemptId)
        .setParameter(2, item)
        .setParameter(3, at)
        .executeUpdate();
  }

  /** One SCO's row in an attempt. */
  record Sco(Map<String, String> data, int sessions, BigDecimal totalSeconds, boolean satisfied) {

    /** A part never opened in the attempt. */
    static final Sco NONE = new Sco(Map.of(), 0, BigDecimal.ZERO, false);

    ScoOutcome outcome(ScormVersion version, ScormItem item) {
      return ScoOutcome.of(version, item, data, false);
    }
  }

  Sco sco(long attemptId, String item, boolean forUpdate) {
    return Row.list(
            em.createNativeQuery(
                    "select data::text, sessions, total_seconds, satisfied_at is not null"
                        + " from scorm_sco where attempt_id = ?1 and item_identifier = ?2"
                        + (forUpdate ? " for update" : ""))
                .setParameter(1, attemptId)
                .setParameter(2, item))
        .stream()
        .findFirst()
        .map(
            r ->
                new Sco(
                    ScormData.fromJson(r.stringAt(0)), r.intAt(1), r.decimalAt(2), r.booleanAt(3)))
        .orElse(new Sco(Map.of(), 0, BigDecimal.ZERO, false));
  }

  void save(
      long attemptId, String item, Map<String, String> data, ScoOutcome o, OffsetDateTime at) {
    em.createNativeQuery(
            "insert into scorm_sco (attempt_id, item_identifier, data, completion, success,"
                + " score_raw, score_min, score_max, score_scaled, total_seconds, sessions,"
                + " satisfied_at, updated_at)"
                + " select ?1, ?2, cast(?3 as jsonb), ?4, ?5, cast(?6 as numeric),"
                + " cast(?7 as numeric), cast(?8 as numeric), cast(?9 as numeric),"
                + " coalesce(sum(l.session_seconds), 0), count(*) filter (where l.last_seq > 0),"
                + " case when ?10 then cast(?11 as timestamptz) end, cast(?11 as timestamptz)"
                + " from scorm_launch l where l.attempt_id = ?1 and l.item_identifier = ?2"
                + " on conflict (attempt_id, item_identifier) do update set data = excluded.data,"
                + " completion = excluded.completion, success = excluded.success,"
                + " score_raw = excluded.score_raw, score_min = excluded.score_min,"
                + " score_max = excluded.score_max, score_scaled = excluded.score_scaled,"
                + " total_seconds = excluded.total_seconds, sessions = excluded.sessions,"
                + " satisfied_at = coalesce(scorm_sco.satisfied_at, excluded.satisfied_at),"
                + " updated_at = excluded.updated_at")
        .setParameter(1, attemptId)
        .setParameter(2, item)
        .setParameter(3, ScormData.toJson(data))
        .setParameter(4, o.completion())
        .setParameter(5, o.success())
        .setParameter(6, o.scoreRaw())
        .setParameter(7, o.scoreMin())
        .setParameter(8, o.scoreMax())
        .setParameter(9, o.scoreScaled())
        .setParameter(10, o.satisfied())
        .setParameter(11, at)
        .executeUpdate();
  }

  /** The attempt's score: the mean of its SCOs' scores (as whole percentages), null if none. */
  Integer attemptPercent(long attemptId) {
    Object v =
        em.createNativeQuery(
                "select round(avg(greatest(-1, least(1, score_scaled))) * 100)::int from scorm_sco"
                    + " where attempt_id = ?1 and score_scaled is not null")
            .setParameter(1, attemptId)
            .getSingleResult();
    return v == null ? null : Math.max(0, ((Number) v).intValue());
  }

  boolean allSatisfied(long attemptId, ScormManifest m) {
    @SuppressWarnings("unchecked")
    Set<String> satisfied =
        ((List<String>)
                em.createNativeQuery(
                        "select item_identifier from scorm_sco where attempt_id = ?1"
                            + " and satisfied_at is not null")
                    .setParameter(1, attemptId)
                    .getResultList())
            .stream().collect(Collectors.toSet());
    return m.launchable().stream().allMatch(i -> satisfied.contains(i.identifier()));
  }
}
