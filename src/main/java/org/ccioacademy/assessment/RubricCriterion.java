package org.ccioacademy.assessment;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ccioacademy.catalogue.format.RubricText;

/** One criterion of a rubric and its levels. */
@Entity
@Table(name = "rubric_criterion")
public class RubricCriterion {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "rubric_id")
  private Rubric rubric;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false, length = 200)
  private String title;

  @OneToMany(mappedBy = "criterion", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
  @OrderBy("position")
  private List<RubricLevel> levels = new ArrayList<>();

  protected RubricCriterion() {}

  RubricCriterion(Rubric rubric, int position, RubricText.Criterion written) {
    this.rubric = rubric;
    this.position = position;
    this.title = written.title();
    int i = 0;
    for (RubricText.Level l : written.levels()) {
      levels.add(new RubricLevel(this, i++, l));
    }
  }

  int maxPoints() {
    return levels.stream().mapToInt(RubricLevel::getPoints).max().orElse(0);
  }

  Optional<RubricLevel> level(Long levelId) {
    return levels.stream().filter(l -> l.getId() != null && l.getId().equals(levelId)).findFirst();
  }

  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public List<RubricLevel> getLevels() {
    return levels;
  }
}
