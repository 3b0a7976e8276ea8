package org.ccioacademy.catalogue;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A course being edited in the browser, kept as its files in the course format: it may be
 * unfinished; publishing checks it with the same rules as an import.
 */
@Entity
@Table(name = "course_draft")
@NamedQuery(
    name = "CourseDraft.forCourse",
    query = "select d from CourseDraft d where d.course = :course")
public class CourseDraft {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "course_id", updatable = false)
  private Course course;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "based_on_version_id")
  private CourseVersion basedOn;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "course_draft_file", joinColumns = @JoinColumn(name = "draft_id"))
  @MapKeyColumn(name = "name", length = 80)
  @Column(name = "content", nullable = false)
  private Map<String, String> files = new HashMap<>();

  /** Content packages uploaded for this draft: name (as a module's header gives it) → SHA-256. */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "course_draft_package", joinColumns = @JoinColumn(name = "draft_id"))
  @MapKeyColumn(name = "name", length = 100)
  @Column(name = "package_sha256", nullable = false, length = 64)
  private Map<String, String> packages = new HashMap<>();

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Column(name = "updated_by")
  private Long updatedBy;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Version private long version;

  protected CourseDraft() {}

  CourseDraft(Course course, CourseVersion basedOn) {
    this.course = course;
    this.basedOn = basedOn;
  }

  void replace(SortedMap<String, String> newFiles, Long userId, OffsetDateTime at) {
    files.clear();
    files.putAll(newFiles);
    updatedBy = userId;
    updatedAt = at;
  }

  /** A package uploaded for a module of this draft, under the name its header will give it. */
  void attach(String name, String sha256) {
    packages.put(name, sha256);
  }

  /** The packages uploaded for this draft, by name. */
  public Map<String, String> getPackages() {
    return Map.copyOf(packages);
  }

  public SortedMap<String, String> getFiles() {
    return new TreeMap<>(files);
  }

  @PrePersist
  void created() {
    createdAt = OffsetDateTime.now();
    if (updatedAt == null) {
      updatedAt = createdAt;
    }
  }

  public Long getId() {
    return id;
  }

  public Course getCourse() {
    return course;
  }

  public CourseVersion getBasedOn() {
    return basedOn;
  }

  public OffsetDateTime getUpdatedAt() {
    return updatedAt;
  }

  public Long getUpdatedBy() {
    return updatedBy;
  }

  public long getVersion() {
    return version;
  }
}
