package org.ccioacademy.lrs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.ccioacademy.platform.database.Row;

/**
 * The document resources: State ({@code S}), Activity Profile ({@code A}) and Agent Profile ({@code
 * P}). A document is bytes with a media type and an ETag (its SHA-1); writes are checked against
 * {@code If-Match} and {@code If-None-Match}, JSON objects posted are merged into the stored one,
 * and each document's writes are taken one at a time.
 */
@ApplicationScoped
public class Documents {

  @PersistenceContext EntityManager em;
  @Inject StatementUsers users;

  /** Where a document lives: its kind, activity, agent (key and JSON) and registration. */
  public record Scope(
      char kind, String activityId, String agentKey, JsonValue agent, String registration) {}

  /** A stored document. */
  public record Document(
      String id, String contentType, byte[] content, String etag, OffsetDateTime updated) {}

  /** The preconditions a write was sent with (either may be null). */
  public record Preconditions(String ifMatch, String ifNoneMatch) {

    boolean none() {
      return ifMatch == null && ifNoneMatch == null;
    }
  }

  public Optional<Document> get(Scope s, String id) {
    return Row.list(
            bind(
                em.createNativeQuery(
                    "select document_id, content_type, content, etag, updated from lrs_document"
                        + where(1)),
                s,
                id))
        .stream()
        .findFirst()
        .map(
            r ->
                new Document(
                    r.stringAt(0), r.stringAt(1), (byte[]) r.at(2), r.stringAt(3), r.momentAt(4)));
  }

  /** The query with the document's scope and id as its parameters 1 to 5. */
  private static Query bind(Query q, Scope s, String id) {
    return q.setParameter(1, String.valueOf(s.kind()))
        .setParameter(2, s.activityId())
        .setParameter(3, s.agentKey())
        .setParameter(4, s.registration())
        .setParameter(5, id);
  }

  private static String where(int first) {
    return " where kind = ?"
        + first
        + " and coalesce(activity_id, '') = coalesce(?"
        + (first + 1)
        + ", '') and coalesce(agent_key, '') = coalesce(?"
        + (first + 2)
        + ", '') and coalesce(registration, '00000000-0000-0000-0000-000000000000'::uuid)"
        + " = coalesce(cast(?"
        + (first + 3)
        + " as uuid), '00000000-0000-0000-0000-000000000000'::uuid)"
        + " and document_id = ?"
        + (first + 4);
  }

  /**
   * The ids of the scope's documents (changed since {@code since}, if given), and the latest
   * change.
   */
  public List<String> ids(Scope s, OffsetDateTime since) {
    @SuppressWarnings("unchecked")
    List<String> ids =
        em.createNativeQuery(
                "select document_id from lrs_document where kind = ?1"
                    + " and coalesce(activity_id, '') = coalesce(?2, '')"
                    + " and coalesce(agent_key, '') = coalesce(?3, '')"
                    + " and coalesce(registration, '00000000-0000-0000-0000-000000000000'::uuid)"
                    + " = coalesce(cast(?4 as uuid), '00000000-0000-0000-0000-000000000000'::uuid)"
                    + " and (cast(?5 as timestamptz) is null or updated > cast(?5 as timestamptz))"
                    + " order by document_id")
            .setParameter(1, String.valueOf(s.kind()))
            .setParameter(2, s.activityId())
            .setParameter(3, s.agentKey())
            .setParameter(4, s.registration())
            .setParameter(5, since)
            .getResultList();
    return ids;
  }

