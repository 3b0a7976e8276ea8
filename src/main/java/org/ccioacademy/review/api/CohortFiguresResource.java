package org.ccioacademy.review.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import org.ccioacademy.pathway.Pathways;
import org.ccioacademy.platform.api.RestApplication;
import org.ccioacademy.review.Cohort;
import org.ccioacademy.review.Dashboard;
import org.ccioacademy.review.Dimension;
import org.ccioacademy.review.ReviewerScopes;
import org.ccioacademy.review.Scope;
import org.ccioacademy.review.Viewer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Cohort figures as JSON, for reviewers and admins: the same figures as the dashboard, within the
 * caller's scope (definitions in docs/metrics.md).
 */
@Path("review")
@RequestScoped
@Tag(name = "Cohort figures")
// a signed-in session, or a reviewer's API token instead
@SecurityRequirement(name = RestApplication.SESSION)
@SecurityRequirement(name = RestApplication.REVIEWER_TOKEN)
public class CohortFiguresResource {

  @Inject Dashboard dashboard;
  @Inject Viewer viewer;
  @Inject Pathways pathways;

  @GET
  @Path("figures")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({"REVIEWER", "ADMIN"})
  @Operation(
      summary =
          "A cohort's figures: summary, per course, and broken down by one dimension, within the"
              + " caller's scope")
  @APIResponse(responseCode = "200", description = "The figures")
  @APIResponse(responseCode = "404", description = "No such cohort")
  @Transactional
  public JsonObject figures(
      @Parameter(description = "the cohort's id; none for every trainee") @QueryParam("cohort")
          Long cohortId,
      @Parameter(description = "REGION (default), ORGANISATION, GROUP or GRADE") @QueryParam("by")
          String by) {
    Viewer.Chosen chosen =
        viewer
            .choose(cohortId == null ? null : cohortId.toString())
            .orElseThrow(() -> new NotFoundException("No such cohort"));
    Scope scope = chosen.scope();
    Cohort cohort = chosen.cohort();
    Dimension d = Dimension.of(by) == null ? Dimension.REGION : Dimension.of(by);
    Dashboard.Figures figures = dashboard.all(chosen.population(), d, pathways.current());
    Dashboard.Summary s = figures.summary();
    JsonArrayBuilder courses = Json.createArrayBuilder();
    for (Dashboard.CourseFigures c : figures.courses()) {
      JsonObjectBuilder o =
          Json.createObjectBuilder()
              .add("code", c.code())
              .add("title", c.title())
              .add("enrolled", c.enrolled())
              .add("completed", c.completed())
              .add("left", c.left());
      put(o, "completionRate", c.completionRate());
      put(o, "medianDaysToComplete", c.medianDays());
      put(o, "p90DaysToComplete", c.p90Days());
      courses.add(o);
    }
    JsonArrayBuilder rows = Json.createArrayBuilder();
    for (Dashboard.Breakdown b : figures.breakdown()) {
      JsonObjectBuilder o = Json.createObjectBuilder();
      if (b.value() == null) {
        o.addNull("value");
      } else {
        o.add("value", b.value());
      }
      o.add("label", b.label())
          .add("trainees", b.trainees())
          .add("enrolments", b.enrolments())
          .add("completed", b.completed())
          .add("inactive", b.inactive());
      put(o, "completionRate", b.completionRate());
      rows.add(o);
    }
    JsonObjectBuilder summary =
        Json.createObjectBuilder()
            .add("trainees", s.trainees())
            .add("enrolments", s.enrolments())
            .add("completed", s.completed())
            .add("left", s.left())
            .add("inactive", s.inactive())
            .add("inactiveDays", dashboard.getInactiveDays())
            .add("notEnrolled", s.neverStarted());
    put(summary, "completionRate", s.completionRate());
    JsonArrayBuilder stages = Json.createArrayBuilder();
    for (Dashboard.StageFigures f : figures.stages()) {
      JsonObjectBuilder o = Json.createObjectBuilder();
      if (f.stageId() == null) {
        o.addNull("stage");
      } else {
        o.add("stage", f.stageId());
      }
      o.add("title", f.title()).add("trainees", f.trainees());
      put(o, "share", f.share());
      stages.add(o);
    }
    JsonArrayBuilder events = Json.createArrayBuilder();
    for (Dashboard.EventFigures e : figures.events()) {
      JsonObjectBuilder o =
          Json.createObjectBuilder()
              .add("id", e.id())
              .add("title", e.title())
              .add("startsOn", e.startsOn().toString())
              .add("withAPlace", e.registered())
              .add("attended", e.attended());
      put(o, "attendanceRate", e.attendanceRate());
      events.add(o);
    }
    JsonObjectBuilder result =
        Json.createObjectBuilder()
            .add("scope", ReviewerScopes.describe(scope))
            .add("summary", summary)
            .add("courses", courses)
            .add("pathwayStages", stages)
            .add("events", events)
            .add("by", d.name())
            .add("breakdown", rows);
    if (cohort != null) {
      result.add(
          "cohort",
          Json.createObjectBuilder()
              .add("id", cohort.getId())
              .add("name", cohort.getName())
              .add("definition", cohort.describe()));
    }
    return result.build();
  }

  private static void put(JsonObjectBuilder o, String name, BigDecimal value) {
    if (value == null) {
      o.addNull(name);
    } else {
      o.add(name, value);
    }
  }
}
