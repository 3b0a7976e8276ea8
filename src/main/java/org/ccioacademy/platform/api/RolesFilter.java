package org.ccioacademy.platform.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.ccioacademy.platform.web.RequestId;

/**
 * Enforces {@code @RolesAllowed} and {@code @PermitAll} on API resources: 401 without a signed-in
 * session, 403 without one of the roles. A resource method with neither annotation (and a class
 * without them) is refused, so a forgotten annotation fails closed.
 */
@Provider
public class RolesFilter implements ContainerRequestFilter {

  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    Method method = resource.getResourceMethod();
    if (method == null) {
      return;
    }
    Class<?> type = resource.getResourceClass();
    if (method.isAnnotationPresent(PermitAll.class)
        || (!method.isAnnotationPresent(RolesAllowed.class)
            && type.isAnnotationPresent(PermitAll.class))) {
      return;
    }
    RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
    if (allowed == null) {
      allowed = type.getAnnotation(RolesAllowed.class);
    }
    var security = request.getSecurityContext();
    if (security.getUserPrincipal() == null) {
      request.abortWith(error(401, "Sign in first."));
      return;
    }
    if (allowed == null || Arrays.stream(allowed.value()).noneMatch(security::isUserInRole)) {
      request.abortWith(error(403, "You do not have permission to do that."));
    }
  }

  private static Response error(int status, String message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ApiError(status, message, RequestId.current()))
        .build();
  }
}
