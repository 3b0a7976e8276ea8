package org.ccioacademy.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.identity.UserAccount;
import org.ccioacademy.identity.UserAccountRepository;
import org.ccioacademy.identity.UserSearch;
import org.ccioacademy.platform.audit.AuditLog;
import org.ccioacademy.platform.kernel.Role;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The administrators' list of users: searched, filtered by role and paged in the database. */
@Named
@ViewScoped
public class UserListView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject UserAccountRepository accounts;
  @Inject AuditLog audit;
  @Inject CurrentUser currentUser;

  private String text;
  private Role role;
  private LazyDataModel<UserAccount> users;

  @PostConstruct
  void init() {
    users = new Model();
  }

  public LazyDataModel<UserAccount> getUsers() {
    return users;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }

  private UserSearch criteria(Map<String, SortMeta> sortBy) {
    String sort = "name";
    boolean ascending = true;
    if (sortBy != null && !sortBy.isEmpty()) {
      SortMeta meta = sortBy.values().iterator().next();
      sort = meta.getField();
      ascending = meta.getOrder() != SortOrder.DESCENDING;
    }
    return new UserSearch(text, role, sort, ascending);
  }

  private final class Model extends LazyDataModel<UserAccount> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) accounts.count(criteria(null));
    }

    @Override
    public List<UserAccount> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      List<UserAccount> page = accounts.page(criteria(sortBy), first, pageSize);
      audit.read(
          currentUser.actor(),
          "read.account-list",
          "names",
          null,
          null,
          (text == null || text.isBlank() ? "every account" : "accounts matching " + text)
              + (role == null ? "" : ", role " + role.getLabel())
              + ", from row "
              + (first + 1),
          page.size());
      return page;
    }

    @Override
    public String getRowKey(UserAccount user) {
      return String.valueOf(user.getId());
    }
  }
}
