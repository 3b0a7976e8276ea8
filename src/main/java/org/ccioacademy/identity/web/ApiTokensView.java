package org.ccioacademy.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ccioacademy.identity.ApiTokens;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.platform.kernel.InvalidInputException;
import org.ccioacademy.platform.web.Carried;
import org.ccioacademy.platform.web.FacesForms;

/**
 * A reviewer's (or admin's) API tokens: make one (shown once, after the redirect), see when each
 * was last used, revoke one.
 */
@Named
@RequestScoped
public class ApiTokensView {

  /** Flash key of a token just made: on the page after the redirect, and never again. */
  static final String MADE = "ccio.apiToken";

  @Inject ApiTokens tokens;
  @Inject CurrentUser currentUser;

  private String name;
  private Integer days = 90;
  private List<ApiTokens.Token> list;

  /** What was just made, carried from the action to the page after its redirect. */
  private String made;

  /**
   * Loaded before the request is decoded: the revoke buttons are in a form rendered only with
   * tokens.
   */
  @PostConstruct
  void load() {
    Object carried = Carried.take(MADE);
    made = carried instanceof String s ? s : null;
    list = tokens.of(currentUser.id());
  }

  public String make() {
    try {
      ApiTokens.Made made = tokens.make(currentUser.caller(), name, days);
      Carried.put(MADE, made.secret());
      return "/reviewer/api-tokens?faces-redirect=true";
    } catch (InvalidInputException e) {
      FacesForms.showErrors("make", e.errors());
      return null;
    }
  }

  public String revoke(long id) {
    if (tokens.revoke(currentUser.actor(), id)) {
      FacesForms.flashInfo("Revoked: programs using that token are refused from now on.");
    } else {
      FacesForms.flashInfo("That token was already revoked.");
    }
    return "/reviewer/api-tokens?faces-redirect=true";
  }

  /** The token just made, if this is the page after making it. */
  public String getMade() {
    return made;
  }

  public List<ApiTokens.Token> getList() {
    return list;
  }

  public int getMaxDays() {
    return tokens.getMaxDays();
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Integer getDays() {
    return days;
  }

  public void setDays(Integer days) {
    this.days = days;
  }
}
