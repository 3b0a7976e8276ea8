package org.ccioacademy.events.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.ccioacademy.events.Event;
import org.ccioacademy.events.EventOrganising;
import org.ccioacademy.platform.web.UkTime;

/** Upcoming events, soonest first, paged in the database. */
@Named
@RequestScoped
public class EventsView {

  static final int PAGE_SIZE = 10;

  @Inject EventOrganising events;

  private String page;
  private List<Event> list;
  private int pageNumber;
  private int pageCount;

  public void load() {
    LocalDate today = LocalDate.now(UkTime.UK);
    long total = events.countUpcoming(today);
    pageCount = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    pageNumber = 1;
    if (page != null && page.matches("\\d{1,6}")) {
      pageNumber = Math.min(Math.max(1, Integer.parseInt(page)), pageCount);
    }
    list = events.upcoming(today, (pageNumber - 1) * PAGE_SIZE, PAGE_SIZE);
  }

  public List<Event> getList() {
    return list;
  }

  public int getPageNumber() {
    return pageNumber;
  }

  public int getPageCount() {
    return pageCount;
  }

  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }
}
