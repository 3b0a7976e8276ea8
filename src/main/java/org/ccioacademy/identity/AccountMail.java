package org.ccioacademy.identity;

/** The texts of the emails about a person's account. */
final class AccountMail {

  private AccountMail() {}

  /** To the owner of an address that someone tried to register again. */
  static String registrationForExistingAddress(String name, String site) {
    return "Dear "
        + name
        + ",\n\n"
        + "Someone tried to register for CCIO Academy with this email address, which already has"
        + " an account. No new account was made and yours is unchanged.\n\n"
        + "If it was you, sign in at "
        + site
        + "/sign-in.xhtml with your password. If you have forgotten it, ask your CCIO Academy"
        + " administrator to reset it.\n\n"
        + "If it was not you, you need do nothing.\n\n"
        + "CCIO Academy\n";
  }
}
