package org.ccioacademy.lrs;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A statement as the LRS stores it: what the LRS sets (id when none was given, stored, authority,
 * version, timestamp when none was given) and its one normal form (context activities always as
 * arrays, timestamps in UTC); and the comparison of two statements xAPI asks for (a statement sent
 * again under a stored id, a signature's payload).
 */
public final class StatementShape {

  private StatementShape() {}

  /** The statement to store: {@code s} (checked) with what the LRS sets. */
  public static JsonObject stored(
      JsonObject s, String id, OffsetDateTime stored, JsonObject authority, XapiVersion version) {
    JsonObjectBuilder b = Json.createObjectBuilder(normal(s));
    b.add("id", id.toLowerCase(Locale.ROOT));
    String at = XapiFormats.format(stored);
    b.add("stored", at);
    if (!s.containsKey("timestamp")) {
      b.add("timestamp", at);
    }
    b.add("authority", authority);
    if (!s.containsKey("version")) {
      b.add("version", version.defaultStatementVersion());
    }
    return b.build();
  }

  /** The normal form: context activities as arrays, timestamps in UTC (to the millisecond). */
  static JsonObject normal(JsonObject s) {
    JsonObjectBuilder b = Json.createObjectBuilder(s);
    if (s.containsKey("timestamp")) {
      b.add("timestamp", utc(s.getString("timestamp")));
    }
    if (s.containsKey("context")) {
      b.add("context", context(s.getJsonObject("context")));
    }
    JsonObject o = s.getJsonObject("object");
    if ("SubStatement".equals(o.getString("objectType", ""))) {
      b.add("object", normal(o));
    }
    return b.build();
  }

  private static String utc(String timestamp) {
    return XapiFormats.timestamp(timestamp).map(XapiFormats::format).orElse(timestamp);
  }

  private static JsonObject context(JsonObject c) {
    JsonObject ca = c.getJsonObject("contextActivities");
    if (ca == null) {
      return c;
    }
    JsonObjectBuilder lists = Json.createObjectBuilder();
    for (var e : ca.entrySet()) {
      lists.add(
          e.getKey(),
          e.getValue().getValueType() == JsonValue.ValueType.ARRAY
              ? e.getValue()
              : Json.createArrayBuilder().add(e.getValue()).build());
    }
    return Json.createObjectBuilder(c).add("contextActivities", lists).build();
  }

  /**
   * {@code a} and {@code b} are the same statement by xAPI's comparison: differences in what the
   * LRS sets (id, authority, stored, version, timestamp's serialisation), the order of a group's
   * members and the serialisation of numbers do not count.
   */
  public static boolean same(JsonObject a, JsonObject b) {
    // a statement sent without a timestamp was given one: then it does not count
    boolean timed = a.containsKey("timestamp") && b.containsKey("timestamp");
    return comparable(a, timed).equals(comparable(b, timed));
  }

  private static JsonValue comparable(JsonObject s, boolean timed) {
    JsonObjectBuilder b = Json.createObjectBuilder(normal(s));
    if (!timed) {
      b.remove("timestamp");
    }
    b.remove("id");
    b.remove("authority");
    b.remove("stored");
    b.remove("version");
    JsonObject r = s.getJsonObject("result");
    if (r != null && r.containsKey("duration")) {
      b.add(
          "result",
          Json.createObjectBuilder(r).add("duration", hundredths(r.getString("duration"))));
    }
    JsonObject o = s.getJsonObject("object");
    if ("SubStatement".equals(o.getString("objectType", ""))) {
      b.add("object", comparable(o, true));
    }
    return canonical(b.build());
  }

  private static final Pattern FINE_SECONDS = Pattern.compile("(\\d+)[.,](\\d{1,2})\\d*S$");

  /** A duration to 0.01 s: xAPI compares durations no finer. */
  static String hundredths(String duration) {
    Matcher m = FINE_SECONDS.matcher(duration);
    if (!m.find()) {
      return duration;
    }
    String cents = (m.group(2) + "0").substring(0, 2);
    return duration.substring(0, m.start()) + m.group(1) + "." + cents + "S";
  }

  /** Numbers as their value, groups' members in a fixed order, everything else as it is. */
  private static JsonValue canonical(JsonValue v) {
    switch (v.getValueType()) {
      case NUMBER:
        return Json.createValue(((JsonNumber) v).bigDecimalValue().stripTrailingZeros());
      case ARRAY:
        {
          var out = Json.createArrayBuilder();
          for (JsonValue e : v.asJsonArray()) {
            out.add(canonical(e));
          }
          return out.build();
        }
      case OBJECT:
        {
          JsonObjectBuilder out = Json.createObjectBuilder();
          for (var e : v.asJsonObject().entrySet()) {
            JsonValue value = canonical(e.getValue());
            if (e.getKey().equals("member") && value.getValueType() == JsonValue.ValueType.ARRAY) {
              value = sorted(value.asJsonArray());
            }
            out.add(e.getKey(), value);
          }
          return out.build();
        }
      default:
        return v;
    }
  }

  private static JsonArray sorted(JsonArray a) {
    var out = Json.createArrayBuilder();
    a.stream().map(JsonValue::toString).sorted().forEach(s -> out.add(XapiJson.parse(s, "member")));
    return out.build();
  }
}
