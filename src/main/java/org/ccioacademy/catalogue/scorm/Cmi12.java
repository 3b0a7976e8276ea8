package org.ccioacademy.catalogue.scorm;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * SCORM 1.2's run-time data model (the {@code cmi.*} elements a SCO reads and writes through
 * LMSGetValue and LMSSetValue), as the SCORM 1.2 Run-Time Environment defines it: which elements
 * exist, which may be read or written, each value's type and vocabulary, the arrays (objectives,
 * interactions) filled in order, and the error code of every refusal. The same rules run in the
 * browser (the API object) and on the server, where every committed value is checked again before
 * it is stored.
 */
public final class Cmi12 {

  /** The error codes of SCORM 1.2 (LMSGetLastError). */
  public static final String NO_ERROR = "0";

  public static final String GENERAL = "101";
  public static final String INVALID_ARGUMENT = "201";
  public static final String NO_CHILDREN = "202";
  public static final String NO_COUNT = "203";
  public static final String NOT_INITIALIZED = "301";
  public static final String NOT_IMPLEMENTED = "401";
  public static final String KEYWORD = "402";
  public static final String READ_ONLY = "403";
  public static final String WRITE_ONLY = "404";
  public static final String WRONG_TYPE = "405";

  /** A read's outcome: the value ("" on an error) and the error code. */
  public record Read(String value, String error) {}

  private enum Access {
    READ,
    WRITE,
    READ_WRITE
  }

  private record Rule(Access access, Pattern valid) {}

  private static final Pattern STRING_255 = Pattern.compile("(?s).{0,255}");
  private static final Pattern STRING_4096 = Pattern.compile("(?s).{0,4096}");
  private static final Pattern IDENTIFIER = Pattern.compile("[\\x21-\\x7e]{1,255}");
  private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final Pattern SCORE =
      Pattern.compile("|(100(\\.0+)?|\\d{1,2}(\\.\\d+)?)"); // blank, or 0 to 100
  private static final Pattern TIMESPAN = Pattern.compile("\\d{2,4}:\\d{2}:\\d{2}(\\.\\d{1,2})?");
  private static final Pattern TIME = Pattern.compile("\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,2})?");
  private static final Pattern STATUS =
      Pattern.compile("passed|completed|failed|incomplete|browsed|not attempted");
  private static final Pattern SCO_STATUS =
      Pattern.compile("passed|completed|failed|incomplete|browsed");

  private static final Map<String, Rule> ELEMENTS = new LinkedHashMap<>();
  private static final Map<String, String> CHILDREN = new LinkedHashMap<>();

  static {
    ro("cmi._version");
    ro("cmi.core.student_id");
    ro("cmi.core.student_name");
    rw("cmi.core.lesson_location", STRING_255);
    ro("cmi.core.credit");
    rw("cmi.core.lesson_status", SCO_STATUS);
    ro("cmi.core.entry");
    rw("cmi.core.score.raw", SCORE);
    rw("cmi.core.score.max", SCORE);
    rw("cmi.core.score.min", SCORE);
    ro("cmi.core.total_time");
    ro("cmi.core.lesson_mode");
    wo("cmi.core.exit", Pattern.compile("|time-out|suspend|logout"));
    wo("cmi.core.session_time", TIMESPAN);
    rw("cmi.suspend_data", STRING_4096);
    ro("cmi.launch_data");
    rw("cmi.comments", STRING_4096);
    ro("cmi.comments_from_lms");
    rw("cmi.objectives.n.id", IDENTIFIER);
    rw("cmi.objectives.n.score.raw", SCORE);
    rw("cmi.objectives.n.score.max", SCORE);
    rw("cmi.objectives.n.score.min", SCORE);
    rw("cmi.objectives.n.status", STATUS);
    ro("cmi.student_data.mastery_score");
    ro("cmi.student_data.max_time_allowed");
    ro("cmi.student_data.time_limit_action");
    rw("cmi.student_preference.audio", Pattern.compile("-1|100|\\d{1,2}"));
    rw("cmi.student_preference.language", STRING_255);
    rw("cmi.student_preference.speed", Pattern.compile("-?(100|\\d{1,2})"));
    rw("cmi.student_preference.text", Pattern.compile("-1|0|1"));
    wo("cmi.interactions.n.id", IDENTIFIER);
    wo("cmi.interactions.n.objectives.n.id", IDENTIFIER);
    wo("cmi.interactions.n.time", TIME);
    wo(
        "cmi.interactions.n.type",
        Pattern.compile(
            "true-false|choice|fill-in|matching|performance|sequencing|likert|numeric"));
    wo("cmi.interactions.n.correct_responses.n.pattern", STRING_255);
    wo("cmi.interactions.n.weighting", DECIMAL);
    wo("cmi.interactions.n.student_response", STRING_255);
    wo(
        "cmi.interactions.n.result",
        Pattern.compile("correct|wrong|unanticipated|neutral|-?\\d+(\\.\\d+)?"));
    wo("cmi.interactions.n.latency", TIMESPAN);
    CHILDREN.put(
        "cmi.core",
        "student_id,student_name,lesson_location,credit,lesson_status,entry,score,total_time,"
            + "lesson_mode,exit,session_time");
    CHILDREN.put("cmi.core.score", "raw,min,max");
    CHILDREN.put("cmi.objectives", "id,score,status");
    CHILDREN.put("cmi.objectives.n.score", "raw,min,max");
    CHILDREN.put("cmi.student_data", "mastery_score,max_time_allowed,time_limit_action");
    CHILDREN.put("cmi.student_preference", "audio,language,speed,text");
    CHILDREN.put(
        "cmi.interactions",
        "id,objectives,time,type,correct_responses,weighting,student_response,result,latency");
  }

