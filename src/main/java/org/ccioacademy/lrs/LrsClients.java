package org.ccioacademy.lrs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.ccioacademy.platform.audit.Actor;
import org.ccioacademy.platform.audit.AuditLog;
import org.ccioacademy.platform.database.Row;
import org.ccioacademy.platform.kernel.FieldErrors;
import org.ccioacademy.platform.kernel.InvalidInputException;
import org.ccioacademy.platform.kernel.RefusedException;
import org.ccioacademy.platform.web.PublicUrl;

/**
 * The LRS's clients: made and withdrawn by admins (audited), and found by their HTTP Basic
 * credentials. Secrets are random and long, so their SHA-256 is kept (a password hash's slowness
 * would be paid on every request and protects nothing a 256-bit secret needs).
 */
@ApplicationScoped
public class LrsClients {

  private static final SecureRandom RANDOM = new SecureRandom();

  /** The key of the site's own client: the authority of the statements of our own learning. */
  public static final String SITE_KEY = "ccio-academy";

  @PersistenceContext EntityManager em;
  @Inject AuditLog audit;
  @Inject PublicUrl publicUrl;

  /** A client as an admin made it, for the clients page. */
  public record Listed(
      long id,
      String name,
      String key,
      boolean mayRead,
      boolean mayWrite,
      boolean ownOnly,
      boolean active,
      OffsetDateTime createdAt,
      long statements) {}

  /** A client just made: its secret, shown once. */
  public record Made(long id, String key, String secret) implements Serializable {}

