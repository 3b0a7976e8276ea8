package org.ccioacademy.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.ccioacademy.identity.AccountService;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.identity.ProfileInput;
import org.ccioacademy.identity.UserAccount;
import org.ccioacademy.platform.kernel.ConcurrentEditException;
import org.ccioacademy.platform.kernel.InvalidInputException;
import org.ccioacademy.platform.web.FacesForms;

/**
 * /trainee/profile.xhtml: a trainee's professional details, and a form to change them. Someone who
 * has just given them for the first time goes on to their home page.
 */
@Named
@ViewScoped
public class ProfileView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CurrentUser currentUser;
  @Inject AccountService accounts;

  private UserAccount account;
  private String fullName;
  private ProfileInput profile;
  private long version;

  @PostConstruct
  void load() {
    account = currentUser.getAccount();
    fullName = account.getFullName();
    profile = ProfileInput.from(account.getProfile());
    version = account.getVersion();
  }

  public void groupChanged() {
    profile.keepChoicesInGroup();
  }

  public String save() {
    try {
      accounts.updateProfile(currentUser.actor(), account.getId(), version, fullName, profile);
    } catch (InvalidInputException e) {
      FacesForms.showErrors("profile", e.errors());
      return null;
    } catch (ConcurrentEditException e) {
      FacesForms.error(e.getMessage() + " What you typed is still in the form.");
      return null;
    }
    if (!account.hasProfessionalProfile()) {
      FacesForms.flashInfo("Your profile has been saved. Here is where to start.");
      return "/trainee/home?faces-redirect=true";
    }
    FacesForms.flashInfo("Your profile has been saved.");
    return "/trainee/profile?faces-redirect=true";
  }

  public UserAccount getAccount() {
    return account;
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public ProfileInput getProfile() {
    return profile;
  }
}
