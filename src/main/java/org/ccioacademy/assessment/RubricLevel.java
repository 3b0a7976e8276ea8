package org.ccioacademy.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.ccioacademy.catalogue.format.RubricText;

/** One level of a criterion, worth some points. */
@Entity
@Table(name = "rubric_level")
public class RubricLevel {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "criterion_id")
  private RubricCriterion criterion;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(nullable = false)
  private BigDecimal points;

  protected RubricLevel() {}

  RubricLevel(RubricCriterion criterion, int position, RubricText.Level written) {
    this.criterion = criterion;
    this.position = position;
    this.title = written.title();
    this.points = BigDecimal.valueOf(written.points());
  }

  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public int getPoints() {
    return points.intValue();
  }
}
