package org.ccioacademy.identity;

import com.nulabinc.zxcvbn.Feedback;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a password must be: at least 12 characters, at most 128, not one of the commonly used
 * passwords in {@code common-passwords.txt}, not the person's email address, and hard to guess by
 * zxcvbn's estimate (score {@value #MIN_SCORE} of 4 or more: about 10^8 guesses), which knows
 * common passwords, names, English words, keyboard patterns, repeats, sequences, dates and l33t,
 * and is also given the person's email and name and our own words ({@link #PRODUCT_WORDS}), so
 * "ccio-academy-2026" or the README's demo password are refused.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 128;

  /**
   * zxcvbn's score (0 to 4) a password needs: 3 is "safely unguessable" online and offline-slow.
   */
  static final int MIN_SCORE = 3;

  /** Words anyone would try first against this site. */
  static final List<String> PRODUCT_WORDS =
      List.of(
          "ccio",
          "nhs",
          "academy",
          "ccioacademy",
          "demo",
          "ccio-demo-2026",
          "learning",
          "trainee",
          "tutor",
          "reviewer",
          "admin",
          "password");

  private static final Set<String> COMMON = load();
  private static final Zxcvbn ZXCVBN = new Zxcvbn();

  private PasswordPolicy() {}

  public static Optional<String> check(String password, String email) {
    return check(password, email, null);
  }

  /**
   * The first problem with {@code password} for the person with this email and name (either may be
   * null), in plain English, or empty when it will do.
   */
  public static Optional<String> check(String password, String email, String fullName) {
    if (password == null || password.isEmpty()) {
      return Optional.of("Enter a password of at least " + MIN_LENGTH + " characters.");
    }
    if (password.length() < MIN_LENGTH) {
      return Optional.of(
          "Your password has "
              + password.length()
              + " characters; it needs at least "
              + MIN_LENGTH
              + ". A few unrelated words make a long password that is easy to"
              + " remember.");
    }
    if (password.length() > MAX_LENGTH) {
      return Optional.of("Your password can have at most " + MAX_LENGTH + " characters.");
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (COMMON.contains(lower.strip())) {
      return Optional.of(
          "That password is one of the most commonly used, so it is easy to guess. Choose"
              + " another.");
    }
    if (email != null && lower.strip().equals(email.toLowerCase(Locale.ROOT))) {
      return Optional.of("Your password must not be your email address.");
    }
    List<String> personal = personalWords(email, fullName);
    Strength strength = ZXCVBN.measure(password, personal);
    if (strength.getScore() < MIN_SCORE) {
      return Optional.of(explain(strength.getFeedback()));
    }
    // the person's own words and ours add nothing: what is left must be strong on its own
    String rest = lower;
    for (String word : personal) {
      rest = rest.replace(word, "");
    }
    if (!rest.equals(lower) && ZXCVBN.measure(rest).getScore() < MIN_SCORE) {
      return Optional.of(
          "That password would be easy to guess: it is mostly your name, your email address or"
              + " the name of this site. Three or four unrelated words make a strong one.");
    }
    return Optional.empty();
  }

  /** Why a weak password is weak and what to do, from zxcvbn's feedback, in our words. */
  private static String explain(Feedback feedback) {
    StringBuilder m = new StringBuilder("That password would be easy to guess");
    String warning = feedback.getWarning(Locale.ENGLISH);
    if (warning != null && !warning.isBlank()) {
      m.append(": ").append(warning.strip().replaceAll("\\.$", "").toLowerCase(Locale.ROOT));
    }
    m.append(". ");
    List<String> suggestions = feedback.getSuggestions(Locale.ENGLISH);
    if (suggestions != null && !suggestions.isEmpty()) {
      suggestions.forEach(s -> m.append(s.strip()).append(s.strip().endsWith(".") ? " " : ". "));
    }
    m.append("Three or four unrelated words, not about you or this site, make a strong one.");
    return m.toString();
  }

  private static List<String> personalWords(String email, String fullName) {
    List<String> words = new ArrayList<>(PRODUCT_WORDS);
    if (email != null) {
      for (String part : email.toLowerCase(Locale.ROOT).split("[@.+_-]")) {
        if (part.length() >= 3) {
          words.add(part);
        }
      }
      words.add(email.toLowerCase(Locale.ROOT));
    }
    if (fullName != null) {
      for (String part : fullName.toLowerCase(Locale.ROOT).split("[\\s'-]+")) {
        if (part.length() >= 3) {
          words.add(part);
        }
      }
    }
    // longest first, so "ccioacademy" goes before "ccio" when they are taken out
    words.sort(Comparator.comparingInt(String::length).reversed());
    return words;
  }

  private static Set<String> load() {
    Set<String> words = new HashSet<>();
    try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
      if (in == null) {
        throw new IllegalStateException("common-passwords.txt is missing from the build");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        line = line.trim();
        if (!line.isEmpty() && !line.startsWith("#")) {
          words.add(line.toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(words);
  }
}
