package org.ccioacademy.identity;

import java.util.Optional;

/** Full names as people write them: any script, 1 to 200 characters, no control characters. */
public final class Names {

  private Names() {}

  public static String normalise(String name) {
    return name == null ? null : name.strip().replaceAll("\\s+", " ");
  }

  public static Optional<String> checkFullName(String name) {
    String n = normalise(name);
    if (n == null || n.isEmpty()) {
      return Optional.of("Enter your full name as it appears on your professional register.");
    }
    if (n.length() > 200) {
      return Optional.of("A full name can have at most 200 characters.");
    }
    if (n.chars().anyMatch(Character::isISOControl)) {
      return Optional.of("A full name cannot contain control characters.");
    }
    return Optional.empty();
  }
}
