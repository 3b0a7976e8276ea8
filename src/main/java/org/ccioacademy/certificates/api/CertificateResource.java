package org.ccioacademy.certificates.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.ccioacademy.certificates.Certificate;
import org.ccioacademy.certificates.Certificates;
import org.ccioacademy.identity.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Certificates as PDF files, for their holders (and admins). */
@Path("certificates")
@RequestScoped
@Tag(name = "Certificates")
public class CertificateResource {

  @Inject Certificates certificates;
  @Inject CurrentUser currentUser;

  @GET
  @Path("{id}/pdf")
  @Produces("application/pdf")
  @RolesAllowed({"TRAINEE", "TUTOR", "REVIEWER", "ADMIN"})
  @Operation(summary = "A certificate as issued, as a PDF")
  @APIResponse(responseCode = "200", description = "The certificate")
  @APIResponse(
      responseCode = "404",
      description = "No such certificate, or it belongs to someone else")
  public Response pdf(@PathParam("id") String id) {
    Certificate c =
        certificates
            .forViewer(id, currentUser.id(), currentUser.getAccount().getRoles())
            .filter(x -> x.getPdf() != null)
            .orElseThrow(() -> new NotFoundException("No such certificate"));
    return Response.ok(c.getPdf())
        .header(
            "Content-Disposition",
            "attachment; filename=\"ccio-academy-certificate-" + c.getId() + ".pdf\"")
        .header("Cache-Control", "private, no-store")
        .build();
  }
}
