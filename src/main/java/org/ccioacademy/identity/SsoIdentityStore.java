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
 * The identity store behind single sign-on: the account a checked ID token signed in to ({@link
 * SsoCredential}), if it is still enabled, with its roles as groups (as {@link
 * AccountIdentityStore} gives them for a password).
 */
@ApplicationScoped
public class SsoIdentityStore implements IdentityStore {

  @Inject UserAccountRepository accounts;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof SsoCredential signedIn)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    return accounts
        .find(signedIn.accountId())
        .filter(UserAccount::isEnabled)
        .map(
            account ->
                new CredentialValidationResult(
                    new CallerPrincipal(account.getId().toString()),
                    account.getRoles().stream().map(Role::name).collect(Collectors.toSet())))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }
}
