package org.ccioacademy.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;
import org.ccioacademy.platform.kernel.Role;

/**
 * The identity store behind sign-in: accounts in our database, passwords checked by {@link
 * SignInService}. The caller's name is the account id, so it survives an email change; the groups
 * are the account's roles. The outcome is kept for the rest of the request in {@link SignInAttempt}
 * so the sign-in page can say why a sign-in failed.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

  @Inject SignInService signIn;
  @Inject SignInAttempt attempt;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    SignInOutcome outcome = signIn.attempt(login.getCaller(), login.getPassword().getValue());
    attempt.record(outcome);
    if (outcome.result() != SignInOutcome.Result.SIGNED_IN) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    UserAccount account = outcome.account();
    return new CredentialValidationResult(
        new CallerPrincipal(account.getId().toString()),
        account.getRoles().stream().map(Role::name).collect(Collectors.toSet()));
  }
}
