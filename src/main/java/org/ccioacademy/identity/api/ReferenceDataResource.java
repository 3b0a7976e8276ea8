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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Public reference data: professions with their regulators and number formats, regions. */
@Path("reference")
@ApplicationScoped
@PermitAll
@Tag(name = "Reference data")
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
  public List<RegionInfo> regions() {
    return Arrays.stream(Region.values()).map(r -> new RegionInfo(r.name(), r.getLabel())).toList();
  }
}
