package org.ccioacademy.catalogue.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.ccioacademy.catalogue.Catalogue;
import org.ccioacademy.catalogue.CatalogueSearch;
import org.ccioacademy.catalogue.ContentPackages;
import org.ccioacademy.catalogue.Course;
import org.ccioacademy.catalogue.CourseExport;
import org.ccioacademy.catalogue.CourseVersion;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.platform.api.RestApplication;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The published catalogue, and the export of a course in the course file format. */
@Path("courses")
@RequestScoped
@Tag(name = "Catalogue")
public class CourseResource {

  static final int MAX_PAGE = 100;

  @Inject Catalogue catalogue;
  @Inject CurrentUser currentUser;
  @Inject ContentPackages packages;

  /** A course as the catalogue lists it. */
  public record CourseSummary(
      String id, String title, String summary, String level, int cpdHours, long modules) {
    static CourseSummary of(Catalogue.Entry e) {
      return new CourseSummary(
          e.code(), e.title(), e.summary(), e.level().name(), e.cpdHours(), e.modules());
    }
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @PermitAll
  @SecurityRequirementsSet
  @Operation(summary = "Published courses by title, optionally matching words (paged)")
  @APIResponse(
      responseCode = "200",
      description = "The courses",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CourseSummary[].class)))
  @APIResponse(responseCode = "406", description = "Asked for a format other than JSON")
  public List<CourseSummary> list(
      @QueryParam("q") String q, @QueryParam("first") int first, @QueryParam("size") int size) {
    int n = size <= 0 ? 20 : Math.min(size, MAX_PAGE);
    return catalogue
        .search(new CatalogueSearch(q, null, null, null, null), Math.max(0, first), n)
        .stream()
        .map(CourseSummary::of)
        .toList();
  }

  @GET
  @Path("{id}/export")
  @Produces("application/zip")
  @RolesAllowed({"TUTOR", "ADMIN"})
  @SecurityRequirement(name = RestApplication.SESSION)
  @Operation(summary = "The current version of a course as a zip in the course file format")
  @APIResponse(responseCode = "200", description = "The zip of the course folder")
  @APIResponse(responseCode = "403", description = "Not a tutor of this course or an admin")
  @APIResponse(responseCode = "404", description = "No such course")
  public Response export(@PathParam("id") String id) {
    Course course = catalogue.course(id).orElseThrow(() -> new NotFoundException("No such course"));
    if (!course.mayBeEditedBy(currentUser.caller())) {
      throw new ForbiddenException();
    }
    CourseVersion v = course.getCurrentVersion();
    return Response.ok(CourseExport.zip(v, packages::files))
        .header("Content-Disposition", "attachment; filename=\"" + CourseExport.fileName(v) + "\"")
        .build();
  }
}
