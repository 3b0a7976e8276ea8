package org.ccioacademy.assessment.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.OffsetDateTime;
import java.util.List;
import org.ccioacademy.assessment.MyDeadlines;
import org.ccioacademy.identity.CurrentUser;

/**
 * For a trainee's home: assignments still to hand in, soonest first, and marks released in the last
 * {@value #RECENT_DAYS} days.
 */
@Named
@RequestScoped
public class MyDeadlinesView {

  static final int SHOWN = 5;
  static final int RECENT_DAYS = 30;

  @Inject MyDeadlines deadlines;
  @Inject CurrentUser currentUser;

  private List<MyDeadlines.Due> due;
  private List<MyDeadlines.Released> released;

  @PostConstruct
  void load() {
    OffsetDateTime now = OffsetDateTime.now();
    due = deadlines.due(currentUser.id(), now, SHOWN);
    released = deadlines.released(currentUser.id(), now.minusDays(RECENT_DAYS), SHOWN);
  }

  public List<MyDeadlines.Due> getDue() {
    return due;
  }

  public List<MyDeadlines.Released> getReleased() {
    return released;
  }
}
