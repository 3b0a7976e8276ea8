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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;
import org.ccioacademy.catalogue.format.CourseDefinition;
import org.ccioacademy.platform.database.Tracked;
import org.ccioacademy.platform.kernel.Caller;
import org.ccioacademy.platform.kernel.Role;

/**
 * A course: its stable id (the folder name in {@code courses/}), its current version, and the
 * tutors who may edit it. Each change of content is a new {@link CourseVersion}.
 */
@Entity
@Table(name = "course")
@NamedQuery(name = "Course.findByCode", query = "select c from Course c where c.code = :code")
public class Course extends Tracked {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 60, updatable = false)
  private String code;

  @OneToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "current_version_id")
  private CourseVersion currentVersion;

  /**
   * The current version's id, read with the row, so that a page can take the version from {@link
   * PublishedVersions} without loading it (read-only: {@link #currentVersion} writes the column).
   */
  @Column(name = "current_version_id", insertable = false, updatable = false)
  private Long currentVersionId;

  @Column(name = "imported_fingerprint", length = 64)
  private String importedFingerprint;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "course_tutor", joinColumns = @JoinColumn(name = "course_id"))
  @Column(name = "user_id", nullable = false)
  private Set<Long> tutorIds = new HashSet<>();

  protected Course() {}

  public Course(String code) {
    this.code = code;
  }

  /** A new draft version from {@code d}, numbered after {@code latestNumber}. */
  CourseVersion draft(CourseDefinition d, int latestNumber, CourseVersion.Origin origin) {
    if (!d.id().equals(code)) {
      throw new IllegalArgumentException("The definition is for course " + d.id());
    }
    return new CourseVersion(this, latestNumber + 1, d, origin);
  }

  /** Publishes a draft of this course: it becomes the current version. */
  void publish(CourseVersion draft, Long actorId, OffsetDateTime at) {
    if (draft.getCourse() != this) {
      throw new IllegalArgumentException("The draft belongs to another course");
    }
    draft.publish(actorId, at);
    if (currentVersion != null) {
      currentVersion.supersede();
    }
    currentVersion = draft;
  }

  void imported(String fingerprint) {
    this.importedFingerprint = fingerprint;
  }

  public boolean isTutor(Long userId) {
    return userId != null && tutorIds.contains(userId);
  }

  /**
   * May this person edit the course, set and mark its assignments and see its figures? Its tutors
   * (while they still hold the tutor role) and administrators.
   */
  public boolean mayBeEditedBy(Caller caller) {
    return caller != null
        && (caller.isAdmin() || caller.has(Role.TUTOR) && isTutor(caller.userId()));
  }

  boolean addTutor(Long userId) {
    return tutorIds.add(userId);
  }

  boolean removeTutor(Long userId) {
    return tutorIds.remove(userId);
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public CourseVersion getCurrentVersion() {
    return currentVersion;
  }

  /**
   * Whether a version has been published. Asks the column read with the row first, so that the
   * version itself is not loaded for the question (it may be newer than the row in a transaction
   * that has just published).
   */
  public boolean isPublished() {
    return currentVersionId != null || getCurrentVersion() != null;
  }

  /** The id of the current version as read from the database (null before the first publish). */
  public Long getCurrentVersionId() {
    return currentVersionId;
  }

  public String getImportedFingerprint() {
    return importedFingerprint;
  }

  public Set<Long> getTutorIds() {
    return tutorIds;
  }
}