  private static void ro(String element) {
    ELEMENTS.put(element, new Rule(Access.READ, null));
  }

  private static void rw(String element, Pattern valid) {
    ELEMENTS.put(element, new Rule(Access.READ_WRITE, valid));
  }

  private static void wo(String element, Pattern valid) {
    ELEMENTS.put(element, new Rule(Access.WRITE, valid));
  }

  private static final List<String> ARRAYS =
      List.of(
          "cmi.objectives",
          "cmi.interactions",
          "cmi.interactions.n.objectives",
          "cmi.interactions.n.correct_responses");

  /** The values every new attempt starts with. */
  private static final Map<String, String> DEFAULTS =
      new LinkedHashMap<>(
          Map.ofEntries(
              Map.entry("cmi._version", "3.4"),
              Map.entry("cmi.core.lesson_status", "not attempted"),
              Map.entry("cmi.core.entry", "ab-initio"),
              Map.entry("cmi.core.credit", "credit"),
              Map.entry("cmi.core.lesson_mode", "normal"),
              Map.entry("cmi.core.total_time", "0000:00:00.00")));

  /** These rules as data, for the run-time API in the browser. */
  public static CmiRules rules() {
    Map<String, CmiRules.Element> elements = new LinkedHashMap<>();
    ELEMENTS.forEach(
        (name, rule) ->
            elements.put(
                name,
                new CmiRules.Element(
                    switch (rule.access()) {
                      case READ -> "r";
                      case WRITE -> "w";
                      case READ_WRITE -> "rw";
                    },
                    rule.valid() == null ? null : rule.valid().pattern().replace("(?s)", ""),
                    null,
                    null)));
    return new CmiRules(
        "1.2",
        Map.copyOf(elements),
        Map.copyOf(CHILDREN),
        ARRAYS,
        Map.ofEntries(
            Map.entry("empty", INVALID_ARGUMENT),
            Map.entry("noChildren", NO_CHILDREN),
            Map.entry("noCount", NO_COUNT),
            Map.entry("unknown", INVALID_ARGUMENT),
            Map.entry("writeOnly", WRITE_ONLY),
            Map.entry("readOnly", READ_ONLY),
            Map.entry("keyword", KEYWORD),
            Map.entry("badIndexSet", INVALID_ARGUMENT),
            Map.entry("type", WRONG_TYPE)),
        Map.copyOf(DEFAULTS),
        Map.of());
  }

  private final Map<String, String> values = new LinkedHashMap<>();

  /**
   * A data model for one attempt, with what the LMS gives the SCO: {@code initial} holds the
   * read-only elements' values (student id and name, credit, entry, total time, lesson mode, launch
   * data, mastery score...) and whatever was stored from earlier sessions.
   */
  public Cmi12(Map<String, String> initial) {
    values.putAll(DEFAULTS);
    values.putAll(initial);
  }

  /** What the model holds now, by element (arrays with their indexes). */
  public Map<String, String> values() {
    return Map.copyOf(values);
  }

  /** LMSGetValue. */
  public Read get(String element) {
    if (element == null || element.isEmpty()) {
      return new Read("", INVALID_ARGUMENT);
    }
    if (element.endsWith("._children")) {
      String parent =
          CmiArrays.generic(element.substring(0, element.length() - "._children".length()));
      String children = CHILDREN.get(parent);
      return children == null ? new Read("", NO_CHILDREN) : new Read(children, NO_ERROR);
    }
    if (element.endsWith("._count")) {
      String array = element.substring(0, element.length() - "._count".length());
      if (!ARRAYS.contains(CmiArrays.generic(array))) {
        return new Read("", NO_COUNT);
      }
      return new Read(Integer.toString(CmiArrays.count(values.keySet(), array)), NO_ERROR);
    }
    Rule rule = ELEMENTS.get(CmiArrays.generic(element));
    if (rule == null) {
      return new Read("", INVALID_ARGUMENT);
    }
    if (rule.access() == Access.WRITE) {
      return new Read("", WRITE_ONLY);
    }
    return new Read(values.getOrDefault(element, ""), NO_ERROR);
  }

  /** LMSSetValue: the error code ("0" when stored). */
  public String set(String element, String value) {
    if (element == null || element.isEmpty() || value == null) {
      return INVALID_ARGUMENT;
    }
    if (element.endsWith("._children")
        || element.endsWith("._count")
        || element.equals("cmi._version")) {
      return KEYWORD;
    }
    Rule rule = ELEMENTS.get(CmiArrays.generic(element));
    if (rule == null) {
      return INVALID_ARGUMENT;
    }
    if (rule.access() == Access.READ) {
      return READ_ONLY;
    }
    if (!CmiArrays.indexesOk(values.keySet(), element, false)) {
      return INVALID_ARGUMENT;
    }
    if (!rule.valid().matcher(value).matches()) {
      return WRONG_TYPE;
    }
    values.put(element, value);
    return NO_ERROR;
  }
}
