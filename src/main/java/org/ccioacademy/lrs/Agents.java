package org.ccioacademy.lrs;

import static org.ccioacademy.lrs.JsonCheck.bad;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Agents and Groups: their rules (one inverse functional identifier, an anonymous group's members)
 * and the key that identifies them ({@code mbox:mailto:a@b.nhs.uk}), by which statements and
 * documents are found.
 */
public final class Agents {

  private Agents() {}

  private static final Set<String> AGENT =
      Set.of("objectType", "name", "mbox", "mbox_sha1sum", "openid", "account");
  private static final Set<String> GROUP =
      Set.of("objectType", "name", "mbox", "mbox_sha1sum", "openid", "account", "member");
  private static final Set<String> ACCOUNT = Set.of("homePage", "name");

  /** Checks an Agent or a Group ({@code objectType} says which; an Agent if it says nothing). */
  public static void actor(JsonValue v, String path) {
    if (v != null && v.getValueType() == JsonValue.ValueType.OBJECT) {
      JsonValue type = v.asJsonObject().get("objectType");
      if (type != null && type.equals(Json.createValue("Group"))) {
        group(v, path);
        return;
      }
    }
    agent(v, path);
  }

  /** Checks an Agent. */
  public static void agent(JsonValue v, String path) {
    JsonObject o = JsonCheck.object(v, path, AGENT);
    String type = JsonCheck.string(o, "objectType", path, false);
    if (type != null && !type.equals("Agent")) {
      throw bad(path + ".objectType", "must be \"Agent\" here, not \"" + type + "\"");
    }
    JsonCheck.string(o, "name", path, false);
    if (ifiCount(o, path) != 1) {
      throw bad(
          path,
          "an Agent needs exactly one of mbox, mbox_sha1sum, openid and account to identify it");
    }
  }

  /** Checks a Group: identified (one identifier) or anonymous (members and no identifier). */
  public static void group(JsonValue v, String path) {
    JsonObject o = JsonCheck.object(v, path, GROUP);
    String type = JsonCheck.string(o, "objectType", path, true);
    if (!type.equals("Group")) {
      throw bad(path + ".objectType", "must be \"Group\"");
    }
    JsonCheck.string(o, "name", path, false);
    int ifis = ifiCount(o, path);
    if (ifis > 1) {
      throw bad(path, "a Group has at most one of mbox, mbox_sha1sum, openid and account");
    }
    JsonArray members = JsonCheck.array(o, "member", path);
    if (ifis == 0 && (members == null || members.isEmpty())) {
      throw bad(path, "an anonymous Group (one without an identifier) needs its members");
    }
    if (members != null) {
      for (int i = 0; i < members.size(); i++) {
        agent(members.get(i), path + ".member[" + i + "]");
      }
    }
  }

  private static int ifiCount(JsonObject o, String path) {
    int n = 0;
    if (JsonCheck.formatted(o, "mbox", path, false, XapiFormats::isMailto, "a mailto IRI")
        != null) {
      n++;
    }
    if (JsonCheck.formatted(
            o, "mbox_sha1sum", path, false, XapiFormats::isSha1, "a SHA-1 hash in hex")
        != null) {
      n++;
    }
    if (JsonCheck.iri(o, "openid", path, false) != null) {
      n++;
    }
    if (o.containsKey("account")) {
      JsonObject a = JsonCheck.object(o.get("account"), path + ".account", ACCOUNT);
      JsonCheck.iri(a, "homePage", path + ".account", true);
      JsonCheck.string(a, "name", path + ".account", true);
      n++;
    }
    return n;
  }

  /**
   * The key of an Agent or identified Group, from its identifier, or null for an anonymous Group.
   * The domain of an e-mail address is compared without case.
   */
  public static String key(JsonObject o) {
    if (o.containsKey("mbox")) {
      String mbox = o.getString("mbox");
      int at = mbox.lastIndexOf('@');
      return "mbox:" + mbox.substring(0, at) + mbox.substring(at).toLowerCase(Locale.ROOT);
    }
    if (o.containsKey("mbox_sha1sum")) {
      return "sha1:" + o.getString("mbox_sha1sum").toLowerCase(Locale.ROOT);
    }
    if (o.containsKey("openid")) {
      return "openid:" + o.getString("openid");
    }
    if (o.containsKey("account")) {
      JsonObject a = o.getJsonObject("account");
      return "account:" + a.getString("homePage") + "|" + a.getString("name");
    }
    return null;
  }

  /**
   * The keys an Agent or Group is found by: its own, and each member's (a query for an agent finds
   * the statements of the groups they are in).
   */
  public static List<String> keys(JsonValue v) {
    List<String> keys = new ArrayList<>();
    if (v == null || v.getValueType() != JsonValue.ValueType.OBJECT) {
      return keys;
    }
    JsonObject o = v.asJsonObject();
    String own = key(o);
    if (own != null) {
      keys.add(own);
    }
    if (o.containsKey("member")) {
      for (JsonValue m : o.getJsonArray("member")) {
        String k = key(m.asJsonObject());
        if (k != null) {
          keys.add(k);
        }
      }
    }
    return keys;
  }

  /**
   * The agent a query parameter names (an Agent or identified Group, as JSON), its key; a 400 if it
   * is not one.
   */
  public static String parameter(String json, String name) {
    JsonValue v = XapiJson.parse(json, name);
    actor(v, name);
    String key = key(v.asJsonObject());
    if (key == null) {
      throw bad(name, "must identify an Agent or a Group (an anonymous Group does not)");
    }
    return key;
  }

  /** Only an Agent (the Agents resource, agent profiles and state ask for one). */
  public static String agentParameter(String json, String name) {
    JsonValue v = XapiJson.parse(json, name);
    agent(v, name);
    return key(v.asJsonObject());
  }
}
