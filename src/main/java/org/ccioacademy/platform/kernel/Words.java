package org.ccioacademy.platform.kernel;

import java.util.Locale;
import java.util.regex.Pattern;

/** Small pieces of English that sentences built from data need: "a" or "an", one or many. */
public final class Words {

  /** Abbreviations read letter by letter whose first letter's name starts with a vowel sound. */
  private static final String VOWEL_LETTERS = "AEFHILMNORSX";

  /** Words that start with a vowel letter but a consonant sound ("a user", "a one-day course"). */
  private static final Pattern CONSONANT_SOUND =
      Pattern.compile("^(uni|use|usu|uti|ure|uro|eu|one|once)", Pattern.CASE_INSENSITIVE);

  /** Words that start with a silent h ("an hour"). */
  private static final Pattern SILENT_H =
      Pattern.compile("^(hour|honest|honour|heir)", Pattern.CASE_INSENSITIVE);

  private Words() {}

  /** The phrase with "a" or "an" before it, as it is said: "an orthoptist", "a PDF", "an HCPC". */
  public static String withArticle(String phrase) {
    return article(phrase) + " " + phrase;
  }

  /** "a" or "an", whichever goes before {@code phrase}. */
  public static String article(String phrase) {
    String word = phrase.strip().split("[\\s-]", 2)[0];
    if (word.isEmpty()) {
      return "a";
    }
    if (word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT))) {
      return VOWEL_LETTERS.indexOf(word.charAt(0)) >= 0 ? "an" : "a";
    }
    if (SILENT_H.matcher(word).find()) {
      return "an";
    }
    if (CONSONANT_SOUND.matcher(word).find()) {
      return "a";
    }
    return "aeiou".indexOf(Character.toLowerCase(word.charAt(0))) >= 0 ? "an" : "a";
  }

  /** "1 line", "3 lines": the count and the noun, plural unless there is exactly one. */
  public static String count(long n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }
}