  /** Makes a client; its secret is shown once and kept only as a hash. */
  @Transactional
  public Made create(Actor admin, String name, boolean mayRead, boolean mayWrite, boolean ownOnly) {
    String clean = name == null ? "" : name.strip();
    FieldErrors errors = new FieldErrors();
    if (clean.isEmpty() || clean.length() > 120) {
      errors.add("name", "Give the client a name: what will use it (at most 120 characters).");
    }
    if (!mayRead && !mayWrite) {
      errors.add("read", "Let the client read statements, store them, or both.");
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    String key = "lrs_" + random(12);
    String secret = random(32);
    long id = insert(clean, key, secret, mayRead, mayWrite, ownOnly, admin.userId());
    audit.record(
        admin,
        "lrs.client.created",
        "lrs_client",
        id,
        clean,
        null,
        scopes(mayRead, mayWrite, ownOnly));
    return new Made(id, key, secret);
  }

  /**
   * Makes a client with a given key and secret unless one with that key exists (the demo's, printed
   * at start-up).
   */
  @Transactional
  public boolean ensure(String name, String key, String secret) {
    if (find(key).isPresent()) {
      return false;
    }
    long id = insert(name, key, secret, true, true, false, null);
    audit.record(
        Actor.SYSTEM,
        "lrs.client.created",
        "lrs_client",
        id,
        name,
        null,
        scopes(true, true, false));
    return true;
  }

  private long insert(
      String name,
      String key,
      String secret,
      boolean mayRead,
      boolean mayWrite,
      boolean ownOnly,
      Long createdBy) {
    return ((Number)
            em.createNativeQuery(
                    "insert into lrs_client (name, api_key, secret_hash, may_read, may_write,"
                        + " own_only, created_at, created_by) values (?1, ?2, ?3, ?4, ?5, ?6, ?7,"
                        + " cast(?8 as bigint)) returning id")
                .setParameter(1, name)
                .setParameter(2, key)
                .setParameter(3, sha256(secret))
                .setParameter(4, mayRead)
                .setParameter(5, mayWrite)
                .setParameter(6, ownOnly)
                .setParameter(7, OffsetDateTime.now())
                .setParameter(8, createdBy)
                .getSingleResult())
        .longValue();
  }

  /** Withdraws a client: its credentials stop working at once. */
  @Transactional
  public void withdraw(Actor admin, long id) {
    Row r =
        Row.list(
                em.createNativeQuery(
                        "select name from lrs_client where id = ?1 and active"
                            + " and api_key <> '"
                            + SITE_KEY
                            + "'")
                    .setParameter(1, id))
            .stream()
            .findFirst()
            .orElseThrow(() -> new RefusedException("That client is already withdrawn."));
    em.createNativeQuery(
            "update lrs_client set active = false, version = version + 1 where id = ?1")
        .setParameter(1, id)
        .executeUpdate();
    audit.record(admin, "lrs.client.withdrawn", "lrs_client", id, r.stringAt(0), "active", null);
  }

  /** The clients admins made, newest first, with how many statements each stored. */
  public List<Listed> list(int first, int size) {
    return Row.list(
            em.createNativeQuery(
                    "select c.id, c.name, c.api_key, c.may_read, c.may_write, c.own_only,"
                        + " c.active, c.created_at,"
                        + " (select count(*) from lrs_statement s where s.client_id = c.id)"
                        + " from lrs_client c where c.launch_actor is null"
                        + " order by c.id desc offset ?1 limit ?2")
                .setParameter(1, first)
                .setParameter(2, size))
        .stream()
        .map(
            r ->
                new Listed(
                    r.longAt(0),
                    r.stringAt(1),
                    r.stringAt(2),
                    r.booleanAt(3),
                    r.booleanAt(4),
                    r.booleanAt(5),
                    r.booleanAt(6),
                    r.momentAt(7),
                    r.longAt(8)))
        .toList();
  }

  public long count() {
    return ((Number)
            em.createNativeQuery("select count(*) from lrs_client where launch_actor is null")
                .getSingleResult())
        .longValue();
  }

  /** The client HTTP Basic credentials name, if they are right and it is active. */
  public Optional<LrsClient> authenticate(String key, String secret) {
    if (key == null || secret == null || key.length() > 64) {
      return Optional.empty();
    }
    List<Row> rows =
        Row.list(
            em.createNativeQuery(
                    "select id, name, api_key, may_read, may_write, own_only, secret_hash,"
                        + " cast(launch_actor as text), cast(launch_registration as varchar),"
                        + " launch_activity, expires_at"
                        + " from lrs_client where api_key = ?1 and active"
                        + " and (expires_at is null or expires_at > now())")
                .setParameter(1, key));
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Row r = rows.get(0);
    if (!MessageDigest.isEqual(
        r.stringAt(6).getBytes(StandardCharsets.US_ASCII),
        sha256(secret).getBytes(StandardCharsets.US_ASCII))) {
      return Optional.empty();
    }
    return Optional.of(
        new LrsClient(
            r.longAt(0),
            r.stringAt(1),
            r.stringAt(2),
            r.booleanAt(3),
            r.booleanAt(4),
            r.booleanAt(5),
            homePage(),
            r.isNull(7) ? null : Agents.key(XapiJson.parse(r.stringAt(7), "actor").asJsonObject()),
            r.stringAt(8),
            r.stringAt(9),
            r.isNull(10) ? null : r.momentAt(10)));
  }

  /** The site's own client (the authority of the statements of our own learning). */
  public LrsClient site() {
    long id =
        find(SITE_KEY)
            .orElseThrow(() -> new IllegalStateException("The site's LRS client is missing (V53)"));
    return new LrsClient(
        id, "CCIO Academy", SITE_KEY, false, true, true, homePage(), null, null, null, null);
  }

  private Optional<Long> find(String key) {
    return Row.list(
            em.createNativeQuery("select id from lrs_client where api_key = ?1")
                .setParameter(1, key))
        .stream()
        .findFirst()
        .map(r -> r.longAt(0));
  }

  /** The home page of the LRS's clients' accounts (their statements' authority). */
  public String homePage() {
    return publicUrl.base() + "/xapi";
  }

  private static String scopes(boolean read, boolean write, boolean ownOnly) {
    return (read ? (ownOnly ? "read own statements" : "read") : "")
        + (read && write ? ", " : "")
        + (write ? "write" : "");
  }

  private static String random(int bytes) {
    byte[] b = new byte[bytes];
    RANDOM.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  static String sha256(String s) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
