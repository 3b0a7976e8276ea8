package org.ccioacademy.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.ccioacademy.platform.database.Row;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Counts attempts in windows, in the database so that every instance counts together ({@code
 * throttle_count}), and says when a key has had its share (ASVS 2.2.1, 11.1.4). Counts are kept per
 * fixed window, and a key's count is read as a sliding window: this window's attempts plus the
 * previous window's in the proportion of it still inside the last {@code minutes} ({@link
 * #estimate}). So the limit holds across a window's end (fixed windows alone let twice the limit
 * through around it, and a burst that straddled it was never stopped). Each {@link Rule} has a
 * limit and a window, {@code ccio.throttle.<rule>=limit/minutes} (for example {@code
 * ccio.throttle.signin-address=30/10}); refusals are counted on {@code /metrics} as {@code
 * ccio_throttled_total{rule=...}}.
 */
@ApplicationScoped
public class Throttle {

  /** What is counted, and its default limit per window of minutes. */
  public enum Rule {
    /** Failed sign-ins from one client address. */
    SIGNIN_ADDRESS(30, 10),
    /** Failed sign-ins from one network (/24 or /64): a spread-out attack from one place. */
    SIGNIN_NETWORK(300, 10),
    /** Failed sign-ins to one email address from one client address: then it pauses there. */
    SIGNIN_EMAIL(5, 15),
    /** Registrations sent from one client address. */
    REGISTER_ADDRESS(10, 60),
    /** Registrations sent from one network. */
    REGISTER_NETWORK(100, 60),
    /** Wrong current passwords (password change) from one client address. */
    PASSWORD_ADDRESS(10, 10),
    /** Wrong current passwords from one network. */
    PASSWORD_NETWORK(100, 10),
    /** Password reset forms (asking for a link, setting the password) sent from one address. */
    RESET_ADDRESS(10, 60),
    /** Password reset forms sent from one network. */
    RESET_NETWORK(100, 60),
    /** Reset links asked for one email address: more are not sent, so no one floods an inbox. */
    RESET_EMAIL(3, 60),
    /** Wrong second-factor codes for one account: then codes are refused until the window ends. */
    SECOND_FACTOR_ACCOUNT(5, 15),
    /** Messages sent with the contact form from one client address. */
    CONTACT_ADDRESS(5, 60),
    /** Messages sent with the contact form from one network. */
    CONTACT_NETWORK(50, 60);

    final int defaultLimit;
    final int defaultMinutes;

    Rule(int limit, int minutes) {
      this.defaultLimit = limit;
      this.defaultMinutes = minutes;
    }

