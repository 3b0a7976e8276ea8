package org.ccioacademy.assessment.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.ccioacademy.assessment.Marking;
import org.ccioacademy.assessment.Submissions;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.platform.api.Downloads;
import org.ccioacademy.platform.api.RestApplication;
import org.ccioacademy.platform.audit.AuditLog;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The file of a submission, for the trainee who handed it in and for those who mark it (tutors of
 * its course, admins); anyone else gets 404, as if there were none.
 */
@Path("submissions")
@RequestScoped
@Tag(name = "Assessment")
@SecurityRequirement(name = RestApplication.SESSION)
public class SubmissionResource {

  @Inject Submissions submissions;
  @Inject Marking marking;
  @Inject CurrentUser currentUser;
  @Inject AuditLog audit;

  @GET
  @Path("{id}/file")
  @RolesAllowed({"TRAINEE", "TUTOR", "ADMIN"})
  @Operation(
      summary =
          "The file of a submission: for the trainee who handed it in, and for the tutors of its"
              + " course and admins")
  public Response file(@PathParam("id") String id) {
    if (id == null || !id.matches("\\d{1,18}")) {
      return Downloads.none();
    }
    long submission = Long.parseLong(id);
    Optional<Submissions.StoredFile> own = submissions.ownFile(currentUser.id(), submission);
    if (own.isPresent()) {
      return Downloads.file(own.get().content(), own.get().mediaType(), own.get().name());
    }
    Optional<Marking.Work> work = marking.work(currentUser.caller(), submission);
    Optional<Submissions.StoredFile> file = marking.file(currentUser.caller(), submission);
    if (work.isEmpty() || file.isEmpty()) {
      return Downloads.none();
    }
    audit.read(
        currentUser.actor(),
        "read.hand-in",
        "user",
        work.get().submission().getUserId(),
        null,
        "the file " + file.get().name() + " of hand-in " + submission,
        1);
    return Downloads.file(file.get().content(), file.get().mediaType(), file.get().name());
  }
}
