package org.ccioacademy.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ccioacademy.catalogue.format.ContentRef;
import org.ccioacademy.catalogue.format.CourseDefinition;
import org.ccioacademy.catalogue.format.CourseLevel;
import org.ccioacademy.catalogue.format.CourseReader;
import org.ccioacademy.catalogue.format.CourseWriter;
import org.ccioacademy.catalogue.format.ModuleDefinition;
import org.ccioacademy.catalogue.format.ModuleRule;
import org.ccioacademy.catalogue.format.PackageFinder;
import org.ccioacademy.catalogue.format.Problem;
import org.ccioacademy.catalogue.format.Problems;
import org.ccioacademy.catalogue.scorm.PackageContents;
import org.ccioacademy.catalogue.scorm.PackageReader;
import org.ccioacademy.identity.ProfessionalGroup;
import org.ccioacademy.platform.audit.AuditLog;
import org.ccioacademy.platform.kernel.Caller;
import org.ccioacademy.platform.kernel.ConcurrentEditException;
import org.ccioacademy.platform.kernel.NotAllowedException;
import org.ccioacademy.platform.kernel.Role;

/**
 * Editing courses in the browser: create a course, keep a draft (the course's files, possibly
 * unfinished), publish it as a new version (checked by the same rules as an import), or discard it.
 * Only the course's tutors and administrators may do any of this.
 */
@ApplicationScoped
public class CourseAuthoring {

  @PersistenceContext private EntityManager em;
  @Inject CourseStore store;
  @Inject Catalogue catalogue;
  @Inject AuditLog audit;
  @Inject ContentPackages contentPackages;
  @Inject CourseAuthoring self;

  /** What an editor sees: the course as drafted (or as published), and what stops publishing. */
  public record Draft(
      String code,
      CourseDefinition course,
      List<Problem> problems,
      boolean saved,
      long draftVersion,
      Integer publishedNumber,
      OffsetDateTime updatedAt) {
    public boolean publishable() {
      return saved && problems.isEmpty();
    }
  }

  /** A course an editor may work on, for their list. */
  public record Authored(
      String code, String title, Integer publishedNumber, boolean drafted, int tutors) {}

  /** Publishing was refused because of these problems. */
  public static class UnpublishableException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    UnpublishableException(List<Problem> problems) {
      super(problems.size() + " problems must be fixed before publishing");
      this.problems = problems;
    }

