package org.ccioacademy.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ccioacademy.catalogue.format.CourseDefinition;
import org.ccioacademy.catalogue.format.CourseWriter;
import org.ccioacademy.catalogue.format.FrameworkDefinition;
import org.ccioacademy.platform.audit.Actor;
import org.ccioacademy.platform.audit.AuditLog;

/**
 * Stores frameworks and course versions, each in a transaction of its own so that one course's
 * failure never undoes another's import. Concurrent imports (two instances starting at once) are
 * serialised per course by a PostgreSQL advisory lock.
 */
@ApplicationScoped
public class CourseStore {

  /** What importing one course did. */
  public enum Outcome {
    LOADED,
    UNCHANGED
  }

  @PersistenceContext private EntityManager em;
  @Inject AuditLog audit;
  @Inject Event<CourseVersionPublished> published;

  /** Creates or updates a framework; true when anything changed. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean storeFramework(FrameworkDefinition d, Actor actor) {
    lock("framework:" + d.id());
    String fingerprint = sha256(d.toString());
    CompetencyFramework f = findFramework(d.id()).orElse(null);
    if (f != null && fingerprint.equals(f.getFingerprint())) {
      return false;
    }
    boolean created = f == null;
    if (created) {
      f = new CompetencyFramework(d.id());
      f.update(d, fingerprint);
      em.persist(f);
    } else {
      f.update(d, fingerprint);
    }
    em.flush();
    audit.record(
        actor,
        created ? "framework.created" : "framework.updated",
        "framework",
        f.getId(),
        d.title(),
        null,
        d.domains().size() + " domains");
    return true;
  }

  /**
   * Imports a course read from its files: unchanged files change nothing; changed files become a
   * new published version.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Outcome importCourse(CourseDefinition d, Actor actor) {
    lock("course:" + d.id());
    String fingerprint = CourseWriter.fingerprint(d);
    Course course = findCourse(d.id()).orElse(null);
    if (course != null && fingerprint.equals(course.getImportedFingerprint())) {
      return Outcome.UNCHANGED;
    }
    if (course == null) {
      course = new Course(d.id());
      em.persist(course);
    }
    CourseVersion current = course.getCurrentVersion();
    course.imported(fingerprint);
    if (current != null && fingerprint.equals(current.getFingerprint())) {
      // the files now hold what is already current (e.g. an exported browser edit was committed)
      return Outcome.UNCHANGED;
    }
    publishNew(course, d, CourseVersion.Origin.FILES, actor);
    return Outcome.LOADED;
  }

  /** Creates a version from {@code d} and publishes it at once, with an audit row and the event. */
  CourseVersion publishNew(
      Course course, CourseDefinition d, CourseVersion.Origin origin, Actor actor) {
    CourseVersion version = course.draft(d, latestNumber(course), origin);
    em.persist(version);
    publish(course, version, actor);
    return version;
  }

  /** Publishes a draft: it becomes current; the previous version is superseded. */
  void publish(Course course, CourseVersion draft, Actor actor) {
    CourseVersion previous = course.getCurrentVersion();
    draft.renumber(latestPublishedNumber(course) + 1);
    course.publish(draft, actor.userId(), OffsetDateTime.now());
    em.flush();
    audit.record(
        actor,
        "course.published",
        "course",
        course.getId(),
        draft.getTitle(),
        previous == null ? null : "version " + previous.getNumber(),
        "version "
            + draft.getNumber()
            + (draft.getOrigin() == CourseVersion.Origin.FILES
                ? " (from courses/)"
                : " (edited in the browser)"));
    published.fire(
        new CourseVersionPublished(
            course.getId(), draft.getId(), previous == null ? null : previous.getId()));
  }

  /** The ids of the courses that have a published version. */
  public Set<String> courseCodes() {
    return new HashSet<>(
        em.createQuery(
                "select c.code from Course c where c.currentVersion is not null", String.class)
            .getResultList());
  }

  /** The competency domains known, as {@code framework:domain}, retired ones excepted. */
  @SuppressWarnings("unchecked")
  public Set<String> domainKeys() {
    return new HashSet<>(
        em.createNativeQuery("select domain_key from competency_domain where not retired")
            .getResultList());
  }

  /** Records an import run and its problems. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public long recordRun(
      ImportRun.Trigger trigger,
      Actor actor,
      OffsetDateTime startedAt,
      int loaded,
      int unchanged,
      int failed,
      List<ImportRun.FolderProblem> problems) {
    ImportRun run = new ImportRun(trigger, actor.label(), startedAt);
    run.finish(loaded, unchanged, failed, problems, OffsetDateTime.now());
    em.persist(run);
    em.flush();
    return run.getId();
  }

  Optional<Course> findCourse(String code) {
    return em.createNamedQuery("Course.findByCode", Course.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  private Optional<CompetencyFramework> findFramework(String code) {
    return em.createQuery(
            "select f from CompetencyFramework f where f.code = :code", CompetencyFramework.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  private int latestNumber(Course course) {
    if (course.getId() == null) {
      return 0;
    }
    Integer max =
        em.createQuery(
                "select max(v.number) from CourseVersion v where v.course = :c", Integer.class)
            .setParameter("c", course)
            .getSingleResult();
    return max == null ? 0 : max;
  }

  private int latestPublishedNumber(Course course) {
    Integer max =
        em.createQuery(
                "select max(v.number) from CourseVersion v where v.course = :c"
                    + " and v.status <> :draft",
                Integer.class)
            .setParameter("c", course)
            .setParameter("draft", CourseVersion.Status.DRAFT)
            .getSingleResult();
    return max == null ? 0 : max;
  }

  /** A transaction-scoped PostgreSQL advisory lock on a name. */
  private void lock(String name) {
    em.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))")
        .setParameter(1, name)
        .getSingleResult();
  }

  public static String sha256(String s) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
