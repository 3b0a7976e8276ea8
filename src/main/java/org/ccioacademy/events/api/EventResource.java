package org.ccioacademy.events.api;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.ccioacademy.events.Calendar;
import org.ccioacademy.events.Event;
import org.ccioacademy.events.EventOrganising;
import org.ccioacademy.platform.web.PublicUrl;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Events as calendar files. */
@Path("events")
@RequestScoped
@Tag(name = "Events")
// public: no sign-in asked
@SecurityRequirementsSet
public class EventResource {

  @Inject EventOrganising events;
  @Inject PublicUrl publicUrl;

  @GET
  @Path("{id}/calendar.ics")
  @Produces("text/calendar")
  @PermitAll
  @Operation(summary = "A published event and its sessions as an iCalendar file")
  @APIResponse(responseCode = "200", description = "The calendar file")
  @APIResponse(responseCode = "404", description = "No such published event")
  public Response calendar(@PathParam("id") long id) {
    Event e =
        events
            .find(id)
            .filter(x -> x.getStatus() == Event.Status.PUBLISHED)
            .orElseThrow(() -> new NotFoundException("No such event"));
    String link = publicUrl.link("/event.xhtml?id=" + id);
    return Response.ok(Calendar.of(e, events.sessions(e), link, Instant.now()))
        .type("text/calendar; charset=utf-8")
        .header("Content-Disposition", "attachment; filename=\"ccio-event-" + id + ".ics\"")
        .build();
  }
}
