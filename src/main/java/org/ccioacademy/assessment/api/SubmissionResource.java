package org.ccioacademy.assessment.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.ccioacademy.assessment.Submissions;
import org.ccioacademy.identity.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The file of a submission, for the trainee who handed it in (anyone else: 404). */
@Path("submissions")
@RequestScoped
@Tag(name = "Assessment")
public class SubmissionResource {

  @Inject Submissions submissions;
  @Inject CurrentUser currentUser;

  @GET
  @Path("{id}/file")
  @RolesAllowed("TRAINEE")
  @Operation(summary = "The file of one of the signed-in trainee's own submissions")
  public Response file(@PathParam("id") String id) {
    if (id == null || !id.matches("\\d{1,18}")) {
      return Response.status(Response.Status.NOT_FOUND).build();
    }
    return submissions
        .ownFile(currentUser.id(), Long.parseLong(id))
        .map(
            f ->
                Response.ok(f.content(), f.mediaType())
                    .header(
                        "Content-Disposition",
                        org.ccioacademy.platform.files.Upload.attachment(f.name()))
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Cache-Control", "private, no-store")
                    .build())
        .orElse(Response.status(Response.Status.NOT_FOUND).build());
  }
}
