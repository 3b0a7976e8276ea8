package org.ccioacademy.catalogue.scorm;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SCORM 2004's run-time data model ({@code cmi.*} and {@code adl.nav.request}, read and written
 * through GetValue and SetValue of {@code API_1484_11}), as the SCORM 2004 Run-Time Environment
 * (3rd and 4th Edition) defines it: access, types (characterstrings with their smallest permitted
 * maximum, reals and their ranges, ISO 8601 times and durations, vocabularies), arrays filled in
 * order, the dependencies between an array member's id and its other values, elements never set
 * (403), and the error code of every refusal; an interaction's responses in its type's format
 * ({@link CmiResponses}).
 */
public final class Cmi2004 {

  public static final String NO_ERROR = "0";
  public static final String GENERAL_ARGUMENT = "201";

  /**
   * General Get Failure: an array member that does not exist, _children of an element without
   * children, _count of one that is not an array.
   */
  public static final String GENERAL_GET = "301";

  /** General Set Failure: an array index past the next free one. */
  public static final String GENERAL_SET = "351";

  public static final String UNDEFINED = "401";
  public static final String NOT_INITIALIZED = "403";
  public static final String READ_ONLY = "404";
  public static final String WRITE_ONLY = "405";
  public static final String TYPE_MISMATCH = "406";
  public static final String OUT_OF_RANGE = "407";
  public static final String DEPENDENCY = "408";

  /** A read's outcome: the value ("" on an error) and the error code. */
  public record Read(String value, String error) {}

  private enum Access {
    READ,
    WRITE,
    READ_WRITE
  }

  /** What a value must be: its form, and for reals the range (either bound may be null). */
  private record Rule(Access access, Pattern form, BigDecimal min, BigDecimal max) {}

  private static final String TIME_TEXT =
      "\\d{4}(-\\d{2}(-\\d{2}(T\\d{2}(:\\d{2}(:\\d{2}(\\.\\d{1,2})?)?)?"
          + "(Z|[+-]\\d{2}(:\\d{2})?)?)?)?)?";
  private static final Pattern TIME = Pattern.compile(TIME_TEXT);
  private static final Pattern INTERVAL =
      Pattern.compile(
          "P(?!$)(\\d+Y)?(\\d+M)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d{1,2})?S)?)?");
  private static final Pattern REAL = Pattern.compile("-?\\d{1,10}(\\.\\d{1,7})?");
  private static final Pattern COMPLETION =
      Pattern.compile("completed|incomplete|not attempted|unknown");
  private static final Pattern SUCCESS = Pattern.compile("passed|failed|unknown");

  private static Pattern upTo(int n) {
    return Pattern.compile("(?s).{0," + n + "}");
  }

  /** A localized string: an optional {lang=xx} delimiter, then up to n characters. */
  private static Pattern localized(int n) {
    return Pattern.compile("(?s)(\\{lang=[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*\\})?.{0," + n + "}");
  }

  private static final Pattern LONG_IDENTIFIER = Pattern.compile("(?s)\\S.{0,3999}");

  private static final Map<String, Rule> ELEMENTS = new LinkedHashMap<>();
  private static final Map<String, String> CHILDREN = new LinkedHashMap<>();
  private static final List<String> ARRAYS =
      List.of(
          "cmi.comments_from_learner",
          "cmi.comments_from_lms",
          "cmi.interactions",
          "cmi.interactions.n.objectives",
          "cmi.interactions.n.correct_responses",
          "cmi.objectives");