    public List<Problem> problems() {
      return problems;
    }
  }

  /** The courses this editor may work on: those they teach, or all for an administrator. */
  public List<Authored> courses(Caller editor) {
    List<Course> courses =
        editor.isAdmin()
            ? em.createQuery("select c from Course c order by c.code", Course.class).getResultList()
            : em.createQuery(
                    "select c from Course c where :user member of c.tutorIds order by c.code",
                    Course.class)
                .setParameter("user", editor.userId())
                .getResultList();
    List<Long> drafted =
        em.createQuery("select d.course.id from CourseDraft d", Long.class).getResultList();
    return courses.stream()
        .map(
            c ->
                new Authored(
                    c.getCode(),
                    title(c),
                    c.getCurrentVersion() == null ? null : c.getCurrentVersion().getNumber(),
                    drafted.contains(c.getId()),
                    c.getTutorIds().size()))
        .toList();
  }

  private String title(Course c) {
    if (c.getCurrentVersion() != null) {
      return c.getCurrentVersion().getTitle();
    }
    return draftOf(c)
        .map(d -> read(c, d).course())
        .map(CourseDefinition::title)
        .orElse(c.getCode());
  }

  /** Creates a new, unpublished course with a draft; a tutor who creates it teaches it. */
  @Transactional
  public void create(Caller editor, String code, String title) {
    if (!editor.isAdmin() && !editor.has(Role.TUTOR)) {
      throw notYours();
    }
    Course course = new Course(code);
    if (editor.has(Role.TUTOR)) {
      course.addTutor(editor.userId());
    }
    em.persist(course);
    CourseDefinition skeleton =
        new CourseDefinition(
            code,
            title,
            null,
            List.of(ProfessionalGroup.values()),
            CourseLevel.FOUNDATION,
            1,
            List.of(),
            ModuleRule.READ_AND_QUIZ,
            70,
            3,
            null,
            null,
            List.of());
    CourseDraft draft = new CourseDraft(course, null);
    draft.replace(CourseWriter.write(skeleton), editor.userId(), OffsetDateTime.now());
    em.persist(draft);
    em.flush();
    audit.record(editor.actor(), "course.created", "course", course.getId(), title, null, code);
  }

  public boolean exists(String code) {
    return store.findCourse(code).isPresent();
  }

  /** The draft if there is one, else the published version, with its problems. */
  public Draft open(Caller editor, String code) {
    Course course = editable(editor, code);
    Optional<CourseDraft> draft = draftOf(course);
    Integer published =
        course.getCurrentVersion() == null ? null : course.getCurrentVersion().getNumber();
    if (draft.isPresent()) {
      CourseReader.Result r = read(course, draft.get());
      return new Draft(
          code,
          r.course(),
          r.problems(),
          true,
          draft.get().getVersion(),
          published,
          draft.get().getUpdatedAt());
    }
    CourseDefinition current = course.getCurrentVersion().toDefinition();
    return new Draft(code, current, List.of(), false, -1, published, null);
  }

  /**
   * Saves the editor's course as the draft.
   *
   * @param expectedVersion the draft version the editor started from, or -1 if there was none
   * @throws ConcurrentEditException when someone else saved the draft in the meantime
   */
  @Transactional
  public Draft save(Caller editor, String code, CourseDefinition course, long expectedVersion) {
    Course c = editable(editor, code);
    em.lock(c, LockModeType.PESSIMISTIC_WRITE);
    Optional<CourseDraft> existing = draftOf(c);
    long found = existing.map(CourseDraft::getVersion).orElse(-1L);
    if (found != expectedVersion) {
      throw new ConcurrentEditException(
          "Someone else saved this course's draft while you were editing it, so your changes were"
              + " not saved. They are still on this page: copy what you need, then reload the page"
              + " to see the other changes.");
    }
    CourseDraft draft = existing.orElseGet(() -> new CourseDraft(c, c.getCurrentVersion()));
    draft.replace(CourseWriter.write(course), editor.userId(), OffsetDateTime.now());
    if (existing.isEmpty()) {
      em.persist(draft);
    }
    em.flush();
    CourseReader.Result r = read(c, draft);
    Integer published = c.getCurrentVersion() == null ? null : c.getCurrentVersion().getNumber();
    return new Draft(
        code, r.course(), r.problems(), true, draft.getVersion(), published, draft.getUpdatedAt());
  }

  /** Publishes the draft as a new version (audited), if it has no problems; the draft goes. */
  @Transactional
  public CourseVersion publish(Caller editor, String code, long expectedVersion) {
    Course c = editable(editor, code);
    em.lock(c, LockModeType.PESSIMISTIC_WRITE);
    CourseDraft draft =
        draftOf(c)
            .orElseThrow(
                () -> new ConcurrentEditException("There is no draft to publish any more."));
    if (draft.getVersion() != expectedVersion) {
      throw new ConcurrentEditException(
          "Someone else changed this draft since you opened it. Reload the page, check it, and"
              + " publish again.");
    }
    CourseReader.Result r = read(c, draft);
    if (!r.ok()) {
      throw new UnpublishableException(r.problems());
    }
    CourseVersion v = store.publishNew(c, r.course(), CourseVersion.Origin.BROWSER, editor.actor());
    em.remove(draft);
    return v;
  }

  /** Throws the draft away; the published version is untouched. */
  @Transactional
  public void discard(Caller editor, String code) {
    Course c = editable(editor, code);
    draftOf(c)
        .ifPresent(
            d -> {
              em.remove(d);
              audit.record(
                  editor.actor(), "course.draft-discarded", "course", c.getId(), code, null, null);
            });
  }

  /**
   * Reads a draft's files; its modules may play the content packages the published version plays
   * and those uploaded for the draft (all stored already).
   */
  private CourseReader.Result read(Course c, CourseDraft draft) {
    Map<String, String> packages = new HashMap<>();
    if (c.getCurrentVersion() != null) {
      c.getCurrentVersion().getModules().stream()
          .filter(Module::isPackage)
          .forEach(m -> packages.put(m.getContent().name(), m.getContent().sha256()));
    }
    packages.putAll(draft.getPackages());
    return reader().read(c.getCode(), draft.getFiles(), PackageFinder.of(packages));
  }

  /**
   * Uploads a SCORM package for a module of the course's draft (made from the published version if
   * there is none): read and checked, stored, and named in the module's header as {@code
   * <module>.zip}, so that the module plays it once the draft is published. Nothing changes when
   * the package has problems.
   *
   * @return the problems that refused it (empty when it was attached)
   * @throws ConcurrentEditException when someone else saved the draft in the meantime
   */
  public List<Problem> attachPackage(
      Caller editor, String code, String moduleId, Path upload, long expectedVersion) {
    String name = moduleId + ".zip";
    Problems problems = new Problems();
    PackageContents contents = PackageReader.read(name, upload, contentPackages.limits(), problems);
    if (contents == null) {
      return problems.list();
    }
    contentPackages.store(contents);
    self.attach(editor, code, moduleId, new ContentRef(name, contents.sha256()), expectedVersion);
    return List.of();
  }

  /**
   * Names a stored package in a module of the draft (or, with {@code ref} null, makes the module a
   * Markdown module again).
   */
  @Transactional
  public Draft attach(
      Caller editor, String code, String moduleId, ContentRef ref, long expectedVersion) {
    Course c = editable(editor, code);
    Draft open = open(editor, code);
    if (open.course() == null) {
      throw new ConcurrentEditException(
          "The draft cannot be read as a course just now; fix its problems, then upload again.");
    }
    List<ModuleDefinition> modules = new ArrayList<>(open.course().modules());
    modules.replaceAll(m -> m.id().equals(moduleId) ? m.withContent(ref) : m);
    Draft saved = save(editor, code, open.course().withModules(modules), expectedVersion);
    audit.record(
        editor.actor(),
        ref == null ? "course.package-removed" : "course.package-attached",
        "course",
        c.getId(),
        code,
        null,
        ref == null
            ? moduleId
            : moduleId + ": " + ref.name() + " " + ref.sha256().substring(0, 12));
    if (ref != null) {
      CourseDraft draft = draftOf(c).orElseThrow();
      draft.attach(ref.name(), ref.sha256());
      em.flush();
      return open(editor, code);
    }
    return saved;
  }

  /** A reader that checks competencies against the frameworks as loaded now. */
  public CourseReader reader() {
    return new CourseReader(
        catalogue.frameworks().stream().map(CompetencyFramework::toDefinition).toList());
  }

  private Course editable(Caller editor, String code) {
    Course course = store.findCourse(code).orElseThrow(CourseAuthoring::notYours);
    if (!course.mayBeEditedBy(editor)) {
      throw notYours();
    }
    return course;
  }

  private Optional<CourseDraft> draftOf(Course course) {
    return em.createNamedQuery("CourseDraft.forCourse", CourseDraft.class)
        .setParameter("course", course)
        .getResultStream()
        .findFirst();
  }

  private static NotAllowedException notYours() {
    return new NotAllowedException("You can only edit courses you teach.");
  }
}
