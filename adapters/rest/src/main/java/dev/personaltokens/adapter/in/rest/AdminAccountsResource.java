package dev.personaltokens.adapter.in.rest;

import dev.personaltokens.application.port.in.people.AddPersonUseCase;
import dev.personaltokens.application.port.in.people.ChangeRoleUseCase;
import dev.personaltokens.application.port.in.people.DeactivateAccountUseCase;
import dev.personaltokens.application.port.in.people.Deactivation;
import dev.personaltokens.application.port.in.people.ListPeopleUseCase;
import dev.personaltokens.application.port.in.people.ReactivateAccountUseCase;
import dev.personaltokens.application.port.in.people.SendPasswordLinkUseCase;
import dev.personaltokens.application.port.out.AccountSummary;
import dev.personaltokens.domain.Page;
import dev.personaltokens.domain.PageRequest;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.account.AccountStatus;
import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.account.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /api/admin/accounts}: the people of this server, for its admins. Who may is decided by the
 * use cases (a member gets 403 {@code auth.role.insufficient}), from the store, at every call.
 */
@Path("/admin/accounts")
@Authenticated
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminAccountsResource {

  private static final Set<String> CREATE_FIELDS = Set.of("email", "role");
  private static final Set<String> ROLE_FIELDS = Set.of("role");

  @Inject ListPeopleUseCase listPeople;
  @Inject AddPersonUseCase addPerson;
  @Inject DeactivateAccountUseCase deactivateAccount;
  @Inject ReactivateAccountUseCase reactivateAccount;
  @Inject ChangeRoleUseCase changeRole;
  @Inject SendPasswordLinkUseCase sendPasswordLink;

  @GET
  public ListResponse<PersonResponse> list(
      @QueryParam("page") String page,
      @QueryParam("page_size") String pageSize,
      @QueryParam("search") String search,
      @QueryParam("status") String status,
      @Context SecurityContext security,
      @Context UriInfo uri) {
    PageRequest request = Paging.request(page, pageSize);
    Optional<AccountStatus> wanted =
        Parameters.present(status).map(code -> Parameters.read(() -> AccountStatus.fromCode(code)));
    Page<AccountSummary> found =
        listPeople.list(
            CallerPrincipal.actor(security), search == null ? "" : search, wanted, request);
    return ListResponse.of(found, Paging.links(uri, found, request), PersonResponse::from);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(InputStream body, @Context SecurityContext security) {
    JsonBody json = JsonBody.read(body, CREATE_FIELDS);
    Email email = new Email(json.optionalString("email"));
    String role = json.optionalString("role");
    var added =
        addPerson.add(
            CallerPrincipal.actor(security),
            email,
            role == null ? Role.MEMBER : Role.fromCode(role));
    return Response.status(Response.Status.CREATED)
        .entity(PasswordLinkResponse.from(added))
        .build();
  }

  @POST
  @Path("{id}/deactivate")
  public DeactivationResponse deactivate(
      @PathParam("id") String id, @Context SecurityContext security) {
    Deactivation done = deactivateAccount.deactivate(CallerPrincipal.actor(security), pathId(id));
    return DeactivationResponse.from(done);
  }

  @POST
  @Path("{id}/reactivate")
  public PersonResponse reactivate(@PathParam("id") String id, @Context SecurityContext security) {
    return PersonResponse.from(
        reactivateAccount.reactivate(CallerPrincipal.actor(security), pathId(id)));
  }

  @POST
  @Path("{id}/password_link")
  public PasswordLinkResponse passwordLink(
      @PathParam("id") String id, @Context SecurityContext security) {
    return PasswordLinkResponse.from(
        sendPasswordLink.send(CallerPrincipal.actor(security), pathId(id)));
  }

  @PUT
  @Path("{id}/role")
  @Consumes(MediaType.APPLICATION_JSON)
  public PersonResponse role(
      @PathParam("id") String id, InputStream body, @Context SecurityContext security) {
    AccountId account = pathId(id);
    String role = JsonBody.read(body, ROLE_FIELDS).optionalString("role");
    return PersonResponse.from(
        changeRole.change(CallerPrincipal.actor(security), account, Role.fromCode(role)));
  }

  /** The account's number in the path. */
  private static AccountId pathId(String id) {
    return Parameters.read(() -> Parameters.accountId(id, "id"));
  }
}
