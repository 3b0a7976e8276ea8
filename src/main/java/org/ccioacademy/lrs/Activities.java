package org.ccioacademy.lrs;

import static org.ccioacademy.lrs.JsonCheck.bad;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Activities and their definitions, interactions included, as xAPI defines them. */
final class Activities {

  private Activities() {}

  private static final Set<String> ACTIVITY = Set.of("objectType", "id", "definition");
  private static final Set<String> DEFINITION =
      Set.of(
          "name",
          "description",
          "type",
          "moreInfo",
          "extensions",
          "interactionType",
          "correctResponsesPattern",
          "choices",
          "scale",
          "source",
          "target",
          "steps");
  private static final Set<String> COMPONENT = Set.of("id", "description");

  /** Which component lists each interaction type may have. */
  private static final Map<String, Set<String>> COMPONENTS =
      Map.of(
          "true-false", Set.of(),
          "choice", Set.of("choices"),
          "fill-in", Set.of(),
          "long-fill-in", Set.of(),
          "matching", Set.of("source", "target"),
          "performance", Set.of("steps"),
          "sequencing", Set.of("choices"),
          "likert", Set.of("scale"),
          "numeric", Set.of(),
          "other", Set.of());

  private static final Set<String> LISTS = Set.of("choices", "scale", "source", "target", "steps");

  /** Checks an Activity ({@code objectType} "Activity" or none). */
  static void activity(JsonValue v, String path) {
    JsonObject o = JsonCheck.object(v, path, ACTIVITY);
    String type = JsonCheck.string(o, "objectType", path, false);
    if (type != null && !type.equals("Activity")) {
      throw bad(path + ".objectType", "must be \"Activity\" here, not \"" + type + "\"");
    }
    JsonCheck.iri(o, "id", path, true);
    if (o.containsKey("definition")) {
      definition(o.get("definition"), path + ".definition");
    }
  }

  private static void definition(JsonValue v, String path) {
    JsonObject d = JsonCheck.object(v, path, DEFINITION);
    JsonCheck.languageMap(d, "name", path);
    JsonCheck.languageMap(d, "description", path);
    JsonCheck.iri(d, "type", path, false);
    JsonCheck.iri(d, "moreInfo", path, false);
    JsonCheck.extensions(d, "extensions", path);
    String interaction = JsonCheck.string(d, "interactionType", path, false);
    Set<String> allowed = Set.of();
    if (interaction != null) {
      allowed = COMPONENTS.get(interaction);
      if (allowed == null) {
        throw bad(
            path + ".interactionType",
            "\"" + interaction + "\" is not an interaction type xAPI defines");
      }
    }
    JsonArray pattern = JsonCheck.array(d, "correctResponsesPattern", path);
    if (pattern != null) {
      if (interaction == null) {
        throw bad(path, "correctResponsesPattern needs an interactionType");
      }
      for (int i = 0; i < pattern.size(); i++) {
        if (pattern.get(i).getValueType() != JsonValue.ValueType.STRING) {
          throw bad(path + ".correctResponsesPattern[" + i + "]", "must be a string");
        }
      }
    }
    for (String list : LISTS) {
      if (!d.containsKey(list)) {
        continue;
      }
      if (!allowed.contains(list)) {
        throw bad(
            path + "." + list,
            interaction == null
                ? "needs an interactionType"
                : "is not a part of a \"" + interaction + "\" interaction");
      }
      components(JsonCheck.array(d, list, path), path + "." + list);
    }
  }

  private static void components(JsonArray list, String path) {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      String at = path + "[" + i + "]";
      JsonObject c = JsonCheck.object(list.get(i), at, COMPONENT);
      String id = JsonCheck.string(c, "id", at, true);
      if (id.isEmpty() || !ids.add(id)) {
        throw bad(at + ".id", id.isEmpty() ? "must not be empty" : "\"" + id + "\" is used twice");
      }
      JsonCheck.languageMap(c, "description", at);
    }
  }
}
