package org.ccioacademy.platform.search.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ccioacademy.platform.audit.Actor;
import org.ccioacademy.platform.audit.CurrentActor;
import org.ccioacademy.platform.kernel.Caller;
import org.ccioacademy.platform.kernel.Role;
import org.ccioacademy.platform.search.SearchRequest;

/**
 * /search.xhtml?q=: courses, modules and events for everyone, and people for staff within what each
 * may see. Every feature adds its own results (see {@link SearchRequest}).
 */
@Named
@RequestScoped
public class SearchView {

  /** Longer searches are cut to this many characters. */
  static final int MAX_LENGTH = 200;

  @Inject Event<SearchRequest> search;
  @Inject CurrentActor current;

  private String q;
  private String problem;
  private List<SearchRequest.Found> results = List.of();
  private long total;

  /** The view action: runs the search when there are words to look for. */
  public void load() {
    String text = q == null ? "" : q.strip();
    if (text.isEmpty()) {
      return;
    }
    if (text.length() > MAX_LENGTH) {
      text = text.substring(0, MAX_LENGTH);
    }
    if (text.chars().noneMatch(Character::isLetterOrDigit)) {
      problem = "Type a word to look for, such as \"safety\".";
      return;
    }
    q = text;
    SearchRequest request = new SearchRequest(text, caller());
    search.fire(request);
    results = request.results();
    total = results.stream().mapToLong(SearchRequest.Found::total).sum();
  }

  private Caller caller() {
    if (current.userId().isEmpty()) {
      return null;
    }
    ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Role r : Role.values()) {
      if (ec.isUserInRole(r.name())) {
        roles.add(r);
      }
    }
    Actor a = current.actor();
    return new Caller(a.userId(), a.label(), roles);
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getProblem() {
    return problem;
  }

  public List<SearchRequest.Found> getResults() {
    return results;
  }

  public long getTotal() {
    return total;
  }
}
