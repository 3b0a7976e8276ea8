package org.ccioacademy.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.ccioacademy.identity.AccountService;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.identity.UserAccount;
import org.ccioacademy.platform.kernel.InvalidInputException;
import org.ccioacademy.platform.kernel.Role;
import org.ccioacademy.platform.web.FacesForms;

/** An administrator creates a tutor, reviewer or administrator account. */
@Named
@ViewScoped
public class NewUserView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AccountService service;
  @Inject CurrentUser currentUser;

  private String fullName;
  private String email;
  private String password;
  private String organisation;
  private Role[] roles = {Role.TUTOR};

  public String create() {
    UserAccount created;
    try {
      created =
          service.create(
              currentUser.actor(), fullName, email, password, UserView.toSet(roles), organisation);
    } catch (InvalidInputException e) {
      FacesForms.showErrors("newUser", e.errors());
      return null;
    }
    FacesForms.flashInfo(
        password == null || password.isEmpty()
            ? "The account for "
                + created.getFullName()
                + " has been created and they have been emailed an invitation to choose their"
                + " password. If it does not reach them, send a password reset link from here."
            : "The account for "
                + created.getFullName()
                + " has been created. Give them their email address and first password by a"
                + " secure route; they can change the password after signing in.");
    return "/admin/user?faces-redirect=true&id=" + created.getId();
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

  public String getOrganisation() {
    return organisation;
  }

  public void setOrganisation(String organisation) {
    this.organisation = organisation;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public Role[] getRoles() {
    return roles;
  }

  public void setRoles(Role[] roles) {
    this.roles = roles;
  }
}
