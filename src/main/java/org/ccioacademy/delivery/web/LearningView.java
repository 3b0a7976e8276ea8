package org.ccioacademy.delivery.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ccioacademy.delivery.LearningRow;
import org.ccioacademy.delivery.MyLearning;
import org.ccioacademy.identity.CurrentUser;

/** "My learning": the trainee's courses in progress and completed, paged in the database. */
@Named
@RequestScoped
public class LearningView {

  static final int PAGE_SIZE = 20;

  @Inject MyLearning myLearning;
  @Inject CurrentUser currentUser;

  private String page;
  private List<LearningRow> rows;
  private int pageNumber;
  private int pageCount;
  private long total;

  public void load() {
    total = myLearning.learningCount(currentUser.id());
    pageCount = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    pageNumber = 1;
    if (page != null && page.matches("\\d{1,6}")) {
      pageNumber = Math.min(Math.max(1, Integer.parseInt(page)), pageCount);
    }
    rows = myLearning.learning(currentUser.id(), (pageNumber - 1) * PAGE_SIZE, PAGE_SIZE);
  }

  public List<LearningRow> getInProgress() {
    return rows.stream().filter(r -> !r.isCompleted()).toList();
  }

  public List<LearningRow> getCompleted() {
    return rows.stream().filter(LearningRow::isCompleted).toList();
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

  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }
}
