package org.ccioacademy.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.ccioacademy.platform.audit.Actor;
import org.ccioacademy.platform.audit.AuditLog;
import org.ccioacademy.platform.kernel.ConcurrentEditException;
import org.ccioacademy.platform.kernel.FieldErrors;
import org.ccioacademy.platform.kernel.InvalidInputException;
import org.ccioacademy.platform.kernel.Role;
import org.ccioacademy.platform.mail.Mail;
import org.ccioacademy.platform.security.PasswordHasher;
import org.ccioacademy.platform.security.Throttle;
import org.ccioacademy.platform.web.PublicUrl;

/**
 * Use cases on accounts: registration, accounts made by administrators, role changes, disabling,
 * profile and password changes. Each loads, calls one method on {@link UserAccount}, and writes one
 * audit row in the same transaction.
 */
@ApplicationScoped
public class AccountService {

  static final String TYPE = "user";

  @Inject UserAccountRepository accounts;
  @Inject AuditLog audit;
  @Inject PasswordHasher hasher;
  @Inject Mail mail;
  @Inject PublicUrl publicUrl;
  @Inject Throttle throttle;
  @Inject ApiTokens tokens;
  @Inject PasswordResets resets;
  @Inject SsoRequiredDomains ssoOnly;
  @Inject EmailChanges emailChanges;

  /**
   * Registers a trainee. The answer never tells whether the address already had an account (ASVS
   * 2.2.x, 3.x: no account enumeration): for a taken address nothing is made, the time taken is the
   * same (the password is hashed all the same), and the address's owner is emailed instead, so only
   * they learn that someone tried.
   *
   * @return the new account, or empty when the address already had one
   * @throws InvalidInputException with every problem in the form at once
   */
  @Transactional
  public Optional<UserAccount> register(Registration form) {
    FieldErrors errors = form.check();
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    String email = EmailAddress.normalise(form.getEmail());
    Optional<OidcProvider> sso = ssoOnly.requiredFor(email);
    if (sso.isPresent()) {
      String label = sso.get().getLabel();
      throw InvalidInputException.of(
          "email",
          "People with this email address sign in with "
              + label
              + " and need not register: choose \"Sign in with "
              + label
              + "\" on the sign-in page, and your account is made the first time.");
    }
    String hash = hasher.hash(form.getPassword().toCharArray());
    accounts.lockEmail(email);
    Optional<UserAccount> existing = accounts.findByEmail(email);
    if (existing.isPresent()) {
      UserAccount owner = existing.get();
      mail.queue(
          owner.getEmail(),
          "Someone tried to register with your email address",
          AccountMail.registrationForExistingAddress(owner.getFullName(), publicUrl.base()),
          "user.registration-existing");
      audit.record(
          Actor.SYSTEM,
          "user.registration-refused",
          TYPE,
          owner.getId(),
          owner.getEmail(),
          null,
          "a registration with this address; its owner was emailed");
      return Optional.empty();
    }
    ProfessionalProfile profile = form.getProfile().check(new FieldErrors());
    UserAccount account =
        UserAccount.trainee(email, Names.normalise(form.getFullName()), hash, profile);
    accounts.add(account);
    audit.record(
        Actor.user(account.getId(), email),
        "user.registered",
        TYPE,
        account.getId(),
        email,
        null,
        account.describe());
    return Optional.of(account);
  }

  /**
   * An administrator creates an account with the given roles and a first password, or, when the
   * password is left empty, invites the person by email to choose their own ({@link
   * PasswordResets#invite}); until they do, no password signs in to the account.
   */
  @Transactional
  public UserAccount create(
      Actor admin, String fullName, String email, String password, Set<Role> roles) {
    return create(admin, fullName, email, password, roles, null);
  }

