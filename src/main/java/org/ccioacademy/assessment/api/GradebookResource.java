package org.ccioacademy.assessment.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ccioacademy.assessment.Gradebook;
import org.ccioacademy.catalogue.Catalogue;
import org.ccioacademy.catalogue.Course;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.platform.api.RestApplication;
import org.ccioacademy.platform.web.Csv;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A course's gradebook as CSV or Excel, for its tutors and admins (anyone else: 404). Written as a
 * stream, 500 trainees at a time, so a large course never sits in memory.
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

  @GET
  @Path("{course}.csv")
  @RolesAllowed({"TUTOR", "ADMIN"})
  @Operation(summary = "A course's gradebook as CSV (UTF-8 with a byte order mark, for Excel)")
  public Response csv(
      @PathParam("course") String code,
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
    StreamingOutput body =
        out -> {
          Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
          w.write('\uFEFF');
          StringBuilder head = new StringBuilder("trainee,email");
          for (Gradebook.Item i : items) {
            head.append(',').append(Csv.cell(i.title() + " (out of " + i.max() + ")"));
          }
          w.write(head.append(",passed,average per cent\r\n").toString());
          each(
              course,
              items,
              filter,
              l -> {
                StringBuilder row =
                    new StringBuilder(Csv.cell(l.name())).append(',').append(Csv.cell(l.email()));
                for (Gradebook.Item i : items) {
                  Gradebook.Cell c = l.cells().get(i.key());
                  row.append(',').append(c == null ? "" : plain(c.score()));
                }
                row.append(',').append(l.passed()).append(',').append(plain(l.average()));
                w.write(row.append("\r\n").toString());
              });
          w.flush();
        };
    return Response.ok(body, "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"gradebook-" + code + ".csv\"")
        .build();
  }

  @GET
  @Path("{course}.xlsx")
  @RolesAllowed({"TUTOR", "ADMIN"})
  @Operation(summary = "A course's gradebook as an Excel workbook")
  public Response xlsx(
      @PathParam("course") String code,
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
    StreamingOutput body =
        out -> {
          Workbook wb = new Workbook(out, "CCIO Academy", "1.0");
          Worksheet ws = wb.newWorksheet("Gradebook");
          ws.value(0, 0, "Trainee");
          ws.value(0, 1, "Email");
          int col = 2;
          for (Gradebook.Item i : items) {
            ws.value(0, col++, i.title() + " (out of " + i.max() + ")");
          }
          ws.value(0, col, "Passed");
          ws.value(0, col + 1, "Average per cent");
          ws.range(0, 0, 0, col + 1).style().bold().set();
          int[] row = {1};
          each(
              course,
              items,
              filter,
              l -> {
                int r = row[0]++;
                ws.value(r, 0, l.name());
                ws.value(r, 1, l.email());
                int c = 2;
                for (Gradebook.Item i : items) {
                  Gradebook.Cell cell = l.cells().get(i.key());
                  if (cell != null) {
                    ws.value(r, c, cell.score());
                  }
                  c++;
                }
                ws.value(r, c, l.passed());
                ws.value(r, c + 1, l.average());
                if (r % BATCH == 0) {
                  ws.flush();
                }
              });
          wb.finish();
        };
    return Response.ok(body, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .header("Content-Disposition", "attachment; filename=\"gradebook-" + code + ".xlsx\"")
        .build();
  }

  /** One line at a time, for every trainee of the course, read a batch at a time. */
  private void each(
      Course course, List<Gradebook.Item> items, Gradebook.Filter filter, LineWriter write)
      throws IOException {
    int first = 0;
    List<Gradebook.Line> batch;
    do {
      batch = gradebook.lines(course, items, filter, first, BATCH);
      for (Gradebook.Line l : batch) {
        write.line(l);
      }
      first += batch.size();
    } while (batch.size() == BATCH);
  }

  @FunctionalInterface
  private interface LineWriter {
    void line(Gradebook.Line l) throws IOException;
  }

  private Course markable(String code) {
    Course c = code == null ? null : catalogue.course(code).orElse(null);
    return c != null && c.mayBeEditedBy(currentUser.caller()) ? c : null;
  }

  private static String plain(BigDecimal b) {
    return b.stripTrailingZeros().toPlainString();
  }
}
