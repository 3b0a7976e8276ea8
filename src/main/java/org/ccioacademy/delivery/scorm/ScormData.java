package org.ccioacademy.delivery.scorm;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ccioacademy.catalogue.scorm.Cmi12;
import org.ccioacademy.catalogue.scorm.Cmi2004;
import org.ccioacademy.catalogue.scorm.ScormVersion;

/**
 * The SCO data a launch stores and gives back: values checked against the data model, the session's
 * time, SCORM's forms of times and names, and the JSON they are kept in.
 */
final class ScormData {

  private static final Pattern TIMESPAN =
      Pattern.compile("(\\d{2,4}):(\\d{2}):(\\d{2}(\\.\\d{1,2})?)");
  private static final Pattern DURATION =
      Pattern.compile(
          "P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+(?:\\.\\d+)?)S)?)?");

  /** At most this long a session counts (a window left open over a weekend is not study). */
  static final BigDecimal MAX_SESSION_SECONDS = BigDecimal.valueOf(24 * 3600);

  private ScormData() {}

  /** What is the session's own and not given back at the next launch: its exit and its time. */
  static void forgetSession(ScormVersion version, Map<String, String> values) {
    for (String e :
        version.is2004()
            ? List.of("cmi.exit", "cmi.session_time", "adl.nav.request")
            : List.of("cmi.core.exit", "cmi.core.session_time")) {
      values.remove(e);
    }
  }

  /**
   * The values {@code start} with the committed {@code values} set in order, each as the SCO's
   * SetValue would set it; the first the standard refuses refuses the commit.
   */
  static Map<String, String> apply(
      ScormVersion version, Map<String, String> start, Map<String, String> values) {
    if (version.is2004()) {
      Cmi2004 model = new Cmi2004(start);
      for (Map.Entry<String, String> v : values.entrySet()) {
        String error = model.set(v.getKey(), v.getValue());
        if (!Cmi2004.NO_ERROR.equals(error)) {
          throw refused(v.getKey(), error);
        }
      }
      return new LinkedHashMap<>(model.values());
    }
    Cmi12 model = new Cmi12(start);
    for (Map.Entry<String, String> v : values.entrySet()) {
      String error = model.set(v.getKey(), v.getValue());
      if (!Cmi12.NO_ERROR.equals(error)) {
        throw refused(v.getKey(), error);
      }
    }
    return new LinkedHashMap<>(model.values());
  }

  private static ScormLaunches.Refused refused(String element, String error) {
    String shown = element.length() > 80 ? element.substring(0, 80) + "…" : element;
    return new ScormLaunches.Refused(
        400,
        "The package sent a value for "
            + shown
            + " that the SCORM standard does not allow (error "
            + error
            + "); nothing from this save was kept.");
  }

  /**
   * How long the session has lasted: the SCO's own session time when it set one, else the time the
   * page measured; never below 0 nor over {@link #MAX_SESSION_SECONDS}.
   */
  static BigDecimal sessionSeconds(
      ScormVersion version, Map<String, String> values, BigDecimal measured) {
    String reported = values.get(version.is2004() ? "cmi.session_time" : "cmi.core.session_time");
    BigDecimal s = reported == null ? null : seconds(reported);
    if (s == null) {
      s = measured == null ? BigDecimal.ZERO : measured;
    }
    s = s.max(BigDecimal.ZERO).min(MAX_SESSION_SECONDS);
    return s.setScale(2, RoundingMode.HALF_UP);
  }

  /** Seconds in a SCORM 1.2 timespan (0001:02:03.5) or a SCORM 2004 duration (PT1H2M3.5S). */
  static BigDecimal seconds(String time) {
    Matcher t = TIMESPAN.matcher(time);
    if (t.matches()) {
      return BigDecimal.valueOf(Long.parseLong(t.group(1)) * 3600 + Long.parseLong(t.group(2)) * 60)
          .add(new BigDecimal(t.group(3)));
    }
    Matcher d = DURATION.matcher(time);
    if (d.matches() && time.length() > 1) {
      BigDecimal s = BigDecimal.ZERO;
      long[] unit = {365L * 86400, 30L * 86400, 86400, 3600, 60};
      for (int i = 0; i < 5; i++) {
        if (d.group(i + 1) != null) {
          s = s.add(BigDecimal.valueOf(Long.parseLong(d.group(i + 1)) * unit[i]));
        }
      }
      if (d.group(6) != null) {
        s = s.add(new BigDecimal(d.group(6)));
      }
      return s;
    }
    return null;
  }

  /** SCORM 1.2's CMITimespan, HHHH:MM:SS.SS (hours up to 9999). */
  static String timespan(BigDecimal seconds) {
    long cs =
        seconds.multiply(BigDecimal.valueOf(100)).setScale(0, RoundingMode.HALF_UP).longValue();
    long hours = Math.min(9999, cs / 360000);
    return String.format("%04d:%02d:%02d.%02d", hours, cs / 6000 % 60, cs / 100 % 60, cs % 100);
  }

  /** SCORM 2004's timeinterval, PT1H2M3.5S. */
  static String iso8601(BigDecimal seconds) {
    long cs =
        seconds.multiply(BigDecimal.valueOf(100)).setScale(0, RoundingMode.HALF_UP).longValue();
    long h = cs / 360000;
    long m = cs / 6000 % 60;
    BigDecimal s = BigDecimal.valueOf(cs % 6000, 2).stripTrailingZeros();
    return "PT" + h + "H" + m + "M" + s.toPlainString() + "S";
  }

  /** "Surname, Forenames", as SCORM gives a learner's name. */
  static String surnameFirst(String fullName) {
    String n = fullName == null ? "" : fullName.strip().replaceAll("\\s+", " ");
    int space = n.lastIndexOf(' ');
    String name = space < 0 ? n : n.substring(space + 1) + ", " + n.substring(0, space);
    return name.length() > 250 ? name.substring(0, 250) : name;
  }

  static Map<String, String> fromJson(String json) {
    Map<String, String> values = new LinkedHashMap<>();
    if (json == null || json.isBlank()) {
      return values;
    }
    JsonObject o = Json.createReader(new StringReader(json)).readObject();
    for (Map.Entry<String, JsonValue> e : o.entrySet()) {
      if (e.getValue().getValueType() == JsonValue.ValueType.STRING) {
        values.put(e.getKey(), o.getString(e.getKey()));
      }
    }
    return values;
  }

  static String toJson(Map<String, String> values) {
    JsonObjectBuilder b = Json.createObjectBuilder();
    values.forEach(b::add);
    return b.build().toString();
  }
}
