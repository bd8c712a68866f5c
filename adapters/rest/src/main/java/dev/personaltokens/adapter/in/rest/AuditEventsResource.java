package dev.personaltokens.adapter.in.rest;

import dev.personaltokens.application.port.in.audit.ListAuditEventsUseCase;
import dev.personaltokens.domain.Page;
import dev.personaltokens.domain.PageRequest;
import dev.personaltokens.domain.audit.AuditEvent;
import dev.personaltokens.domain.audit.AuditEventType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;

/** {@code GET /api/audit_events}: the caller's own security log, newest first. */
@Path("/audit_events")
@Authenticated
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditEventsResource {

  @Inject ListAuditEventsUseCase listAuditEvents;

  @GET
  public AuditEventListResponse list(
      @QueryParam("page") String page,
      @QueryParam("page_size") String pageSize,
      @QueryParam("type") String type,
      @Context SecurityContext security,
      @Context UriInfo uri) {
    PageRequest request = Paging.request(page, pageSize);
    Optional<AuditEventType> wanted =
        type == null || type.isBlank()
            ? Optional.empty()
            : Optional.of(Parameters.read(() -> AuditEventType.fromCode(type.strip())));
    Page<AuditEvent> found =
        listAuditEvents.list(CallerPrincipal.of(security).principal().account(), wanted, request);
    return AuditEventListResponse.from(found, Paging.links(uri, found, request));
  }
}
