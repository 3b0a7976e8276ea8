package org.ccioacademy.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.ccioacademy.identity.ApiTokens;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.platform.web.FacesForms;

/** On an admin's page of a user: the user's API tokens, any of which the admin can revoke. */
@Named
@ViewScoped
public class UserTokensView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ApiTokens tokens;
  @Inject CurrentUser currentUser;

  private long userId;
  private List<ApiTokens.Token> list = List.of();

  /** Loads the tokens of user {@code id} (called from the page's view action). */
  public void load(String id) {
    if (id == null || !id.strip().matches("\\d{1,18}")) {
      return;
    }
    userId = Long.parseLong(id.strip());
    list = tokens.of(userId);
  }

  public String revoke(long tokenId) {
    boolean done = tokens.revokeFor(currentUser.caller(), userId, tokenId);
    FacesForms.flashInfo(
        done
            ? "Token revoked: programs using it are refused from now on."
            : "That token was already revoked.");
    return "/admin/user?faces-redirect=true&id=" + userId;
  }

  public List<ApiTokens.Token> getList() {
    return list;
  }
}
