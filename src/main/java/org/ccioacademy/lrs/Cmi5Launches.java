package org.ccioacademy.lrs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.ccioacademy.platform.database.Row;

/**
 * Launches cmi5 AUs (cmi5 section 8 and 10), for whoever plays the course: each launch a session of
 * its own, an open session of the same AU and registration abandoned first, the session's client
 * (held to the learner, registration and AU, with no secret until the AU fetches one), the {@code
 * LMS.LaunchData} state document and the "launched" statement, all in the caller's transaction.
 * Also the LMS's own "satisfied" statement when a course's moveOn rules are met.
 */
@ApplicationScoped
public class Cmi5Launches {

  /** The verbs only the LMS says. */
  public static final String LAUNCHED = "http://adlnet.gov/expapi/verbs/launched";

  public static final String ABANDONED = "https://w3id.org/xapi/adl/verbs/abandoned";
  public static final String SATISFIED = "https://w3id.org/xapi/adl/verbs/satisfied";
  public static final String COURSE_TYPE = "https://w3id.org/xapi/cmi5/activitytype/course";

  private static final String EXTENSIONS = "https://w3id.org/xapi/cmi5/context/extensions/";

  @PersistenceContext EntityManager em;
  @Inject LrsClients clients;
  @Inject Statements statements;
  @Inject StatementUsers users;
  @Inject Documents documents;

  /**
   * What to launch: for {@code userId} in {@code registration}, the AU {@code publisherId} (its id
   * in the course structure) as the activity {@code activityId}, with its moveOn, mastery score,
   * launch parameters and entitlement key; {@code browse} for a tutor's preview (no credit); the
   * launch lasts until {@code expires}; {@code returnUrl} is where the AU sends the learner back;
   * {@code site} the address the learner reached this site at (the LRS is at its {@code /xapi}).
   */
  public record Start(
      String site,
      long userId,
      String registration,
      String publisherId,
      String activityId,
      String launchUrl,
      String moveOn,
      BigDecimal masteryScore,
      String launchParameters,
      String entitlementKey,
      String returnUrl,
      boolean browse,
      OffsetDateTime expires) {}

  /**
   * A launch: the session's id and the query the AU's URL is opened with (endpoint, fetch, actor,
   * registration, activityId: cmi5 8.1).
   */
  public record Launch(String sessionId, String query) {}

  /**
   * The activity id the LMS gives an AU of a stored package (cmi5 8.1.4: unique to this LMS; the
   * course structure's id is its publisher id): the same for every launch of that package's AU.
   */
  public String activityId(String packageSha256, String publisherId) {
    return clients.homePage()
        + "/activities/cmi5/"
        + LrsClients.sha256(packageSha256 + "|" + publisherId).substring(0, 32);
  }

