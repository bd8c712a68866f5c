package dev.personaltokens.adapter.in.rest;

import dev.personaltokens.application.port.in.policy.CurrentPolicyUseCase;
import dev.personaltokens.application.port.in.token.ListInventoryUseCase;
import dev.personaltokens.application.port.in.token.RevokeAnyTokenUseCase;
import dev.personaltokens.application.port.out.InventoryEntry;
import dev.personaltokens.domain.Page;
import dev.personaltokens.domain.PageRequest;
import dev.personaltokens.domain.policy.InstancePolicy;
import dev.personaltokens.domain.token.TokenId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

/**
 * {@code /api/admin/personal_tokens}: the credentials inventory, for admins - as JSON pages, or as
 * CSV with {@code Accept: text/csv} - and revoking any token from it.
 */
@Path("/admin/personal_tokens")
@Authenticated
@ApplicationScoped
public class AdminTokensResource {

  @Inject ListInventoryUseCase listInventory;
  @Inject RevokeAnyTokenUseCase revokeAnyToken;
  @Inject CurrentPolicyUseCase currentPolicy;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public ListResponse<InventoryTokenResponse> list(
      @BeanParam InventoryParameters parameters,
      @Context SecurityContext security,
      @Context UriInfo uri) {
    PageRequest request = Paging.request(parameters.page, parameters.pageSize);
    Page<InventoryEntry> found =
        listInventory.list(CallerPrincipal.actor(security), parameters.query(), request);
    InstancePolicy policy = currentPolicy.current();
    return ListResponse.of(
        found,
        Paging.links(uri, found, request),
        entry -> InventoryTokenResponse.from(entry, policy));
  }

  /** The same page as CSV; {@code page_size} up to the API's largest, as for JSON. */
  @GET
  @Produces(InventoryCsv.MEDIA_TYPE)
  public Response csv(
      @BeanParam InventoryParameters parameters,
      @Context SecurityContext security,
      @Context UriInfo uri) {
    ListResponse<InventoryTokenResponse> json = list(parameters, security, uri);
    return Response.ok(InventoryCsv.of(json.results()), InventoryCsv.MEDIA_TYPE + "; charset=utf-8")
        .header("Content-Disposition", "attachment; filename=\"personal-tokens.csv\"")
        .build();
  }

  @DELETE
  @Path("{uuid}")
  public Response revoke(@PathParam("uuid") String uuid, @Context SecurityContext security) {
    revokeAnyToken.revoke(
        CallerPrincipal.actor(security), Parameters.read(() -> TokenId.parse(uuid)));
    return Response.noContent().build();
  }
}
