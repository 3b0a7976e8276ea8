package org.ccioacademy.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a password must be: at least 12 characters, at most 128, not one of the commonly used
 * passwords in {@code common-passwords.txt}, and not the person's email address.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 128;
  private static final Set<String> COMMON = load();

  private PasswordPolicy() {}

  public static Optional<String> check(String password, String email) {
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
    if (COMMON.contains(lower)) {
      return Optional.of(
          "That password is one of the most commonly used, so it is easy to guess. Choose"
              + " another.");
    }
    if (email != null && lower.equals(email.toLowerCase(Locale.ROOT))) {
      return Optional.of("Your password must not be your email address.");
    }
    return Optional.empty();
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
