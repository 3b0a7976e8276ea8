package org.ccioacademy.platform.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ccioacademy.platform.kernel.ConcurrentEditException;
import org.ccioacademy.platform.kernel.InvalidInputException;
import org.ccioacademy.platform.kernel.NotAllowedException;
import org.ccioacademy.platform.kernel.RefusedException;
import org.ccioacademy.platform.web.MalformedRequest;
import org.ccioacademy.platform.web.RequestId;

/**
 * No stack trace leaves the API: errors become {@link ApiError} JSON, details go to the log. The
 * shared kernel's refusals keep their plain-English message: invalid input 400, not allowed 403,
 * someone saved first or a rule refuses 409.
 */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class.getName());

  @Override
  public Response toResponse(Throwable e) {
    int status = 500;
    String message = "Something went wrong on our side. Quote the request id if you report it.";
    if (e instanceof WebApplicationException wae) {
      status = wae.getResponse().getStatus();
      message =
          switch (status) {
            case 401 -> "Sign in first.";
            case 403 -> "You do not have permission to do that.";
            case 404 -> "There is nothing here.";
            case 405 -> "That method is not allowed here.";
            case 415 -> "That content type is not accepted here.";
            default -> status < 500 ? "The request was not valid." : message;
          };
    }
    if (e instanceof InvalidInputException invalid) {
      status = 400;
      message = String.join(" ", invalid.errors().asMap().values());
    } else if (e instanceof NotAllowedException) {
      status = 403;
      message = e.getMessage();
    } else if (e instanceof ConcurrentEditException || e instanceof RefusedException) {
      status = 409;
      message = e.getMessage();
    }
    var malformed = MalformedRequest.of(e);
    if (malformed.isPresent()) {
      status = malformed.get().status();
      message = status == 413 ? "That is too large." : "The request was not valid.";
      LOG.info("API request " + RequestId.current() + ": malformed input (" + e + ")");
    }
    if (status >= 500) {
      LOG.log(Level.SEVERE, "API request " + RequestId.current() + " failed", e);
    }
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ApiError(status, message, RequestId.current()))
        .build();
  }
}
