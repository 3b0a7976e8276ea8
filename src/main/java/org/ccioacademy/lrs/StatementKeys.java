package org.ccioacademy.lrs;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a statement is found by, as the Statements resource's filters read it: {@code agent} (the
 * actor or object, groups by their members too), {@code related_agents} (also authority,
 * instructor, team, context agents and groups, and a SubStatement's), {@code activity} (the
 * object), {@code related_activities} (also context activities and a SubStatement's), {@code verb}
 * and {@code registration}.
 */
public final class StatementKeys {

  private StatementKeys() {}

  public static final char AGENT = 'a';
  public static final char RELATED_AGENT = 'r';
  public static final char ACTIVITY = 'o';
  public static final char RELATED_ACTIVITY = 'R';
  public static final char VERB = 'v';
  public static final char REGISTRATION = 'g';

  /** A key: its kind and value. */
  public record Key(char kind, String value) {}

  /** The keys of a stored statement (its StatementRef target's come by the store). */
  public static Set<Key> of(JsonObject s) {
    Set<Key> keys = new LinkedHashSet<>();
    keys.add(new Key(VERB, s.getJsonObject("verb").getString("id")));
    agents(s.get("actor"), keys, true);
    JsonObject o = s.getJsonObject("object");
    String type = o.getString("objectType", "Activity");
    switch (type) {
      case "Activity" -> {
        keys.add(new Key(ACTIVITY, o.getString("id")));
        keys.add(new Key(RELATED_ACTIVITY, o.getString("id")));
      }
      case "Agent", "Group" -> agents(o, keys, true);
      case "SubStatement" -> {
        agents(o.get("actor"), keys, false);
        JsonObject so = o.getJsonObject("object");
        String st = so.getString("objectType", "Activity");
        if (st.equals("Activity")) {
          keys.add(new Key(RELATED_ACTIVITY, so.getString("id")));
        } else if (st.equals("Agent") || st.equals("Group")) {
          agents(so, keys, false);
        }
        context(o.getJsonObject("context"), keys);
      }
      default -> {}
    }
    agents(s.get("authority"), keys, false);
    context(s.getJsonObject("context"), keys);
    JsonObject c = s.getJsonObject("context");
    if (c != null && c.containsKey("registration")) {
      keys.add(new Key(REGISTRATION, c.getString("registration").toLowerCase()));
    }
    return keys;
  }

  private static void agents(JsonValue v, Set<Key> keys, boolean direct) {
    for (String k : Agents.keys(v)) {
      if (direct) {
        keys.add(new Key(AGENT, k));
      }
      keys.add(new Key(RELATED_AGENT, k));
    }
  }

  private static void context(JsonObject c, Set<Key> keys) {
    if (c == null) {
      return;
    }
    agents(c.get("instructor"), keys, false);
    agents(c.get("team"), keys, false);
    for (String list : new String[] {"contextAgents", "contextGroups"}) {
      JsonArray a = c.getJsonArray(list);
      if (a != null) {
        for (JsonValue v : a) {
          JsonObject ca = v.asJsonObject();
          agents(ca.containsKey("agent") ? ca.get("agent") : ca.get("group"), keys, false);
        }
      }
    }
    JsonObject ca = c.getJsonObject("contextActivities");
    if (ca != null) {
      for (JsonValue list : ca.values()) {
        for (JsonValue a : list.asJsonArray()) {
          keys.add(new Key(RELATED_ACTIVITY, a.asJsonObject().getString("id")));
        }
      }
    }
  }
}
