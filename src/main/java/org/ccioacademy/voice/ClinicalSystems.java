package org.ccioacademy.voice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.ccioacademy.platform.audit.Actor;
import org.ccioacademy.platform.audit.AuditLog;
import org.ccioacademy.platform.kernel.Caller;
import org.ccioacademy.platform.kernel.ConcurrentEditException;
import org.ccioacademy.platform.kernel.InvalidInputException;
import org.ccioacademy.platform.kernel.RefusedException;

/**
 * The reference list of clinical systems: what trainees may rate, what they propose as "other", and
 * what admins do with it (add, list a proposal, merge one into a listed system, retire).
 */
@ApplicationScoped
public class ClinicalSystems {

  @PersistenceContext private EntityManager em;
  @Inject AuditLog audit;

  public Optional<ClinicalSystem> find(long id) {
    return Optional.ofNullable(em.find(ClinicalSystem.class, id));
  }

  /** The systems offered for rating, by product. */
  public List<ClinicalSystem> offered() {
    return byStatus(ClinicalSystem.Status.LISTED);
  }

  public List<ClinicalSystem> byStatus(ClinicalSystem.Status status) {
    return em.createNamedQuery("ClinicalSystem.findByStatus", ClinicalSystem.class)
        .setParameter("status", status)
        .getResultList();
  }

  /** How many systems stand so on the list. */
  public long count(ClinicalSystem.Status status) {
    return em.createNamedQuery("ClinicalSystem.countByStatus", Long.class)
        .setParameter("status", status)
        .getSingleResult();
  }

  /**
   * The system a trainee names as "other": the one of that product and supplier when there is one
   * (whatever its case), else a new proposal. Two trainees naming the same new system at once get
   * the same proposal.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  ClinicalSystem named(Caller trainee, String product, String supplier, SystemKind kind) {
    ClinicalSystem made = ClinicalSystem.proposed(product, supplier, kind, trainee.userId());
    int inserted =
        em.createNativeQuery(
                "insert into clinical_system (product, supplier, kind, status, proposed_by)"
                    + " values (?1, ?2, ?3, 'PROPOSED', ?4)"
                    + " on conflict (lower(supplier), lower(product)) do nothing")
            .setParameter(1, made.getProduct())
            .setParameter(2, made.getSupplier())
            .setParameter(3, made.getKind().name())
            .setParameter(4, trainee.userId())
            .executeUpdate();
    ClinicalSystem system =
        em.createNamedQuery("ClinicalSystem.findByNames", ClinicalSystem.class)
            .setParameter("product", made.getProduct())
            .setParameter("supplier", made.getSupplier())
            .getSingleResult();
    if (inserted == 1) {
      audit.record(
          trainee.actor(),
          "voice.system-proposed",
          "clinical_system",
          system.getId(),
          system.describe(),
          null,
          "proposed for the list");
    }
    return system;
  }

  /** An admin adds a system to the list. */
  @Transactional
  public long add(Actor admin, String product, String supplier, SystemKind kind) {
    ClinicalSystem s = ClinicalSystem.listed(product, supplier, kind);
    refuseDuplicate(s.getProduct(), s.getSupplier(), null);
    em.persist(s);
    em.flush();
    audit.record(
        admin, "voice.system-listed", "clinical_system", s.getId(), s.describe(), null, "listed");
    return s.getId();
  }

  /** An admin lists a proposed (or corrects a listed) system, with its names as they should be. */
  @Transactional
  public void list(
      Actor admin, long id, long version, String product, String supplier, SystemKind kind) {
    ClinicalSystem s = load(id, version);
    String before = s.describe() + ", " + s.getStatus().name().toLowerCase();
    if (product != null && supplier != null) {
      refuseDuplicate(product.strip(), supplier.strip(), id);
    }
    s.list(product, supplier, kind);
    audit.record(
        admin,
        "voice.system-listed",
        "clinical_system",
        id,
        s.describe(),
        before,
        "listed as " + s.describe());
  }

  /**
   * An admin merges a proposed system into a listed one: its ratings become ratings of that one
   * (where the same person rated both, the later rating is their current one, the other kept as
   * history), and the proposal goes.
   */
  @Transactional
  public int merge(Actor admin, long proposedId, long version, long intoId) {
    ClinicalSystem from = load(proposedId, version);
    if (from.getStatus() != ClinicalSystem.Status.PROPOSED) {
      throw new RefusedException(from.describe() + " is not a proposal, so it cannot be merged.");
    }
    ClinicalSystem into =
        find(intoId)
            .filter(ClinicalSystem::isOffered)
            .orElseThrow(() -> InvalidInputException.of("into", "Choose a system on the list."));
    // where the same person has a current rating of both, the earlier becomes history
    em.createNativeQuery(
            "update system_rating r set replaced_at = coalesce(later.rated_at, now()),"
                + " version = r.version + 1"
                + " from system_rating later where r.replaced_at is null"
                + " and later.replaced_at is null and later.user_id = r.user_id"
                + " and later.id <> r.id and r.system_id in (?1, ?2)"
                + " and later.system_id in (?1, ?2)"
                + " and (later.rated_at, later.id) > (r.rated_at, r.id)")
        .setParameter(1, proposedId)
        .setParameter(2, intoId)
        .executeUpdate();
    int moved =
        em.createNativeQuery(
                "update system_rating set system_id = ?2, version = version + 1"
                    + " where system_id = ?1")
            .setParameter(1, proposedId)
            .setParameter(2, intoId)
            .executeUpdate();
    em.remove(from);
    audit.record(
        admin,
        "voice.system-merged",
        "clinical_system",
        intoId,
        into.describe(),
        from.describe(),
        "merged into "
            + into.describe()
            + " with "
            + moved
            + (moved == 1 ? " rating" : " ratings"));
    return moved;
  }

  /** An admin retires a system: no longer offered; its ratings stay in the figures. */
  @Transactional
  public void retire(Actor admin, long id, long version) {
    ClinicalSystem s = load(id, version);
    String before = s.getStatus().name().toLowerCase();
    s.retire();
    audit.record(
        admin, "voice.system-retired", "clinical_system", id, s.describe(), before, "retired");
  }

  /** An admin offers a retired system again. */
  @Transactional
  public void restore(Actor admin, long id, long version) {
    ClinicalSystem s = load(id, version);
    s.restore();
    audit.record(
        admin,
        "voice.system-listed",
        "clinical_system",
        id,
        s.describe(),
        "retired",
        "listed again");
  }

  private ClinicalSystem load(long id, long version) {
    // the row is locked, so of two admins at once the second sees the first's change
    ClinicalSystem s = em.find(ClinicalSystem.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (s == null) {
      throw new RefusedException("That system is no longer on the list.");
    }
    if (s.getVersion() != version) {
      throw new ConcurrentEditException(
          "Another administrator changed "
              + s.describe()
              + " a moment ago. Its list is shown as it"
              + " is now: look again and repeat what you meant to do.");
    }
    return s;
  }

  private void refuseDuplicate(String product, String supplier, Long except) {
    List<ClinicalSystem> same =
        em.createNamedQuery("ClinicalSystem.findByNames", ClinicalSystem.class)
            .setParameter("product", product)
            .setParameter("supplier", supplier)
            .getResultList();
    if (same.stream().anyMatch(s -> !s.getId().equals(except))) {
      throw InvalidInputException.of(
          "product", product + " (" + supplier + ") is on the list already.");
    }
  }
}
