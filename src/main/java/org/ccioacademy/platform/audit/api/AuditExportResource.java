package org.ccioacademy.platform.audit.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.ccioacademy.platform.api.RestApplication;
import org.ccioacademy.platform.audit.Actor;
import org.ccioacademy.platform.audit.AuditFilter;
import org.ccioacademy.platform.audit.AuditLine;
import org.ccioacademy.platform.audit.AuditLog;
import org.ccioacademy.platform.audit.AuditSentences;
import org.ccioacademy.platform.audit.CurrentActor;
import org.ccioacademy.platform.kernel.InvalidInputException;
import org.ccioacademy.platform.web.TableExport;
import org.ccioacademy.platform.web.UkTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The audit log as CSV, for administrators: the same filter as the page; the export audited. */
@Path("audit")
@SecurityRequirement(name = RestApplication.SESSION)
public class AuditExportResource {

  private static final int BATCH = 1000;

  @Inject AuditLog audit;
  @Inject AuditSentences sentences;
  @Inject CurrentActor currentActor;

  @GET
  @Path("log.csv")
  @RolesAllowed("ADMIN")
  @Operation(summary = "Audit log entries as CSV, newest first, streamed")
  public Response log(
      @Parameter(description = "first day, yyyy-mm-dd") @QueryParam("from") String from,
      @Parameter(description = "last day, yyyy-mm-dd") @QueryParam("to") String to,
      @Parameter(description = "an action, or an area such as user.") @QueryParam("action")
          String action,
      @Parameter(description = "name or email of the person the entries are by or about")
          @QueryParam("person")
          String person) {
    AuditFilter filter = audit.filter(date(from), date(to), action, person);
    Actor admin = currentActor.actor();
    String what =
        "from "
            + orAny(from)
            + " to "
            + orAny(to)
            + ", action "
            + orAny(action)
            + ", person "
            + orAny(person);
    long[] before = {Long.MAX_VALUE};
    return TableExport.of(
        "csv",
        "audit-log-" + LocalDate.now(UkTime.UK),
        List.of("When", "Who", "What happened", "Action", "Before", "After", "Rows", "Request"),
        sink -> {
          List<AuditLine> batch = sentences.lines(audit.before(before[0], BATCH, filter));
          for (AuditLine l : batch) {
            sink.row(
                l.when().toString(),
                l.who(),
                l.sentence(),
                l.action(),
                l.before(),
                l.after(),
                l.rows(),
                l.requestId());
            before[0] = l.id();
          }
          return !batch.isEmpty();
        },
        rows -> audit.read(admin, "audit.exported", "audit", null, null, what, rows));
  }

  private static String orAny(String s) {
    return s == null || s.isBlank() ? "any" : s.strip();
  }

  private static LocalDate date(String text) {
    try {
      return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw InvalidInputException.of(
          "date", "Give dates as year-month-day (2026-12-31), not " + text + ".");
    }
  }
}
