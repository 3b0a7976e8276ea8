package org.ccioacademy.delivery.scorm;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a page commits: its number, the values changed since the last acknowledged, and more. */
public record ScormCommit(
    long seq, Map<String, String> values, BigDecimal elapsed, boolean finished) {

  /**
   * The most values one commit may hold, and a SCO's data in all: far more than packages use (a
   * quiz of 100 questions writes about 800), few enough that checking them stays quick.
   */
  public static final int MAX_VALUES = 5000;

  /** Reads a commit as the API sends it (JSON); refuses anything else. */
  public static ScormCommit parse(JsonObject o) {
    try {
      long seq = o.getJsonNumber("seq").longValueExact();
      Map<String, String> values = new LinkedHashMap<>();
      if (o.getJsonObject("values").size() > MAX_VALUES) {
        throw new ScormLaunches.Refused(
            400, "That save holds more values than a package sends (at most " + MAX_VALUES + ").");
      }
      for (Map.Entry<String, JsonValue> v : o.getJsonObject("values").entrySet()) {
        if (v.getValue().getValueType() != JsonValue.ValueType.STRING) {
          throw new ScormLaunches.Refused(400, "The value of " + v.getKey() + " is not text.");
        }
        values.put(v.getKey(), o.getJsonObject("values").getString(v.getKey()));
      }
      BigDecimal elapsed =
          o.containsKey("elapsed") && o.get("elapsed").getValueType() == JsonValue.ValueType.NUMBER
              ? o.getJsonNumber("elapsed").bigDecimalValue()
              : BigDecimal.ZERO;
      return new ScormCommit(seq, values, elapsed, o.getBoolean("finished", false));
    } catch (ClassCastException | NullPointerException | ArithmeticException e) {
      throw new ScormLaunches.Refused(400, "That is not a commit the player sends.");
    }
  }
}
