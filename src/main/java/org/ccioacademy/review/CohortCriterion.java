package org.ccioacademy.review;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * One condition of a cohort: trainees whose {@code kind} (region, ODS code...) is {@code value}.
 */
@Embeddable
public class CohortCriterion {

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Dimension kind;

  @Column(nullable = false, length = 40)
  private String value;

  protected CohortCriterion() {}

  public CohortCriterion(Dimension kind, String value) {
    this.kind = kind;
    this.value = value;
  }

  public Dimension getKind() {
    return kind;
  }

  public String getValue() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CohortCriterion c && c.kind == kind && Objects.equals(c.value, value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, value);
  }
}
