package org.ccioacademy.certificates.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.ccioacademy.certificates.Certificate;
import org.ccioacademy.certificates.Certificates;
import org.ccioacademy.certificates.VcJwt;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.platform.api.RestApplication;
import org.ccioacademy.platform.audit.AuditLog;
import org.ccioacademy.platform.kernel.RefusedException;
import org.ccioacademy.platform.web.UkTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Certificates as PDF files, for their holders (and admins). */
@Path("certificates")
@RequestScoped
@Tag(name = "Certificates")
@SecurityRequirement(name = RestApplication.SESSION)
public class CertificateResource {

  private static final DateTimeFormatter REVOKED_ON =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  @Inject Certificates certificates;
  @Inject CurrentUser currentUser;
  @Inject AuditLog audit;

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
            .forViewer(id, currentUser.caller())
            .filter(x -> x.getPdf() != null)
            .orElseThrow(() -> new NotFoundException("No such certificate"));
    refuseIfRevoked(c);
    auditIfNotHolder(c, "the PDF of certificate ");
    return Response.ok(c.getPdf())
        .header(
            "Content-Disposition",
            "attachment; filename=\"ccio-academy-certificate-" + c.getId() + ".pdf\"")
        .header("Cache-Control", "private, no-store")
        .build();
  }

  @GET
  @Path("{id}/badge.jwt")
  @Produces("application/vc+jwt")
  @RolesAllowed({"TRAINEE", "TUTOR", "REVIEWER", "ADMIN"})
  @Operation(summary = "The certificate's Open Badges 3.0 credential, signed (VC-JWT)")
  @APIResponse(responseCode = "200", description = "The signed credential")
  @APIResponse(responseCode = "404", description = "No such certificate, or someone else's")
  public Response badge(@PathParam("id") String id) {
    Certificate c = mine(id);
    return Response.ok(c.getCredential())
        .header(
            "Content-Disposition",
            "attachment; filename=\"ccio-academy-badge-" + c.getId() + ".jwt\"")
        .build();
  }

  @GET
  @Path("{id}/badge.json")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({"TRAINEE", "TUTOR", "REVIEWER", "ADMIN"})
  @Operation(
      summary =
          "The certificate's Open Badges 3.0 credential as JSON, with its signed form (VC-JWT)")
  @APIResponse(responseCode = "200", description = "The credential")
  @APIResponse(responseCode = "404", description = "No such certificate, or someone else's")
  public Response badgeJson(@PathParam("id") String id) {
    Certificate c = mine(id);
    JsonObject credential = VcJwt.peek(c.getCredential()).orElseThrow();
    JsonObject body =
        Json.createObjectBuilder()
            .add("credential", credential)
            .add("proof", "VC-JWT")
            .add("jwt", c.getCredential())
            .build();
    return Response.ok(body.toString())
        .header(
            "Content-Disposition",
            "attachment; filename=\"ccio-academy-badge-" + c.getId() + ".json\"")
        .build();
  }

  private Certificate mine(String id) {
    Certificate c =
        certificates
            .forViewer(id, currentUser.caller())
            .filter(x -> x.getCredential() != null)
            .orElseThrow(() -> new NotFoundException("No such certificate"));
    refuseIfRevoked(c);
    auditIfNotHolder(c, "the badge of certificate ");
    return c;
  }

  /**
   * A revoked certificate is no longer handed out to show to anyone: only an administrator still
   * gets the files as issued, for the record. Its verification page says it was revoked.
   */
  private void refuseIfRevoked(Certificate c) {
    if (c.getRevokedAt() != null && !currentUser.caller().isAdmin()) {
      throw new RefusedException(
          "This certificate was revoked on "
              + REVOKED_ON.format(c.getRevokedAt().atZoneSameInstant(UkTime.UK))
              + ", so it can no longer be downloaded. Its verification page says it was revoked.");
    }
  }

  /** A tutor, reviewer or admin fetching someone's certificate names them: that read is audited. */
  private void auditIfNotHolder(Certificate c, String what) {
    if (!currentUser.caller().is(c.getUserId())) {
      audit.read(
          currentUser.actor(),
          "read.certificate",
          "user",
          c.getUserId(),
          null,
          what + c.getId(),
          1);
    }
  }
}
