package org.ccioacademy.identity;

import jakarta.enterprise.context.RequestScoped;

/** The outcome of the sign-in attempted in this request, if any. */
@RequestScoped
public class SignInAttempt {

  private SignInOutcome outcome;

  void record(SignInOutcome outcome) {
    this.outcome = outcome;
  }

  public SignInOutcome outcome() {
    return outcome;
  }
}
