package org.ccioacademy.assessment;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ccioacademy.catalogue.format.RubricText;

/**
 * Criteria, each with levels worth points, for marking: made once from {@link RubricText} and never
 * changed, so marks given with it always read as given. Scoring lives here.
 */
@Entity
@Table(name = "rubric")
public class Rubric {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "owner_id")
  private Long ownerId;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  /** Offered to every tutor, not only its owner. */
  @Column(nullable = false)
  private boolean shared;

  @OneToMany(mappedBy = "rubric", cascade = CascadeType.ALL)
  @OrderBy("position")
  private List<RubricCriterion> criteria = new ArrayList<>();

  protected Rubric() {}

  Rubric(Long ownerId, String title, List<RubricText.Criterion> written, OffsetDateTime at) {
    this.ownerId = ownerId;
    this.title = title;
    this.createdAt = at;
    int i = 0;
    for (RubricText.Criterion c : written) {
      criteria.add(new RubricCriterion(this, i++, c));
    }
  }

  /** The most a piece of work can score: the best level of every criterion. */
  /** The rubric as written: its criteria and levels, for comparing with a course file's. */
  public List<RubricText.Criterion> written() {
    return criteria.stream()
        .map(
            c ->
                new RubricText.Criterion(
                    c.getTitle(),
                    c.getLevels().stream()
                        .map(l -> new RubricText.Level(l.getTitle(), l.getPoints()))
                        .toList()))
        .toList();
  }

  public int maxPoints() {
    return criteria.stream().mapToInt(RubricCriterion::maxPoints).sum();
  }

  /** The outcome of choosing levels: the mark, or what is missing. */
  public record Score(BigDecimal mark, List<String> missing) {}

  /**
   * The mark for one level chosen per criterion (criterion id to level id): the sum of their
   * points; the criteria without a (valid) choice are named instead.
   */
  public Score score(Map<Long, Long> chosen) {
    BigDecimal total = BigDecimal.ZERO;
    List<String> missing = new ArrayList<>();
    for (RubricCriterion c : criteria) {
      Optional<RubricLevel> level = c.level(chosen.get(c.getId()));
      if (level.isEmpty()) {
        missing.add(c.getTitle());
      } else {
        total = total.add(BigDecimal.valueOf(level.get().getPoints()));
      }
    }
    return new Score(missing.isEmpty() ? total : null, missing);
  }

  public Long getId() {
    return id;
  }

  /**
   * Shares the rubric with every tutor, or stops sharing it (assignments that use it keep it).
   *
   * @return whether this changed anything
   */
  boolean share(boolean with) {
    boolean changed = shared != with;
    shared = with;
    return changed;
  }

  /** Whether {@code userId} owns the rubric. */
  public boolean isOwnedBy(Long userId) {
    return ownerId != null && ownerId.equals(userId);
  }

  public boolean isShared() {
    return shared;
  }

  public Long getOwnerId() {
    return ownerId;
  }

  public String getTitle() {
    return title;
  }

  public List<RubricCriterion> getCriteria() {
    return criteria;
  }
}
