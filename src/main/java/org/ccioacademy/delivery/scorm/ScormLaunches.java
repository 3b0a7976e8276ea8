package org.ccioacademy.delivery.scorm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ccioacademy.catalogue.ContentPackages;
import org.ccioacademy.catalogue.Module;
import org.ccioacademy.catalogue.scorm.ScormItem;
import org.ccioacademy.catalogue.scorm.ScormManifest;
import org.ccioacademy.catalogue.scorm.ScormVersion;
import org.ccioacademy.delivery.Completions;
import org.ccioacademy.delivery.Enrolment;
import org.ccioacademy.identity.UserAccountRepository;
import org.ccioacademy.platform.audit.Actor;
import org.ccioacademy.platform.database.Row;

/**
 * The launches of content package items and what their pages send: the data model a page starts
 * with, and its commits, each checked value by value against the standard's rules before anything
 * is stored. A launch is found by the SHA-256 of its secret; commits carry increasing numbers, so
 * one that arrives late or twice changes nothing; a trainee's commits are taken one at a time
 * (their enrolment is locked), so two windows or a retry never interleave.
 */
@ApplicationScoped
public class ScormLaunches {

  @PersistenceContext private EntityManager em;
  @Inject ContentPackages packages;
  @Inject Completions completions;
  @Inject UserAccountRepository accounts;
  @Inject ScoRows rows;

  /**
   * A launch as stored: of an attempt, or a tutor's preview ({@code attemptId} null) of the package
   * {@code packageSha256}.
   */
  public record Launch(
      long id,
      Long attemptId,
      String item,
      long userId,
      OffsetDateTime expiresAt,
      long lastSeq,
      boolean finished,
      String exit,
      String appOrigin,
      String packageSha256) {

    /** A tutor's preview: nothing it sends is kept. */
    public boolean isPreview() {
      return attemptId == null;
    }
  }

  /** A commit the launch's page cannot make: why, in words, and the HTTP status to answer with. */
  public static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    Refused(int status, String message) {
      super(message);
      this.status = status;
    }

