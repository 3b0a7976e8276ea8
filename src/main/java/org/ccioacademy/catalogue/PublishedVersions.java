package org.ccioacademy.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Published course versions, each read from the database once and then kept (issue 23). A version
 * never changes once published (a change is a new version with new rows), so the copy kept here is
 * right on every instance of a cluster, whoever publishes what: a course's row says which version
 * is current, and is read on every request. Drafts are never kept.
 *
 * <p>What is kept is read-only: the versions, their modules and questions are shared by every
 * request, outside any entity manager. Give them to nothing that writes.
 */
@ApplicationScoped
public class PublishedVersions {

  @PersistenceUnit(unitName = "ccio")
  EntityManagerFactory emf;

  /** How many versions are kept at most; when full, the keeping starts again. */
  @Inject
  @ConfigProperty(name = "ccio.catalogue.kept-versions", defaultValue = "200")
  int keptVersions;

  private final Map<Long, CourseVersion> kept = new ConcurrentHashMap<>();

  /** The course's current version, whole, without reading it again if it was read before. */
  public Optional<CourseVersion> current(Course course) {
    Long id = course.getCurrentVersionId();
    return id == null ? Optional.empty() : version(id);
  }

  /** A published (or superseded) version by id; a draft is read afresh each time. */
  public Optional<CourseVersion> version(long id) {
    CourseVersion v = kept.get(id);
    if (v != null) {
      return Optional.of(v);
    }
    v = read(id);
    if (v != null && v.getStatus() != CourseVersion.Status.DRAFT) {
      if (kept.size() >= keptVersions) {
        kept.clear();
      }
      kept.putIfAbsent(id, v);
    }
    return Optional.ofNullable(v);
  }

  private CourseVersion read(long id) {
    EntityManager em = emf.createEntityManager();
    try {
      CourseVersion v = em.find(CourseVersion.class, id);
      if (v != null) {
        v.loadWhole();
      }
      return v;
    } finally {
      em.close();
    }
  }
}
