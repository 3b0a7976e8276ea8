package org.ccioacademy.review.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ccioacademy.catalogue.Catalogue;
import org.ccioacademy.delivery.ModuleFigures;
import org.ccioacademy.pathway.Pathways;
import org.ccioacademy.platform.api.RestApplication;
import org.ccioacademy.platform.web.TableExport;
import org.ccioacademy.platform.web.UkTime;
import org.ccioacademy.review.Dashboard;
import org.ccioacademy.review.DataQuality;
import org.ccioacademy.review.Dimension;
import org.ccioacademy.review.Drilldown;
import org.ccioacademy.review.Population;
import org.ccioacademy.review.Viewer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Every dashboard table as CSV or Excel, within the caller's scope, streamed a batch at a time (the
 * trainee lists read 1,000 trainees a query, by id).
 */
@Path("review")
@RequestScoped
@Tag(name = "Cohort figures")
// a signed-in session, or a reviewer's API token instead
@SecurityRequirement(name = RestApplication.SESSION)
@SecurityRequirement(name = RestApplication.REVIEWER_TOKEN)
public class ReviewExportResource {

  static final int BATCH = 1000;

  @Inject Dashboard dashboard;
  @Inject Drilldown drilldown;
  @Inject DataQuality quality;
  @Inject Viewer viewer;
  @Inject Catalogue catalogue;
  @Inject Pathways pathways;

  /** What the request's cohort parameter chose (set by {@link #population}). */
  private Viewer.Chosen chosen;

  private Population population(Long cohortId) {
    chosen =
        viewer
            .choose(cohortId == null ? null : cohortId.toString())
            .orElseThrow(() -> new NotFoundException("No such cohort"));
    return chosen.population();
  }

  /**
   * A file's name that says what is in it: the table, whom it covers and the day it was made, as
   * "courses-london-nurses-2026-12-06".
   */
  private String named(String table) {
    return table + "-" + chosen.fileLabel() + "-" + LocalDate.now(UkTime.UK);
  }

  @GET
  @Path("courses.{kind}")
  @RolesAllowed({"REVIEWER", "ADMIN"})
  @Operation(summary = "The dashboard's per-course table as CSV or XLSX")
  public Response courses(
      @PathParam("kind") String kind,
      @Parameter(description = "the cohort's id; none for every trainee") @QueryParam("cohort")
          Long cohortId) {
    List<Dashboard.CourseFigures> rows = dashboard.courses(population(cohortId));
    return TableExport.of(
        TableExport.kind(kind),
        named("courses"),
        List.of(
            "Course",
            "Enrolled",
            "Completed",
            "Completion rate (%)",
            "Left",
            "Median days to complete",
            "90th percentile days"),
        rows,
        c ->
            new Object[] {
              c.title(),
              c.enrolled(),
              c.completed(),
              c.completionRate(),
              c.left(),
              c.medianDays(),
              c.p90Days()
            });
  }

  @GET
  @Path("modules.{kind}")
  @RolesAllowed({"REVIEWER", "ADMIN"})
  @Operation(summary = "A course's module by module table as CSV or XLSX")
  public Response modules(
      @PathParam("kind") String kind,
      @Parameter(description = "the cohort's id; none for every trainee") @QueryParam("cohort")
          Long cohortId,
      @Parameter(description = "the course's code") @QueryParam("course") String courseCode) {
    var course =
        Optional.ofNullable(courseCode)
            .flatMap(catalogue::course)
            .orElseThrow(() -> new NotFoundException("No such course"));
    List<ModuleFigures> rows = dashboard.modules(population(cohortId), course.getId());
    return TableExport.of(
        TableExport.kind(kind),
        named("modules-" + course.getCode()),
        List.of(
            "Module",
            "Enrolled",
            "Completed",
            "Completion rate (%)",
            "Took the quiz",
            "Passed",
            "Pass rate (%)",
            "Average best score (%)"),
        rows,
        m ->
            new Object[] {
              m.title(),
              m.enrolled(),
              m.completed(),
              m.completionRate(),
              m.tookQuiz(),
              m.passed(),
              m.passRate(),
              m.averageBestScore()
            });
  }

