package org.ccioacademy.catalogue;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ccioacademy.catalogue.format.FrameworkDefinition;

/** A competency framework loaded from {@code courses/frameworks/}; courses map to its domains. */
@Entity
@Table(name = "competency_framework")
@NamedQuery(
    name = "CompetencyFramework.all",
    query = "select f from CompetencyFramework f order by f.code")
public class CompetencyFramework {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 60, updatable = false)
  private String code;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(nullable = false, length = 200)
  private String publisher;

  private Integer year;

  @Column(nullable = false, length = 1000)
  private String url;

  @Column(nullable = false)
  private String description;

  @Column(nullable = false, length = 64)
  private String fingerprint;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "competency_level", joinColumns = @JoinColumn(name = "framework_id"))
  @OrderBy("number")
  private List<CompetencyLevel> levels = new ArrayList<>();

  @OneToMany(mappedBy = "framework", cascade = CascadeType.ALL)
  @OrderBy("position")
  private List<CompetencyDomain> domains = new ArrayList<>();

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  protected CompetencyFramework() {}

  CompetencyFramework(String code) {
    this.code = code;
  }

  /**
   * Brings this framework in line with its file: fields and levels replaced, domains added or
   * updated, domains no longer in the file retired (never deleted: old versions refer to them).
   */
  void update(FrameworkDefinition d, String fingerprint) {
    this.title = d.title();
    this.publisher = d.publisher();
    this.year = d.year();
    this.url = d.url();
    this.description = d.description();
    this.fingerprint = fingerprint;
    levels.clear();
    d.levels().forEach(l -> levels.add(new CompetencyLevel(l.id(), l.title(), l.description())));
    Map<String, CompetencyDomain> existing =
        domains.stream().collect(Collectors.toMap(CompetencyDomain::getCode, Function.identity()));
    int position = 0;
    for (FrameworkDefinition.Domain domain : d.domains()) {
      CompetencyDomain found = existing.remove(domain.id());
      if (found == null) {
        domains.add(new CompetencyDomain(this, domain, position));
      } else {
        found.update(domain, position);
      }
      position++;
    }
    for (CompetencyDomain gone : existing.values()) {
      gone.retire();
    }
  }

  /** The framework as the course reader needs it: current domains and levels. */
  public FrameworkDefinition toDefinition() {
    return new FrameworkDefinition(
        code,
        title,
        publisher,
        year,
        url,
        description,
        levels.stream()
            .map(
                l -> new FrameworkDefinition.Level(l.getNumber(), l.getTitle(), l.getDescription()))
            .toList(),
        domains.stream()
            .filter(dom -> !dom.isRetired())
            .map(
                dom ->
                    new FrameworkDefinition.Domain(
                        dom.getCode(), dom.getNumber(), dom.getTitle(), dom.getDescription()))
            .toList());
  }

  @PrePersist
  void created() {
    createdAt = OffsetDateTime.now();
    updatedAt = createdAt;
  }

  @PreUpdate
  void updated() {
    updatedAt = OffsetDateTime.now();
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getTitle() {
    return title;
  }

  public String getPublisher() {
    return publisher;
  }

  public Integer getYear() {
    return year;
  }

  public String getUrl() {
    return url;
  }

  public String getDescription() {
    return description;
  }

  public String getFingerprint() {
    return fingerprint;
  }

  public List<CompetencyLevel> getLevels() {
    return levels;
  }

  public List<CompetencyDomain> getDomains() {
    return domains;
  }
}