  /**
   * Stores a document: replacing it ({@code merge} false, a PUT) or merging a JSON object into the
   * stored one (a POST). Returns the new ETag.
   */
  @Transactional
  public String write(
      Scope s,
      String id,
      String contentType,
      byte[] content,
      boolean merge,
      Preconditions p,
      LrsClient client,
      boolean concurrencyRequired,
      boolean newNeedsPrecondition) {
    lock(s, id);
    Optional<Document> existing = get(s, id);
    check(existing, p, concurrencyRequired && !merge);
    if (!merge && newNeedsPrecondition && p.none() && existing.isEmpty()) {
      throw XapiException.bad(
          "A PUT of a profile document says what it expects: If-None-Match: * for a new one,"
              + " If-Match with the ETag to replace one");
    }
    byte[] bytes = content;
    String type = contentType;
    if (merge && existing.isPresent()) {
      JsonObject now = jsonObject(existing.get().content(), existing.get().contentType());
      JsonObject sent = jsonObject(content, contentType);
      if (now == null || sent == null) {
        throw XapiException.bad(
            "A document can be posted to one already stored only when both are JSON objects"
                + " (Content-Type application/json); put it instead");
      }
      bytes =
          Json.createObjectBuilder(now)
              .addAll(Json.createObjectBuilder(sent))
              .build()
              .toString()
              .getBytes(StandardCharsets.UTF_8);
      type = "application/json";
    } else if (merge && jsonObject(content, contentType) == null && isJson(contentType)) {
      throw XapiException.bad("A JSON document posted must be a JSON object");
    }
    String etag = sha1(bytes);
    OffsetDateTime now = OffsetDateTime.now();
    String sql =
        existing.isPresent()
            ? "update lrs_document set content_type = ?6, content = ?7, etag = ?8, updated = ?9,"
                + " client_id = ?10, user_id = coalesce(user_id, cast(?11 as bigint))"
                + where(1)
            : "insert into lrs_document (kind, activity_id, agent_key, registration, document_id,"
                + " content_type, content, etag, updated, client_id, user_id)"
                + " values (?1, ?2, ?3, cast(?4 as uuid), ?5, ?6, ?7, ?8, ?9, ?10,"
                + " cast(?11 as bigint))";
    bind(em.createNativeQuery(sql), s, id)
        .setParameter(6, type)
        .setParameter(7, bytes)
        .setParameter(8, etag)
        .setParameter(9, now)
        .setParameter(10, client.id())
        .setParameter(11, users.userOf(s.agent()))
        .executeUpdate();
    return etag;
  }

  /** Deletes one document ({@code id}) or, for State with no id, all of the scope's. */
  @Transactional
  public void delete(Scope s, String id, Preconditions p) {
    if (id == null) {
      em.createNativeQuery(
              "delete from lrs_document where kind = ?1 and activity_id = ?2 and agent_key = ?3"
                  + " and coalesce(registration, '00000000-0000-0000-0000-000000000000'::uuid)"
                  + " = coalesce(cast(?4 as uuid), '00000000-0000-0000-0000-000000000000'::uuid)")
          .setParameter(1, String.valueOf(s.kind()))
          .setParameter(2, s.activityId())
          .setParameter(3, s.agentKey())
          .setParameter(4, s.registration())
          .executeUpdate();
      return;
    }
    lock(s, id);
    Optional<Document> existing = get(s, id);
    check(existing, p, false);
    bind(em.createNativeQuery("delete from lrs_document" + where(1)), s, id).executeUpdate();
  }

  /** One write at a time per document (two first writes included), until the transaction ends. */
  private void lock(Scope s, String id) {
    String key =
        s.kind() + "|" + s.activityId() + "|" + s.agentKey() + "|" + s.registration() + "|" + id;
    em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 22))")
        .setParameter(1, key)
        .getResultList();
  }

  private static void check(Optional<Document> existing, Preconditions p, boolean required) {
    if (p.ifMatch() != null) {
      if (existing.isEmpty() || !matches(p.ifMatch(), existing.get().etag())) {
        throw new XapiException(
            412, "The document has changed (its ETag is not the If-Match given)");
      }
    }
    if (p.ifNoneMatch() != null && existing.isPresent()) {
      if (p.ifNoneMatch().trim().equals("*") || matches(p.ifNoneMatch(), existing.get().etag())) {
        throw new XapiException(412, "The document exists already (If-None-Match)");
      }
    }
    if (required && p.none() && existing.isPresent()) {
      throw new XapiException(
          409,
          "The document exists: send If-Match with its ETag to replace it (or If-None-Match: *"
              + " to write only a new one)");
    }
  }

  private static boolean matches(String header, String etag) {
    for (String part : header.split(",")) {
      String t = part.trim();
      if (t.startsWith("W/")) {
        t = t.substring(2);
      }
      if (t.equals("*") || t.replace("\"", "").equalsIgnoreCase(etag)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isJson(String contentType) {
    return contentType != null && contentType.toLowerCase().startsWith("application/json");
  }

  private static JsonObject jsonObject(byte[] content, String contentType) {
    if (!isJson(contentType)) {
      return null;
    }
    try {
      JsonValue v = XapiJson.parse(new String(content, StandardCharsets.UTF_8), "document");
      return v.getValueType() == JsonValue.ValueType.OBJECT ? v.asJsonObject() : null;
    } catch (XapiException e) {
      return null;
    }
  }

  static String sha1(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
