package org.ccioacademy.platform.kernel;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.ccioacademy.platform.audit.Actor;

/**
 * Who is asking: the signed-in person's id, a readable label for the audit log, and the roles they
 * hold. Services take one of these instead of an id and a role set side by side, and permission
 * rules on the entities ({@code event.mayBeOrganisedBy(caller)}) read it.
 */
public record Caller(Long userId, String label, Set<Role> roles) {

  /**
   * The application itself (demo data, scheduled work), acting as an administrator: no account (a
   * null id, as {@link Actor#SYSTEM}), so nothing it makes is recorded as made by someone.
   */
  public static final Caller SYSTEM = new Caller(null, Actor.SYSTEM.label(), Set.of(Role.ADMIN));

  public Caller {
    roles =
        roles == null || roles.isEmpty()
            ? Collections.unmodifiableSet(EnumSet.noneOf(Role.class))
            : Collections.unmodifiableSet(EnumSet.copyOf(roles));
  }

  public static Caller of(long userId, String label, Role... roles) {
    return new Caller(userId, label, roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles));
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  public boolean isAdmin() {
    return roles.contains(Role.ADMIN);
  }

  /** Is this the person with the given id? */
  public boolean is(Long someoneId) {
    return someoneId != null && someoneId.equals(userId);
  }

  /** The caller as the audit log records them. */
  public Actor actor() {
    return userId == null ? Actor.SYSTEM : Actor.user(userId, label);
  }
}
