package org.ccioacademy.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.ccioacademy.platform.database.Tracked;
import org.ccioacademy.platform.kernel.InvalidInputException;
import org.ccioacademy.platform.kernel.Role;

/**
 * A person who can sign in: their name, email, password hash, roles, professional profile and
 * sign-in state (failed attempts, lock-out). Behaviour lives here; services load, call one method
 * and store.
 */
@Entity
@Table(name = "users")
@NamedQuery(
    name = "UserAccount.findByEmail",
    query = "select u from UserAccount u where u.email = :email")
@NamedQuery(
    name = "UserAccount.findWithRoles",
    query = "select u from UserAccount u left join fetch u.roles where u.id = :id")
@NamedQuery(
    name = "UserAccount.countByRole",
    query = "select r, count(u) from UserAccount u join u.roles r group by r")
public class UserAccount extends Tracked {

  /** Failed sign-ins in a row after which the account is locked for a while. */
  public static final int MAX_FAILED_SIGN_INS = 5;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 254)
  private String email;

  @Column(name = "full_name", nullable = false, length = 200)
  private String fullName;

  @Column(name = "password_hash", nullable = false, length = 200)
  private String passwordHash;

  @Column(nullable = false)
  private boolean enabled = true;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "user_roles", joinColumns = @JoinColumn(name = "user_id"))
  @Column(name = "role", nullable = false)
  @Enumerated(EnumType.STRING)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  @Embedded private ProfessionalProfile profile;

  @Column(name = "failed_sign_ins", nullable = false)
  private int failedSignIns;

  @Column(name = "locked_until")
  private OffsetDateTime lockedUntil;

  @Column(name = "last_sign_in_at")
  private OffsetDateTime lastSignInAt;

  /** Changes whenever sessions signed in before must end (roles changed, disabled, password). */
  @Column(name = "session_stamp", nullable = false)
  private int sessionStamp;

  /** The HR system's staff number, set by the staff feed (which alone writes it). */
  @Column(name = "staff_number", insertable = false, updatable = false)
  private String staffNumber;

  /** The day the staff feed said the person left (their account was then disabled). */
  @Column(name = "left_on", insertable = false, updatable = false)
  private LocalDate leftOn;

  /** The account this one was merged into (AccountMerges), if it was. */
  @Column(name = "merged_into", insertable = false, updatable = false)
  private Long mergedInto;

  protected UserAccount() {}

  private UserAccount(String email, String fullName, String passwordHash, Set<Role> roles) {
    this.email = email;
    this.fullName = fullName;
    this.passwordHash = passwordHash;
    this.roles = EnumSet.copyOf(roles);
  }

  /** A trainee who registered themselves. Inputs must already be checked. */
  static UserAccount trainee(
      String email, String fullName, String passwordHash, ProfessionalProfile profile) {
    UserAccount account = new UserAccount(email, fullName, passwordHash, Set.of(Role.TRAINEE));
    account.profile = profile;
    return account;
  }

  /** An account created by an administrator. */
  static UserAccount withRoles(
      String email, String fullName, String passwordHash, Set<Role> roles) {
    if (roles.isEmpty()) {
      throw InvalidInputException.of("roles", "Choose at least one role.");
    }
    return new UserAccount(email, fullName, passwordHash, roles);
  }

  /** Whether sign-in is refused for now because of too many failed attempts. */
  public boolean isLockedAt(OffsetDateTime now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }

  /**
   * Records a wrong password. The {@value #MAX_FAILED_SIGN_INS}th failure in a row locks the
   * account for {@code lockFor}.
   *
   * @return true when this failure locked the account
   */
  public boolean recordFailedSignIn(OffsetDateTime now, Duration lockFor) {
    if (lockedUntil != null && !lockedUntil.isAfter(now)) {
      // the previous lock has run out: start counting afresh
      lockedUntil = null;
      failedSignIns = 0;
    }
    failedSignIns++;
    if (failedSignIns >= MAX_FAILED_SIGN_INS && lockedUntil == null) {
      lockedUntil = now.plus(lockFor);
      return true;
    }
    return false;
  }

  public void recordSuccessfulSignIn(OffsetDateTime now) {
    failedSignIns = 0;
    lockedUntil = null;
    lastSignInAt = now;
  }

  /** Lifts a lock-out (an administrator re-enabling the account does this too). */
  public void unlock() {
    failedSignIns = 0;
    lockedUntil = null;
  }

  void changeRoles(Set<Role> newRoles) {
    if (newRoles == null || newRoles.isEmpty()) {
      throw InvalidInputException.of("roles", "Choose at least one role.");
    }
    roles = EnumSet.copyOf(newRoles);
    sessionStamp++;
  }

  void disable() {
    enabled = false;
    sessionStamp++;
  }

  void enable() {
    enabled = true;
    unlock();
  }

  /** The latest sign-in of two accounts of one person being merged into this one. */
  void keepLatestSignIn(OffsetDateTime other) {
    if (other != null && (lastSignInAt == null || other.isAfter(lastSignInAt))) {
      lastSignInAt = other;
    }
  }

  /** Merged into another account: disabled for good, every session ended. */
  void mergedAway() {
    enabled = false;
    sessionStamp++;
  }

  /** Every signed-in session of the account ends at its next request. */
  void endSessions() {
    sessionStamp++;
  }

  void changePassword(String newHash) {
    passwordHash = newHash;
    sessionStamp++;
  }

  /** Replaces the stored hash with a stronger one for the same password (no sessions end). */
  void upgradePasswordHash(String newHash) {
    passwordHash = newHash;
  }

  /** A new address, confirmed by its owner (EmailChanges): the sign-in name from now on. */
  void changeEmail(String newEmail) {
    email = newEmail;
  }

  void rename(String newFullName) {
    fullName = newFullName;
  }

  /** Where a person not yet describing themselves works (an ODS code already checked). */
  void placeAt(String odsCode) {
    if (profile == null || profile.getProfession() == null) {
      profile = ProfessionalProfile.organisationOnly(odsCode);
    }
  }

  void updateProfile(ProfessionalProfile newProfile) {
    profile = newProfile;
  }

  /**
   * Whether the person has given their professional details (not yet, after a first SSO sign-in).
   */
  public boolean hasProfessionalProfile() {
    return profile != null && profile.getProfession() != null;
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }

  /** The role whose home page this person lands on: the most senior role they hold. */
  public Role primaryRole() {
    return roles.stream().max(Comparator.naturalOrder()).orElse(Role.TRAINEE);
  }

  public String rolesLabel() {
    return new TreeSet<>(roles).stream().map(Role::getLabel).collect(Collectors.joining(", "));
  }

  public Long getId() {
    return id;
  }

  public String getEmail() {
    return email;
  }

  public String getFullName() {
    return fullName;
  }

  String passwordHash() {
    return passwordHash;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public Set<Role> getRoles() {
    return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
  }

  public ProfessionalProfile getProfile() {
    return profile;
  }

  public int getFailedSignIns() {
    return failedSignIns;
  }

  public OffsetDateTime getLockedUntil() {
    return lockedUntil;
  }

  public OffsetDateTime getLastSignInAt() {
    return lastSignInAt;
  }

  public String getStaffNumber() {
    return staffNumber;
  }

  public LocalDate getLeftOn() {
    return leftOn;
  }

  public Long getMergedInto() {
    return mergedInto;
  }

  public int getSessionStamp() {
    return sessionStamp;
  }

  /** A short description for audit rows: no password hash, nothing secret. */
  public String describe() {
    return "email="
        + email
        + ", name="
        + fullName
        + ", roles="
        + new TreeSet<>(roles)
        + ", enabled="
        + enabled
        + (profile == null || profile.getProfession() == null ? "" : ", " + profile);
  }
}
