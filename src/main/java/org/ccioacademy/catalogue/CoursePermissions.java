package org.ccioacademy.catalogue;

import java.util.Set;
import org.ccioacademy.identity.Role;

/** Who may edit a course: its tutors (who must still hold the tutor role) and administrators. */
public final class CoursePermissions {

  private CoursePermissions() {}

  public static boolean canEdit(Course course, Long userId, Set<Role> roles) {
    if (userId == null || roles == null) {
      return false;
    }
    return roles.contains(Role.ADMIN) || roles.contains(Role.TUTOR) && course.isTutor(userId);
  }
}
