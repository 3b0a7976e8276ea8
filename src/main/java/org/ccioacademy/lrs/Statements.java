package org.ccioacademy.lrs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.ccioacademy.platform.database.Row;

/**
 * Storing statements: all of a request's or none; each checked, given what the LRS sets, found by
 * its keys, its attachments kept once by hash; a statement sent again under its id is taken once
 * (409 if it differs); voiding marks its target. Statements are never changed once stored.
 */
@ApplicationScoped
public class Statements {

  @PersistenceContext EntityManager em;
  @Inject StatementUsers users;
  @Inject LrsForwarding forwarding;
  @Inject Cmi5Sessions cmi5;

  /** An attachment's content, by the SHA-2 hash its part was sent with. */
  public record Content(String sha2, String contentType, byte[] bytes) {}

  /**
   * Stores statements (already checked, and their signatures) sent by {@code client}: returns their
   * ids in order. {@code putId} is the id of a PUT (the one statement must have it or none).
   */
  @Transactional
  public List<String> store(
      List<JsonObject> statements,
      LrsClient client,
      XapiVersion version,
      Map<String, Content> contents) {
    OffsetDateTime now = OffsetDateTime.now();
    Set<String> ids = new HashSet<>();
    List<JsonObject> prepared = new ArrayList<>();
    for (JsonObject s : statements) {
      String id =
          s.containsKey("id")
              ? s.getString("id").toLowerCase(Locale.ROOT)
              : UUID.randomUUID().toString();
      if (!ids.add(id)) {
        throw XapiException.bad("The statement id " + id + " is used twice in this request");
      }
      prepared.add(StatementShape.stored(s, id, now, client.authority(), version));
    }
    Set<String> used = attachmentsUsed(prepared, contents);
    if (!used.containsAll(contents.keySet())) {
      throw XapiException.bad(
          "An attachment part was sent that no statement in the request names (by sha2)");
    }
    for (JsonObject s : prepared) {
      checkVoiding(s, ids);
    }
    if (client.isLaunch()) {
      // a cmi5 session: each statement under the cmi5 rules (one sent again is already judged)
      for (JsonObject s : prepared) {
        if (!isStored(s.getString("id"), true)) {
          cmi5.accept(client, s);
        }
      }
    }
    for (Content c : contents.values()) {
      em.createNativeQuery(
              "insert into lrs_attachment (sha2, content_type, content) values (?1, ?2, ?3)"
                  + " on conflict (sha2) do nothing")
          .setParameter(1, c.sha2())
          .setParameter(2, c.contentType())
          .setParameter(3, c.bytes())
          .executeUpdate();
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < prepared.size(); i++) {
      insert(prepared.get(i), statements.get(i), client, contents, false);
      out.add(prepared.get(i).getString("id"));
    }
    definitions(prepared);
    return out;
  }

  /**
   * Stores one of our own statements (built by {@link LearningRecords}) in the caller's
   * transaction: nothing if its id is stored already; queued for the external LRS when one is
   * configured.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void storeOwn(JsonObject statement, LrsClient site) {
    JsonObject s =
        StatementShape.stored(
            statement,
            statement.getString("id"),
            OffsetDateTime.now(),
            site.authority(),
            XapiVersion.V1_0_3);
    Long seq = insert(s, statement, site, Map.of(), true);
    if (seq != null) {
      definitions(List.of(s));
    }
    if (seq != null && forwarding.enabled()) {
      em.createNativeQuery(
              "insert into lrs_forward (statement_seq, next_attempt_at) values (?1, now())")
          .setParameter(1, seq)
          .executeUpdate();
    }
  }

  /**
   * Whether a statement with this id is stored (and, if {@code voidedToo} is false, not voided).
   */
  public boolean isStored(String id, boolean voidedToo) {
    return !em.createNativeQuery(
            "select 1 from lrs_statement where id = cast(?1 as uuid) and (?2 or not voided)")
        .setParameter(1, id)
        .setParameter(2, voidedToo)
        .getResultList()
        .isEmpty();
  }

  /** Every attachment without a fileUrl has its content in the request; returns the hashes used. */
  private static Set<String> attachmentsUsed(List<JsonObject> statements, Map<String, Content> c) {
    Set<String> used = new HashSet<>();
    for (JsonObject s : statements) {
      if (!s.containsKey("attachments")) {
        continue;
      }
      for (JsonValue v : s.getJsonArray("attachments")) {
        JsonObject a = v.asJsonObject();
        String sha2 = a.getString("sha2").toLowerCase(Locale.ROOT);
        if (c.containsKey(sha2)) {
          used.add(sha2);
        } else if (!a.containsKey("fileUrl")) {
          throw XapiException.bad(
              "The attachment with sha2 "
                  + sha2
                  + " has no fileUrl, and its content was not sent in the request");
        }
      }
    }
    return used;
  }

