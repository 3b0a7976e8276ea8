package org.ccioacademy.lrs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.ccioacademy.platform.web.PublicUrl;

/**
 * Our own learning as xAPI statements: a module read, a quiz attempted, passed or failed, a course
 * completed, a session attended, a certificate earned, an assignment submitted and marked. Each is
 * stored in the LRS inside the transaction of the change it records (so it exists exactly when the
 * change does), once however often the change is retried (its id comes from the event's key), and
 * queued for the external LRS when one is configured ({@link LrsForwarding}). A change undone (a
 * certificate revoked, an attendance mark corrected) voids its statement.
 */
@ApplicationScoped
public class LearningRecords {

  /** The verbs of our statements (ADL's vocabulary where it has one). */
  public enum Verb {
    READ("http://adlnet.gov/expapi/verbs/experienced", "read"),
    ATTEMPTED("http://adlnet.gov/expapi/verbs/attempted", "attempted"),
    PASSED("http://adlnet.gov/expapi/verbs/passed", "passed"),
    FAILED("http://adlnet.gov/expapi/verbs/failed", "failed"),
    COMPLETED("http://adlnet.gov/expapi/verbs/completed", "completed"),
    ATTENDED("http://adlnet.gov/expapi/verbs/attended", "attended"),
    EARNED("http://id.tincanapi.com/verb/earned", "earned"),
    SUBMITTED("http://activitystrea.ms/schema/1.0/submit", "submitted"),
    SCORED("http://adlnet.gov/expapi/verbs/scored", "was marked on");

    final String iri;
    final String display;

    Verb(String iri, String display) {
      this.iri = iri;
      this.display = display;
    }

    public String iri() {
      return iri;
    }
  }

  /** Activity types (ADL's). */
  public static final String COURSE = "http://adlnet.gov/expapi/activities/course";

  public static final String MODULE = "http://adlnet.gov/expapi/activities/module";
  public static final String ASSESSMENT = "http://adlnet.gov/expapi/activities/assessment";
  public static final String MEETING = "http://adlnet.gov/expapi/activities/meeting";
  public static final String CERTIFICATE = "https://w3id.org/xapi/acrossx/activities/certificate";
  public static final String ASSIGNMENT = "http://id.tincanapi.com/activitytype/school-assignment";

  /** What a statement is about: an activity's IRI, its name (English) and type. */
  public record Activity(String id, String name, String type) {

    JsonObject json() {
      return Json.createObjectBuilder()
          .add("objectType", "Activity")
          .add("id", id)
          .add(
              "definition",
              Json.createObjectBuilder()
                  .add(
                      "name",
                      Json.createObjectBuilder()
                          .add("en-GB", name == null || name.isBlank() ? id : name))
                  .add("type", type))
          .build();
    }
  }

  /** A result: a score out of a maximum (or none), success, completion. */
  public record Result(BigDecimal raw, BigDecimal max, Boolean success, Boolean completion) {

    public static Result score(Number raw, Number max, Boolean success) {
      return new Result(
          raw == null ? null : new BigDecimal(raw.toString()),
          max == null ? null : new BigDecimal(max.toString()),
          success,
          null);
    }

    JsonObject json() {
      JsonObjectBuilder b = Json.createObjectBuilder();
      if (raw != null && max != null && max.signum() > 0) {
        BigDecimal scaled = raw.divide(max, 4, java.math.RoundingMode.HALF_UP).min(BigDecimal.ONE);
        b.add(
            "score",
            Json.createObjectBuilder()
                .add("scaled", scaled)
                .add("raw", raw)
                .add("min", 0)
                .add("max", max));
      }
      if (success != null) {
        b.add("success", success);
      }
      if (completion != null) {
        b.add("completion", completion);
      }
      return b.build();
    }
  }

  /**
   * One thing one of our people did: {@code key} names the event (the same key is the same
   * statement); {@code parent} is the course (or event) it was part of; {@code enrolmentId} the
   * enrolment it happened in (the statement's registration); {@code instructorId} who marked it.
   */
  public record Learned(
      String key,
      long userId,
      Verb verb,
      Activity object,
      Activity parent,
      Long enrolmentId,
      Result result,
      Long instructorId,
      OffsetDateTime at) {}

  @Inject Statements statements;
  @Inject StatementUsers users;
  @Inject LrsClients clients;
  @Inject PublicUrl publicUrl;

