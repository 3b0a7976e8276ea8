package org.ccioacademy.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.ccioacademy.platform.kernel.Caller;
import org.ccioacademy.platform.kernel.Role;
import org.junit.jupiter.api.Test;

class CourseTest {

  @Test
  void itsTutorsWhileTheyAreTutorsAndAdminsMayEditItNobodyElse() {
    Course course = new Course("CI101");
    course.addTutor(1L);
    assertThat(course.mayBeEditedBy(Caller.of(1, "its tutor", Role.TUTOR))).isTrue();
    assertThat(course.mayBeEditedBy(Caller.of(1, "its tutor, role taken away", Role.TRAINEE)))
        .isFalse();
    assertThat(course.mayBeEditedBy(Caller.of(2, "another tutor", Role.TUTOR))).isFalse();
    assertThat(course.mayBeEditedBy(Caller.of(3, "admin", Role.ADMIN))).isTrue();
    assertThat(course.mayBeEditedBy(Caller.of(4, "reviewer", Role.REVIEWER))).isFalse();
    assertThat(course.mayBeEditedBy(null)).isFalse();
  }
}
