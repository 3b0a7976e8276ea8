package org.ccioacademy.review;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A group of trainees that reviewers follow: an intake and/or regions, organisations, professional
 * groups and grades (any of the values of a kind, and every kind given), or an explicit list of
 * trainees ({@code cohort_member}). Who is in it is worked out in SQL ({@link Population}).
 */
@Entity
@Table(name = "cohort")
public class Cohort {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(length = 1000)
  private String description;

  @Column(name = "intake_year")
  private Integer intakeYear;

  @Column(nullable = false)
  private boolean explicit;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "cohort_criterion", joinColumns = @JoinColumn(name = "cohort_id"))
  private Set<CohortCriterion> criteria = new LinkedHashSet<>();

  @Column(name = "created_by")
  private Long createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version private long version;

  protected Cohort() {}

  Cohort(CohortInput in, Long by, OffsetDateTime at) {
    this.createdBy = by;
    this.createdAt = at;
    change(in, at);
  }

  /** Takes the (checked) input as the cohort's definition. */
  void change(CohortInput in, OffsetDateTime at) {
    this.name = in.name().strip();
    this.description =
        in.description() == null || in.description().isBlank() ? null : in.description().strip();
    this.intakeYear = in.intakeYear();
    this.explicit = in.explicit();
    this.criteria.clear();
    if (!explicit) {
      this.criteria.addAll(in.criteria());
    }
    this.updatedAt = at;
  }

  /** The values of one kind of criterion; empty when any value will do. */
  public List<String> values(Dimension kind) {
    return criteria.stream()
        .filter(c -> c.getKind() == kind)
        .map(CohortCriterion::getValue)
        .sorted()
        .toList();
  }

  /** The definition in words, e.g. "Intake 2025/26; Region: London, North West". */
  public String describe() {
    if (explicit) {
      return "A list of trainees";
    }
    StringBuilder s = new StringBuilder();
    if (intakeYear != null) {
      s.append("Intake ").append(Intakes.label(intakeYear));
    }
    for (Dimension d : Dimension.values()) {
      List<String> v = values(d);
      if (!v.isEmpty()) {
        s.append(s.isEmpty() ? "" : "; ")
            .append(d.getLabel())
            .append(": ")
            .append(String.join(", ", v.stream().map(d::describe).toList()));
      }
    }
    return s.isEmpty() ? "Every trainee" : s.toString();
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getDescription() {
    return description;
  }

  public Integer getIntakeYear() {
    return intakeYear;
  }

  public boolean isExplicit() {
    return explicit;
  }

  public Set<CohortCriterion> getCriteria() {
    return criteria;
  }

  public Long getCreatedBy() {
    return createdBy;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public long getVersion() {
    return version;
  }
}
