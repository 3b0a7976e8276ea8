package org.ccioacademy.platform.audit;

/** Who made a change: a signed-in person (id and a readable label) or the system itself. */
public record Actor(Long userId, String label) {

  public static final Actor SYSTEM = new Actor(null, "system");

  public static Actor user(long userId, String label) {
    return new Actor(userId, label);
  }
}
