package org.ccioacademy.platform.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.ccioacademy.platform.audit.Actor;
import org.junit.jupiter.api.Test;

class CallerTest {

  @Test
  void holdsItsRolesAndCannotBeChangedAfterwards() {
    EnumSet<Role> roles = EnumSet.of(Role.TUTOR);
    Caller c = new Caller(7L, "t@nhs.net", roles);
    roles.add(Role.ADMIN);
    assertThat(c.has(Role.TUTOR)).isTrue();
    assertThat(c.isAdmin()).isFalse();
    assertThatThrownBy(() -> c.roles().add(Role.ADMIN))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(new Caller(8L, "x", null).roles()).isEmpty();
    assertThat(Caller.of(9, "y").roles()).isEmpty();
    assertThat(Caller.of(9, "y", Role.ADMIN, Role.REVIEWER).roles())
        .isEqualTo(Set.of(Role.ADMIN, Role.REVIEWER));
  }

  @Test
  void isSomeoneByIdAndIsAuditedAsThemselves() {
    Caller c = Caller.of(7, "t@nhs.net", Role.TUTOR);
    assertThat(c.is(7L)).isTrue();
    assertThat(c.is(8L)).isFalse();
    assertThat(c.is(null)).isFalse();
    assertThat(c.actor()).isEqualTo(Actor.user(7, "t@nhs.net"));
    assertThat(Caller.SYSTEM.actor()).isEqualTo(Actor.SYSTEM);
    assertThat(Caller.SYSTEM.isAdmin()).isTrue();
    assertThat(Caller.SYSTEM.userId()).as("the system is no account").isNull();
    assertThat(Caller.SYSTEM.is(null)).isFalse();
  }
}
