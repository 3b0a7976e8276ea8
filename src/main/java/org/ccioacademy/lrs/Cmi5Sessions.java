package org.ccioacademy.lrs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ccioacademy.platform.database.Row;

/**
 * The sessions of cmi5 assignable units (issue 22): each has a client of its own (the launched
 * learner, registration and AU) whose credentials its AU fetches once from the fetch URL.
 * Statements the AU sends with them are checked by {@link Cmi5Rules} and move the AU's progress in
 * the registration on; {@link Cmi5Progressed} says so to whoever plays the course (an observer of
 * it after the transaction succeeds reads {@code cmi5_progress}). Sessions are started by {@link
 * Cmi5Launches}.
 */
@ApplicationScoped
public class Cmi5Sessions {

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext EntityManager em;
  @Inject LrsClients clients;
  @Inject Statements statements;
  @Inject Event<Cmi5Progressed> progressed;

  /** An AU's progress in a registration changed (completed, passed, failed, satisfied). */
  public record Cmi5Progressed(
      String registration,
      String activityId,
      Long userId,
      boolean completed,
      boolean passed,
      boolean satisfied) {}

  /** The credentials of a session, once: the auth-token, or empty (used, expired, unknown). */
  @Transactional
  public Optional<String> fetch(String token) {
    List<Row> rows =
        Row.list(
            em.createNativeQuery(
                    "select s.id, c.api_key from cmi5_session s join lrs_client c"
                        + " on c.id = s.client_id where s.fetch_sha256 = ?1"
                        + " and s.fetched_at is null and s.ended_at is null for update of s")
                .setParameter(1, LrsClients.sha256(token)));
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    // a new secret, handed out now and kept only as a hash
    String secret = random(32);
    em.createNativeQuery("update lrs_client set secret_hash = ?1 where api_key = ?2")
        .setParameter(1, LrsClients.sha256(secret))
        .setParameter(2, rows.get(0).stringAt(1))
        .executeUpdate();
    em.createNativeQuery("update cmi5_session set fetched_at = now() where id = cast(?1 as uuid)")
        .setParameter(1, rows.get(0).stringAt(0))
        .executeUpdate();
    return Optional.of(
        Base64.getEncoder()
            .encodeToString(
                (rows.get(0).stringAt(1) + ":" + secret).getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Checks a statement an AU sends with its session's credentials, and records what it moves on;
   * 403 when a cmi5 rule refuses it.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void accept(LrsClient client, JsonObject statement) {
    List<Row> rows =
        Row.list(
            em.createNativeQuery(
                    "select s.id, cast(s.registration as varchar), s.activity_id, s.actor_key,"
                        + " s.mastery_score, s.ended_at is not null, cast(s.verbs as text),"
                        + " p.completed_at is not null, p.passed_at is not null, s.user_id,"
                        + " s.launch_mode"
                        + " from cmi5_session s left join cmi5_progress p"
                        + " on p.registration = s.registration and p.activity_id = s.activity_id"
                        + " where s.client_id = ?1 for update of s")
                .setParameter(1, client.id()));
    if (rows.isEmpty()) {
      throw new XapiException(403, "cmi5: this session is not known");
    }
    Row r = rows.get(0);
    Set<String> verbs = new HashSet<>();
    XapiJson.parse(r.stringAt(6), "verbs")
        .asJsonArray()
        .forEach(v -> verbs.add(((JsonString) v).getString()));
    Cmi5Rules.Session s =
        new Cmi5Rules.Session(
            r.stringAt(3),
            r.stringAt(1),
            r.stringAt(2),
            r.stringAt(0),
            r.isNull(4) ? null : (BigDecimal) r.at(4),
            r.booleanAt(5),
            Set.copyOf(verbs),
            r.booleanAt(7),
            r.booleanAt(8));
    Cmi5Rules.Outcome o = Cmi5Rules.check(s, statement);
    if (!o.defined()) {
      return;
    }
    boolean judged =
        o.verb().equals(Cmi5Rules.COMPLETED)
            || o.verb().equals(Cmi5Rules.PASSED)
            || o.verb().equals(Cmi5Rules.FAILED);
    if (judged && !"Normal".equals(r.stringAt(10))) {
      // cmi5 10.2.2: in Browse and Review modes an AU does not judge the learner
      throw new XapiException(
          403,
          "cmi5: in " + r.stringAt(10) + " mode an AU does not send completed, passed or failed");
    }
    JsonArrayBuilder after = Json.createArrayBuilder();
    o.session().verbsInSession().forEach(after::add);
    em.createNativeQuery(
            "update cmi5_session set verbs = cast(?1 as jsonb),"
                + " ended_at = case when ?2 then now() else ended_at end where id = cast(?3 as uuid)")
        .setParameter(1, after.build().toString())
        .setParameter(2, o.session().ended())
        .setParameter(3, r.stringAt(0))
        .executeUpdate();
    String column =
        switch (o.verb()) {
          case Cmi5Rules.COMPLETED -> "completed_at";
          case Cmi5Rules.PASSED -> "passed_at";
          case Cmi5Rules.FAILED -> "failed_at";
          default -> null;
        };
    if (column == null) {
      return;
    }
    em.createNativeQuery(
            "insert into cmi5_progress (registration, activity_id, "
                + column
                + ", score_scaled)"
                + " values (cast(?1 as uuid), ?2, now(), cast(?3 as numeric))"
                + " on conflict (registration, activity_id) do update set "
                + column
                + " = coalesce(cmi5_progress."
                + column
                + ", now()), score_scaled = coalesce(excluded.score_scaled,"
                + " cmi5_progress.score_scaled)")
        .setParameter(1, r.stringAt(1))
        .setParameter(2, r.stringAt(2))
        .setParameter(3, scaled(statement))
        .executeUpdate();
    progressed.fire(
        new Cmi5Progressed(
            r.stringAt(1),
            r.stringAt(2),
            r.nullableLongAt(9),
            o.session().completedInRegistration(),
            o.session().passedInRegistration(),
            false));
  }

  /** A statement's result.score.scaled, if it gives one. */
  private static BigDecimal scaled(JsonObject statement) {
    JsonObject result = statement.getJsonObject("result");
    JsonObject score = result == null ? null : result.getJsonObject("score");
    return score == null || !(score.get("scaled") instanceof JsonNumber n)
        ? null
        : n.bigDecimalValue();
  }

  static String random(int bytes) {
    byte[] b = new byte[bytes];
    RANDOM.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }
}
