package org.ccioacademy.platform.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.List;
import java.util.OptionalLong;

/**
 * Who is signed in for this request, as the audit log records them, for the platform's own pages
 * (features use identity's CurrentUser): the caller principal is the account id.
 */
@RequestScoped
public class CurrentActor {

  @Inject SecurityContext security;
  @Inject PersonNames names;

  /**
   * @throws IllegalStateException when nobody is signed in
   */
  public Actor actor() {
    long id = userId().orElseThrow(() -> new IllegalStateException("Nobody is signed in"));
    return Actor.user(id, names.names(List.of(id)).getOrDefault(id, "account " + id));
  }

  /** The signed-in person's account id, or empty when nobody is signed in. */
  public OptionalLong userId() {
    Principal p = security.getCallerPrincipal();
    return p == null || !p.getName().matches("\\d{1,18}")
        ? OptionalLong.empty()
        : OptionalLong.of(Long.parseLong(p.getName()));
  }
}
