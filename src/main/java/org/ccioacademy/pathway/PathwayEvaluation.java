package org.ccioacademy.pathway;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ccioacademy.catalogue.format.CompetencyRef;

/**
 * Works out, from a trainee's evidence, where they are on every stage. Stages are met in order:
 * every stage up to the first unmet one is met; that one is in progress once a course it asks for
 * is done or an event it asks for attended (CPD hours, competencies and registration count toward
 * every stage, so they alone do not start one), else not started; the stages after it are not
 * started, and say which stage comes first.
 */
public final class PathwayEvaluation {

  private PathwayEvaluation() {}

  /**
   * @param courseTitles course ids and competency domains ({@code framework:domain}) to their
   *     titles, for readable requirements (missing ones show the id)
   */
  public static List<StageProgress> evaluate(
      PathwayDefinition pathway, Evidence e, Map<String, String> courseTitles) {
    List<StageProgress> result = new ArrayList<>();
    String blockedBy = null;
    for (PathwayDefinition.Stage stage : pathway.stages()) {
      List<StageProgress.Requirement> reqs = requirements(stage.requires(), e, courseTitles);
      boolean allMet = reqs.stream().allMatch(StageProgress.Requirement::met);
      StageProgress.Status status;
      if (blockedBy != null) {
        reqs.add(
            0,
            new StageProgress.Requirement(
                "Meet the stage " + blockedBy + " first", false, null, null, false));
        status = StageProgress.Status.NOT_STARTED;
      } else if (allMet) {
        status = StageProgress.Status.MET;
      } else {
        // the stage the trainee is on: in progress once something counts toward it
        status =
            reqs.stream().anyMatch(StageProgress.Requirement::started)
                ? StageProgress.Status.IN_PROGRESS
                : StageProgress.Status.NOT_STARTED;
        blockedBy = "\u201c" + stage.title() + "\u201d";
      }
      result.add(new StageProgress(stage, status, reqs));
    }
    return result;
  }

  private static List<StageProgress.Requirement> requirements(
      PathwayDefinition.Requirements r, Evidence e, Map<String, String> titles) {
    List<StageProgress.Requirement> reqs = new ArrayList<>();
    for (String course : r.courses()) {
      reqs.add(
          new StageProgress.Requirement(
              "Complete the course " + titles.getOrDefault(course, course),
              e.courses().contains(course),
              null,
              "/course.xhtml?id=" + course,
              e.courses().contains(course) || e.enrolled().contains(course)));
    }
    for (PathwayDefinition.EventRequirement ev : r.events()) {
      int done = e.eventsOf(ev.kind());
      String what = PathwayReader.eventKinds().get(ev.kind());
      reqs.add(
          new StageProgress.Requirement(
              ev.count() == 1
                  ? "Attend " + what
                  : "Attend "
                      + ev.count()
                      + " events"
                      + ("any".equals(ev.kind()) ? "" : " (" + what + ")"),
              done >= ev.count(),
              done + " of " + ev.count(),
              "/events.xhtml",
              done > 0));
    }
    if (r.cpdHours().signum() > 0) {
      reqs.add(
          new StageProgress.Requirement(
              hours(r.cpdHours()) + " CPD hours in all",
              e.cpdHours().compareTo(r.cpdHours()) >= 0,
              hours(e.cpdHours().min(r.cpdHours())) + " of " + hours(r.cpdHours()),
              "/trainee/attendance.xhtml",
              false));
    }
    if (r.participatoryHours().signum() > 0) {
      reqs.add(
          new StageProgress.Requirement(
              hours(r.participatoryHours()) + " participatory CPD hours (learning with others)",
              e.participatoryHours().compareTo(r.participatoryHours()) >= 0,
              hours(e.participatoryHours().min(r.participatoryHours()))
                  + " of "
                  + hours(r.participatoryHours()),
              "/events.xhtml",
              false));
    }
    for (CompetencyRef c : r.competencies()) {
      reqs.add(
          new StageProgress.Requirement(
              "Evidence the competency \u201c"
                  + titles.getOrDefault(c.domainKey(), c.domainKey())
                  + "\u201d (through a course that teaches it)",
              e.competencies().contains(c.domainKey()),
              null,
              "/catalogue.xhtml?group=any&domain=" + c.domainKey(),
              false));
    }
    if (r.registration()) {
      reqs.add(
          new StageProgress.Requirement(
              "Current professional registration (on your profile)",
              e.registered(),
              null,
              "/trainee/home.xhtml",
              false));
    }
    return reqs;
  }

  private static String hours(BigDecimal h) {
    return h.stripTrailingZeros().toPlainString();
  }
}
