package org.ccioacademy.identity;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ccioacademy.platform.kernel.Words;

/**
 * Professional regulators and the form of their registration numbers (DOMAIN.md, "Professional
 * registration numbers"). Each check returns the plain-English message to show, or nothing when the
 * number is in the right form.
 */
public enum Regulator {
  GMC("General Medical Council (GMC)", "GMC reference number"),
  NMC("Nursing and Midwifery Council (NMC)", "NMC PIN"),
  HCPC("Health and Care Professions Council (HCPC)", "HCPC registration number"),
  GOSC("General Osteopathic Council (GOsC)", "GOsC registration number"),
  GPHC("General Pharmaceutical Council (GPhC)", "GPhC registration number"),
  NONE("No professional regulator", "registration number");

  private static final Pattern GMC_FORM = Pattern.compile("\\d{7}");
  private static final Pattern NMC_FORM = Pattern.compile("\\d{2}[A-Z]\\d{4}[A-Z]");
  private static final Pattern HCPC_FORM =
      Pattern.compile("(AS|BS|CH|CS|DT|HAD|ODP|OR|OT|PA|PH|PO|PYL|RA|SL)(\\d{1,6})");
  private static final Pattern ALPHANUMERIC = Pattern.compile("[A-Z0-9]{1,20}");

  private final String label;
  private final String numberName;

  Regulator(String label, String numberName) {
    this.label = label;
    this.numberName = numberName;
  }

  public String getLabel() {
    return label;
  }

  public String numberName() {
    return numberName;
  }

  /** Whether people registered with this regulator have a number to give. */
  public boolean issuesNumbers() {
    return this != NONE;
  }

  /**
   * Normalises a number as typed: surrounding and inner spaces removed, letters upper case. Returns
   * {@code null} for a blank value.
   */
  public static String normalise(String number) {
    if (number == null) {
      return null;
    }
    String compact = number.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    return compact.isEmpty() ? null : compact;
  }

  /**
   * Checks a normalised registration number for a member of {@code profession}.
   *
   * @return the message to show when the number is missing or in the wrong form
   */
  public Optional<String> check(Profession profession, String number) {
    if (this == NONE) {
      return Optional.empty();
    }
    if (number == null) {
      return Optional.of("Enter your " + numberName + ". " + formHint(profession));
    }
    boolean valid =
        switch (this) {
          case GMC -> GMC_FORM.matcher(number).matches();
          case NMC -> NMC_FORM.matcher(number).matches();
          case HCPC -> {
            var m = HCPC_FORM.matcher(number);
            yield m.matches() && m.group(1).equals(profession.hcpcPrefix());
          }
          case GOSC, GPHC -> ALPHANUMERIC.matcher(number).matches();
          case NONE -> true;
        };
    if (valid) {
      return Optional.empty();
    }
    if (this == HCPC) {
      var m = HCPC_FORM.matcher(number);
      if (m.matches() && !m.group(1).equals(profession.hcpcPrefix())) {
        return Optional.of(
            "\"" + number + "\" is an HCPC number for another profession. " + formHint(profession));
      }
    }
    return Optional.of(
        "\"" + number + "\" is not a valid " + numberName + ". " + formHint(profession));
  }

  /**
   * The form {@link #check} accepts for a member of {@code profession}, as a regular expression
   * that Java and PostgreSQL ({@code ~}) read alike, anchored; null when no number is needed.
   */
  public String formRegex(Profession profession) {
    return switch (this) {
      case GMC -> "^" + GMC_FORM.pattern() + "$";
      case NMC -> "^" + NMC_FORM.pattern() + "$";
      case HCPC -> "^" + profession.hcpcPrefix() + "\\d{1,6}$";
      case GOSC, GPHC -> "^" + ALPHANUMERIC.pattern() + "$";
      case NONE -> null;
    };
  }

  /** Describes the right form of the number, with an example. */
  public String formHint(Profession profession) {
    return switch (this) {
      case GMC -> "A GMC reference number is 7 digits, for example 1234567.";
      case NMC -> "An NMC PIN is 2 digits, a letter, 4 digits and a letter, for example 01A2345N.";
      case HCPC ->
          "An HCPC registration number for "
              + Words.withArticle(profession.getLabel().toLowerCase(Locale.ROOT))
              + " is "
              + profession.hcpcPrefix()
              + " followed by up to 6 digits, for example "
              + profession.hcpcPrefix()
              + "123456.";
      case GOSC -> "A GOsC registration number is letters and digits only, for example 1234.";
      case GPHC -> "A GPhC registration number is letters and digits only, for example 2012345.";
      case NONE -> "";
    };
  }
}