    public int status() {
      return status;
    }
  }

  /** Starts a launch (its secret's SHA-256 alone is kept). */
  void start(
      String token,
      Long attemptId,
      String packageSha256,
      String item,
      long userId,
      OffsetDateTime now,
      OffsetDateTime expires,
      String appOrigin) {
    em.createNativeQuery(
            "insert into scorm_launch (token_sha256, attempt_id, item_identifier, user_id,"
                + " created_at, expires_at, app_origin, package_sha256)"
                + " values (?1, cast(?2 as bigint), ?3, ?4, ?5, ?6, ?7, ?8)")
        .setParameter(1, sha256(token))
        .setParameter(2, attemptId)
        .setParameter(3, item)
        .setParameter(4, userId)
        .setParameter(5, now)
        .setParameter(6, expires)
        .setParameter(7, appOrigin)
        .setParameter(8, packageSha256)
        .executeUpdate();
  }

  /** The launch a secret opens, while it lasts. */
  public Optional<Launch> launch(String token) {
    return find(token, false).filter(l -> l.expiresAt().isAfter(OffsetDateTime.now()));
  }

  private Optional<Launch> find(String token, boolean forUpdate) {
    if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
      return Optional.empty();
    }
    return Row.list(
            em.createNativeQuery(
                    "select id, attempt_id, item_identifier, user_id, expires_at, last_seq,"
                        + " finished_at is not null, exit_value, app_origin, package_sha256"
                        + " from scorm_launch"
                        + " where token_sha256 = ?1"
                        + (forUpdate ? " for update" : ""))
                .setParameter(1, sha256(token)))
        .stream()
        .findFirst()
        .map(
            r ->
                new Launch(
                    r.longAt(0),
                    r.nullableLongAt(1),
                    r.stringAt(2),
                    r.longAt(3),
                    r.momentAt(4),
                    r.longAt(5),
                    r.booleanAt(6),
                    r.stringAt(7),
                    r.stringAt(8),
                    r.stringAt(9)));
  }

  /** The package file a launch's page asks for (its path from the package's root). */
  public Optional<ContentPackages.PackageFile> file(Launch launch, String path) {
    return packages.file(packageOf(launch), path);
  }

  /** The package a launch plays: its attempt's, or the one a preview names. */
  public String packageOf(Launch launch) {
    return launch.isPreview()
        ? launch.packageSha256()
        : em.find(ScormAttempt.class, launch.attemptId()).getPackageSha256();
  }

  /**
   * What the API in a launch's page starts with: the data model's values (what the SCO stored in
   * earlier sessions of this attempt, and what the LMS gives it) and the standard it speaks.
   */
  @Transactional
  public Start begin(Launch launch) {
    ScormManifest m = packages.find(packageOf(launch)).orElseThrow().toManifest();
    ScormItem item = item(m, launch.item());
    ScoRows.Sco sco =
        launch.isPreview() ? ScoRows.Sco.NONE : rows.sco(launch.attemptId(), launch.item(), false);
    Map<String, String> values = new LinkedHashMap<>(sco.data());
    values.putAll(lmsValues(m.version(), item, sco, launch));
    // with the data model's own starting values (cmi.core.lesson_status "not attempted"...)
    return new Start(m.version(), ScormData.apply(m.version(), values, Map.of()), launch.item());
  }

  /** The start of a launch: the standard and the values. */
  public record Start(ScormVersion version, Map<String, String> values, String item) {}

  /**
   * Takes a commit from a launch's page: every value checked against the standard's rules (one
   * refused refuses the commit, and nothing is stored), the SCO's data and what it means stored,
   * the attempt and the module completed when the package's rule says so.
   *
   * @return what the SCO's data now means, for the page
   */
  @Transactional
  public JsonObject commit(String token, ScormCommit c) {
    Launch launch =
        launch(token)
            .orElseThrow(
                () ->
                    new Refused(410, "This session has ended. Open the module again to carry on."));
    if (launch.isPreview()) {
      return preview(launch, c);
    }
    // one commit at a time per trainee and course (enrolment first, as opening an item does)
    long enrolmentId =
        ((Number)
                em.createNativeQuery("select enrolment_id from scorm_attempt where id = ?1")
                    .setParameter(1, launch.attemptId())
                    .getSingleResult())
            .longValue();
    Enrolment e = em.find(Enrolment.class, enrolmentId, LockModeType.PESSIMISTIC_WRITE);
    ScormAttempt a =
        em.find(ScormAttempt.class, launch.attemptId(), LockModeType.PESSIMISTIC_WRITE);
    launch =
        find(token, true)
            .orElseThrow(
                () ->
                    new Refused(410, "This session has ended. Open the module again to carry on."));
    ScormManifest m = packages.find(a.getPackageSha256()).orElseThrow().toManifest();
    ScormItem item = item(m, launch.item());
    ScoRows.Sco sco = rows.sco(a.getId(), launch.item(), true);
    if (c.seq() <= launch.lastSeq()) {
      // late or repeated: what it holds is already stored, or overtaken by a later commit
      return answer(sco.outcome(m.version(), item), a, e);
    }
    Map<String, String> given = lmsValues(m.version(), item, sco, launch);
    Map<String, String> start = new LinkedHashMap<>(sco.data());
    start.putAll(given);
    String exitElement = m.version().is2004() ? "cmi.exit" : "cmi.core.exit";
    if (launch.exit() != null) {
      // this session's exit, as an earlier commit of it set it
      start.put(exitElement, launch.exit());
    }
    Map<String, String> now = ScormData.apply(m.version(), start, c.values());
    if (now.size() > ScormCommit.MAX_VALUES * 2) {
      throw new Refused(400, "This package has stored more than this site keeps for one part.");
    }
    BigDecimal seconds = ScormData.sessionSeconds(m.version(), now, c.elapsed());
    Map<String, String> stored = new LinkedHashMap<>(now);
    given.keySet().forEach(stored::remove);
    // the session's own values stay with the session (its launch), never with the SCO's data
    ScormData.forgetSession(m.version(), stored);
    boolean finished = c.finished() || launch.finished();
    ScoOutcome outcome = ScoOutcome.of(m.version(), item, now, finished);
    if (outcome.lessonStatus() != null) {
      // SCORM 1.2: the LMS's reading of the status (completed on finishing, the mastery score)
      stored.put("cmi.core.lesson_status", outcome.lessonStatus());
    }
    OffsetDateTime at = OffsetDateTime.now();
    em.createNativeQuery(
            "update scorm_launch set last_seq = ?1, session_seconds = ?2, exit_value = ?6,"
                + " finished_at = case when ?3 then coalesce(finished_at, cast(?4 as timestamptz))"
                + " else finished_at end where id = ?5")
        .setParameter(1, c.seq())
        .setParameter(2, seconds)
        .setParameter(3, finished)
        .setParameter(4, at)
        .setParameter(5, launch.id())
        .setParameter(6, now.get(exitElement))
        .executeUpdate();
    rows.save(a.getId(), launch.item(), stored, outcome, at);
    a.committed(rows.attemptPercent(a.getId()), at);
    if (!a.isComplete() && rows.allSatisfied(a.getId(), m) && a.complete(at)) {
      moduleDone(e, a, true, at);
    } else if (outcome.percent() != null) {
      moduleDone(e, a, false, at);
    }
    return answer(outcome, a, e);
  }

  /** A preview's commit: checked as any commit is, what it means said, nothing kept. */
  private JsonObject preview(Launch launch, ScormCommit c) {
    ScormManifest m = packages.find(launch.packageSha256()).orElseThrow().toManifest();
    ScormItem item = item(m, launch.item());
    Map<String, String> start =
        new LinkedHashMap<>(lmsValues(m.version(), item, ScoRows.Sco.NONE, launch));
    Map<String, String> now = ScormData.apply(m.version(), start, c.values());
    ScoOutcome o = ScoOutcome.of(m.version(), item, now, c.finished());
    JsonObjectBuilder b =
        Json.createObjectBuilder()
            .add("completion", o.completion())
            .add("success", o.success())
            .add("satisfied", o.satisfied())
            .add("attemptComplete", false)
            .add("moduleComplete", false)
            .add("preview", true);
    if (o.percent() != null) {
      b.add("percent", o.percent());
    }
    return b.build();
  }

  /** An asset (an item that does not talk to the API) is done once opened. */
  void assetOpened(ScormAttempt a, ScormManifest m, ScormItem item, OffsetDateTime at) {
    rows.assetOpened(a.getId(), item.identifier(), at);
    if (!a.isComplete() && rows.allSatisfied(a.getId(), m) && a.complete(at)) {
      moduleDone(a.getEnrolment(), a, true, at);
    }
  }

  void moduleDone(Enrolment e, ScormAttempt a, boolean done, OffsetDateTime at) {
    Module module =
        e.getCourse()
            .getCurrentVersion()
            .module(a.getModuleCode())
            .filter(Module::isPackage)
            .orElse(null);
    if (module == null) {
      // the course's current version no longer plays a package in this module
      return;
    }
    Actor trainee =
        accounts
            .find(e.getUserId())
            .map(u -> Actor.user(u.getId(), u.getEmail()))
            .orElse(Actor.SYSTEM);
    completions.packageScored(trainee, e, module, a.getScorePercent(), done, at);
  }

  private JsonObject answer(ScoOutcome o, ScormAttempt a, Enrolment e) {
    JsonObjectBuilder b =
        Json.createObjectBuilder()
            .add("completion", o.completion())
            .add("success", o.success())
            .add("satisfied", o.satisfied())
            .add("attemptComplete", a.isComplete())
            .add("moduleComplete", e.isModuleComplete(a.getModuleCode()));
    if (o.percent() != null) {
      b.add("percent", o.percent());
    }
    return b.build();
  }

  /** The values the LMS gives a SCO at launch (never the SCO's to set, never stored). */
  private Map<String, String> lmsValues(
      ScormVersion version, ScormItem item, ScoRows.Sco sco, Launch launch) {
    long userId = launch.userId();
    String name =
        accounts.find(userId).map(u -> ScormData.surnameFirst(u.getFullName())).orElse("");
    Map<String, String> v = new LinkedHashMap<>();
    String lastExit = launch.isPreview() ? null : lastExit(launch);
    boolean first = sco.sessions() == 0 && sco.data().isEmpty();
    // a tutor's preview: browsing, for no credit (the standard's own words for it)
    String credit = launch.isPreview() ? "no-credit" : "credit";
    if (version.is2004()) {
      v.put("cmi.learner_id", "ccio-" + userId);
      v.put("cmi.learner_name", name);
      v.put("cmi.credit", credit);
      v.put("cmi.mode", launch.isPreview() ? "browse" : "normal");
      v.put("cmi.entry", first ? "ab-initio" : "suspend".equals(lastExit) ? "resume" : "");
      v.put("cmi.total_time", ScormData.iso8601(sco.totalSeconds()));
      if (item.completionThreshold() != null) {
        v.put(
            "cmi.completion_threshold",
            item.completionThreshold().stripTrailingZeros().toPlainString());
      }
      if (item.scaledPassingScore() != null) {
        v.put(
            "cmi.scaled_passing_score",
            item.scaledPassingScore().stripTrailingZeros().toPlainString());
      }
    } else {
      v.put("cmi.core.student_id", "ccio-" + userId);
      v.put("cmi.core.student_name", name);
      v.put("cmi.core.credit", credit);
      v.put("cmi.core.lesson_mode", launch.isPreview() ? "browse" : "normal");
      v.put("cmi.core.entry", first ? "ab-initio" : "suspend".equals(lastExit) ? "resume" : "");
      v.put("cmi.core.total_time", ScormData.timespan(sco.totalSeconds()));
      if (item.masteryScore() != null) {
        v.put(
            "cmi.student_data.mastery_score",
            item.masteryScore().stripTrailingZeros().toPlainString());
      }
    }
    if (item.dataFromLms() != null) {
      v.put("cmi.launch_data", item.dataFromLms());
    }
    return v;
  }

  /** How the previous session of the launch's SCO in its attempt ended (its exit), if said. */
  private String lastExit(Launch launch) {
    List<?> exits =
        em.createNativeQuery(
                "select exit_value from scorm_launch where attempt_id = ?1"
                    + " and item_identifier = ?2 and id <> ?3 and last_seq > 0"
                    + " order by id desc limit 1")
            .setParameter(1, launch.attemptId())
            .setParameter(2, launch.item())
            .setParameter(3, launch.id())
            .getResultList();
    return exits.isEmpty() ? null : (String) exits.get(0);
  }

  private static ScormItem item(ScormManifest m, String identifier) {
    return m.launchable().stream()
        .filter(i -> i.identifier().equals(identifier))
        .findFirst()
        .orElseThrow(() -> new Refused(410, "This part of the package is no longer there."));
  }

  static String sha256(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
