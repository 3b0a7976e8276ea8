package org.ccioacademy.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One-time recovery codes for two-step sign-in: {@value #COUNT} at a time, 10 characters from an
 * alphabet without look-alikes (about 49 bits each), shown once; only their SHA-256 hashes are
 * kept, each works once, and a new set replaces the old.
 */
@ApplicationScoped
class RecoveryCodes {

  /** Recovery codes made at a time. */
  static final int COUNT = 10;

  /** Letters and digits that cannot be mistaken for one another. */
  private static final char[] ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext private EntityManager em;

  /** Codes not yet used. */
  @Transactional
  long left(long userId) {
    return ((Number)
            em.createNativeQuery(
                    "select count(*) from recovery_code where user_id = ?1 and used_at is null")
                .setParameter(1, userId)
                .getSingleResult())
        .longValue();
  }

  /** A new set in place of the old (all of which stop working); the codes, to show once. */
  @Transactional(Transactional.TxType.MANDATORY)
  List<String> replace(long userId) {
    remove(userId);
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < COUNT; i++) {
      char[] c = new char[10];
      for (int j = 0; j < c.length; j++) {
        c[j] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
      }
      String code = new String(c, 0, 5) + "-" + new String(c, 5, 5);
      codes.add(code);
      em.createNativeQuery("insert into recovery_code (user_id, code_hash) values (?1, ?2)")
          .setParameter(1, userId)
          .setParameter(2, ApiTokens.hash(normalise(code)))
          .executeUpdate();
    }
    return codes;
  }

  /** Uses up the code typed, if it is one of the person's unused codes. */
  @Transactional(Transactional.TxType.MANDATORY)
  boolean use(long userId, String typed) {
    if (typed == null || typed.length() > 40) {
      return false;
    }
    String normalised = normalise(typed);
    if (normalised.length() != 10) {
      return false;
    }
    return em.createNativeQuery(
                "update recovery_code set used_at = now() where user_id = ?1 and code_hash = ?2"
                    + " and used_at is null")
            .setParameter(1, userId)
            .setParameter(2, ApiTokens.hash(normalised))
            .executeUpdate()
        == 1;
  }

  /** Removes every code of the person. */
  @Transactional(Transactional.TxType.MANDATORY)
  void remove(long userId) {
    em.createNativeQuery("delete from recovery_code where user_id = ?1")
        .setParameter(1, userId)
        .executeUpdate();
  }

  /** A code as kept: lower case, without spaces or dashes. */
  static String normalise(String typed) {
    return typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
  }
}
