package org.ccioacademy.voice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import org.ccioacademy.platform.kernel.FieldErrors;
import org.ccioacademy.platform.kernel.InvalidInputException;
import org.ccioacademy.platform.kernel.RefusedException;

/**
 * A clinical system on the reference list admins keep: a product and its supplier. A trainee's
 * "other" system is {@link Status#PROPOSED} until an admin lists it (perhaps correcting its names),
 * merges it into a listed one, or retires it; only listed systems are published.
 */
@Entity
@Table(name = "clinical_system")
@NamedQuery(
    name = "ClinicalSystem.findByStatus",
    query =
        "select s from ClinicalSystem s where s.status = :status order by s.product, s.supplier")
@NamedQuery(
    name = "ClinicalSystem.countByStatus",
    query = "select count(s) from ClinicalSystem s where s.status = :status")
@NamedQuery(
    name = "ClinicalSystem.findByNames",
    query =
        "select s from ClinicalSystem s where lower(s.product) = lower(:product)"
            + " and lower(s.supplier) = lower(:supplier)")
public class ClinicalSystem {

  /** Where a system stands on the list. */
  public enum Status {
    /** On the list: offered for rating, and its figures published. */
    LISTED,
    /** Named by a trainee as "other": rated, but waiting for an admin. */
    PROPOSED,
    /** No longer offered; its ratings stay in the figures. */
    RETIRED
  }

  static final int MAX_NAME = 120;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = MAX_NAME)
  private String product;

  @Column(nullable = false, length = MAX_NAME)
  private String supplier;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SystemKind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  @Column(name = "proposed_by")
  private Long proposedBy;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Version private long version;

  protected ClinicalSystem() {}

  private ClinicalSystem(
      String product, String supplier, SystemKind kind, Status status, Long proposedBy) {
    FieldErrors e = problems(product, supplier, kind);
    if (!e.isEmpty()) {
      throw new InvalidInputException(e);
    }
    this.product = product.strip();
    this.supplier = supplier.strip();
    this.kind = kind;
    this.status = status;
    this.proposedBy = proposedBy;
    this.createdAt = OffsetDateTime.now();
  }

  /** A system an admin puts on the list. */
  public static ClinicalSystem listed(String product, String supplier, SystemKind kind) {
    return new ClinicalSystem(product, supplier, kind, Status.LISTED, null);
  }

  /** A system a trainee names as "other", for an admin to confirm. */
  public static ClinicalSystem proposed(
      String product, String supplier, SystemKind kind, long proposedBy) {
    return new ClinicalSystem(
        product, supplier, kind == null ? SystemKind.OTHER : kind, Status.PROPOSED, proposedBy);
  }

  /** Every problem with a product and supplier as typed, by field. */
  public static FieldErrors problems(String product, String supplier, SystemKind kind) {
    FieldErrors e = new FieldErrors();
    name(e, "product", product, "the product (such as Millennium or SystmOne)");
    name(e, "supplier", supplier, "its supplier (such as Oracle Health or TPP)");
    if (kind == null) {
      e.add("kind", "Choose what kind of system it is.");
    }
    return e;
  }

  private static void name(FieldErrors e, String field, String value, String what) {
    if (value == null || value.isBlank()) {
      e.add(field, "Give " + what + ".");
    } else if (value.strip().length() > MAX_NAME) {
      e.add(
          field, "Keep it to " + MAX_NAME + " characters (it has " + value.strip().length() + ").");
    }
  }

  /** An admin lists it, with its names as they should be. */
  public void list(String product, String supplier, SystemKind kind) {
    FieldErrors e = problems(product, supplier, kind);
    if (!e.isEmpty()) {
      throw new InvalidInputException(e);
    }
    this.product = product.strip();
    this.supplier = supplier.strip();
    this.kind = kind;
    this.status = Status.LISTED;
  }

  /** No longer offered for rating. */
  public void retire() {
    if (status == Status.RETIRED) {
      throw new RefusedException(describe() + " is already retired.");
    }
    status = Status.RETIRED;
  }

  /** Offered again after it was retired. */
  public void restore() {
    if (status != Status.RETIRED) {
      throw new RefusedException(describe() + " is not retired.");
    }
    status = Status.LISTED;
  }

  public boolean isOffered() {
    return status == Status.LISTED;
  }

  /** "Millennium (Oracle Health)". */
  public String describe() {
    return product + " (" + supplier + ")";
  }

  public Long getId() {
    return id;
  }

  public String getProduct() {
    return product;
  }

  public String getSupplier() {
    return supplier;
  }

  public SystemKind getKind() {
    return kind;
  }

  public Status getStatus() {
    return status;
  }

  public Long getProposedBy() {
    return proposedBy;
  }

  public long getVersion() {
    return version;
  }
}
