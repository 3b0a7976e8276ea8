package org.ccioacademy.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ccioacademy.platform.audit.Actor;
import org.ccioacademy.platform.audit.AuditLog;
import org.ccioacademy.platform.database.Row;
import org.ccioacademy.platform.kernel.Caller;
import org.ccioacademy.platform.kernel.FieldErrors;
import org.ccioacademy.platform.kernel.InvalidInputException;
import org.ccioacademy.platform.kernel.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reviewer API tokens: made by a reviewer or admin for a program that reads {@code /api/review/*}
 * (a spreadsheet, a reporting tool) without a browser. A token is 32 random bytes, shown once; only
 * its SHA-256 hash is kept (a token has far more entropy than a password, so a slow hash adds
 * nothing). It expires, can be revoked by its owner, and works only while the account is enabled
 * and still a reviewer or admin. Made and revoked tokens are audited.
 */
@ApplicationScoped
public class ApiTokens {

  /** The roles a token carries, and that its owner needs. */
  public static final Set<Role> ROLES = Set.of(Role.REVIEWER, Role.ADMIN);

  /** What every token starts with, so a leaked one is easy to recognise (and to search for). */
  public static final String PREFIX = "ccio_";

  /** Active tokens one person may have at once. */
  public static final int MAX_ACTIVE = 10;

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext private EntityManager em;
  @Inject AuditLog audit;
  @Inject UserAccountRepository accounts;

  /** The longest a token may last, in days. */
  @Inject
  @ConfigProperty(name = "ccio.api.token-max-days", defaultValue = "365")
  int maxDays;

  /** A token as its owner sees it: never the token itself. */
  public record Token(
      long id,
      String name,
      String hint,
      OffsetDateTime createdAt,
      OffsetDateTime expiresAt,
      OffsetDateTime lastUsedAt,
      OffsetDateTime revokedAt) {

    public boolean isActive() {
      return revokedAt == null && expiresAt.isAfter(OffsetDateTime.now());
    }

    public String getStatus() {
      return revokedAt != null
          ? "Revoked"
          : expiresAt.isAfter(OffsetDateTime.now()) ? "Active" : "Expired";
    }
  }

  /** A token just made: the only time {@code secret} is known. */
  public record Made(long id, String secret) {}

  public int getMaxDays() {
    return maxDays;
  }

  /** {@code userId}'s tokens, newest first (revoked and expired ones too). */
  public List<Token> of(long userId) {
    List<Row> rows =
        Row.list(
            em.createNativeQuery(
                    "select id, name, hint, created_at, expires_at, last_used_at, revoked_at"
                        + " from api_token where user_id = ?1 order by created_at desc, id desc"
                        + " limit 100")
                .setParameter(1, userId));
    return rows.stream()
        .map(
            r ->
                new Token(
                    r.longAt(0),
                    r.stringAt(1),
                    r.stringAt(2),
                    r.momentAt(3),
                    r.momentAt(4),
                    r.momentAt(5),
                    r.momentAt(6)))
        .toList();
  }

  /**
   * Makes a token for the actor (a reviewer or admin) named {@code name}, lasting {@code days}.
   *
   * @throws InvalidInputException with every problem, by field
   * @throws SecurityException for anyone who is not a reviewer or admin
   */
  @Transactional
  public Made make(Caller owner, String name, Integer days) {
    if (owner.roles().stream().noneMatch(ROLES::contains)) {
      throw new SecurityException("API tokens are for reviewers and admins");
    }
    // one owner at a time, so two windows cannot pass the limit together
    em.createNativeQuery("select id from users where id = ?1 for update")
        .setParameter(1, owner.userId())
        .getResultList();
    FieldErrors errors = new FieldErrors();
    String label = name == null ? "" : name.strip();
    if (label.isEmpty()) {
      errors.add("name", "Give the token a name that says what uses it, such as \"Power BI\".");
    } else if (label.length() > 80) {
      errors.add("name", "Keep the name to 80 characters.");
    }
    if (days == null || days < 1 || days > maxDays) {
      errors.add("days", "Choose how long the token lasts: 1 to " + maxDays + " days.");
    }
    long active =
        ((Number)
                em.createNativeQuery(
                        "select count(*) from api_token where user_id = ?1"
                            + " and revoked_at is null and expires_at > now()")
                    .setParameter(1, owner.userId())
                    .getSingleResult())
            .longValue();
    if (active >= MAX_ACTIVE) {
      errors.add(
          "name",
          "You have "
              + MAX_ACTIVE
              + " tokens in use, the most allowed. Revoke one you no longer need first.");
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    long id =
        ((Number)
                em.createNativeQuery(
                        "insert into api_token (user_id, name, token_hash, hint, expires_at)"
                            + " values (?1, ?2, ?3, ?4, now() + make_interval(days => ?5))"
                            + " returning id")
                    .setParameter(1, owner.userId())
                    .setParameter(2, label)
                    .setParameter(3, hash(secret))
                    .setParameter(4, secret.substring(0, PREFIX.length() + 4))
                    .setParameter(5, days)
                    .getSingleResult())
            .longValue();
    audit.record(owner.actor(), "api-token.made", "api_token", id, label, null, days + " days");
    return new Made(id, secret);
  }

  /**
   * Revokes one of the actor's own tokens (at once: the next request with it is refused).
   *
   * @return false when the actor has no such active token
   */
  @Transactional
  public boolean revoke(Actor owner, long tokenId) {
    return revoke(owner, owner.userId(), tokenId);
  }

  /**
   * An admin revokes one of {@code userId}'s tokens (a lost laptop, someone leaving).
   *
   * @return false when that person has no such active token
   * @throws SecurityException for anyone who is not an admin
   */
  @Transactional
  public boolean revokeFor(Caller admin, long userId, long tokenId) {
    if (!admin.isAdmin()) {
      throw new SecurityException("Only admins revoke other people's tokens");
    }
    return revoke(admin.actor(), userId, tokenId);
  }

  /**
   * Revokes every active token of {@code userId} (their password changed: whoever had it may have
   * made tokens), one audit row each, in the caller's transaction.
   *
   * @return how many were revoked
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public int revokeAll(Actor actor, long userId, String why) {
    List<Row> revoked =
        Row.list(
            em.createNativeQuery(
                    "update api_token set revoked_at = now() where user_id = ?1"
                        + " and revoked_at is null and expires_at > now() returning id, name")
                .setParameter(1, userId));
    for (Row r : revoked) {
      audit.record(
          actor,
          "api-token.revoked",
          "api_token",
          r.longAt(0),
          r.stringAt(1),
          "active",
          "revoked: " + why);
    }
    return revoked.size();
  }

  private boolean revoke(Actor actor, long userId, long tokenId) {
    @SuppressWarnings("unchecked")
    List<String> names =
        em.createNativeQuery(
                "update api_token set revoked_at = now() where id = ?1 and user_id = ?2"
                    + " and revoked_at is null returning name")
            .setParameter(1, tokenId)
            .setParameter(2, userId)
            .getResultList();
    if (names.isEmpty()) {
      return false;
    }
    audit.record(
        actor, "api-token.revoked", "api_token", tokenId, names.get(0), "active", "revoked");
    return true;
  }

  /**
   * The account a presented token signs in, when the token is known, neither revoked nor expired,
   * and its account is enabled and a reviewer or admin; notes when it was last used (at most once a
   * minute, so a busy program does not write on every request).
   */
  @Transactional
  public Optional<UserAccount> use(String presented) {
    if (presented == null || !presented.startsWith(PREFIX) || presented.length() > 100) {
      return Optional.empty();
    }
    List<Row> rows =
        Row.list(
            em.createNativeQuery(
                    "select id, user_id, (last_used_at is null"
                        + " or last_used_at < now() - interval '1 minute')::text from api_token"
                        + " where token_hash = ?1 and revoked_at is null and expires_at > now()")
                .setParameter(1, hash(presented)));
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Row row = rows.get(0);
    Optional<UserAccount> account =
        accounts
            .find(row.longAt(1))
            .filter(UserAccount::isEnabled)
            .filter(a -> a.getRoles().stream().anyMatch(ROLES::contains));
    if (account.isPresent() && "true".equals(row.stringAt(2))) {
      em.createNativeQuery("update api_token set last_used_at = now() where id = ?1")
          .setParameter(1, row.longAt(0))
          .executeUpdate();
    }
    return account;
  }

  static byte[] hash(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
