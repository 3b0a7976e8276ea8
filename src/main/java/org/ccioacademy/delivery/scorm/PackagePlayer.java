package org.ccioacademy.delivery.scorm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ccioacademy.catalogue.ContentPackage;
import org.ccioacademy.catalogue.ContentPackages;
import org.ccioacademy.catalogue.Course;
import org.ccioacademy.catalogue.Module;
import org.ccioacademy.catalogue.format.ContentRef;
import org.ccioacademy.catalogue.scorm.ScormItem;
import org.ccioacademy.catalogue.scorm.ScormManifest;
import org.ccioacademy.delivery.Enrolment;
import org.ccioacademy.delivery.Enrolments;
import org.ccioacademy.platform.audit.Actor;
import org.ccioacademy.platform.database.Row;
import org.ccioacademy.platform.kernel.Caller;
import org.ccioacademy.platform.kernel.NotAllowedException;
import org.ccioacademy.platform.kernel.RefusedException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Plays a content package module for a trainee: its table of contents with where they are in each
 * item, and the launch of an item (a session with a secret of its own, which the package's pages
 * use to reach their files and to commit their data). The trainee's latest attempt goes on; a new
 * one starts only when they ask, once the last is complete.
 */
@ApplicationScoped
public class PackagePlayer {

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext private EntityManager em;
  @Inject Enrolments enrolments;
  @Inject ContentPackages packages;
  @Inject ScormLaunches launches;
  @Inject Cmi5Player cmi5;

  @Inject
  @ConfigProperty(name = "ccio.scorm.launch-hours", defaultValue = "12")
  int launchHours;

  /** An item of the table of contents, with how far the trainee got in it in this attempt. */
  public record Item(
      String identifier,
      String title,
      int depth,
      boolean launchable,
      boolean sco,
      String completion,
      String success,
      Integer percent,
      boolean satisfied) {

    /** In words, for the table of contents. */
    public String getState() {
      if (!launchable) {
        return "";
      }
      if (satisfied) {
        return "passed".equals(success) ? "Passed" : "Completed";
      }
      if ("failed".equals(success)) {
        return "Not passed yet";
      }
      return switch (completion) {
        case "incomplete", "completed" -> "In progress";
        default -> "Not started";
      };
    }
  }

  /** The package a trainee plays in a module, and their attempt at it (null before the first). */
  public record Play(ContentPackage pkg, ScormAttempt attempt, List<Item> items) {

    /**
     * The first item not yet satisfied, or the first there is: where "Start" or "Continue" goes.
     */
    public Item next() {
      return items.stream()
          .filter(Item::launchable)
          .filter(i -> !i.satisfied())
          .findFirst()
          .orElse(items.stream().filter(Item::launchable).findFirst().orElse(null));
    }
  }

  /**
   * A launch: its secret (only ever in the page that opened it), the item it opens and, for a cmi5
   * AU, the query its URL is opened with (null for SCORM).
   */
  public record Launch(
      String token, String path, ScormItem item, ScormAttempt attempt, String query) {

    /** Whether the item is a cmi5 AU on another site (opened there, in a window of its own). */
    public boolean isExternal() {
      return path.startsWith("https://") || path.startsWith("http://");
    }

    /** Whether the item opens in a window of its own rather than in the player's frame. */
    public boolean isOwnWindow() {
      return item.ownWindow() || isExternal();
    }
  }

  /**
   * What the trainee's latest attempt at a package module holds (the package the module plays now
   * when they have no attempt yet).
   */
  public Play play(Enrolment e, Module module) {
    ScormAttempt attempt = latest(e, module.getCode()).orElse(null);
    return playOf(
        attempt == null ? module.getContent().sha256() : attempt.getPackageSha256(), attempt);
  }

  /** A package's parts with no progress (a tutor's preview). */
  public Play contents(String sha256) {
    return playOf(sha256, null);
  }

  /** A package's parts, each with the progress {@code attempt} (if any) made in it. */
  private Play playOf(String sha, ScormAttempt attempt) {
    ContentPackage pkg =
        packages
            .find(sha)
            .orElseThrow(() -> new IllegalStateException("The package " + sha + " is not stored"));
    Map<String, ScoRow> rows = attempt == null ? Map.of() : scoRows(attempt.getId());
    List<Item> items = new ArrayList<>();
    for (ScormItem i : pkg.toManifest().items()) {
      ScoRow r = rows.get(i.identifier());
      items.add(
          new Item(
              i.identifier(),
              i.title(),
              i.depth(),
              i.isLaunchable(),
              i.sco(),
              r == null ? "not attempted" : r.completion(),
              r == null ? "unknown" : r.success(),
              r == null ? null : r.percent(),
              r != null && r.satisfied()));
    }
    return new Play(pkg, attempt, items);
  }

