package org.ccioacademy.lrs;

import static org.ccioacademy.lrs.JsonCheck.bad;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.Set;

/**
 * A statement's rules, property by property, as xAPI 1.0.3 and 2.0 give them; the first broken one
 * refuses the statement with its path and what is wrong.
 */
public final class StatementRules {

  private StatementRules() {}

  /** The verb that voids a statement. */
  public static final String VOIDED = "http://adlnet.gov/expapi/verbs/voided";

  private static final Set<String> STATEMENT =
      Set.of(
          "id",
          "actor",
          "verb",
          "object",
          "result",
          "context",
          "timestamp",
          "stored",
          "authority",
          "version",
          "attachments");
  private static final Set<String> SUB_STATEMENT =
      Set.of(
          "objectType", "actor", "verb", "object", "result", "context", "timestamp", "attachments");
  private static final Set<String> VERB = Set.of("id", "display");
  private static final Set<String> STATEMENT_REF = Set.of("objectType", "id");
  private static final Set<String> RESULT =
      Set.of("score", "success", "completion", "response", "duration", "extensions");
  private static final Set<String> SCORE = Set.of("scaled", "raw", "min", "max");
  private static final Set<String> CONTEXT_103 =
      Set.of(
          "registration",
          "instructor",
          "team",
          "contextActivities",
          "revision",
          "platform",
          "language",
          "statement",
          "extensions");
  private static final Set<String> CONTEXT_20 =
      Set.of(
          "registration",
          "instructor",
          "team",
          "contextActivities",
          "contextAgents",
          "contextGroups",
          "revision",
          "platform",
          "language",
          "statement",
          "extensions");
  private static final Set<String> CONTEXT_ACTIVITIES =
      Set.of("parent", "grouping", "category", "other");
  private static final Set<String> CONTEXT_AGENT = Set.of("objectType", "agent", "relevantTypes");
  private static final Set<String> CONTEXT_GROUP = Set.of("objectType", "group", "relevantTypes");
  private static final Set<String> ATTACHMENT =
      Set.of("usageType", "display", "description", "contentType", "length", "sha2", "fileUrl");

  /** Checks a statement sent to the LRS under {@code version} of xAPI. */
  public static void check(JsonValue v, XapiVersion version) {
    JsonObject s = JsonCheck.object(v, "statement", STATEMENT);
    JsonCheck.formatted(s, "id", "statement", false, XapiFormats::isUuid, "a UUID");
    String sv = JsonCheck.string(s, "version", "statement", false);
    if (sv != null && !version.accepts(sv)) {
      throw bad("statement.version", "\"" + sv + "\" is not a version of xAPI this LRS takes");
    }
    body(s, "statement", version, false);
    if (s.containsKey("stored")) {
      timestamp(s, "stored", "statement");
    }
    if (s.containsKey("authority")) {
      authority(s.get("authority"));
    }
  }

  /** What a statement and a SubStatement share: actor, verb, object, result, context... */
  private static void body(JsonObject s, String path, XapiVersion version, boolean sub) {
    for (String needed : new String[] {"actor", "verb", "object"}) {
      if (!s.containsKey(needed)) {
        throw bad(path, "needs \"" + needed + "\"");
      }
    }
    Agents.actor(s.get("actor"), path + ".actor");
    JsonObject verb = JsonCheck.object(s.get("verb"), path + ".verb", VERB);
    String verbId = JsonCheck.iri(verb, "id", path + ".verb", true);
    JsonCheck.languageMap(verb, "display", path + ".verb");
    String objectType = object(s.get("object"), path + ".object", version, sub);
    if (VOIDED.equals(verbId) && !"StatementRef".equals(objectType)) {
      throw bad(path + ".object", "a voiding statement's object must be a StatementRef");
    }
    if (s.containsKey("result")) {
      result(s.get("result"), path + ".result");
    }
    if (s.containsKey("context")) {
      context(s.get("context"), path + ".context", version, "Activity".equals(objectType));
    }
    if (s.containsKey("timestamp")) {
      timestamp(s, "timestamp", path);
    }
    JsonArray attachments = JsonCheck.array(s, "attachments", path);
    if (attachments != null) {
      for (int i = 0; i < attachments.size(); i++) {
        attachment(attachments.get(i), path + ".attachments[" + i + "]");
      }
    }
  }

