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
        + "/sign-in.xhtml with your password. If you have forgotten it, ask for a new one at "
        + site
        + "/forgotten-password.xhtml\n\n"
        + "If it was not you, you need do nothing.\n\n"
        + "CCIO Academy\n";
  }

  /** A link to set a new password, asked for by its owner or sent by an administrator. */
  static String passwordReset(
      String name, String link, int minutes, boolean byAdministrator, String site) {
    return "Dear "
        + name
        + ",\n\n"
        + (byAdministrator
            ? "A CCIO Academy administrator has sent you this link to set a new password."
            : "Someone, we hope you, asked to set a new password for your CCIO Academy account.")
        + "\n\nTo choose a new password, open this link within "
        + minutes
        + " minutes:\n\n"
        + link
        + "\n\nThe link works once. Setting a new password signs you out everywhere else.\n\n"
        + "If you did not ask for this, you need do nothing: your password is unchanged. If you"
        + " get these emails often without asking, tell your CCIO Academy administrator.\n\n"
        + "CCIO Academy\n"
        + site
        + "\n";
  }

  /** To a person whose password has just changed, so a change they did not make shows. */
  static String passwordChanged(String name, String how, String site) {
    return "Dear "
        + name
        + ",\n\n"
        + "The password of your CCIO Academy account was "
        + how
        + ". You have been signed out everywhere else, and any API tokens you had were revoked.\n\n"
        + "If this was you, you need do nothing. If it was not, set a new password now at "
        + site
        + "/forgotten-password.xhtml and tell your CCIO Academy administrator.\n\n"
        + "CCIO Academy\n";
  }

  /** To a person whose second factor was set up, used, turned off or reset. */
  static String secondFactorChanged(String name, String what, String site) {
    return "Dear "
        + name
        + ",\n\n"
        + what
        + "\n\nIf this was not you or your administrator, change your password now at "
        + site
        + "/forgotten-password.xhtml and tell your CCIO Academy administrator.\n\n"
        + "CCIO Academy\n";
  }

  /** To a person an administrator made an account for: a link to choose their password. */
  static String invitation(String name, String roles, String link, int days, String site) {
    return "Dear "
        + name
        + ",\n\n"
        + "A CCIO Academy administrator has made you an account ("
        + roles
        + "). To start, choose your password with this link within "
        + days
        + " days:\n\n"
        + link
        + "\n\nThe link works once. Afterwards, sign in at "
        + site
        + "/sign-in.xhtml with this email address and your password.\n\n"
        + "If you were not expecting this, you need do nothing.\n\n"
        + "CCIO Academy\n";
  }

  /** To a person whose domain signs in only through a provider, who asked for a password link. */
  static String signInWithProvider(String name, String provider, String site) {
    return "Dear "
        + name
        + ",\n\n"
        + "Someone asked to set a new CCIO Academy password for this address. People with"
        + " your email address sign in with "
        + provider
        + ", so there is no CCIO Academy password to set: choose \"Sign in with "
        + provider
        + "\" at "
        + site
        + "/sign-in.xhtml. If you have forgotten your "
        + provider
        + " password, ask your "
        + provider
        + " helpdesk.\n\n"
        + "If this was not you, you need do nothing.\n\n"
        + "CCIO Academy\n";
  }

  /** To a person an administrator made an account for, whose domain signs in through a provider. */
  static String invitationWithProvider(String name, String roles, String provider, String site) {
    return "Dear "
        + name
        + ",\n\n"
        + "A CCIO Academy administrator has made you an account ("
        + roles
        + "). To start, choose \"Sign in with "
        + provider
        + "\" at "
        + site
        + "/sign-in.xhtml and sign in as you do at work: there is no separate password.\n\n"
        + "If you were not expecting this, you need do nothing.\n\n"
        + "CCIO Academy\n";
  }

  /** To a new address an administrator gave: a link to confirm it. */
  static String confirmNewEmail(String name, String link, int hours, String site) {
    return "Dear "
        + name
        + ",\n\n"
        + "A CCIO Academy administrator has changed your email address to this one. To confirm"
        + " it, open this link within "
        + hours
        + " hours:\n\n"
        + link
        + "\n\nUntil you do, you sign in at "
        + site
        + "/sign-in.xhtml with your old address. If you were not expecting this, you need do"
        + " nothing.\n\n"
        + "CCIO Academy\n";
  }

  /** To the old address: it is being changed, and to whom. */
  static String emailChanging(String name, String newEmail, String site) {
    return "Dear "
        + name
        + ",\n\n"
        + "A CCIO Academy administrator has asked to change your email address to "
        + newEmail
        + ". It changes when that address's owner confirms it. If this is wrong, tell your"
        + " CCIO Academy administrator now ("
        + site
        + ").\n\n"
        + "CCIO Academy\n";
  }

  /** To the old address: it has changed. */
  static String emailChanged(String name, String newEmail, String site) {
    return "Dear "
        + name
        + ",\n\n"
        + "Your CCIO Academy email address is now "
        + newEmail
        + ": sign in with it at "
        + site
        + "/sign-in.xhtml. If this is wrong, tell your CCIO Academy administrator now.\n\n"
        + "CCIO Academy\n";
  }
}