  /** Starts a session of an AU (in the caller's transaction). */
  @Transactional(Transactional.TxType.MANDATORY)
  public Launch start(Start s) {
    OffsetDateTime now = OffsetDateTime.now();
    abandonOpen(s.registration(), s.activityId(), s.publisherId(), now);
    JsonObject actor = users.agentOf(s.userId());
    String actorKey = users.key(s.userId());
    String sessionId = UUID.randomUUID().toString();
    String fetch = Cmi5Sessions.random(32);
    String key = "cmi5_" + Cmi5Sessions.random(18);
    em.createNativeQuery(
            "insert into lrs_client (name, api_key, secret_hash, may_read, may_write, own_only,"
                + " created_at, launch_actor, launch_registration, launch_activity, expires_at)"
                + " values ('cmi5 session', ?1, '!', true, true, false, ?2, cast(?3 as jsonb),"
                + " cast(?4 as uuid), ?5, ?6)")
        .setParameter(1, key)
        .setParameter(2, now)
        .setParameter(3, actor.toString())
        .setParameter(4, s.registration())
        .setParameter(5, s.activityId())
        .setParameter(6, s.expires())
        .executeUpdate();
    em.createNativeQuery(
            "insert into cmi5_session (id, client_id, fetch_sha256, registration, activity_id,"
                + " actor_key, user_id, mastery_score, move_on, started_at, launch_mode,"
                + " publisher_id) select cast(?1 as uuid), id, ?2, cast(?3 as uuid), ?4, ?5, ?6,"
                + " cast(?7 as numeric), ?8, ?9, ?10, ?11 from lrs_client where api_key = ?12")
        .setParameter(1, sessionId)
        .setParameter(2, LrsClients.sha256(fetch))
        .setParameter(3, s.registration())
        .setParameter(4, s.activityId())
        .setParameter(5, actorKey)
        .setParameter(6, s.userId())
        .setParameter(7, s.masteryScore())
        .setParameter(8, s.moveOn())
        .setParameter(9, now)
        .setParameter(10, mode(s))
        .setParameter(11, s.publisherId())
        .setParameter(12, key)
        .executeUpdate();
    LrsClient site = clients.site();
    documents.write(
        new Documents.Scope('S', s.activityId(), actorKey, actor, s.registration()),
        "LMS.LaunchData",
        "application/json",
        launchData(s, sessionId).toString().getBytes(StandardCharsets.UTF_8),
        false,
        new Documents.Preconditions(null, null),
        site,
        false,
        false);
    JsonObjectBuilder extensions =
        Json.createObjectBuilder()
            .add(Cmi5Rules.SESSION_ID, sessionId)
            .add(EXTENSIONS + "launchmode", mode(s))
            .add(EXTENSIONS + "launchurl", s.launchUrl())
            .add(EXTENSIONS + "moveon", s.moveOn());
    if (s.launchParameters() != null) {
      extensions.add(EXTENSIONS + "launchparameters", s.launchParameters());
    }
    statements.storeOwn(
        statement(
            actor,
            LAUNCHED,
            "launched",
            s.activityId(),
            null,
            s.registration(),
            s.publisherId(),
            sessionId,
            extensions,
            now),
        site);
    String base = s.site() + "/xapi";
    String query =
        "endpoint="
            + encode(base + "/")
            + "&fetch="
            + encode(base + "/cmi5/fetch/" + fetch)
            + "&actor="
            + encode(actor.toString())
            + "&registration="
            + encode(s.registration())
            + "&activityId="
            + encode(s.activityId());
    return new Launch(sessionId, query);
  }

  /**
   * Says a course (its id in the course structure: {@code courseId}) is satisfied in a
   * registration: all its AUs' moveOn rules are met (cmi5 9.3.9); {@code sessionId} is the session
   * that met the last. Once per registration.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void courseSatisfied(
      long userId, String registration, String courseId, String title, String sessionId) {
    String id =
        LearningRecords.idOf(
            "cmi5-satisfied|" + registration.toLowerCase(Locale.ROOT) + "|" + courseId);
    if (statements.isStored(id, true)) {
      return;
    }
    JsonObject course =
        Json.createObjectBuilder()
            .add("objectType", "Activity")
            .add("id", courseId)
            .add(
                "definition",
                Json.createObjectBuilder()
                    .add("name", Json.createObjectBuilder().add("en-GB", title))
                    .add("type", COURSE_TYPE))
            .build();
    JsonObject s =
        Json.createObjectBuilder()
            .add("id", id)
            .add("actor", users.agentOf(userId))
            .add(
                "verb",
                Json.createObjectBuilder()
                    .add("id", SATISFIED)
                    .add("display", Json.createObjectBuilder().add("en-GB", "satisfied")))
            .add("object", course)
            .add(
                "context",
                Json.createObjectBuilder()
                    .add("registration", registration)
                    .add(
                        "contextActivities",
                        Json.createObjectBuilder()
                            .add(
                                "category",
                                Json.createArrayBuilder()
                                    .add(Json.createObjectBuilder().add("id", Cmi5Rules.CATEGORY))))
                    .add(
                        "extensions",
                        Json.createObjectBuilder().add(Cmi5Rules.SESSION_ID, sessionId)))
            .add("timestamp", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.now()))
            .build();
    statements.storeOwn(s, clients.site());
  }

  /** The latest session of a learner's AU in a registration (for the satisfied statement). */
  public String latestSession(String registration, String activityId) {
    return Row.list(
            em.createNativeQuery(
                    "select cast(id as varchar) from cmi5_session where registration ="
                        + " cast(?1 as uuid) and activity_id = ?2 order by started_at desc limit 1")
                .setParameter(1, registration)
                .setParameter(2, activityId))
        .stream()
        .findFirst()
        .map(r -> r.stringAt(0))
        .orElse(UUID.randomUUID().toString());
  }

