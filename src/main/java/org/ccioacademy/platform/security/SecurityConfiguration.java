package org.ccioacademy.platform.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sign-in for the whole application: Jakarta Security's custom form mechanism with our Faces
 * sign-in page. A request for a protected page while signed out is redirected to the sign-in page
 * and continues to the page asked for afterwards. The roles are those of {@code identity.Role};
 * pages are protected by URL in web.xml, the API by {@code @RolesAllowed}.
 */
@CustomFormAuthenticationMechanismDefinition(
    loginToContinue =
        @LoginToContinue(loginPage = "/sign-in.xhtml", errorPage = "", useForwardToLogin = false))
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
