package org.ccioacademy.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import org.ccioacademy.platform.audit.Actor;
import org.ccioacademy.platform.kernel.Caller;
import org.ccioacademy.platform.kernel.Role;

/** The signed-in person for this request, loaded once; {@code null} account when signed out. */
@Named
@RequestScoped
public class CurrentUser {

  @Inject SecurityContext security;
  @Inject UserAccountRepository accounts;

  private UserAccount account;

  @PostConstruct
  void load() {
    Principal principal = security.getCallerPrincipal();
    if (principal != null) {
      try {
        account = accounts.findWithRoles(Long.parseLong(principal.getName())).orElse(null);
      } catch (NumberFormatException e) {
        account = null;
      }
    }
  }

  public boolean isSignedIn() {
    return account != null;
  }

  /**
   * Whether the signed-in person has this role, from the account already loaded for the request
   * (the layout's menu asks five times a page: the container's check costs a permission lookup each
   * time). A change of roles ends the person's other sessions ({@link SessionGuardFilter}).
   */
  public boolean has(Role role) {
    return account != null && account.hasRole(role);
  }

  public UserAccount getAccount() {
    return account;
  }

  public long id() {
    if (account == null) {
      throw new IllegalStateException("Nobody is signed in");
    }
    return account.getId();
  }

  public Actor actor() {
    return Actor.user(id(), account.getEmail());
  }

  /** Who is asking, with their roles, for the services' permission checks. */
  public Caller caller() {
    return new Caller(id(), account.getEmail(), account.getRoles());
  }
}
