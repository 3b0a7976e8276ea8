package org.ccioacademy.catalogue.scorm;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SCORM 2004's formats of an interaction's learner response and correct response patterns, by the
 * interaction's type (RTE 4.2.9): true-false, choice, fill-in, long-fill-in, likert, matching,
 * performance, sequencing, numeric and other, with their delimiters ({@code [,]}, {@code [.]},
 * {@code [:]}), their counts, and the {@code case_matters} and {@code order_matters} delimiters of
 * patterns. The same expressions run in the browser's API (as data). Not checked: that a choice's
 * identifiers are all different.
 *
 * <p>SCORM 1.2's student responses are kept as the CMIFeedback they are declared as (255
 * characters): packages commonly write them as text, which the 1.2 formats would refuse.
 */
public final class CmiResponses {

  private static final String ID = "[^\\s\\[\\]]{1,250}";
  private static final String LANG = "(?:\\{lang=[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*\\})?";
  private static final String LOCALIZED = LANG + "(?:(?!\\[,\\]).){0,250}";
  private static final String REAL = "-?\\d{1,10}(?:\\.\\d{1,7})?";
  private static final String BOOL = "(?:true|false)";
  private static final String CASE = "(?:\\{case_matters=" + BOOL + "\\})?";
  private static final String ORDER = "(?:\\{order_matters=" + BOOL + "\\})?";
  private static final String STEP = "(?:" + ID + ")?\\[\\.\\](?:(?!\\[,\\]).){0,250}";

  /** By type: the learner response's expression, then a correct response pattern's. */
  private static final Map<String, List<String>> FORMS = new LinkedHashMap<>();

  static {
    form("true-false", BOOL, BOOL);
    String choices = "(?:" + ID + "(?:\\[,\\]" + ID + "){0,35})?";
    form("choice", choices, choices);
    String blanks = LOCALIZED + "(?:\\[,\\]" + LOCALIZED + "){0,9}";
    form("fill-in", blanks, "(?:" + CASE + ORDER + "|" + ORDER + CASE + ")" + blanks);
    form("long-fill-in", LANG + ".{0,4000}", CASE + LANG + ".{0,4000}");
    form("likert", ID, ID);
    String pairs =
        "(?:" + ID + "\\[\\.\\]" + ID + "(?:\\[,\\]" + ID + "\\[\\.\\]" + ID + "){0,35})?";
    form("matching", pairs, pairs);
    String steps = STEP + "(?:\\[,\\]" + STEP + "){0,124}";
    form("performance", steps, ORDER + steps);
    form("sequencing", ID + "(?:\\[,\\]" + ID + "){0,35}", ID + "(?:\\[,\\]" + ID + "){0,35}");
    form("numeric", REAL, "(?:" + REAL + ")?\\[:\\](?:" + REAL + ")?|" + REAL);
    form("other", ".{0,4000}", ".{0,4000}");
  }

  private static void form(String type, String response, String pattern) {
    FORMS.put(type, List.of(response, pattern));
  }

  private static final Map<String, Pattern[]> COMPILED = new LinkedHashMap<>();

  static {
    FORMS.forEach(
        (type, f) ->
            COMPILED.put(
                type,
                new Pattern[] {
                  Pattern.compile(f.get(0), Pattern.DOTALL),
                  Pattern.compile(f.get(1), Pattern.DOTALL)
                }));
  }

  private static final Pattern RESPONSE =
      Pattern.compile(
          "^(cmi\\.interactions\\.\\d+)\\.(learner_response|correct_responses\\.\\d+\\.pattern)$");

  private CmiResponses() {}

  /** The expressions by type (learner response, correct response pattern), for the browser. */
  public static Map<String, List<String>> forms() {
    return Map.copyOf(FORMS);
  }

  /**
   * Whether {@code value} may be set as {@code element} given the data model's {@code values}: true
   * for anything but a response of an interaction whose type is known, which must have its type's
   * form.
   */
  static boolean valid(String element, String value, Map<String, String> values) {
    Matcher m = RESPONSE.matcher(element);
    if (!m.matches()) {
      return true;
    }
    Pattern[] forms = COMPILED.get(values.get(m.group(1) + ".type"));
    if (forms == null) {
      return true;
    }
    return forms[m.group(2).equals("learner_response") ? 0 : 1].matcher(value).matches();
  }
}
