package org.ccioacademy.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The JSON API under /api, described at /openapi. It uses the same sign-in as the pages. */
@ApplicationPath("api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "CCIO Academy API",
            version = "1",
            description =
                "JSON API of CCIO Academy. Requests are authorised by the same signed-in session"
                    + " as the pages; a request without one gets 401, one with the wrong role 403."))
public class RestApplication extends Application {}
