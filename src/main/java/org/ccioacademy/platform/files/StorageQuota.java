package org.ccioacademy.platform.files;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How much each person may store in files (CPD evidence and assignment hand-ins together): {@code
 * ccio.files.quota-mb}, 250 MB by default. What they store is the {@code user_file_usage} view. A
 * check holds a lock on the person until the transaction ends, so two uploads at once cannot pass
 * it together.
 */
@ApplicationScoped
public class StorageQuota {

  @PersistenceContext private EntityManager em;

  @Inject
  @ConfigProperty(name = "ccio.files.quota-mb", defaultValue = "250")
  long quotaMb;

  /**
   * Why {@code adding} more bytes would not fit (in plain English), or empty when they fit. {@code
   * replacing} is the size of a file this one replaces (0 for none).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<String> problem(long userId, long adding, long replacing) {
    em.createNativeQuery("select pg_advisory_xact_lock(88, ?1)")
        .setParameter(1, (int) userId)
        .getSingleResult();
    @SuppressWarnings("unchecked")
    List<Number> used =
        em.createNativeQuery("select bytes from user_file_usage where user_id = ?1")
            .setParameter(1, userId)
            .getResultList();
    long before = used.isEmpty() || used.get(0) == null ? 0 : used.get(0).longValue();
    long after = before - replacing + adding;
    long quota = quotaMb * 1024 * 1024;
    if (after <= quota) {
      return Optional.empty();
    }
    return Optional.of(
        "You have stored "
            + mb(before)
            + " of files (CPD evidence and hand-ins together) and may store "
            + quotaMb
            + " MB, so this file ("
            + mb(adding)
            + ") does not fit. Remove files you no longer need, or ask an administrator.");
  }

  private static String mb(long bytes) {
    double mb = bytes / (1024.0 * 1024.0);
    return mb < 0.1 ? "less than 0.1 MB" : String.format(Locale.UK, "%.1f MB", mb);
  }
}
