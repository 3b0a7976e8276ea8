package org.ccioacademy.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The JSON API under /api, described at /openapi. It uses the same sign-in as the pages; the
 * reviewer API ({@code /api/review/*}) also takes a reviewer's API token.
 */
@ApplicationPath("api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "CCIO Academy API",
            version = "1",
            description =
                "JSON API of CCIO Academy. Requests are authorised by the same signed-in session"
                    + " as the pages; a request without one gets 401, one with the wrong role 403."
                    + " The cohort figures (/api/review/) also take a reviewer's API token, made on"
                    + " the API tokens page: send it as 'Authorization: Bearer <token>'."))
@org.eclipse.microprofile.openapi.annotations.security.SecurityScheme(
    securitySchemeName = RestApplication.REVIEWER_TOKEN,
    type = org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType.HTTP,
    scheme = "bearer",
    description = "A reviewer's API token (ccio_...), from the API tokens page")
public class RestApplication extends Application {

  /** The OpenAPI name of the reviewer token scheme. */
  public static final String REVIEWER_TOKEN = "reviewerToken";
}
