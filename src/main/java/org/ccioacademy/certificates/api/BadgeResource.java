package org.ccioacademy.certificates.api;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.ccioacademy.certificates.Badges;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The issuer of Open Badges credentials: its profile, its public key, and a verifier anyone can
 * use. Offline verification needs only the key set.
 */
@Path("badges")
@RequestScoped
@Tag(name = "Open Badges")
// public: no sign-in asked
@SecurityRequirementsSet
public class BadgeResource {

  @Inject Badges badges;

  @GET
  @Path("issuer")
  @Produces(MediaType.APPLICATION_JSON)
  @PermitAll
  @Operation(summary = "The issuer's Open Badges 3.0 profile")
  @APIResponse(responseCode = "200", description = "The profile")
  @APIResponse(responseCode = "406", description = "Asked for a format other than JSON")
  public JsonObject issuer() {
    return badges.issuerProfile();
  }

  @GET
  @Path("jwks.json")
  @Produces(MediaType.APPLICATION_JSON)
  @PermitAll
  @Operation(summary = "The issuer's public Ed25519 key as a JSON Web Key Set")
  @APIResponse(responseCode = "200", description = "The key set")
  @APIResponse(responseCode = "406", description = "Asked for a format other than JSON")
  public JsonObject jwks() {
    return badges.jwks();
  }

  @POST
  @Path("verify")
  @Consumes({MediaType.TEXT_PLAIN, "application/vc+jwt", "application/jwt"})
  @Produces(MediaType.APPLICATION_JSON)
  @PermitAll
  @Operation(
      summary = "Verify a credential (a VC-JWT): its signature, then its certificate's standing")
  @APIResponse(responseCode = "200", description = "What was found, valid or not")
  @APIResponse(responseCode = "415", description = "Not sent as text or a JWT")
  public JsonObject verify(String jwt) {
    Badges.Verification v = badges.verify(jwt);
    JsonObjectBuilder b =
        Json.createObjectBuilder()
            .add("valid", v.valid())
            .add("signature", v.signatureValid() ? "valid" : "invalid")
            .add(
                "status",
                !v.signatureValid()
                    ? "not issued by us, or changed since"
                    : v.standing() == null
                        ? "unknown certificate"
                        : !v.mismatched().isEmpty()
                            ? "does not match the certificate it names"
                            : v.standing().name());
    if (!v.mismatched().isEmpty()) {
      b.add("mismatched", Json.createArrayBuilder(v.mismatched()));
    }
    if (v.valid() || v.standing() != null) {
      b.add("certificate", v.certificateId()).add("holder", v.holder()).add("title", v.title());
    }
    return b.build();
  }
}