  /** Checks an object; its type, as named ("Activity" when it names none). */
  private static String object(JsonValue v, String path, XapiVersion version, boolean sub) {
    if (v == null || v.getValueType() != JsonValue.ValueType.OBJECT) {
      throw bad(path, "must be an object");
    }
    JsonObject o = v.asJsonObject();
    String type = JsonCheck.string(o, "objectType", path, false);
    if (type == null || type.equals("Activity")) {
      Activities.activity(o, path);
      return "Activity";
    }
    switch (type) {
      case "Agent" -> Agents.agent(o, path);
      case "Group" -> Agents.group(o, path);
      case "StatementRef" -> statementRef(o, path);
      case "SubStatement" -> {
        if (sub) {
          throw bad(path, "a SubStatement cannot hold another SubStatement");
        }
        JsonObject ss = JsonCheck.object(o, path, SUB_STATEMENT);
        body(ss, path, version, true);
      }
      default -> throw bad(path + ".objectType", "\"" + type + "\" is not an object type of xAPI");
    }
    return type;
  }

  private static void statementRef(JsonValue v, String path) {
    JsonObject o = JsonCheck.object(v, path, STATEMENT_REF);
    String type = JsonCheck.string(o, "objectType", path, true);
    if (!type.equals("StatementRef")) {
      throw bad(path + ".objectType", "must be \"StatementRef\"");
    }
    JsonCheck.formatted(o, "id", path, true, XapiFormats::isUuid, "a UUID");
  }

  private static void result(JsonValue v, String path) {
    JsonObject r = JsonCheck.object(v, path, RESULT);
    if (r.containsKey("score")) {
      JsonObject score = JsonCheck.object(r.get("score"), path + ".score", SCORE);
      JsonNumber scaled = JsonCheck.number(score, "scaled", path + ".score");
      JsonNumber raw = JsonCheck.number(score, "raw", path + ".score");
      JsonNumber min = JsonCheck.number(score, "min", path + ".score");
      JsonNumber max = JsonCheck.number(score, "max", path + ".score");
      if (scaled != null
          && (scaled.bigDecimalValue().compareTo(BigDecimal.ONE) > 0
              || scaled.bigDecimalValue().compareTo(BigDecimal.ONE.negate()) < 0)) {
        throw bad(path + ".score.scaled", "must be from -1 to 1");
      }
      if (min != null
          && max != null
          && min.bigDecimalValue().compareTo(max.bigDecimalValue()) >= 0) {
        throw bad(path + ".score", "min must be less than max");
      }
      if (raw != null
          && min != null
          && raw.bigDecimalValue().compareTo(min.bigDecimalValue()) < 0) {
        throw bad(path + ".score.raw", "must not be less than min");
      }
      if (raw != null
          && max != null
          && raw.bigDecimalValue().compareTo(max.bigDecimalValue()) > 0) {
        throw bad(path + ".score.raw", "must not be more than max");
      }
    }
    JsonCheck.bool(r, "success", path);
    JsonCheck.bool(r, "completion", path);
    JsonCheck.string(r, "response", path, false);
    JsonCheck.formatted(
        r, "duration", path, false, XapiFormats::isDuration, "an ISO 8601 duration");
    JsonCheck.extensions(r, "extensions", path);
  }

