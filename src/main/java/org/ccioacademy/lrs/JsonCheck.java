package org.ccioacademy.lrs;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reading a JSON tree as xAPI says it must be: the right type, no null, no property the
 * specification does not define, formats checked. Each refusal names the property by its path
 * ({@code object.definition.name}) and what is wrong with it.
 */
final class JsonCheck {

  private JsonCheck() {}

  static XapiException bad(String path, String what) {
    return XapiException.bad(path + ": " + what);
  }

  /** {@code v} as an object with only {@code allowed} properties, none null. */
  static JsonObject object(JsonValue v, String path, Set<String> allowed) {
    if (v == null || v.getValueType() != JsonValue.ValueType.OBJECT) {
      throw bad(path, "must be an object");
    }
    JsonObject o = v.asJsonObject();
    for (var e : o.entrySet()) {
      if (!allowed.contains(e.getKey())) {
        throw bad(path, "has a property xAPI does not define here: \"" + e.getKey() + "\"");
      }
      if (e.getValue().getValueType() == JsonValue.ValueType.NULL) {
        throw bad(path + "." + e.getKey(), "must not be null");
      }
    }
    return o;
  }

  static boolean has(JsonObject o, String key) {
    return o.containsKey(key);
  }

  /** A string property: required or optional (null when absent). */
  static String string(JsonObject o, String key, String path, boolean required) {
    JsonValue v = o.get(key);
    if (v == null) {
      if (required) {
        throw bad(path, "needs \"" + key + "\"");
      }
      return null;
    }
    if (v.getValueType() != JsonValue.ValueType.STRING) {
      throw bad(path + "." + key, "must be a string");
    }
    return ((JsonString) v).getString();
  }

  /** A string property in a format: {@code ok} says whether it is one, {@code format} names it. */
  static String formatted(
      JsonObject o,
      String key,
      String path,
      boolean required,
      Predicate<String> ok,
      String format) {
    String s = string(o, key, path, required);
    if (s != null && !ok.test(s)) {
      throw bad(path + "." + key, "\"" + s + "\" is not " + format);
    }
    return s;
  }

  static String iri(JsonObject o, String key, String path, boolean required) {
    return formatted(o, key, path, required, XapiFormats::isIri, "an IRI");
  }

  static Boolean bool(JsonObject o, String key, String path) {
    JsonValue v = o.get(key);
    if (v == null) {
      return null;
    }
    if (v != JsonValue.TRUE && v != JsonValue.FALSE) {
      throw bad(path + "." + key, "must be true or false");
    }
    return v == JsonValue.TRUE;
  }

  static JsonNumber number(JsonObject o, String key, String path) {
    JsonValue v = o.get(key);
    if (v == null) {
      return null;
    }
    if (v.getValueType() != JsonValue.ValueType.NUMBER) {
      throw bad(path + "." + key, "must be a number");
    }
    return (JsonNumber) v;
  }

  static JsonArray array(JsonObject o, String key, String path) {
    JsonValue v = o.get(key);
    if (v == null) {
      return null;
    }
    if (v.getValueType() != JsonValue.ValueType.ARRAY) {
      throw bad(path + "." + key, "must be an array");
    }
    return v.asJsonArray();
  }

  /** A language map: language tags to strings. */
  static void languageMap(JsonObject o, String key, String path) {
    JsonValue v = o.get(key);
    if (v == null) {
      return;
    }
    if (v.getValueType() != JsonValue.ValueType.OBJECT) {
      throw bad(path + "." + key, "must be a language map (an object)");
    }
    for (var e : v.asJsonObject().entrySet()) {
      if (!XapiFormats.isLanguageTag(e.getKey())) {
        throw bad(path + "." + key, "\"" + e.getKey() + "\" is not a language tag (RFC 5646)");
      }
      if (e.getValue().getValueType() != JsonValue.ValueType.STRING) {
        throw bad(path + "." + key + "." + e.getKey(), "must be a string");
      }
    }
  }

  /** Extensions: an object whose keys are IRIs; the values are anything (null included). */
  static void extensions(JsonObject o, String key, String path) {
    JsonValue v = o.get(key);
    if (v == null) {
      return;
    }
    if (v.getValueType() != JsonValue.ValueType.OBJECT) {
      throw bad(path + "." + key, "must be an object");
    }
    for (String k : v.asJsonObject().keySet()) {
      if (!XapiFormats.isIri(k)) {
        throw bad(path + "." + key, "\"" + k + "\" is not an IRI");
      }
    }
  }
}
