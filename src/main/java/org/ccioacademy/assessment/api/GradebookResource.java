package org.ccioacademy.assessment.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ccioacademy.assessment.Gradebook;
import org.ccioacademy.catalogue.Catalogue;
import org.ccioacademy.catalogue.Course;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.platform.api.RestApplication;
import org.ccioacademy.platform.audit.Actor;
import org.ccioacademy.platform.audit.AuditLog;
import org.ccioacademy.platform.web.TableExport;
import org.ccioacademy.platform.web.UkTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A course's gradebook as CSV or Excel, for its tutors and admins (anyone else: 404), through
 * {@link TableExport} like every other table: streamed 500 trainees at a time, so a large course
 * never sits in memory.
 */
@Path("gradebook")
@RequestScoped
@Tag(name = "Assessment")
@SecurityRequirement(name = RestApplication.SESSION)
public class GradebookResource {

  private static final int BATCH = 500;

  @Inject Gradebook gradebook;
  @Inject Catalogue catalogue;
  @Inject CurrentUser currentUser;
  @Inject AuditLog audit;

  @GET
  @Path("{course}.{kind}")
  @RolesAllowed({"TUTOR", "ADMIN"})
  @Operation(
      operationId = "gradebookExport",
      summary =
          "A course's gradebook as CSV (UTF-8 with a byte order mark, for Excel) or as an Excel"
              + " workbook")
  public Response export(
      @PathParam("course") String code,
      @Parameter(description = "csv or xlsx") @PathParam("kind") String kind,
      @Parameter(description = "only trainees whose name or email contains this") @QueryParam("q")
          String q,
      @Parameter(
              description =
                  "only these trainees: ALL_PASSED, OUTSTANDING, NOTHING_YET, COMPLETED or"
                      + " NOT_COMPLETED (default everyone)")
          @QueryParam("show")
          String show) {
    Gradebook.Filter filter = new Gradebook.Filter(q, Gradebook.Show.of(show));
    Course course = markable(code);
    if (course == null) {
      return Response.status(Response.Status.NOT_FOUND).build();
    }
    List<Gradebook.Item> items = gradebook.items(course);
    List<String> columns = new ArrayList<>(List.of("trainee", "email"));
    items.forEach(i -> columns.add(i.title() + " (out of " + i.max() + ")"));
    columns.addAll(List.of("passed", "average per cent"));
    int[] first = {0};
    Actor who = currentUser.actor();
    return TableExport.of(
        TableExport.kind(kind),
        "gradebook-" + course.getCode() + "-" + LocalDate.now(UkTime.UK),
        columns,
        sink -> {
          List<Gradebook.Line> batch = gradebook.lines(course, items, filter, first[0], BATCH);
          for (Gradebook.Line l : batch) {
            List<Object> cells = new ArrayList<>(List.of(l.name(), l.email()));
            for (Gradebook.Item i : items) {
              Gradebook.Cell c = l.cells().get(i.key());
              cells.add(c == null || c.score() == null ? null : c.score().stripTrailingZeros());
            }
            cells.add(l.passed());
            cells.add(l.average().stripTrailingZeros());
            sink.row(cells.toArray());
          }
          first[0] += batch.size();
          return batch.size() == BATCH;
        },
        rows ->
            audit.read(
                who,
                "read.gradebook-export",
                "course",
                course.getId(),
                course.getCode(),
                kind + (q == null || q.isBlank() ? "" : ", names matching " + q),
                rows));
  }

  private Course markable(String code) {
    Course c = code == null ? null : catalogue.course(code).orElse(null);
    return c != null && c.mayBeEditedBy(currentUser.caller()) ? c : null;
  }
}
