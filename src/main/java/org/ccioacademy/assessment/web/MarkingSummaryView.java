package org.ccioacademy.assessment.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ccioacademy.assessment.Marking;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.platform.kernel.Caller;

/**
 * What waits for a tutor on the courses they mark, for their home page: how much work is handed in
 * and not marked, waiting for a second marker to agree, and marked but not yet released. Counts
 * only, so reading it writes no audit row (no names are shown).
 */
@Named
@RequestScoped
public class MarkingSummaryView {

  @Inject Marking marking;
  @Inject CurrentUser currentUser;

  private long toMark;
  private long toModerate;
  private long toRelease;
  private int courses;

  @PostConstruct
  void load() {
    Caller who = currentUser.caller();
    toMark = marking.count(who, null, null, Marking.Stage.TO_MARK);
    toModerate = marking.count(who, null, null, Marking.Stage.TO_MODERATE);
    toRelease = marking.count(who, null, null, Marking.Stage.MARKED);
    courses = marking.courses(who).size();
  }

  public long getToMark() {
    return toMark;
  }

  public long getToModerate() {
    return toModerate;
  }

  public long getToRelease() {
    return toRelease;
  }

  public int getCourses() {
    return courses;
  }
}