  private void checkVoiding(JsonObject s, Set<String> idsInRequest) {
    if (!StatementRules.VOIDED.equals(s.getJsonObject("verb").getString("id"))) {
      return;
    }
    String target = s.getJsonObject("object").getString("id").toLowerCase(Locale.ROOT);
    List<?> found =
        em.createNativeQuery("select verb_id from lrs_statement where id = cast(?1 as uuid)")
            .setParameter(1, target)
            .getResultList();
    if (!found.isEmpty() && StatementRules.VOIDED.equals(found.get(0))) {
      throw XapiException.bad(
          "The statement " + target + " voids another; a voiding statement cannot be voided");
    }
  }

  /**
   * Inserts one statement, or finds it stored already (a 409 if it differs, unless {@code quiet});
   * returns its place in the order, or null when it was stored already.
   */
  private Long insert(
      JsonObject s,
      JsonObject sent,
      LrsClient client,
      Map<String, Content> contents,
      boolean quiet) {
    String id = s.getString("id");
    String verb = s.getJsonObject("verb").getString("id");
    boolean voiding = StatementRules.VOIDED.equals(verb);
    String target =
        voiding ? s.getJsonObject("object").getString("id").toLowerCase(Locale.ROOT) : null;
    List<?> seqs =
        em.createNativeQuery(
                "insert into lrs_statement (id, stored, statement, verb_id, voided, voids,"
                    + " client_id, user_id)"
                    + " values (cast(?1 as uuid), ?2, cast(?3 as jsonb), ?4,"
                    + " ?4 <> ?8 and exists (select 1 from lrs_statement v where v.voids ="
                    + " cast(?1 as uuid)), cast(?5 as uuid), ?6, cast(?7 as bigint))"
                    + " on conflict (id) do nothing returning seq")
            .setParameter(1, id)
            .setParameter(2, XapiFormats.timestamp(s.getString("stored")).orElseThrow())
            .setParameter(3, s.toString())
            .setParameter(4, verb)
            .setParameter(5, target)
            .setParameter(6, client.id())
            .setParameter(7, users.userOf(s.get("actor")))
            .setParameter(8, StatementRules.VOIDED)
            .getResultList();
    if (seqs.isEmpty() && quiet) {
      return null;
    }
    if (seqs.isEmpty()) {
      JsonObject existing =
          XapiJson.parse(
                  (String)
                      em.createNativeQuery(
                              "select cast(statement as text) from lrs_statement"
                                  + " where id = cast(?1 as uuid)")
                          .setParameter(1, id)
                          .getSingleResult(),
                  "stored statement")
              .asJsonObject();
      if (!StatementShape.same(existing, sent)) {
        throw new XapiException(409, "A different statement is already stored with the id " + id);
      }
      return null;
    }
    long seq = ((Number) seqs.get(0)).longValue();
    JsonArrayBuilder keys = Json.createArrayBuilder();
    for (StatementKeys.Key k : StatementKeys.of(s)) {
      keys.add(Json.createArrayBuilder().add(String.valueOf(k.kind())).add(k.value()));
    }
    em.createNativeQuery(
            "insert into lrs_statement_key (statement_seq, kind, value)"
                + " select ?1, k ->> 0, k ->> 1 from jsonb_array_elements(cast(?2 as jsonb)) k"
                + " on conflict do nothing")
        .setParameter(1, seq)
        .setParameter(2, keys.build().toString())
        .executeUpdate();
    if (s.containsKey("attachments")) {
      for (JsonValue v : s.getJsonArray("attachments")) {
        String sha2 = v.asJsonObject().getString("sha2").toLowerCase(Locale.ROOT);
        if (contents.containsKey(sha2)) {
          em.createNativeQuery(
                  "insert into lrs_statement_attachment (statement_seq, sha2) values (?1, ?2)"
                      + " on conflict do nothing")
              .setParameter(1, seq)
              .setParameter(2, sha2)
              .executeUpdate();
        }
      }
    }
    JsonObject object = s.getJsonObject("object");
    if ("StatementRef".equals(object.getString("objectType", ""))) {
      String ref = object.getString("id").toLowerCase(Locale.ROOT);
      em.createNativeQuery(
              "insert into lrs_statement_ref (statement_seq, target) values (?1, cast(?2 as uuid))"
                  + " on conflict do nothing")
          .setParameter(1, seq)
          .setParameter(2, ref)
          .executeUpdate();
      inheritKeys(seq, ref);
    }
    // statements that target this one (sent before it) take its keys, and theirs in turn
    passKeysOn(seq, id);
    if (voiding) {
      em.createNativeQuery(
              "update lrs_statement set voided = true where id = cast(?1 as uuid) and verb_id <> ?2")
          .setParameter(1, target)
          .setParameter(2, StatementRules.VOIDED)
          .executeUpdate();
    }
    return seq;
  }

  private void inheritKeys(long seq, String target) {
    em.createNativeQuery(
            "insert into lrs_statement_key (statement_seq, kind, value)"
                + " select ?1, k.kind, k.value from lrs_statement_key k"
                + " join lrs_statement t on t.seq = k.statement_seq"
                + " where t.id = cast(?2 as uuid) on conflict do nothing")
        .setParameter(1, seq)
        .setParameter(2, target)
        .executeUpdate();
  }