  /**
   * Opens an item of a package module for the trainee: their latest attempt goes on (the first
   * starts now), and a launch with a secret of its own starts; {@code appOrigin} is the origin of
   * the page that opens it (the one page that may frame it), {@code site} the address the trainee
   * reached the site at (where a cmi5 AU finds the LRS). An asset (an item that does not talk to
   * the API) is done once opened, as is a cmi5 AU whose moveOn is NotApplicable.
   */
  @Transactional
  public Launch open(
      Actor trainee,
      String courseCode,
      String moduleCode,
      String itemId,
      String appOrigin,
      String site) {
    Course course = enrolments.course(courseCode);
    Module module = Enrolments.module(course, moduleCode);
    if (!module.isPackage()) {
      throw new IllegalArgumentException(moduleCode + " is not a content package module");
    }
    Enrolment e = enrolments.lockedActive(trainee, course);
    OffsetDateTime now = OffsetDateTime.now();
    ScormAttempt attempt =
        latest(e, moduleCode)
            .orElseGet(
                () -> {
                  ScormAttempt a =
                      new ScormAttempt(e, moduleCode, module.getContent().sha256(), 1, now);
                  em.persist(a);
                  em.flush();
                  registerIfCmi5(a);
                  return a;
                });
    ScormManifest manifest = packages.find(attempt.getPackageSha256()).orElseThrow().toManifest();
    ScormItem item =
        manifest.launchable().stream()
            .filter(i -> i.identifier().equals(itemId))
            .findFirst()
            .orElseThrow(() -> new RefusedException("This package has no such part to open."));
    String token = token();
    launches.start(
        token,
        attempt.getId(),
        null,
        item.identifier(),
        trainee.userId(),
        now,
        now.plus(lifetime()),
        appOrigin);
    e.visit(moduleCode, now);
    String query = null;
    if (manifest.version().isCmi5()) {
      query =
          cmi5.launch(
              attempt.getId(),
              attempt.getPackageSha256(),
              item,
              trainee.userId(),
              courseCode,
              moduleCode,
              now.plus(lifetime()),
              site);
    }
    if (!item.sco() || (manifest.version().isCmi5() && Cmi5Player.doneOnceOpened(item))) {
      launches.assetOpened(attempt, manifest, item, now);
    }
    return new Launch(token, item.launch(), item, attempt, query);
  }

  /**
   * A tutor's (or an admin's) preview of a package: the one {@code ref} names (the draft's or the
   * published version's), in a launch of its own, browsing for no credit; nothing it sends is kept.
   */
  @Transactional
  public Launch preview(
      Caller editor,
      Course course,
      String moduleCode,
      ContentRef ref,
      String itemId,
      String appOrigin,
      String site) {
    if (!course.mayBeEditedBy(editor)) {
      throw new NotAllowedException("Only the course's tutors and administrators preview it.");
    }
    ScormManifest manifest = packages.find(ref.sha256()).orElseThrow().toManifest();
    ScormItem item =
        manifest.launchable().stream()
            .filter(i -> itemId == null || itemId.isBlank() || i.identifier().equals(itemId))
            .findFirst()
            .orElseThrow(() -> new RefusedException("This package has no such part to open."));
    String token = token();
    OffsetDateTime now = OffsetDateTime.now();
    launches.start(
        token,
        null,
        ref.sha256(),
        item.identifier(),
        editor.userId(),
        now,
        now.plus(lifetime()),
        appOrigin);
    String query =
        manifest.version().isCmi5()
            ? cmi5.launch(
                null,
                ref.sha256(),
                item,
                editor.userId(),
                course.getCode(),
                moduleCode,
                now.plus(lifetime()),
                site)
            : null;
    return new Launch(token, item.launch(), item, null, query);
  }

  /**
   * Starts a new attempt at a package module, once the latest is complete: the package the module
   * plays now, and nothing carried over (the module's completion stays).
   */
  @Transactional
  public ScormAttempt newAttempt(Actor trainee, String courseCode, String moduleCode) {
    Course course = enrolments.course(courseCode);
    Module module = Enrolments.module(course, moduleCode);
    Enrolment e = enrolments.lockedActive(trainee, course);
    ScormAttempt last = latest(e, moduleCode).orElse(null);
    if (last != null && !last.isComplete()) {
      throw new RefusedException("Your attempt is still open: finish it before starting again.");
    }
    ScormAttempt a =
        new ScormAttempt(
            e,
            moduleCode,
            module.getContent().sha256(),
            last == null ? 1 : last.getNumber() + 1,
            OffsetDateTime.now());
    em.persist(a);
    registerIfCmi5(a);
    return a;
  }

  /** An attempt at a cmi5 module is a registration of its own. */
  private void registerIfCmi5(ScormAttempt a) {
    if (packages.find(a.getPackageSha256()).orElseThrow().getScormVersion().isCmi5()) {
      cmi5.register(a);
    }
  }

  /** The trainee's attempts at a module, newest first. */
  public List<ScormAttempt> attempts(Enrolment e, String moduleCode) {
    return em.createQuery(
            "select a from ScormAttempt a where a.enrolment = :e and a.moduleCode = :m"
                + " order by a.number desc",
            ScormAttempt.class)
        .setParameter("e", e)
        .setParameter("m", moduleCode)
        .getResultList();
  }

  private Optional<ScormAttempt> latest(Enrolment e, String moduleCode) {
    return attempts(e, moduleCode).stream().findFirst();
  }

  private Duration lifetime() {
    return Duration.ofHours(Math.max(1, launchHours));
  }

  private record ScoRow(String completion, String success, Integer percent, boolean satisfied) {}

  private Map<String, ScoRow> scoRows(long attemptId) {
    Map<String, ScoRow> rows = new HashMap<>();
    for (Row r :
        Row.list(
            em.createNativeQuery(
                    "select item_identifier, completion, success,"
                        + " round(coalesce(score_scaled * 100, null))::int, satisfied_at is not null"
                        + " from scorm_sco where attempt_id = ?1")
                .setParameter(1, attemptId))) {
      Object pct = r.at(3);
      rows.put(
          r.stringAt(0),
          new ScoRow(
              r.stringAt(1),
              r.stringAt(2),
              pct == null ? null : Math.max(0, ((Number) pct).intValue()),
              Boolean.TRUE.equals(r.at(4))));
    }
    return rows;
  }

  /** A launch's secret: 32 random bytes, URL-safe. */
  static String token() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