  private static void context(JsonValue v, String path, XapiVersion version, boolean ofActivity) {
    JsonObject c = JsonCheck.object(v, path, version.is2() ? CONTEXT_20 : CONTEXT_103);
    JsonCheck.formatted(c, "registration", path, false, XapiFormats::isUuid, "a UUID");
    if (c.containsKey("instructor")) {
      Agents.actor(c.get("instructor"), path + ".instructor");
    }
    if (c.containsKey("team")) {
      Agents.group(c.get("team"), path + ".team");
    }
    if (c.containsKey("contextActivities")) {
      JsonObject ca =
          JsonCheck.object(
              c.get("contextActivities"), path + ".contextActivities", CONTEXT_ACTIVITIES);
      for (var e : ca.entrySet()) {
        String at = path + ".contextActivities." + e.getKey();
        if (e.getValue().getValueType() == JsonValue.ValueType.ARRAY) {
          JsonArray list = e.getValue().asJsonArray();
          for (int i = 0; i < list.size(); i++) {
            Activities.activity(list.get(i), at + "[" + i + "]");
          }
        } else {
          Activities.activity(e.getValue(), at);
        }
      }
    }
    if (JsonCheck.string(c, "revision", path, false) != null && !ofActivity) {
      throw bad(path + ".revision", "is only for a statement about an Activity");
    }
    if (JsonCheck.string(c, "platform", path, false) != null && !ofActivity) {
      throw bad(path + ".platform", "is only for a statement about an Activity");
    }
    JsonCheck.formatted(
        c, "language", path, false, XapiFormats::isLanguageTag, "a language tag (RFC 5646)");
    if (c.containsKey("statement")) {
      statementRef(c.get("statement"), path + ".statement");
    }
    JsonCheck.extensions(c, "extensions", path);
    contextAgents(c, "contextAgents", "contextAgent", "agent", path);
    contextAgents(c, "contextGroups", "contextGroup", "group", path);
  }

  private static void contextAgents(
      JsonObject c, String key, String type, String who, String path) {
    JsonArray list = JsonCheck.array(c, key, path);
    if (list == null) {
      return;
    }
    if (list.isEmpty()) {
      throw bad(path + "." + key, "must not be empty");
    }
    for (int i = 0; i < list.size(); i++) {
      String at = path + "." + key + "[" + i + "]";
      JsonObject o =
          JsonCheck.object(list.get(i), at, who.equals("agent") ? CONTEXT_AGENT : CONTEXT_GROUP);
      if (!type.equals(JsonCheck.string(o, "objectType", at, true))) {
        throw bad(at + ".objectType", "must be \"" + type + "\"");
      }
      if (!o.containsKey(who)) {
        throw bad(at, "needs \"" + who + "\"");
      }
      if (who.equals("agent")) {
        Agents.agent(o.get(who), at + ".agent");
      } else {
        Agents.group(o.get(who), at + ".group");
      }
      JsonArray types = JsonCheck.array(o, "relevantTypes", at);
      if (types != null) {
        if (types.isEmpty()) {
          throw bad(at + ".relevantTypes", "must not be empty");
        }
        for (int t = 0; t < types.size(); t++) {
          JsonValue tv = types.get(t);
          if (tv.getValueType() != JsonValue.ValueType.STRING
              || !XapiFormats.isIri(((JsonString) tv).getString())) {
            throw bad(at + ".relevantTypes[" + t + "]", "must be an IRI");
          }
        }
      }
    }
  }

  private static void timestamp(JsonObject o, String key, String path) {
    JsonCheck.formatted(
        o,
        key,
        path,
        false,
        s -> XapiFormats.timestamp(s).isPresent(),
        "an ISO 8601 timestamp with a valid time zone");
  }

  private static void authority(JsonValue v) {
    Agents.actor(v, "statement.authority");
    JsonObject a = v.asJsonObject();
    if ("Group".equals(a.getString("objectType", ""))
        && (Agents.key(a) != null || a.getJsonArray("member").size() != 2)) {
      throw bad(
          "statement.authority",
          "a Group as authority is anonymous, with exactly two members (an OAuth client and user)");
    }
  }

  private static void attachment(JsonValue v, String path) {
    JsonObject a = JsonCheck.object(v, path, ATTACHMENT);
    JsonCheck.iri(a, "usageType", path, true);
    if (!a.containsKey("display")) {
      throw bad(path, "needs \"display\"");
    }
    JsonCheck.languageMap(a, "display", path);
    JsonCheck.languageMap(a, "description", path);
    JsonCheck.formatted(a, "contentType", path, true, XapiFormats::isMediaType, "a media type");
    JsonNumber length = JsonCheck.number(a, "length", path);
    if (length == null) {
      throw bad(path, "needs \"length\"");
    }
    if (!length.isIntegral() || length.bigDecimalValue().signum() < 0) {
      throw bad(path + ".length", "must be a whole number of octets");
    }
    JsonCheck.formatted(a, "sha2", path, true, XapiFormats::isSha2, "a SHA-2 hash in hex");
    JsonCheck.iri(a, "fileUrl", path, false);
  }
}
