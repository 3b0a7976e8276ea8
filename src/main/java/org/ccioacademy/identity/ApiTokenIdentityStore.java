package org.ccioacademy.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;
import org.ccioacademy.platform.kernel.Role;

/**
 * The identity store behind API tokens: a valid token signs its program in as the token's owner for
 * that one request, with only the owner's reviewer and admin roles (a tutor who is also a reviewer
 * gets no tutor rights through a token). Passwords are {@link AccountIdentityStore}'s.
 */
@ApplicationScoped
public class ApiTokenIdentityStore implements IdentityStore {

  @Inject ApiTokens tokens;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof ApiTokenCredential presented)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    return tokens
        .use(presented.token())
        .map(
            account ->
                new CredentialValidationResult(
                    new CallerPrincipal(account.getId().toString()),
                    account.getRoles().stream()
                        .filter(ApiTokens.ROLES::contains)
                        .map(Role::name)
                        .collect(Collectors.toSet())))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }
}
