package org.ccioacademy.lrs;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

/**
 * The cmi5 rules for what an assignable unit (AU) sends in a session (cmi5 section 9): statements
 * are the launched learner's, in the session's registration and with its session id; the first is
 * "initialized" and nothing comes after "terminated"; the cmi5 defined verbs are not repeated in a
 * session; "completed" and "passed" come at most once a registration, and "failed" never after
 * "passed"; passed and failed agree with the mastery score. A statement that breaks one is refused
 * (403) with the rule, and changes nothing.
 */
public final class Cmi5Rules {

  private Cmi5Rules() {}

  public static final String CATEGORY = "https://w3id.org/xapi/cmi5/context/categories/cmi5";
  public static final String MOVE_ON = "https://w3id.org/xapi/cmi5/context/categories/moveon";
  public static final String SESSION_ID = "https://w3id.org/xapi/cmi5/context/extensions/sessionid";
  public static final String INITIALIZED = "http://adlnet.gov/expapi/verbs/initialized";
  public static final String COMPLETED = "http://adlnet.gov/expapi/verbs/completed";
  public static final String PASSED = "http://adlnet.gov/expapi/verbs/passed";
  public static final String FAILED = "http://adlnet.gov/expapi/verbs/failed";
  public static final String TERMINATED = "http://adlnet.gov/expapi/verbs/terminated";
  private static final Set<String> DEFINED =
      Set.of(INITIALIZED, COMPLETED, PASSED, FAILED, TERMINATED);

  /**
   * A session as the rules see it: whose and where it is, the mastery score, and what has been said
   * in it and in its registration.
   */
  public record Session(
      String actorKey,
      String registration,
      String activityId,
      String sessionId,
      BigDecimal masteryScore,
      boolean ended,
      Set<String> verbsInSession,
      boolean completedInRegistration,
      boolean passedInRegistration) {

    boolean initialized() {
      return verbsInSession.contains(INITIALIZED);
    }

    /** The session after {@code verb} (a cmi5 defined one) was accepted. */
    Session after(String verb) {
      Set<String> verbs = new HashSet<>(verbsInSession);
      verbs.add(verb);
      return new Session(
          actorKey,
          registration,
          activityId,
          sessionId,
          masteryScore,
          ended || verb.equals(TERMINATED),
          Set.copyOf(verbs),
          completedInRegistration || verb.equals(COMPLETED),
          passedInRegistration || verb.equals(PASSED));
    }
  }

  /** What a statement did to a session: the session after it, and whether it was cmi5 defined. */
  public record Outcome(Session session, boolean defined, String verb) {}

  private static XapiException refused(String why) {
    return new XapiException(403, "cmi5: " + why);
  }

  /** Checks a statement (already valid xAPI) sent in {@code s}; 403 when a cmi5 rule refuses it. */
  public static Outcome check(Session s, JsonObject statement) {
    if (!s.actorKey().equals(Agents.key(statement.getJsonObject("actor")))) {
      throw refused("the actor must be the learner the AU was launched for");
    }
    JsonObject context = statement.getJsonObject("context");
    if (context == null
        || !s.registration().equalsIgnoreCase(context.getString("registration", ""))) {
      throw refused("context.registration must be the launch's registration");
    }
    JsonObject extensions = context.getJsonObject("extensions");
    JsonValue session = extensions == null ? null : extensions.get(SESSION_ID);
    if (!(session instanceof jakarta.json.JsonString id) || !id.getString().equals(s.sessionId())) {
      throw refused("context.extensions must carry the session id the AU was launched with");
    }
    if (s.ended()) {
      throw refused("the session has ended (terminated or abandoned): open the AU again");
    }
    String verb = statement.getJsonObject("verb").getString("id");
    boolean defined = DEFINED.contains(verb) && inCategory(context, CATEGORY);
    if (!s.initialized() && !(defined && verb.equals(INITIALIZED))) {
      throw refused("the first statement of a session must be \"initialized\"");
    }
    if (!defined) {
      return new Outcome(s, false, verb);
    }
    if (!s.activityId().equals(statement.getJsonObject("object").getString("id", ""))) {
      throw refused("a cmi5 defined statement's object must be the AU (the launch's activityId)");
    }
    if (s.verbsInSession().contains(verb)) {
      throw refused(
          "\"" + verb.substring(verb.lastIndexOf('/') + 1) + "\" was said already in this session");
    }
    JsonObject result = statement.getJsonObject("result");
    switch (verb) {
      case COMPLETED -> {
        if (s.completedInRegistration()) {
          throw refused("\"completed\" is said once in a registration");
        }
        if (result == null || !result.getBoolean("completion", false)) {
          throw refused("a \"completed\" statement has result.completion true");
        }
        moveOn(context);
      }
      case PASSED -> {
        if (s.passedInRegistration()) {
          throw refused("\"passed\" is said once in a registration");
        }
        if (s.verbsInSession().contains(FAILED)) {
          throw refused("a session says \"passed\" or \"failed\", not both");
        }
        if (result == null || !result.getBoolean("success", false)) {
          throw refused("a \"passed\" statement has result.success true");
        }
        BigDecimal scaled = scaled(result);
        if (s.masteryScore() != null && scaled != null && scaled.compareTo(s.masteryScore()) < 0) {
          throw refused("\"passed\" with a score below the mastery score " + s.masteryScore());
        }
        moveOn(context);
      }
      case FAILED -> {
        if (s.passedInRegistration() || s.verbsInSession().contains(PASSED)) {
          throw refused("\"failed\" never follows \"passed\"");
        }
        if (result == null || result.getBoolean("success", true)) {
          throw refused("a \"failed\" statement has result.success false");
        }
        BigDecimal scaled = scaled(result);
        if (s.masteryScore() != null && scaled != null && scaled.compareTo(s.masteryScore()) >= 0) {
          throw refused(
              "\"failed\" with a score at or above the mastery score " + s.masteryScore());
        }
        moveOn(context);
      }
      default -> {}
    }
    return new Outcome(s.after(verb), true, verb);
  }

  private static void moveOn(JsonObject context) {
    if (!inCategory(context, MOVE_ON)) {
      throw refused("completed, passed and failed statements are in the moveOn category");
    }
  }

  private static BigDecimal scaled(JsonObject result) {
    JsonObject score = result.getJsonObject("score");
    JsonNumber scaled = score == null ? null : score.getJsonNumber("scaled");
    return scaled == null ? null : scaled.bigDecimalValue();
  }

  static boolean inCategory(JsonObject context, String id) {
    JsonObject ca = context.getJsonObject("contextActivities");
    if (ca == null || !ca.containsKey("category")) {
      return false;
    }
    JsonValue category = ca.get("category");
    JsonArray list =
        category.getValueType() == JsonValue.ValueType.ARRAY
            ? category.asJsonArray()
            : jakarta.json.Json.createArrayBuilder().add(category).build();
    return list.stream().anyMatch(a -> id.equals(a.asJsonObject().getString("id", "")));
  }
}
