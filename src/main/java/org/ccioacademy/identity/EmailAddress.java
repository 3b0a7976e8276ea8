package org.ccioacademy.identity;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Email addresses are compared without regard to case, so they are stored in lower case. */
public final class EmailAddress {

  private static final Pattern FORM =
      Pattern.compile(
          "[^\\s@]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

  private EmailAddress() {}

  public static String normalise(String email) {
    return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
  }

  /** The message to show when {@code email} (normalised) is missing or not an email address. */
  public static Optional<String> check(String email) {
    if (email == null || email.isEmpty()) {
      return Optional.of("Enter your email address.");
    }
    if (email.length() > 254 || !FORM.matcher(email).matches()) {
      return Optional.of("Enter an email address in the form name@example.nhs.uk.");
    }
    return Optional.empty();
  }

  /** The domain of an address (after its last {@code @}), in lower case; null if there is none. */
  public static String domain(String email) {
    if (email == null) {
      return null;
    }
    int at = email.lastIndexOf('@');
    return at < 0 || at == email.length() - 1
        ? null
        : email.substring(at + 1).strip().toLowerCase(Locale.ROOT);
  }
}