  @GET
  @Path("stages.{kind}")
  @RolesAllowed({"REVIEWER", "ADMIN"})
  @Operation(summary = "The dashboard's career pathway table as CSV or XLSX")
  @Transactional
  public Response stages(
      @PathParam("kind") String kind,
      @Parameter(description = "the cohort's id; none for every trainee") @QueryParam("cohort")
          Long cohortId) {
    List<Dashboard.StageFigures> rows =
        dashboard.all(population(cohortId), Dimension.REGION, pathways.current()).stages();
    return TableExport.of(
        TableExport.kind(kind),
        named("pathway-stages"),
        List.of("Highest stage", "Trainees", "Share (%)"),
        rows,
        x -> new Object[] {x.title(), x.trainees(), x.share()});
  }

  @GET
  @Path("events.{kind}")
  @RolesAllowed({"REVIEWER", "ADMIN"})
  @Operation(summary = "The dashboard's events table (attendance) as CSV or XLSX")
  @Transactional
  public Response events(
      @PathParam("kind") String kind,
      @Parameter(description = "the cohort's id; none for every trainee") @QueryParam("cohort")
          Long cohortId) {
    List<Dashboard.EventFigures> rows =
        dashboard.all(population(cohortId), Dimension.REGION, pathways.current()).events();
    return TableExport.of(
        TableExport.kind(kind),
        named("events"),
        List.of("Event", "Starts", "With a place", "Attended", "Attendance rate (%)"),
        rows,
        x ->
            new Object[] {
              x.title(), x.startsOn().toString(), x.registered(), x.attended(), x.attendanceRate()
            });
  }

  @GET
  @Path("breakdown.{kind}")
  @RolesAllowed({"REVIEWER", "ADMIN"})
  @Operation(summary = "The dashboard's breakdown table as CSV or XLSX")
  public Response breakdown(
      @PathParam("kind") String kind,
      @QueryParam("cohort") Long cohortId,
      @Parameter(description = "REGION (default), ORGANISATION, GROUP or GRADE") @QueryParam("by")
          String by) {
    Dimension d = Dimension.of(by) == null ? Dimension.REGION : Dimension.of(by);
    List<Dashboard.Breakdown> rows = dashboard.breakdown(population(cohortId), d);
    return TableExport.of(
        TableExport.kind(kind),
        named("by-" + d.name().toLowerCase(Locale.UK)),
        List.of(
            d.getLabel(), "Trainees", "Enrolments", "Completed", "Completion rate (%)", "Inactive"),
        rows,
        b ->
            new Object[] {
              b.label(),
              b.trainees(),
              b.enrolments(),
              b.completed(),
              b.completionRate(),
              b.inactive()
            });
  }

