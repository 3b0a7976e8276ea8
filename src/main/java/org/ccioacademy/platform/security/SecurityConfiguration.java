package org.ccioacademy.platform.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Security for the whole application. Sign-in is {@link SessionSignInMechanism}: our Faces sign-in
 * page, a request for a protected page while signed out redirected to it ({@link FormSignIn}). The
 * roles are those of {@code platform.kernel.Role}; pages are protected by URL in web.xml, the API
 * by {@code @RolesAllowed}.
 */
@DeclareRoles({"TRAINEE", "TUTOR", "REVIEWER", "ADMIN"})
@ApplicationScoped
public class SecurityConfiguration {

  /** Dependent scope: the hasher is immutable and cheap to make. */
  @Produces
  PasswordHasher passwordHasher(
      @ConfigProperty(name = "ccio.password.iterations", defaultValue = "210000") int iterations) {
    return new PasswordHasher(iterations);
  }
}
