package dev.personaltokens.adapter.in.rest;

import dev.personaltokens.application.port.in.audit.ListInstanceAuditEventsUseCase;
import dev.personaltokens.application.port.out.AuditFilter;
import dev.personaltokens.application.port.out.InstanceAuditEvent;
import dev.personaltokens.domain.InvalidValueException;
import dev.personaltokens.domain.Page;
import dev.personaltokens.domain.PageRequest;
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
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code /api/admin/audit_events}: the instance's security log, for admins - every account's
 * events, each with whose log it is in and who did it; filtered by type, account, actor and time.
 */
@Path("/admin/audit_events")
@Authenticated
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminAuditEventsResource {

  @Inject ListInstanceAuditEventsUseCase listInstanceAuditEvents;

  @GET
  public ListResponse<InstanceAuditEntry> list(
      @QueryParam("page") String page,
      @QueryParam("page_size") String pageSize,
      @QueryParam("type") String type,
      @QueryParam("account") String account,
      @QueryParam("actor") String actor,
      @QueryParam("since") String since,
      @QueryParam("until") String until,
      @Context SecurityContext security,
      @Context UriInfo uri) {
    PageRequest request = Paging.request(page, pageSize);
    AuditFilter filter =
        Parameters.read(
            () ->
                new AuditFilter(
                    present(type, AuditEventType::fromCode),
                    present(account, id -> Parameters.accountId(id, "account")),
                    present(actor, id -> Parameters.accountId(id, "actor")),
                    present(since, at -> instant(at, "since")),
                    present(until, at -> instant(at, "until"))));
    Page<InstanceAuditEvent> found =
        listInstanceAuditEvents.list(CallerPrincipal.actor(security), filter, request);
    return ListResponse.of(found, Paging.links(uri, found, request), InstanceAuditEntry::from);
  }

  private static <T> Optional<T> present(String value, Function<String, T> read) {
    return value == null || value.isBlank()
        ? Optional.empty()
        : Optional.of(read.apply(value.strip()));
  }

  private static Instant instant(String value, String field) {
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException notAnInstant) {
      throw new InvalidValueException(
          "audit.time.invalid", field, field + " must be a time like 2026-12-01T00:00:00Z");
    }
  }
}