  static {
    ro("cmi._version");
    rw("cmi.comments_from_learner.n.comment", localized(4000));
    rw("cmi.comments_from_learner.n.location", upTo(250));
    rw("cmi.comments_from_learner.n.timestamp", TIME);
    ro("cmi.comments_from_lms.n.comment");
    ro("cmi.comments_from_lms.n.location");
    ro("cmi.comments_from_lms.n.timestamp");
    rw("cmi.completion_status", COMPLETION);
    ro("cmi.completion_threshold");
    ro("cmi.credit");
    ro("cmi.entry");
    wo("cmi.exit", Pattern.compile("time-out|suspend|logout|normal|"));
    rw("cmi.interactions.n.id", LONG_IDENTIFIER);
    rw(
        "cmi.interactions.n.type",
        Pattern.compile(
            "true-false|choice|fill-in|long-fill-in|likert|matching|performance|sequencing"
                + "|numeric|other"));
    rw("cmi.interactions.n.objectives.n.id", LONG_IDENTIFIER);
    rw("cmi.interactions.n.timestamp", TIME);
    rw("cmi.interactions.n.correct_responses.n.pattern", upTo(4000));
    real("cmi.interactions.n.weighting", null, null);
    rw("cmi.interactions.n.learner_response", upTo(4000));
    rw(
        "cmi.interactions.n.result",
        Pattern.compile("correct|incorrect|unanticipated|neutral|" + REAL.pattern()));
    rw("cmi.interactions.n.latency", INTERVAL);
    rw("cmi.interactions.n.description", localized(250));
    ro("cmi.launch_data");
    ro("cmi.learner_id");
    ro("cmi.learner_name");
    real("cmi.learner_preference.audio_level", BigDecimal.ZERO, null);
    rw("cmi.learner_preference.language", Pattern.compile("|[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*"));
    real("cmi.learner_preference.delivery_speed", BigDecimal.ZERO, null);
    rw("cmi.learner_preference.audio_captioning", Pattern.compile("-1|0|1"));
    rw("cmi.location", upTo(1000));
    ro("cmi.max_time_allowed");
    ro("cmi.mode");
    rw("cmi.objectives.n.id", LONG_IDENTIFIER);
    real("cmi.objectives.n.score.scaled", BigDecimal.ONE.negate(), BigDecimal.ONE);
    real("cmi.objectives.n.score.raw", null, null);
    real("cmi.objectives.n.score.min", null, null);
    real("cmi.objectives.n.score.max", null, null);
    rw("cmi.objectives.n.success_status", SUCCESS);
    rw("cmi.objectives.n.completion_status", COMPLETION);
    real("cmi.objectives.n.progress_measure", BigDecimal.ZERO, BigDecimal.ONE);
    rw("cmi.objectives.n.description", localized(250));
    real("cmi.progress_measure", BigDecimal.ZERO, BigDecimal.ONE);
    ro("cmi.scaled_passing_score");
    real("cmi.score.scaled", BigDecimal.ONE.negate(), BigDecimal.ONE);
    real("cmi.score.raw", null, null);
    real("cmi.score.min", null, null);
    real("cmi.score.max", null, null);
    wo("cmi.session_time", INTERVAL);
    rw("cmi.success_status", SUCCESS);
    rw("cmi.suspend_data", upTo(64000));
    ro("cmi.time_limit_action");
    ro("cmi.total_time");
    rw(
        "adl.nav.request",
        Pattern.compile(
            "continue|previous|exit|exitAll|abandon|abandonAll|suspendAll|_none_"
                + "|\\{target=[^}]+\\}(choice|jump)"));
    CHILDREN.put("cmi.comments_from_learner", "comment,location,timestamp");
    CHILDREN.put("cmi.comments_from_lms", "comment,location,timestamp");
    CHILDREN.put(
        "cmi.interactions",
        "id,type,objectives,timestamp,correct_responses,weighting,learner_response,result,"
            + "latency,description");
    CHILDREN.put("cmi.learner_preference", "audio_level,language,delivery_speed,audio_captioning");
    CHILDREN.put(
        "cmi.objectives", "id,score,success_status,completion_status,progress_measure,description");
    CHILDREN.put("cmi.objectives.n.score", "scaled,raw,min,max");
    CHILDREN.put("cmi.score", "scaled,raw,min,max");
  }

  private static void ro(String e) {
    ELEMENTS.put(e, new Rule(Access.READ, null, null, null));
  }

  private static void rw(String e, Pattern form) {
    ELEMENTS.put(e, new Rule(Access.READ_WRITE, form, null, null));
  }

  private static void wo(String e, Pattern form) {
    ELEMENTS.put(e, new Rule(Access.WRITE, form, null, null));
  }

  private static void real(String e, BigDecimal min, BigDecimal max) {
    ELEMENTS.put(e, new Rule(Access.READ_WRITE, REAL, min, max));
  }

