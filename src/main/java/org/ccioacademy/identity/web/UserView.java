package org.ccioacademy.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.ccioacademy.identity.AccountMerges;
import org.ccioacademy.identity.AccountService;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.identity.EmailAddress;
import org.ccioacademy.identity.NoSuchAccountException;
import org.ccioacademy.identity.PasswordResets;
import org.ccioacademy.identity.ProfileInput;
import org.ccioacademy.identity.SecondFactors;
import org.ccioacademy.identity.UserAccount;
import org.ccioacademy.identity.UserAccountRepository;
import org.ccioacademy.platform.audit.AuditLine;
import org.ccioacademy.platform.audit.AuditLog;
import org.ccioacademy.platform.audit.AuditSentences;
import org.ccioacademy.platform.kernel.ConcurrentEditException;
import org.ccioacademy.platform.kernel.InvalidInputException;
import org.ccioacademy.platform.kernel.Role;
import org.ccioacademy.platform.web.FacesForms;
import org.omnifaces.util.Faces;

/** An administrator's view of one account: details, roles, enable/disable, its audit trail. */
@Named
@ViewScoped
public class UserView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject UserAccountRepository accounts;
  @Inject AccountService service;
  @Inject AuditLog audit;
  @Inject AuditSentences sentences;
  @Inject CurrentUser currentUser;
  @Inject PasswordResets resets;
  @Inject SecondFactors secondFactors;
  @Inject AccountMerges merges;

  private String idParam;
  private long id;
  private UserAccount user;
  private Role[] roles = {};
  private long version;
  private List<AuditLine> history;
  private boolean secondFactor;
  private String fullName;
  private String email;
  private ProfileInput profile;
  private String otherEmail;
  private boolean sure;

  /** f:viewAction: loads the account named by ?id=, or shows 404 when there is none. */
  public void load() {
    UserAccount found = null;
    try {
      id = Long.parseLong(idParam == null ? "" : idParam.trim());
      found = accounts.find(id).orElse(null);
    } catch (NumberFormatException notANumber) {
      // shown as "page not found" below
    }
    if (found == null) {
      Faces.responseSendError(404, "No such user");
      return;
    }
    show(found);
    audit.read(
        currentUser.actor(),
        "read.account",
        "user",
        found.getId(),
        found.getEmail(),
        "the account",
        1);
  }

  private void show(UserAccount found) {
    user = found;
    roles = found.getRoles().stream().sorted().toArray(Role[]::new);
    version = found.getVersion();
    history = sentences.lines(audit.forTarget("user", found.getId(), 20));
    secondFactor = secondFactors.enrolled(found.getId());
    fullName = found.getFullName();
    email = found.getEmail();
    profile = ProfileInput.from(found.getProfile());
  }

  /** Saves the name; a new address is sent a link to confirm it (it changes when followed). */
  public String saveDetails() {
    boolean newAddress;
    try {
      newAddress = service.changeNameAndEmail(currentUser.actor(), id, version, fullName, email);
    } catch (InvalidInputException e) {
      FacesForms.showErrors("details", e.errors());
      return null;
    } catch (ConcurrentEditException e) {
      FacesForms.error(e.getMessage() + " What you typed is still in the form.");
      return null;
    }
    FacesForms.flashInfo(
        newAddress
            ? "Saved. We have emailed "
                + EmailAddress.normalise(email)
                + " a link: the address changes when its owner follows it."
            : "Saved.");
    return "/admin/user?faces-redirect=true&id=" + id;
  }

  public String saveProfile() {
    try {
      service.updateProfile(currentUser.actor(), id, version, user.getFullName(), profile);
    } catch (InvalidInputException e) {
      FacesForms.showErrors("profile", e.errors());
      return null;
    } catch (ConcurrentEditException e) {
      FacesForms.error(e.getMessage() + " What you typed is still in the form.");
      return null;
    }
    FacesForms.flashInfo("The professional details of " + user.getFullName() + " have been saved.");
    return "/admin/user?faces-redirect=true&id=" + id;
  }

  /** Merges the account with the address given into this one, once the admin has confirmed. */
  public String merge() {
    if (!sure) {
      FacesForms.showErrors(
          "merge",
          Map.of("sure", "Tick the box once you have checked the accounts are one person's."));
      return null;
    }
    String moved;
    try {
      moved = merges.merge(currentUser.actor(), id, otherEmail);
    } catch (InvalidInputException e) {
      FacesForms.showErrors("merge", e.errors());
      return null;
    }
    FacesForms.flashInfo(
        "The accounts are merged" + (moved.isEmpty() ? "." : ": " + moved + " moved here."));
    return "/admin/user?faces-redirect=true&id=" + id;
  }

  public String getOtherEmail() {
    return otherEmail;
  }

  public void setOtherEmail(String otherEmail) {
    this.otherEmail = otherEmail;
  }

  public boolean isSure() {
    return sure;
  }

  public void setSure(boolean sure) {
    this.sure = sure;
  }

  public void groupChanged() {
    profile.keepChoicesInGroup();
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public ProfileInput getProfile() {
    return profile;
  }

  public String saveRoles() {
    return change(
        () -> service.changeRoles(currentUser.actor(), id, version, toSet(roles)),
        "The roles of "
            + user.getFullName()
            + " have been saved. They take effect when"
            + " the person next signs in.");
  }

  public String disable() {
    return change(
        () -> service.disable(currentUser.actor(), id, version),
        user.getFullName() + "'s account has been disabled and signed out.");
  }

  public String enable() {
    return change(
        () -> service.enable(currentUser.actor(), id, version),
        user.getFullName() + "'s account has been enabled.");
  }

  /** Emails the person a link to set a new password (they asked by phone, say). */
  public String sendResetLink() {
    return change(
        () -> {
          resets.sendFor(currentUser.actor(), id);
          return user;
        },
        "A link to set a new password has been emailed to "
            + user.getEmail()
            + ". It works once, for "
            + resets.minutes()
            + " minutes.");
  }

  /** Removes the person's authenticator app and recovery codes (a lost phone). */
  public String resetSecondFactor() {
    return change(
        () -> {
          secondFactors.reset(currentUser.actor(), id);
          return user;
        },
        "Two-step sign-in has been reset for "
            + user.getFullName()
            + ", who has been signed out and emailed."
            + (secondFactors.requiredFor(user)
                ? " They set up an authenticator app again when they next sign in."
                : ""));
  }

  public boolean isSecondFactor() {
    return secondFactor;
  }

  private String change(Supplier<UserAccount> action, String done) {
    try {
      action.get();
    } catch (InvalidInputException e) {
      FacesForms.showErrors("user", e.errors());
      return null;
    } catch (ConcurrentEditException e) {
      FacesForms.error(e.getMessage());
      accounts.find(id).ifPresent(this::show);
      return null;
    } catch (NoSuchAccountException e) {
      FacesForms.error("This account no longer exists.");
      return null;
    }
    FacesForms.flashInfo(done);
    return "/admin/user?faces-redirect=true&id=" + id;
  }

  public String getId() {
    return idParam;
  }

  public void setId(String id) {
    this.idParam = id;
  }

  public UserAccount getUser() {
    return user;
  }

  public Role[] getRoles() {
    return roles;
  }

  public void setRoles(Role[] roles) {
    this.roles = roles;
  }

  static EnumSet<Role> toSet(Role[] roles) {
    EnumSet<Role> set = EnumSet.noneOf(Role.class);
    if (roles != null) {
      set.addAll(Arrays.asList(roles));
    }
    return set;
  }

  public List<AuditLine> getHistory() {
    return history;
  }

  public boolean isSelf() {
    return user != null && currentUser.isSignedIn() && user.getId() == currentUser.id();
  }
}