  /**
   * Ends the open sessions of the AU in the registration (the learner launched it again without the
   * AU saying "terminated"): each abandoned (cmi5 9.3.8), its client withdrawn.
   */
  private void abandonOpen(
      String registration, String activityId, String publisherId, OffsetDateTime now) {
    for (Row r :
        Row.list(
            em.createNativeQuery(
                    "select cast(s.id as varchar), s.client_id, s.started_at, s.user_id"
                        + " from cmi5_session s where s.registration ="
                        + " cast(?1 as uuid) and s.activity_id = ?2 and s.ended_at is null"
                        + " order by s.started_at for update")
                .setParameter(1, registration)
                .setParameter(2, activityId))) {
      em.createNativeQuery("update cmi5_session set ended_at = ?1 where id = cast(?2 as uuid)")
          .setParameter(1, now)
          .setParameter(2, r.stringAt(0))
          .executeUpdate();
      em.createNativeQuery("update lrs_client set active = false where id = ?1")
          .setParameter(1, r.longAt(1))
          .executeUpdate();
      if (r.isNull(3)) {
        continue;
      }
      Duration lasted = Duration.between(r.momentAt(2), now);
      JsonObject result =
          Json.createObjectBuilder()
              .add(
                  "duration",
                  "PT"
                      + BigDecimal.valueOf(Math.max(0, lasted.toMillis()))
                          .divide(BigDecimal.valueOf(1000), 2, RoundingMode.DOWN)
                          .toPlainString()
                      + "S")
              .build();
      statements.storeOwn(
          statement(
              users.agentOf(r.longAt(3)),
              ABANDONED,
              "abandoned",
              activityId,
              result,
              registration,
              publisherId,
              r.stringAt(0),
              Json.createObjectBuilder().add(Cmi5Rules.SESSION_ID, r.stringAt(0)),
              now),
          clients.site());
    }
  }

  /** A statement of the LMS's about an AU in a session (cmi5 9.6: its context template). */
  private JsonObject statement(
      JsonObject actor,
      String verb,
      String display,
      String activityId,
      JsonObject result,
      String registration,
      String publisherId,
      String sessionId,
      JsonObjectBuilder extensions,
      OffsetDateTime at) {
    JsonObjectBuilder b =
        Json.createObjectBuilder()
            .add(
                "id",
                LearningRecords.idOf("cmi5-" + display + "|" + sessionId + "|" + registration))
            .add("actor", actor)
            .add(
                "verb",
                Json.createObjectBuilder()
                    .add("id", verb)
                    .add("display", Json.createObjectBuilder().add("en-GB", display)))
            .add(
                "object",
                Json.createObjectBuilder().add("objectType", "Activity").add("id", activityId))
            .add(
                "context",
                Json.createObjectBuilder()
                    .add("registration", registration)
                    .add("contextActivities", contextActivities(publisherId, true))
                    .add("extensions", extensions))
            .add("timestamp", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at));
    if (result != null) {
      b.add("result", result);
    }
    return b.build();
  }

  private static JsonObject contextActivities(String publisherId, boolean cmi5Category) {
    JsonObjectBuilder b =
        Json.createObjectBuilder()
            .add(
                "grouping",
                Json.createArrayBuilder().add(Json.createObjectBuilder().add("id", publisherId)));
    if (cmi5Category) {
      b.add(
          "category",
          Json.createArrayBuilder().add(Json.createObjectBuilder().add("id", Cmi5Rules.CATEGORY)));
    }
    return b.build();
  }

  /** The LMS.LaunchData state document (cmi5 10.2.1). */
  private static JsonObject launchData(Start s, String sessionId) {
    JsonObjectBuilder b =
        Json.createObjectBuilder()
            .add(
                "contextTemplate",
                Json.createObjectBuilder()
                    .add("contextActivities", contextActivities(s.publisherId(), false))
                    .add(
                        "extensions",
                        Json.createObjectBuilder().add(Cmi5Rules.SESSION_ID, sessionId)))
            .add("launchMode", mode(s))
            .add("moveOn", s.moveOn());
    if (s.returnUrl() != null) {
      b.add("returnURL", s.returnUrl());
    }
    if (s.launchParameters() != null) {
      b.add("launchParameters", s.launchParameters());
    }
    if (s.masteryScore() != null) {
      b.add("masteryScore", s.masteryScore());
    }
    if (s.entitlementKey() != null) {
      b.add(
          "entitlementKey", Json.createObjectBuilder().add("courseStructure", s.entitlementKey()));
    }
    return b.build();
  }

  private static String mode(Start s) {
    return s.browse() ? "Browse" : "Normal";
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