  private void passKeysOn(long seq, String id) {
    em.createNativeQuery(
            "with recursive referrers (seq) as ("
                + " select r.statement_seq from lrs_statement_ref r where r.target = cast(?2 as uuid)"
                + " union select r.statement_seq from lrs_statement_ref r"
                + " join lrs_statement t on t.id = r.target join referrers f on f.seq = t.seq)"
                + " insert into lrs_statement_key (statement_seq, kind, value)"
                + " select f.seq, k.kind, k.value from referrers f"
                + " cross join lrs_statement_key k where k.statement_seq = ?1"
                + " on conflict do nothing")
        .setParameter(1, seq)
        .setParameter(2, id)
        .executeUpdate();
  }

  /**
   * Keeps each activity's definition (for the Activities resource and the canonical format): the
   * latest given, with every language any statement gave. Written in the order of the activities'
   * ids, so two requests naming the same activities never wait on each other in a circle.
   */
  private void definitions(List<JsonObject> statements) {
    Map<String, JsonObject> byId = new TreeMap<>();
    for (JsonObject s : statements) {
      List<JsonObject> activities = new ArrayList<>();
      JsonObject o = s.getJsonObject("object");
      if (o.getString("objectType", "Activity").equals("Activity")) {
        activities.add(o);
      }
      JsonObject c = s.getJsonObject("context");
      if (c != null && c.containsKey("contextActivities")) {
        c.getJsonObject("contextActivities")
            .values()
            .forEach(list -> list.asJsonArray().forEach(a -> activities.add(a.asJsonObject())));
      }
      for (JsonObject a : activities) {
        JsonObject d = a.getJsonObject("definition");
        byId.merge(
            a.getString("id"),
            d == null ? JsonValue.EMPTY_JSON_OBJECT : d,
            (before, after) ->
                Json.createObjectBuilder(before).addAll(Json.createObjectBuilder(after)).build());
      }
    }
    for (var e : byId.entrySet()) {
      em.createNativeQuery(
              e.getValue().isEmpty()
                  ? "insert into lrs_activity (id, definition) values (?1, cast(?2 as jsonb))"
                      + " on conflict (id) do nothing"
                  : "insert into lrs_activity (id, definition) values (?1, cast(?2 as jsonb))"
                      + " on conflict (id) do update set definition ="
                      + " lrs_activity.definition || excluded.definition"
                      // language maps gather every language any statement gave
                      + " || jsonb_strip_nulls(jsonb_build_object("
                      + "'name', nullif(coalesce(lrs_activity.definition -> 'name', '{}')"
                      + " || coalesce(excluded.definition -> 'name', '{}'), '{}'),"
                      + " 'description', nullif(coalesce(lrs_activity.definition -> 'description',"
                      + " '{}') || coalesce(excluded.definition -> 'description', '{}'), '{}')))")
          .setParameter(1, e.getKey())
          .setParameter(2, e.getValue().toString())
          .executeUpdate();
    }
  }

  /** A stored statement by id: not voided ({@code voided} false) or voided (true). */
  public Optional<Stored> one(String id, boolean voided, LrsClient client) {
    if (!XapiFormats.isUuid(id)) {
      throw XapiException.bad("statementId: \"" + id + "\" is not a UUID");
    }
    return Row.list(
            em.createNativeQuery(
                    "select seq, cast(statement as text), stored from lrs_statement"
                        + " where id = cast(?1 as uuid) and voided = ?2"
                        + (client.ownOnly() ? " and client_id = ?3" : " and ?3 = ?3")
                        + " and (cast(?4 as varchar) is null or exists (select 1 from"
                        + " lrs_statement_key k where k.statement_seq = seq and k.kind = 'a'"
                        + " and k.value = ?4))")
                .setParameter(1, id)
                .setParameter(2, voided)
                .setParameter(3, client.id())
                .setParameter(4, client.launchActorKey()))
        .stream()
        .findFirst()
        .map(r -> new Stored(r.longAt(0), r.stringAt(1), r.momentAt(2)));
  }

  /** A statement as stored: its place in the order, its JSON, when it was stored. */
  public record Stored(long seq, String json, OffsetDateTime stored) {}

  /** The attachments of statements, by hash, for a multipart answer. */
  public List<Content> attachments(List<Long> seqs) {
    if (seqs.isEmpty()) {
      return List.of();
    }
    return Row.list(
            em.createNativeQuery(
                    "select distinct a.sha2, a.content_type, a.content from lrs_attachment a"
                        + " join lrs_statement_attachment sa on sa.sha2 = a.sha2"
                        + " where sa.statement_seq in"
                        + " (select cast(jsonb_array_elements_text(cast(?1 as jsonb)) as bigint))")
                .setParameter(1, Json.createArrayBuilder(seqs).build().toString()))
        .stream()
        .map(r -> new Content(r.stringAt(0), r.stringAt(1), (byte[]) r.at(2)))
        .toList();
  }
}
