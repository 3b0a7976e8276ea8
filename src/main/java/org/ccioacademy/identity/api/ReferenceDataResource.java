package org.ccioacademy.identity.api;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.ccioacademy.identity.Profession;
import org.ccioacademy.identity.Region;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Public reference data: professions with their regulators and number formats, regions. */
@Path("reference")
@ApplicationScoped
@PermitAll
@Tag(name = "Reference data")
// public: no sign-in asked
@SecurityRequirementsSet
public class ReferenceDataResource {

  public record ProfessionInfo(
      String code, String name, String group, String regulator, String registrationNumberForm) {}

  public record RegionInfo(String code, String name) {}

  @GET
  @Path("professions")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Professions, their professional group and regulator, and the form of their registration number")
  @APIResponse(
      responseCode = "200",
      description = "The professions",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ProfessionInfo[].class)))
  @APIResponse(responseCode = "406", description = "Asked for a format other than JSON")
  public List<ProfessionInfo> professions() {
    return Arrays.stream(Profession.values())
        .map(
            p ->
                new ProfessionInfo(
                    p.name(),
                    p.getLabel(),
                    p.group().name(),
                    p.regulator().name(),
                    p.regulator().formHint(p)))
        .toList();
  }

  @GET
  @Path("regions")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The seven NHS England regions")
  @APIResponse(
      responseCode = "200",
      description = "The regions",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RegionInfo[].class)))
  @APIResponse(responseCode = "406", description = "Asked for a format other than JSON")
  public List<RegionInfo> regions() {
    return Arrays.stream(Region.values()).map(r -> new RegionInfo(r.name(), r.getLabel())).toList();
  }
}
