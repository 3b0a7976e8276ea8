package org.ccioacademy.lrs;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The formats a statement is given back in: {@code exact} (as stored), {@code ids} (agents, groups,
 * activities and verbs reduced to what identifies them) and {@code canonical} (activities'
 * definitions as the LRS knows them and language maps reduced to the one language the client
 * prefers).
 */
public final class StatementFormat {

  private StatementFormat() {}

  /**
   * {@code s} in the format; {@code definitions} are the canonical ones, {@code languages} the
   * client's.
   */
  public static JsonObject apply(
      JsonObject s,
      String format,
      Map<String, JsonObject> definitions,
      List<Locale.LanguageRange> languages) {
    return switch (format) {
      case "ids" -> ids(s);
      case "canonical" -> canonical(s, definitions, languages);
      default -> s;
    };
  }

  private static JsonObject ids(JsonObject s) {
    JsonObjectBuilder b = Json.createObjectBuilder(s);
    b.add("actor", agentIds(s.getJsonObject("actor")));
    b.add("verb", Json.createObjectBuilder().add("id", s.getJsonObject("verb").getString("id")));
    b.add("object", objectIds(s.getJsonObject("object")));
    if (s.containsKey("authority")) {
      b.add("authority", agentIds(s.getJsonObject("authority")));
    }
    if (s.containsKey("context")) {
      JsonObject c = s.getJsonObject("context");
      JsonObjectBuilder cb = Json.createObjectBuilder(c);
      if (c.containsKey("instructor")) {
        cb.add("instructor", agentIds(c.getJsonObject("instructor")));
      }
      if (c.containsKey("team")) {
        cb.add("team", agentIds(c.getJsonObject("team")));
      }
      if (c.containsKey("contextActivities")) {
        JsonObjectBuilder lists = Json.createObjectBuilder();
        for (var e : c.getJsonObject("contextActivities").entrySet()) {
          JsonArrayBuilder a = Json.createArrayBuilder();
          e.getValue().asJsonArray().forEach(v -> a.add(objectIds(v.asJsonObject())));
          lists.add(e.getKey(), a);
        }
        cb.add("contextActivities", lists);
      }
      b.add("context", cb);
    }
    return b.build();
  }

  private static JsonObject objectIds(JsonObject o) {
    String type = o.getString("objectType", "Activity");
    return switch (type) {
      case "Activity" -> Json.createObjectBuilder().add("id", o.getString("id")).build();
      case "Agent", "Group" -> agentIds(o);
      case "SubStatement" -> {
        JsonObjectBuilder b = Json.createObjectBuilder(ids(o));
        yield b.build();
      }
      default -> o;
    };
  }

  private static JsonObject agentIds(JsonObject a) {
    JsonObjectBuilder b = Json.createObjectBuilder();
    if (a.containsKey("objectType")) {
      b.add("objectType", a.getString("objectType"));
    }
    for (String ifi : new String[] {"mbox", "mbox_sha1sum", "openid", "account"}) {
      if (a.containsKey(ifi)) {
        b.add(ifi, a.get(ifi));
      }
    }
    if (a.containsKey("member") && Agents.key(a) == null) {
      JsonArrayBuilder m = Json.createArrayBuilder();
      a.getJsonArray("member").forEach(v -> m.add(agentIds(v.asJsonObject())));
      b.add("member", m);
    }
    return b.build();
  }

  private static JsonObject canonical(
      JsonObject s, Map<String, JsonObject> definitions, List<Locale.LanguageRange> languages) {
    JsonObjectBuilder b = Json.createObjectBuilder(s);
    JsonObject verb = s.getJsonObject("verb");
    if (verb.containsKey("display")) {
      b.add(
          "verb",
          Json.createObjectBuilder(verb)
              .add("display", oneLanguage(verb.getJsonObject("display"), languages)));
    }
    JsonObject o = s.getJsonObject("object");
    String type = o.getString("objectType", "Activity");
    if (type.equals("Activity")) {
      b.add("object", activity(o, definitions, languages));
    } else if (type.equals("SubStatement")) {
      b.add("object", canonical(o, definitions, languages));
    }
    JsonObject c = s.getJsonObject("context");
    if (c != null && c.containsKey("contextActivities")) {
      JsonObjectBuilder lists = Json.createObjectBuilder();
      for (var e : c.getJsonObject("contextActivities").entrySet()) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        e.getValue()
            .asJsonArray()
            .forEach(v -> a.add(activity(v.asJsonObject(), definitions, languages)));
        lists.add(e.getKey(), a);
      }
      b.add("context", Json.createObjectBuilder(c).add("contextActivities", lists));
    }
    return b.build();
  }

  private static JsonObject activity(
      JsonObject a, Map<String, JsonObject> definitions, List<Locale.LanguageRange> languages) {
    JsonObject d = definitions.getOrDefault(a.getString("id"), a.getJsonObject("definition"));
    if (d == null || d.isEmpty()) {
      return a;
    }
    JsonObjectBuilder db = Json.createObjectBuilder(d);
    for (String map : new String[] {"name", "description"}) {
      if (d.containsKey(map)) {
        db.add(map, oneLanguage(d.getJsonObject(map), languages));
      }
    }
    for (String list : new String[] {"choices", "scale", "source", "target", "steps"}) {
      if (d.containsKey(list)) {
        JsonArrayBuilder out = Json.createArrayBuilder();
        for (JsonValue v : d.getJsonArray(list)) {
          JsonObject c = v.asJsonObject();
          out.add(
              c.containsKey("description")
                  ? Json.createObjectBuilder(c)
                      .add("description", oneLanguage(c.getJsonObject("description"), languages))
                      .build()
                  : c);
        }
        db.add(list, out);
      }
    }
    return Json.createObjectBuilder(a).add("definition", db).build();
  }

  /** The ids of the activities a statement names (object, context, a SubStatement's). */
  public static List<String> activityIds(JsonObject s) {
    List<String> ids = new ArrayList<>();
    JsonObject o = s.getJsonObject("object");
    String type = o.getString("objectType", "Activity");
    if (type.equals("Activity")) {
      ids.add(o.getString("id"));
    } else if (type.equals("SubStatement")) {
      ids.addAll(activityIds(o));
    }
    JsonObject c = s.getJsonObject("context");
    if (c != null && c.containsKey("contextActivities")) {
      c.getJsonObject("contextActivities")
          .values()
          .forEach(l -> l.asJsonArray().forEach(a -> ids.add(a.asJsonObject().getString("id"))));
    }
    return ids;
  }

  /** The one entry of a language map the client prefers (else the first). */
  static JsonObject oneLanguage(JsonObject map, List<Locale.LanguageRange> languages) {
    if (map.size() <= 1) {
      return map;
    }
    List<Locale> tags = map.keySet().stream().map(Locale::forLanguageTag).toList();
    Locale best = languages.isEmpty() ? null : Locale.lookup(languages, tags);
    String key =
        best == null
            ? map.keySet().iterator().next()
            : map.keySet().stream()
                .filter(k -> Locale.forLanguageTag(k).equals(best))
                .findFirst()
                .orElse(map.keySet().iterator().next());
    return Json.createObjectBuilder().add(key, map.get(key)).build();
  }
}