  @GET
  @Path("trainees.{kind}")
  @RolesAllowed({"REVIEWER", "ADMIN"})
  @Operation(summary = "The trainees behind a dashboard figure as CSV or XLSX, streamed")
  public Response trainees(
      @PathParam("kind") String kind,
      @QueryParam("cohort") Long cohortId,
      @QueryParam("by") String by,
      @Parameter(description = "a value of the dimension; - for not given") @QueryParam("value")
          String value,
      @Parameter(
              description =
                  "ALL (default), INACTIVE, NOT_ENROLLED; ENROLLED, COMPLETED or LEFT with a"
                      + " course; MODULE_DONE, QUIZ_TAKEN or QUIZ_PASSED with a course and module;"
                      + " STAGE with a stage; REGISTERED or ATTENDED with an event")
          @QueryParam("show")
          String show,
      @Parameter(description = "a course's code, for a per-course figure") @QueryParam("course")
          String courseCode,
      @Parameter(
              description =
                  "a module's code, with its course, for MODULE_DONE, QUIZ_TAKEN or"
                      + " QUIZ_PASSED")
          @QueryParam("module")
          String module,
      @Parameter(description = "an event's id, for REGISTERED or ATTENDED") @QueryParam("event")
          String event,
      @Parameter(description = "a pathway stage's id (- for no stage yet), for STAGE")
          @QueryParam("stage")
          String stage) {
    Drilldown.Show what = Drilldown.Show.of(show);
    Drilldown.Of of =
        drilldown
            .of(what, courseCode, module, event, stage)
            .orElseThrow(() -> new NotFoundException("No such course, module, event or stage"));
    Population p = Drilldown.narrow(population(cohortId), by, value);
    long[] after = {0};
    return TableExport.of(
        TableExport.kind(kind),
        named("trainees"),
        List.of(
            "Trainee",
            "Organisation",
            "Region",
            "Professional group",
            "Grade",
            "Courses",
            "Completed",
            "Last activity",
            "Learning records",
            "Last learning record"),
        sink -> {
          List<Drilldown.Line> batch = drilldown.after(p, what, of, after[0], BATCH);
          for (Drilldown.Line l : batch) {
            sink.row(
                l.name(),
                l.odsCode(),
                l.region(),
                l.group(),
                l.grade(),
                l.enrolments(),
                l.completed(),
                l.lastActivity() == null ? null : l.lastActivity().toLocalDate().toString(),
                l.learningRecords(),
                l.lastRecord() == null ? null : l.lastRecord().toLocalDate().toString());
            after[0] = l.userId();
          }
          return !batch.isEmpty();
        },
        viewer.exported(
            "read.trainee-export",
            what.getLabel()
                + (of.label() == null ? "" : ": " + of.label())
                + (cohortId == null ? "" : ", cohort " + cohortId)
                + (by == null || value == null ? "" : ", " + by + " " + value)));
  }

  @GET
  @Path("quality-figures.{kind}")
  @RolesAllowed({"REVIEWER", "ADMIN"})
  @Operation(summary = "The data quality figures, field by field, as CSV or XLSX")
  public Response qualityFigures(
      @PathParam("kind") String kind,
      @Parameter(description = "the cohort's id; none for every trainee") @QueryParam("cohort")
          Long cohortId) {
    List<DataQuality.Figure> rows = quality.figures(population(cohortId));
    return TableExport.of(
        TableExport.kind(kind),
        named("data-quality"),
        List.of(
            "Field",
            "Trainees",
            "Missing",
            "Missing (%)",
            "Not valid",
            "Not valid (%)",
            "Missing or not valid (%)"),
        rows,
        x ->
            new Object[] {
              x.check().getLabel(),
              x.trainees(),
              x.missing(),
              x.missingRate(),
              x.invalid(),
              x.invalidRate(),
              x.problemRate()
            });
  }

  @GET
  @Path("quality.{kind}")
  @RolesAllowed({"REVIEWER", "ADMIN"})
  @Operation(summary = "The records to put right (data quality) as CSV or XLSX, streamed")
  public Response quality(
      @PathParam("kind") String kind,
      @QueryParam("cohort") Long cohortId,
      @Parameter(description = "REGISTRATION, ORGANISATION, REGION or GRADE; none for any")
          @QueryParam("check")
          String check) {
    Population p = population(cohortId);
    DataQuality.Check only = DataQuality.Check.of(check);
    long[] after = {0};
    return TableExport.of(
        TableExport.kind(kind),
        named("records-to-put-right"),
        List.of("Trainee", "Email", "Organisation", "What to put right"),
        sink -> {
          List<DataQuality.Problem> batch = quality.after(p, only, after[0], BATCH);
          for (DataQuality.Problem x : batch) {
            sink.row(x.name(), x.email(), x.odsCode(), x.problems());
            after[0] = x.userId();
          }
          return !batch.isEmpty();
        },
        viewer.exported(
            "read.quality-export",
            (cohortId == null ? "every trainee" : "cohort " + cohortId)
                + (only == null ? "" : ", " + only.getLabel())));
  }
}
