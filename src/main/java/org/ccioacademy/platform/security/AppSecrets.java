package org.ccioacademy.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Secrets the application makes for itself on first use and keeps in its database (table {@code
 * app_secret}), so that every instance of a cluster uses the same one and none is ever in the
 * repository or the configuration. Each is sealed ({@link SecretBox}: AES-256-GCM) under the master
 * key of {@link SecretsKey}, which is never in the database; a value stored in clear by an earlier
 * version is sealed the first time it is read.
 */
@ApplicationScoped
public class AppSecrets {

  @Inject Store store;

  private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

  /** The named random secret of {@code bytes} bytes, made the first time it is asked for. */
  public byte[] secret(String name, int bytes) {
    return cache.computeIfAbsent(name, n -> store.loadOrCreate(n, bytes)).clone();
  }

  /**
   * The named secret, made by {@code maker} the first time it is asked for (a key pair, say); when
   * two instances make one at once, the first stored wins and both use it.
   */
  public byte[] secret(String name, Supplier<byte[]> maker) {
    return cache.computeIfAbsent(name, n -> store.loadOrCreate(n, maker.get())).clone();
  }

  /** The table, in a transaction of its own (a separate bean, so the interceptor applies). */
  @ApplicationScoped
  public static class Store {

    @PersistenceContext private EntityManager em;
    @Inject SecretsKey key;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public byte[] loadOrCreate(String name, int bytes) {
      byte[] fresh = new byte[bytes];
      new SecureRandom().nextBytes(fresh);
      return loadOrCreate(name, fresh);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public byte[] loadOrCreate(String name, byte[] fresh) {
      SecretBox box = key.box();
      // two instances starting at once: the first insert wins, both read the same row
      em.createNativeQuery(
              "insert into app_secret (name, value) values (?1, ?2) on conflict (name) do nothing")
          .setParameter(1, name)
          .setParameter(2, box.seal(name, fresh))
          .executeUpdate();
      byte[] stored =
          (byte[])
              em.createNativeQuery("select value from app_secret where name = ?1 for update")
                  .setParameter(1, name)
                  .getSingleResult();
      if (SecretBox.isSealed(stored)) {
        return box.open(name, stored);
      }
      // kept in clear before secrets were sealed: seal it now, in place
      em.createNativeQuery("update app_secret set value = ?2 where name = ?1")
          .setParameter(1, name)
          .setParameter(2, box.seal(name, stored))
          .executeUpdate();
      return stored;
    }
  }
}