  /**
   * As {@link #create(Actor, String, String, String, Set)}, placing the person at an organisation
   * (its ODS code; optional).
   */
  @Transactional
  public UserAccount create(
      Actor admin,
      String fullName,
      String email,
      String password,
      Set<Role> roles,
      String organisation) {
    boolean invite = password == null || password.isEmpty();
    FieldErrors errors = new FieldErrors();
    String ods = OdsCode.normalise(organisation);
    if (ods != null) {
      OdsCode.check(ods)
          .ifPresent(m -> errors.add("organisation", m.replace("your employing", "their")));
    }
    Names.checkFullName(fullName).ifPresent(m -> errors.add("fullName", m));
    String normalised = EmailAddress.normalise(email);
    EmailAddress.check(normalised).ifPresent(m -> errors.add("email", m));
    if (!errors.has("email") && accounts.emailTaken(normalised)) {
      errors.add("email", "An account with this email address already exists.");
    }
    if (!invite) {
      PasswordPolicy.check(password, normalised, fullName)
          .ifPresent(m -> errors.add("password", m));
      ssoOnly
          .requiredFor(normalised)
          .ifPresent(
              p ->
                  errors.add(
                      "password",
                      "People with this email address sign in with "
                          + p.getLabel()
                          + ", so a password would not work. Leave it empty: the invitation"
                          + " tells them to sign in with "
                          + p.getLabel()
                          + "."));
    }
    if (roles == null || roles.isEmpty()) {
      errors.add("roles", "Choose at least one role.");
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    // an invited person has no password ("!" matches none) until they choose theirs
    UserAccount account =
        UserAccount.withRoles(
            normalised,
            Names.normalise(fullName),
            invite ? PasswordHasher.NONE : hasher.hash(password.toCharArray()),
            roles);
    if (ods != null) {
      account.placeAt(ods);
    }
    accounts.add(account);
    audit.record(
        admin, "user.created", TYPE, account.getId(), normalised, null, account.describe());
    if (invite) {
      resets.invite(admin, account);
    }
    return account;
  }

  @Transactional
  public UserAccount changeRoles(Actor admin, long userId, long expectedVersion, Set<Role> roles) {
    UserAccount account = load(userId, expectedVersion);
    if (roles == null || roles.isEmpty()) {
      throw InvalidInputException.of("roles", "Choose at least one role.");
    }
    if (account.hasRole(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
      if (admin.userId() != null && admin.userId() == userId) {
        throw InvalidInputException.of(
            "roles", "You cannot remove your own administrator role. Ask another administrator.");
      }
      requireAnotherAdmin(account);
    }
    String before = new TreeSet<>(account.getRoles()).toString();
    account.changeRoles(roles);
    audit.record(
        admin,
        "user.roles-changed",
        TYPE,
        userId,
        account.getEmail(),
        before,
        new TreeSet<>(account.getRoles()).toString());
    return account;
  }

  @Transactional
  public UserAccount disable(Actor admin, long userId, long expectedVersion) {
    UserAccount account = load(userId, expectedVersion);
    if (admin.userId() != null && admin.userId() == userId) {
      throw InvalidInputException.of("enabled", "You cannot disable your own account.");
    }
    if (!account.isEnabled()) {
      return account;
    }
    if (account.hasRole(Role.ADMIN)) {
      requireAnotherAdmin(account);
    }
    account.disable();
    audit.record(admin, "user.disabled", TYPE, userId, account.getEmail(), "enabled", "disabled");
    return account;
  }

  @Transactional
  public UserAccount enable(Actor admin, long userId, long expectedVersion) {
    UserAccount account = load(userId, expectedVersion);
    if (account.isEnabled() && account.getLockedUntil() == null) {
      return account;
    }
    String before = account.isEnabled() ? "enabled, locked" : "disabled";
    account.enable();
    // sign-in paused anywhere for this address starts afresh
    throttle.forgive(Throttle.Rule.SIGNIN_EMAIL, account.getEmail() + "|");
    audit.record(admin, "user.enabled", TYPE, userId, account.getEmail(), before, "enabled");
    return account;
  }

  /** A person edits their own name and professional profile. */
  @Transactional
  public UserAccount updateProfile(
      Actor self, long userId, long expectedVersion, String fullName, ProfileInput input) {
    FieldErrors errors = new FieldErrors();
    Names.checkFullName(fullName).ifPresent(m -> errors.add("fullName", m));
    ProfessionalProfile profile = input.check(errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    UserAccount account = load(userId, expectedVersion);
    String before = account.describe();
    account.rename(Names.normalise(fullName));
    account.updateProfile(profile);
    audit.record(
        self, "user.profile-updated", TYPE, userId, account.getEmail(), before, account.describe());
    return account;
  }

  /**
   * An administrator corrects a person's name and, when {@code newEmail} differs from theirs, asks
   * the new address's owner to confirm it ({@link EmailChanges}), together or not at all.
   *
   * @return whether a new address is waiting for confirmation
   */
  @Transactional
  public boolean changeNameAndEmail(
      Actor admin, long userId, long expectedVersion, String fullName, String newEmail) {
    String email = EmailAddress.normalise(newEmail == null ? "" : newEmail);
    UserAccount account =
        accounts.find(userId).orElseThrow(() -> new NoSuchAccountException(userId));
    boolean newAddress = !email.equals(account.getEmail());
    if (newAddress) {
      // first: it locks the account's row, which loads it afresh
      emailChanges.request(admin, userId, email);
    }
    rename(admin, userId, expectedVersion, fullName);
    return newAddress;
  }

  /** An administrator corrects a person's name. */
  @Transactional
  public UserAccount rename(Actor admin, long userId, long expectedVersion, String fullName) {
    Names.checkFullName(fullName)
        .ifPresent(
            m -> {
              throw InvalidInputException.of("fullName", m);
            });
    UserAccount account = load(userId, expectedVersion);
    String before = account.getFullName();
    String after = Names.normalise(fullName);
    if (!after.equals(before)) {
      account.rename(after);
      audit.record(admin, "user.renamed", TYPE, userId, account.getEmail(), before, after);
    }
    return account;
  }

  /** A changed password, and how many of the person's API tokens it revoked. */
  public record PasswordChanged(UserAccount account, int tokensRevoked) {}

  /**
   * A person changes their own password; other sessions of theirs end. A wrong current password is
   * audited (kept even though the change is refused), so guessing from a signed-in session shows;
   * the page ends such a session after {@value UserAccount#MAX_FAILED_SIGN_INS} wrong tries.
   */
  @Transactional(dontRollbackOn = InvalidInputException.class)
  public PasswordChanged changePassword(
      Actor self, long userId, String current, String newPassword, String confirmation) {
    UserAccount account =
        accounts.find(userId).orElseThrow(() -> new NoSuchAccountException(userId));
    FieldErrors errors = new FieldErrors();
    if (current == null || !hasher.verify(current.toCharArray(), account.passwordHash())) {
      errors.add("currentPassword", "Your current password is not right.");
      audit.record(
          self,
          "user.password-check-failed",
          TYPE,
          userId,
          account.getEmail(),
          null,
          "a wrong current password on the change-password form");
    }
    PasswordPolicy.check(newPassword, account.getEmail(), account.getFullName())
        .ifPresent(m -> errors.add("newPassword", m));
    if (newPassword != null && !newPassword.equals(confirmation)) {
      errors.add("confirmation", "The two new passwords are not the same. Type it again.");
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    account.changePassword(hasher.hash(newPassword.toCharArray()));
    audit.record(self, "user.password-changed", TYPE, userId, account.getEmail(), null, null);
    mail.queue(
        account.getEmail(),
        "Your CCIO Academy password was changed",
        AccountMail.passwordChanged(
            account.getFullName(), "changed on the change-password page", publicUrl.base()),
        "user.password-changed");
    // a token made by whoever knew the old password must not outlive it
    int revoked = tokens.revokeAll(self, userId, "the password was changed");
    return new PasswordChanged(account, revoked);
  }

  private UserAccount load(long userId, long expectedVersion) {
    UserAccount account =
        accounts.find(userId).orElseThrow(() -> new NoSuchAccountException(userId));
    if (account.getVersion() != expectedVersion) {
      throw new ConcurrentEditException(
          "Someone else changed this account while you were looking at it, so nothing was saved."
              + " The page now shows their changes; make yours again if they are still needed.");
    }
    return account;
  }

  private void requireAnotherAdmin(UserAccount account) {
    long enabledAdmins = accounts.countEnabledWithRole(Role.ADMIN);
    long others = enabledAdmins - (account.isEnabled() ? 1 : 0);
    if (others < 1) {
      throw InvalidInputException.of(
          "roles",
          "This is the last active administrator; make someone else an administrator first.");
    }
  }
}
