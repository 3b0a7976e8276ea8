package org.ccioacademy.identity.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.identity.ProfessionalProfile;
import org.ccioacademy.identity.UserAccount;
import org.ccioacademy.platform.api.RestApplication;
import org.ccioacademy.platform.kernel.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in person's own account. */
@Path("me")
@RequestScoped
@Tag(name = "Identity")
@SecurityRequirement(name = RestApplication.SESSION)
public class MeResource {

  @Inject CurrentUser currentUser;

  /** The account as the API shows it: nothing secret. */
  public record Me(
      long id,
      String fullName,
      String email,
      List<String> roles,
      String profession,
      String grade,
      String registrationNumber,
      String odsCode,
      String region) {

    static Me of(UserAccount a) {
      ProfessionalProfile p = a.getProfile();
      boolean hasProfile = p != null && p.getProfession() != null;
      return new Me(
          a.getId(),
          a.getFullName(),
          a.getEmail(),
          a.getRoles().stream().sorted().map(Role::name).toList(),
          hasProfile ? p.getProfession().name() : null,
          hasProfile ? p.getGrade().name() : null,
          hasProfile ? p.getRegistrationNumber() : null,
          hasProfile ? p.getOdsCode() : null,
          hasProfile ? p.getRegion().name() : null);
    }
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({"TRAINEE", "TUTOR", "REVIEWER", "ADMIN"})
  @Operation(summary = "The signed-in person's account and professional profile")
  @APIResponse(
      responseCode = "200",
      description = "The account",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Me")))
  public Me me() {
    return Me.of(currentUser.getAccount());
  }
}
