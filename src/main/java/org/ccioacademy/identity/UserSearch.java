package org.ccioacademy.identity;

import org.ccioacademy.platform.kernel.Role;

/** What an administrator is looking for in the user list. */
public record UserSearch(String text, Role role, String sort, boolean ascending) {

  public static UserSearch all() {
    return new UserSearch("", null, "name", true);
  }
}
