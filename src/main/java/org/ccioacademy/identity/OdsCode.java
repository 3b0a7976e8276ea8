package org.ccioacademy.identity;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Organisation Data Service codes: 1 to 9 letters and digits, for example RTD. */
public final class OdsCode {

  private static final Pattern FORM = Pattern.compile("[A-Z0-9]{1,9}");

  private OdsCode() {}

  public static String normalise(String code) {
    if (code == null) {
      return null;
    }
    String compact = code.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    return compact.isEmpty() ? null : compact;
  }

  public static Optional<String> check(String code) {
    if (code == null) {
      return Optional.of(
          "Enter your employing organisation's ODS code, for example RTD for a trust.");
    }
    if (!FORM.matcher(code).matches()) {
      return Optional.of(
          "\""
              + code
              + "\" is not an ODS code. An ODS code is 1 to 9 letters and digits,"
              + " for example RTD.");
    }
    return Optional.empty();
  }
}
