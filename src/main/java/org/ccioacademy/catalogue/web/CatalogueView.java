package org.ccioacademy.catalogue.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ccioacademy.catalogue.Catalogue;
import org.ccioacademy.catalogue.CatalogueSearch;
import org.ccioacademy.catalogue.CompetencyDomain;
import org.ccioacademy.catalogue.format.CourseLevel;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.identity.ProfessionalGroup;

/**
 * The course catalogue: a plain GET search form (bookmarkable, works without script) over the
 * published courses, filtered and paged in the database.
 */
@Named
@RequestScoped
public class CatalogueView {

  static final int PAGE_SIZE = 10;

  @Inject Catalogue catalogue;
  @Inject CurrentUser currentUser;

  private String q;
  private String group;
  private String level;
  private String domain;
  private String hours;
  private String page;

  private List<Catalogue.Entry> courses;
  private long total;
  private int pageNumber;
  private int pageCount;
  private List<CompetencyDomain> domains;
  private CatalogueSearch search;

  /** f:viewAction: runs the search; unknown filter values are ignored, never an error. */
  public void load() {
    ProfessionalGroup g = parse(ProfessionalGroup.class, group);
    if (g == null && group == null && currentUser.isSignedIn()) {
      // a trainee sees courses for their own group first; "any" is one click away
      var profile = currentUser.getAccount().getProfile();
      g = profile == null ? null : profile.getGroup();
      group = g == null ? null : g.name();
    }
    Integer maxHours = null;
    if (hours != null && hours.matches("\\d{1,2}")) {
      maxHours = Integer.valueOf(hours);
    }
    search =
        new CatalogueSearch(
            q == null ? null : q.strip(),
            g,
            parse(CourseLevel.class, level),
            domain == null || domain.isBlank() ? null : domain,
            maxHours);
    total = catalogue.count(search);
    pageCount = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    pageNumber = 1;
    if (page != null && page.matches("\\d{1,6}")) {
      pageNumber = Math.min(Math.max(1, Integer.parseInt(page)), pageCount);
    }
    courses = catalogue.search(search, (pageNumber - 1) * PAGE_SIZE, PAGE_SIZE);
    domains = catalogue.domains();
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  public boolean isFiltered() {
    return search.text() != null && !search.text().isEmpty()
        || search.group() != null
        || search.level() != null
        || search.domainKey() != null
        || search.maxHours() != null;
  }

  public List<Catalogue.Entry> getCourses() {
    return courses;
  }

  public long getTotal() {
    return total;
  }

  public int getPageNumber() {
    return pageNumber;
  }

  public int getPageCount() {
    return pageCount;
  }

  public List<CompetencyDomain> getDomains() {
    return domains;
  }

  public List<ProfessionalGroup> getGroups() {
    return List.of(ProfessionalGroup.values());
  }

  public List<CourseLevel> getLevels() {
    return List.of(CourseLevel.values());
  }

  public List<Integer> getHourChoices() {
    return List.of(1, 2, 3, 5, 10);
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getGroup() {
    return group;
  }

  public void setGroup(String group) {
    this.group = group;
  }

  public String getLevel() {
    return level;
  }

  public void setLevel(String level) {
    this.level = level;
  }

  public String getDomain() {
    return domain;
  }

  public void setDomain(String domain) {
    this.domain = domain;
  }

  public String getHours() {
    return hours;
  }

  public void setHours(String hours) {
    this.hours = hours;
  }

  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }
}
