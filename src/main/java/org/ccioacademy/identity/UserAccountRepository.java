package org.ccioacademy.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ccioacademy.platform.database.Row;
import org.ccioacademy.platform.kernel.Role;

/** Loads and stores accounts. Lists are paged in the database. */
@ApplicationScoped
public class UserAccountRepository {

  @PersistenceContext private EntityManager em;

  /**
   * The account with its roles in one statement, for the signed-in person of every request ({@link
   * CurrentUser}); {@link #find} reads the roles with a second.
   */
  public Optional<UserAccount> findWithRoles(long id) {
    return em.createNamedQuery("UserAccount.findWithRoles", UserAccount.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  public Optional<UserAccount> find(long id) {
    return Optional.ofNullable(em.find(UserAccount.class, id));
  }

  /** Loads and locks the account's row until the transaction ends. */
  public Optional<UserAccount> findForUpdate(long id) {
    return Optional.ofNullable(em.find(UserAccount.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  public Optional<UserAccount> findByEmail(String normalisedEmail) {
    return em.createNamedQuery("UserAccount.findByEmail", UserAccount.class)
        .setParameter("email", normalisedEmail)
        .getResultStream()
        .findFirst();
  }

  /**
   * Loads and locks the row until the transaction ends, so sign-in attempts are counted one by one.
   */
  public Optional<UserAccount> findByEmailForUpdate(String normalisedEmail) {
    return em.createNamedQuery("UserAccount.findByEmail", UserAccount.class)
        .setParameter("email", normalisedEmail)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  /**
   * Holds a lock on an email address until the transaction ends, so two registrations of one
   * address at once (a double click, two tabs) run one after the other: the second then finds the
   * first's account instead of failing on the unique index.
   */
  public void lockEmail(String normalisedEmail) {
    em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 77))")
        .setParameter(1, normalisedEmail)
        .getSingleResult();
  }

  public boolean emailTaken(String normalisedEmail) {
    return em.createQuery("select count(u) from UserAccount u where u.email = :email", Long.class)
            .setParameter("email", normalisedEmail)
            .getSingleResult()
        > 0;
  }

  public void add(UserAccount account) {
    em.persist(account);
    em.flush();
  }

  public long countEnabledWithRole(Role role) {
    return em.createQuery(
            "select count(u) from UserAccount u join u.roles r where r = :role and u.enabled = true",
            Long.class)
        .setParameter("role", role)
        .getSingleResult();
  }

  /** Number of accounts holding each role (a person with two roles counts in both). */
  public Map<Role, Long> countByRole() {
    Map<Role, Long> counts = new EnumMap<>(Role.class);
    for (Role role : Role.values()) {
      counts.put(role, 0L);
    }
    for (Row row : Row.list(em.createNamedQuery("UserAccount.countByRole", Object[].class))) {
      counts.put((Role) row.at(0), row.longAt(1));
    }
    return counts;
  }

  public long countAll() {
    return em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult();
  }

  /** Enabled trainees who have not given their professional details (no profession). */
  public long countTraineesWithoutProfile() {
    return ((Number)
            em.createNativeQuery(
                    "select count(*) from users u join user_roles r on r.user_id = u.id"
                        + " and r.role = 'TRAINEE' where u.enabled and u.profession is null"
                        + " and u.erased_at is null")
                .getSingleResult())
        .longValue();
  }

  public long countDisabled() {
    return em.createQuery("select count(u) from UserAccount u where u.enabled = false", Long.class)
        .getSingleResult();
  }

  /** A page of accounts matching the search, sorted, with their roles fetched in one batch. */
  public List<UserAccount> page(UserSearch search, int first, int size) {
    String order =
        switch (search.sort()) {
          case "email" -> "u.email";
          case "createdAt" -> "u.createdAt";
          case "lastSignInAt" -> "u.lastSignInAt";
          default -> "lower(u.fullName)";
        };
    TypedQuery<UserAccount> query =
        em.createQuery(
            "select u from UserAccount u where "
                + WHERE
                + " order by "
                + order
                + (search.ascending() ? " asc" : " desc")
                + ", u.id",
            UserAccount.class);
    bind(query, search);
    return query
        .setHint("eclipselink.batch", "u.roles")
        .setHint("eclipselink.batch.type", "IN")
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  public long count(UserSearch search) {
    TypedQuery<Long> query =
        em.createQuery("select count(u) from UserAccount u where " + WHERE, Long.class);
    bind(query, search);
    return query.getSingleResult();
  }

  private static final String WHERE =
      "(:q = '' or lower(u.fullName) like :q or u.email like :q)"
          + " and (:anyRole = true or exists (select r from UserAccount v join v.roles r"
          + " where v = u and r = :role))";

  private static void bind(TypedQuery<?> query, UserSearch search) {
    String text = search.text() == null ? "" : search.text().trim().toLowerCase(Locale.ROOT);
    text = text.replace("%", "").replace("_", "");
    query.setParameter("q", text.isEmpty() ? "" : "%" + text + "%");
    query.setParameter("anyRole", search.role() == null);
    query.setParameter("role", search.role() == null ? Role.TRAINEE : search.role());
  }
}
