package org.ccioacademy.delivery.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ccioacademy.delivery.LearningRow;
import org.ccioacademy.delivery.MyLearning;
import org.ccioacademy.identity.CurrentUser;

/** For a trainee's home: the courses they were last working on, to continue where they left off. */
@Named
@RequestScoped
public class ContinueLearningView {

  static final int SHOWN = 3;

  @Inject MyLearning learning;
  @Inject CurrentUser currentUser;

  private List<LearningRow> inProgress;
  private long courses;

  @PostConstruct
  void load() {
    long me = currentUser.id();
    // in progress come first, most recently active first
    inProgress = learning.learning(me, 0, SHOWN).stream().filter(r -> !r.isCompleted()).toList();
    courses = learning.learningCount(me);
  }

  public List<LearningRow> getInProgress() {
    return inProgress;
  }

  /** Every course the trainee is on or has completed. */
  public long getCourses() {
    return courses;
  }
}