  /** The values every new attempt starts with. */
  private static final Map<String, String> DEFAULTS =
      new LinkedHashMap<>(
          Map.ofEntries(
              Map.entry("cmi._version", "1.0"),
              Map.entry("cmi.completion_status", "unknown"),
              Map.entry("cmi.success_status", "unknown"),
              Map.entry("cmi.credit", "credit"),
              Map.entry("cmi.entry", "ab-initio"),
              Map.entry("cmi.mode", "normal"),
              Map.entry("cmi.total_time", "PT0S"),
              Map.entry("adl.nav.request", "_none_")));

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
                    rule.form() == null ? null : rule.form().pattern().replace("(?s)", ""),
                    rule.min(),
                    rule.max())));
    return new CmiRules(
        "2004",
        Map.copyOf(elements),
        Map.copyOf(CHILDREN),
        ARRAYS,
        Map.ofEntries(
            Map.entry("empty", GENERAL_ARGUMENT),
            Map.entry("noChildren", GENERAL_GET),
            Map.entry("noCount", GENERAL_GET),
            Map.entry("unknown", UNDEFINED),
            Map.entry("writeOnly", WRITE_ONLY),
            Map.entry("readOnly", READ_ONLY),
            Map.entry("keyword", READ_ONLY),
            Map.entry("badIndexSet", GENERAL_SET),
            Map.entry("badIndexGet", GENERAL_GET),
            Map.entry("notSet", NOT_INITIALIZED),
            Map.entry("dependency", DEPENDENCY),
            Map.entry("type", TYPE_MISMATCH),
            Map.entry("range", OUT_OF_RANGE)),
        Map.copyOf(DEFAULTS),
        CmiResponses.forms());
  }

  private final Map<String, String> values = new LinkedHashMap<>();

  /**
   * A data model for one attempt, with what the LMS gives the SCO in {@code initial} (learner id
   * and name, credit, entry, mode, launch data, completion threshold, scaled passing score, total
   * time...) and whatever was stored from earlier sessions.
   */
  public Cmi2004(Map<String, String> initial) {
    values.putAll(DEFAULTS);
    values.putAll(initial);
  }

  public Map<String, String> values() {
    return Map.copyOf(values);
  }

  /** GetValue. */
  public Read get(String element) {
    if (element == null || element.isEmpty()) {
      return new Read("", GENERAL_ARGUMENT);
    }
    if (element.endsWith("._children")) {
      String children =
          CHILDREN.get(CmiArrays.generic(element.substring(0, element.length() - 10)));
      // an element without children, as one that is not an array below: General Get Failure
      return children == null ? new Read("", GENERAL_GET) : new Read(children, NO_ERROR);
    }
    if (element.endsWith("._count")) {
      String array = element.substring(0, element.length() - 7);
      return ARRAYS.contains(CmiArrays.generic(array))
          ? new Read(Integer.toString(CmiArrays.count(values.keySet(), array)), NO_ERROR)
          : new Read("", GENERAL_GET);
    }
    Rule rule = ELEMENTS.get(CmiArrays.generic(element));
    if (rule == null) {
      return new Read("", UNDEFINED);
    }
    if (rule.access() == Access.WRITE) {
      return new Read("", WRITE_ONLY);
    }
    if (!CmiArrays.indexesOk(values.keySet(), element, true)) {
      // a member past the end of its array is not there to read
      return new Read("", GENERAL_GET);
    }
    String v = values.get(element);
    return v == null ? new Read("", NOT_INITIALIZED) : new Read(v, NO_ERROR);
  }

  /** SetValue: the error code ("0" when stored). */
  public String set(String element, String value) {
    if (element == null || element.isEmpty() || value == null) {
      return GENERAL_ARGUMENT;
    }
    if (element.endsWith("._children")
        || element.endsWith("._count")
        || element.equals("cmi._version")) {
      return READ_ONLY;
    }
    Rule rule = ELEMENTS.get(CmiArrays.generic(element));
    if (rule == null) {
      return UNDEFINED;
    }
    if (rule.access() == Access.READ) {
      return READ_ONLY;
    }
    if (!CmiArrays.indexesOk(values.keySet(), element, false)) {
      return GENERAL_SET;
    }
    String dependency = dependency(element);
    if (dependency != null && !values.containsKey(dependency)) {
      return DEPENDENCY;
    }
    if (!rule.form().matcher(value).matches()) {
      return TYPE_MISMATCH;
    }
    if (rule.form() == REAL && !inRange(value, rule)) {
      return OUT_OF_RANGE;
    }
    if (!CmiResponses.valid(element, value, values)) {
      return TYPE_MISMATCH;
    }
    values.put(element, value);
    return NO_ERROR;
  }

  private static boolean inRange(String value, Rule rule) {
    BigDecimal v = new BigDecimal(value);
    return (rule.min() == null || v.compareTo(rule.min()) >= 0)
        && (rule.max() == null || v.compareTo(rule.max()) <= 0);
  }

  /**
   * An array member's id must be set before its other values (408), and an interaction's type
   * before its responses.
   */
  private static String dependency(String element) {
    Matcher m =
        Pattern.compile("^(cmi\\.(?:objectives|interactions)\\.\\d+)\\.(.+)$").matcher(element);
    if (!m.matches() || m.group(2).equals("id")) {
      return null;
    }
    String rest = m.group(2);
    if (rest.startsWith("correct_responses.") || rest.equals("learner_response")) {
      return m.group(1) + ".type";
    }
    return m.group(1) + ".id";
  }
}
