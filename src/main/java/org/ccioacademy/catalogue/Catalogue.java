package org.ccioacademy.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ccioacademy.catalogue.format.CourseLevel;
import org.ccioacademy.platform.database.Sql;

/** Read-only questions about the published catalogue, paged and filtered in the database. */
@ApplicationScoped
public class Catalogue {

  @PersistenceContext private EntityManager em;

  /** A course as the catalogue lists it: one row per course, read in one query. */
  public record Entry(
      String code, String title, String summary, CourseLevel level, int cpdHours, Long modules) {}

  /** Current versions matching {@code s}, by title, from {@code first}. */
  public List<Entry> search(CatalogueSearch s, int first, int size) {
    TypedQuery<Entry> q =
        em.createQuery(
            "select new org.ccioacademy.catalogue.Catalogue.Entry(c.code, v.title, v.summary,"
                + " v.level, v.cpdHours,"
                + " (select count(m) from Module m where m.courseVersion = v))"
                + filter(s)
                + " order by lower(v.title), c.id",
            Entry.class);
    return bind(q, s).setFirstResult(first).setMaxResults(size).getResultList();
  }

  /** A module's questions with their options, in one query (for quizzes and results). */
  public List<Question> questions(Module module) {
    return em.createQuery(
            "select distinct q from Question q left join fetch q.options"
                + " where q.module = :m order by q.position",
            Question.class)
        .setParameter("m", module)
        .getResultList();
  }

  public long count(CatalogueSearch s) {
    return bind(em.createQuery("select count(c)" + filter(s), Long.class), s).getSingleResult();
  }

  /** Only the filters in use become conditions (so the database plans each search well). */
  private static String filter(CatalogueSearch s) {
    StringBuilder w =
        new StringBuilder(" from Course c join c.currentVersion v where v.status = :published");
    if (text(s) != null) {
      w.append(" and (lower(v.title) like :text or lower(v.summary) like :text)");
    }
    if (s.group() != null) {
      w.append(" and :group member of v.audience");
    }
    if (s.level() != null) {
      w.append(" and v.level = :level");
    }
    if (s.maxHours() != null) {
      w.append(" and v.cpdHours <= :maxHours");
    }
    if (s.domainKey() != null) {
      w.append(
          " and (exists (select 1 from CourseVersion cv join cv.competencies cc"
              + " where cv = v and cc.domainKey = :domain)"
              + " or exists (select 1 from Module m join m.competencies mc"
              + " where m.courseVersion = v and mc.domainKey = :domain))");
    }
    return w.toString();
  }

  private static <T> TypedQuery<T> bind(TypedQuery<T> q, CatalogueSearch s) {
    q.setParameter("published", CourseVersion.Status.PUBLISHED);
    if (text(s) != null) {
      q.setParameter("text", Sql.containsPattern(text(s)));
    }
    if (s.group() != null) {
      q.setParameter("group", s.group());
    }
    if (s.level() != null) {
      q.setParameter("level", s.level());
    }
    if (s.maxHours() != null) {
      q.setParameter("maxHours", s.maxHours());
    }
    if (s.domainKey() != null) {
      q.setParameter("domain", s.domainKey());
    }
    return q;
  }

  private static String text(CatalogueSearch s) {
    if (s.text() == null || s.text().isBlank()) {
      return null;
    }
    return s.text().strip().toLowerCase(Locale.UK);
  }

  /** A course by its id in {@code courses/}, if it has been published. */
  public Optional<Course> course(String code) {
    if (code == null || !code.matches("[a-z][a-z0-9-]{0,59}")) {
      return Optional.empty();
    }
    return em.createNamedQuery("Course.findByCode", Course.class)
        .setParameter("code", code)
        .getResultStream()
        .filter(Course::isPublished)
        .findFirst();
  }

  /** A course by its database id, if it has been published. */
  public Optional<Course> courseById(long id) {
    return Optional.ofNullable(em.find(Course.class, id))
        .filter(c -> c.getCurrentVersion() != null);
  }

  /** A version of a course, whatever its status (completions point at earlier versions). */
  public Optional<CourseVersion> version(long id) {
    return Optional.ofNullable(em.find(CourseVersion.class, id));
  }

  /** Current competency domains, framework by framework, for filters and labels. */
  public List<CompetencyDomain> domains() {
    return em.createQuery(
            "select d from CompetencyDomain d join fetch d.framework f where d.retired = false"
                + " order by f.code, d.position",
            CompetencyDomain.class)
        .getResultList();
  }

  public List<CompetencyFramework> frameworks() {
    return em.createNamedQuery("CompetencyFramework.all", CompetencyFramework.class)
        .getResultList();
  }

  /** Courses a tutor may edit (admins may edit all), by title. */
  public List<Course> taughtBy(long userId) {
    return em.createQuery(
            "select c from Course c join c.currentVersion v where :user member of c.tutorIds"
                + " order by lower(v.title)",
            Course.class)
        .setParameter("user", userId)
        .getResultList();
  }

  /** Every course with a published version, by title (admin lists: a few dozen at most). */
  public List<Course> allCourses() {
    return em.createQuery(
            "select c from Course c join c.currentVersion v order by lower(v.title)", Course.class)
        .getResultList();
  }

  /** The most recent imports, newest first. */
  public List<ImportRun> latestImports(int n) {
    return em.createNamedQuery("ImportRun.latest", ImportRun.class)
        .setMaxResults(n)
        .getResultList();
  }
}
