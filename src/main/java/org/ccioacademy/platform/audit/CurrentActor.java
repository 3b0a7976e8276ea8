package org.ccioacademy.platform.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.List;

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
    Principal p = security.getCallerPrincipal();
    if (p == null || !p.getName().matches("\\d{1,18}")) {
      throw new IllegalStateException("Nobody is signed in");
    }
    long id = Long.parseLong(p.getName());
    return Actor.user(id, names.names(List.of(id)).getOrDefault(id, "account " + id));
  }
}
