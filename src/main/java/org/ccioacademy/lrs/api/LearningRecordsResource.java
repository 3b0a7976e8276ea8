package org.ccioacademy.lrs.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.ccioacademy.lrs.StatementExport;
import org.ccioacademy.platform.api.RestApplication;
import org.ccioacademy.platform.audit.AuditLog;
import org.ccioacademy.platform.audit.CurrentActor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A person's learning records (xAPI statements) as one JSON array, for admins: every statement
 * about them, oldest first, streamed a batch at a time; the export audited.
 */
@Path("people/{id}/learning-records.json")
@Tag(name = "Learning records")
@SecurityRequirement(name = RestApplication.SESSION)
public class LearningRecordsResource {

  @Inject StatementExport export;
  @Inject CurrentActor currentActor;
  @Inject AuditLog audit;

  @GET
  @RolesAllowed("ADMIN")
  @Operation(summary = "Every xAPI statement about a person, oldest first, as a JSON array")
  public Response statements(@PathParam("id") long id) {
    if (!export.personExists(id)) {
      return Response.status(404).build();
    }
    var admin = currentActor.actor();
    StreamingOutput body =
        out -> {
          Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
          int rows = export.write(id, w);
          w.flush();
          audit.read(admin, "lrs.exported", "user", id, null, "learning records", rows);
        };
    return Response.ok(body, "application/json")
        .header("Content-Disposition", "attachment; filename=\"learning-records-" + id + ".json\"")
        .build();
  }
}
