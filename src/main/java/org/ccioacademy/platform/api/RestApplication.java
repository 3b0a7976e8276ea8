package org.ccioacademy.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The JSON API under /api, described at /openapi. It uses the same sign-in as the pages; the
 * reviewer API ({@code /api/review/*}) also takes a reviewer's API token. Each resource declares
 * its security for the document: {@code @SecurityRequirement(name = SESSION)} beside
 * {@code @RolesAllowed}, an empty {@code @SecurityRequirementsSet} beside {@code @PermitAll}
 * ({@code ApiDocumentTest} holds them to it).
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
                    + " the API tokens page: send it as 'Authorization: Bearer <token>'."),
    tags = {
      @Tag(name = "Assessment", description = "Gradebooks and submitted work"),
      @Tag(name = "Catalogue", description = "Published courses, and a course's files for tutors"),
      @Tag(name = "Open Badges", description = "Checking a CCIO Academy credential (public)"),
      @Tag(name = "Certificates", description = "Certificates as issued, and their credentials"),
      @Tag(name = "Events", description = "Published events as calendar files"),
      @Tag(name = "Identity", description = "The signed-in person"),
      @Tag(name = "Reference data", description = "Professions, grades and regions"),
      @Tag(name = "CPD portfolio", description = "A trainee's own CPD records"),
      @Tag(name = "Cohort figures", description = "Figures and exports for reviewers and admins"),
      @Tag(name = "Learning records", description = "A person's xAPI statements, for admins"),
      @Tag(
          name = "Usability of clinical systems",
          description =
              "Clinicians' usability ratings of clinical systems (System Usability Scale), public,"
                  + " published only from the minimum number of raters")
    })
@SecurityScheme(
    securitySchemeName = RestApplication.SESSION,
    type = SecuritySchemeType.APIKEY,
    in = SecuritySchemeIn.COOKIE,
    apiKeyName = "CCIO_SESSION",
    description = "The session of a person signed in on the site's sign-in page")
@SecurityScheme(
    securitySchemeName = RestApplication.REVIEWER_TOKEN,
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    description = "A reviewer's API token (ccio_...), from the API tokens page")
public class RestApplication extends Application {

  /** The OpenAPI name of the signed-in session scheme. */
  public static final String SESSION = "session";

  /** The OpenAPI name of the reviewer token scheme. */
  public static final String REVIEWER_TOKEN = "reviewerToken";
}