  /** Records an event in the caller's transaction (nothing if it is recorded already). */
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(Learned l) {
    JsonObjectBuilder s =
        Json.createObjectBuilder()
            .add("id", idOf(l.key()))
            .add("actor", users.agentOf(l.userId()))
            .add(
                "verb",
                Json.createObjectBuilder()
                    .add("id", l.verb().iri)
                    .add("display", Json.createObjectBuilder().add("en-GB", l.verb().display)))
            .add("object", l.object().json())
            .add("timestamp", XapiFormats.format(l.at()))
            .add("version", "1.0.3");
    if (l.result() != null) {
      s.add("result", l.result().json());
    }
    JsonObjectBuilder context =
        Json.createObjectBuilder().add("platform", "CCIO Academy").add("language", "en-GB");
    if (l.enrolmentId() != null) {
      context.add("registration", registration(l.enrolmentId()));
    }
    if (l.parent() != null) {
      context.add(
          "contextActivities",
          Json.createObjectBuilder()
              .add("parent", Json.createArrayBuilder().add(l.parent().json())));
    }
    if (l.instructorId() != null) {
      context.add("instructor", users.agentOf(l.instructorId()));
    }
    s.add("context", context);
    JsonObject statement = s.build();
    // ours are built to the rules; one that is not is a mistake in this code, never the user's
    StatementRules.check(statement, XapiVersion.V1_0_3);
    statements.storeOwn(statement, clients.site());
  }

  /** Voids the statement of an event that was undone (if it was recorded and is not yet void). */
  @Transactional(Transactional.TxType.MANDATORY)
  public void retract(String key, OffsetDateTime at) {
    String target = idOf(key);
    if (!statements.isStored(target, false)) {
      return;
    }
    JsonObject voiding =
        Json.createObjectBuilder()
            .add("id", idOf("void:" + key))
            .add("actor", site())
            .add(
                "verb",
                Json.createObjectBuilder()
                    .add("id", StatementRules.VOIDED)
                    .add("display", Json.createObjectBuilder().add("en-GB", "voided")))
            .add(
                "object",
                Json.createObjectBuilder().add("objectType", "StatementRef").add("id", target))
            .add("timestamp", XapiFormats.format(at))
            .add("version", "1.0.3")
            .build();
    StatementRules.check(voiding, XapiVersion.V1_0_3);
    statements.storeOwn(voiding, clients.site());
  }

  /** The statement id of an event's key. */
  public static String idOf(String key) {
    return UUID.nameUUIDFromBytes(("ccio-academy:" + key).getBytes(StandardCharsets.UTF_8))
        .toString();
  }

  /** The registration (a UUID) of an enrolment. */
  public static String registration(long enrolmentId) {
    return UUID.nameUUIDFromBytes(
            ("ccio-enrolment:" + enrolmentId).getBytes(StandardCharsets.UTF_8))
        .toString();
  }

  private JsonObject site() {
    return Json.createObjectBuilder()
        .add("objectType", "Agent")
        .add("name", "CCIO Academy")
        .add(
            "account",
            Json.createObjectBuilder()
                .add("homePage", publicUrl.base())
                .add("name", LrsClients.SITE_KEY))
        .build();
  }

  private String base() {
    return publicUrl.base() + "/xapi/activities/";
  }

  public Activity course(String code, String title) {
    return new Activity(base() + "course/" + code, title, COURSE);
  }

  public Activity module(String courseCode, String moduleCode, String title) {
    return new Activity(base() + "course/" + courseCode + "/module/" + moduleCode, title, MODULE);
  }

  public Activity quiz(String courseCode, String moduleCode, String title) {
    return new Activity(
        base() + "course/" + courseCode + "/module/" + moduleCode + "/quiz",
        "Quiz: " + title,
        ASSESSMENT);
  }

  public Activity event(long eventId, String title) {
    return new Activity(base() + "event/" + eventId, title, MEETING);
  }

  public Activity session(long eventId, long sessionId, String title) {
    return new Activity(base() + "event/" + eventId + "/session/" + sessionId, title, MEETING);
  }

  /** A certificate: its own verification address is its IRI. */
  public Activity certificate(String verifyPath, String title) {
    return new Activity(publicUrl.link(verifyPath), title, CERTIFICATE);
  }

  public Activity assignment(long assignmentId, String title) {
    return new Activity(base() + "assignment/" + assignmentId, title, ASSIGNMENT);
  }
}