    /** The setting's name, e.g. {@code ccio.throttle.signin-address}. */
    public String setting() {
      return "ccio.throttle." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /** A rule's limit: at most {@code limit} in a window of {@code minutes}. */
  public record Limit(int limit, int minutes) {
    static Limit parse(String setting, String value) {
      String[] parts = value.strip().split("/");
      try {
        Limit l = new Limit(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
        if (l.limit < 1 || l.minutes < 1 || l.minutes > 24 * 60) {
          throw new IllegalArgumentException();
        }
        return l;
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(
            setting
                + " must be a number of attempts, a slash and minutes (1 to 1440), not "
                + value,
            e);
      }
    }
  }

  @PersistenceContext private EntityManager em;
  @Inject Config config;
  @Inject MetricRegistry metrics;

  private final Map<Rule, Limit> limits = new EnumMap<>(Rule.class);

  @PostConstruct
  void load() {
    for (Rule r : Rule.values()) {
      limits.put(
          r,
          config
              .getOptionalValue(r.setting(), String.class)
              .map(v -> Limit.parse(r.setting(), v))
              .orElse(new Limit(r.defaultLimit, r.defaultMinutes)));
    }
  }

  public Limit limit(Rule rule) {
    return limits.get(rule);
  }

  /** One key's count in the current window, against its limit. */
  public record Hits(int count, int limit, Instant windowEnd) {
    /** This attempt was one too many: refuse it. */
    public boolean over() {
      return count > limit;
    }

    /** The limit is reached: the next attempt is refused until the window ends. */
    public boolean reached() {
      return count >= limit;
    }
  }

  /**
   * Counts one attempt for each key under its rule, in a transaction of its own (a refused change
   * still counts).
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Map<Rule, Hits> count(Map<Rule, String> keys) {
    Map<Rule, Hits> hits = new EnumMap<>(Rule.class);
    for (Map.Entry<Rule, String> k : keys.entrySet()) {
      Limit l = limits.get(k.getKey());
      Row row =
          Row.single(
              em.createNativeQuery(
                      "insert into throttle_count (bucket, key, window_start, hits)"
                          + " values (?1, ?2, "
                          + WINDOW
                          + ", 1) on conflict (bucket, key, window_start)"
                          + " do update set hits = throttle_count.hits + 1"
                          + " returning hits, window_start + make_interval(mins => ?3)")
                  .setParameter(1, k.getKey().name())
                  .setParameter(2, k.getValue())
                  .setParameter(3, l.minutes()));
      hits.put(
          k.getKey(),
          new Hits(
              estimate(row.intAt(0), previous(k.getKey(), k.getValue(), l), fraction(l)),
              l.limit(),
              instant(row.at(1))));
    }
    if (ThreadLocalRandom.current().nextInt(200) == 0) {
      em.createNativeQuery(
              "delete from throttle_count where window_start < now() - interval '2 days'")
          .executeUpdate();
    }
    return hits;
  }

  /** The latest end of a window among the keys counted one too many, if any was. */
  public static Optional<Instant> refusedUntil(Collection<Hits> hits) {
    return hits.stream().filter(Hits::over).map(Hits::windowEnd).max(Instant::compareTo);
  }

  /**
   * Whether any of the keys has already had its share in the current window: when it frees, or
   * empty when none has.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<Instant> refusedUntil(Map<Rule, String> keys) {
    Instant until = null;
    for (Map.Entry<Rule, String> k : keys.entrySet()) {
      Limit l = limits.get(k.getKey());
      Row row =
          Row.single(
              em.createNativeQuery(
                      "select coalesce((select hits from throttle_count where bucket = ?1"
                          + " and key = ?2 and window_start = "
                          + WINDOW
                          + "), 0), "
                          + WINDOW
                          + " + make_interval(mins => ?3)")
                  .setParameter(1, k.getKey().name())
                  .setParameter(2, k.getValue())
                  .setParameter(3, l.minutes()));
      int count = estimate(row.intAt(0), previous(k.getKey(), k.getValue(), l), fraction(l));
      if (count >= l.limit()) {
        Instant end = instant(row.at(1));
        until = until == null || end.isAfter(until) ? end : until;
      }
    }
    return Optional.ofNullable(until);
  }

  /** Forgets the counts of one key (an administrator lets someone try again at once). */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void forgive(Rule rule, String keyPrefix) {
    em.createNativeQuery("delete from throttle_count where bucket = ?1 and key like ?2")
        .setParameter(1, rule.name())
        .setParameter(
            2, keyPrefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
        .executeUpdate();
  }

  /** Counts a refusal on /metrics. */
  public void refused(Rule rule) {
    metrics.counter("ccio.throttled", new Tag("rule", rule.name().toLowerCase(Locale.ROOT))).inc();
  }

  /**
   * A key's count over the last window's length: this window's {@code current} attempts and the
   * previous window's {@code previous} in the part of it still inside (1 - {@code fraction}, where
   * {@code fraction} is how far this window has gone), rounded up.
   */
  static int estimate(int current, int previous, double fraction) {
    double f = Math.max(0, Math.min(1, fraction));
    return (int) Math.ceil(current + previous * (1 - f) - 1e-9);
  }

  /** The previous window's count of a key. */
  private int previous(Rule rule, String key, Limit l) {
    return ((Number)
            em.createNativeQuery(
                    "select coalesce((select hits from throttle_count where bucket = ?1"
                        + " and key = ?2 and window_start = "
                        + WINDOW
                        + " - make_interval(mins => ?3)), 0)")
                .setParameter(1, rule.name())
                .setParameter(2, key)
                .setParameter(3, l.minutes())
                .getSingleResult())
        .intValue();
  }

  /** How far the current window of a limit has gone, from 0 to 1. */
  private double fraction(Limit l) {
    return ((Number)
            em.createNativeQuery(
                    "select extract(epoch from (now() - " + WINDOW + ")) / (?3 * 60.0)")
                .setParameter(3, l.minutes())
                .getSingleResult())
        .doubleValue();
  }

  /** The start of the current window of ?3 minutes. */
  private static final String WINDOW =
      "to_timestamp(floor(extract(epoch from now()) / (?3 * 60)) * (?3 * 60))";

  private static Instant instant(Object value) {
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    return Instant.parse(value.toString());
  }
}
