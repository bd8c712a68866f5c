package dev.personaltokens.adapter.in.rest;

import dev.personaltokens.application.port.in.policy.CurrentPolicyUseCase;
import dev.personaltokens.application.port.in.token.CreatePersonalTokenCommand;
import dev.personaltokens.application.port.in.token.CreatePersonalTokenUseCase;
import dev.personaltokens.application.port.in.token.CreatedPersonalToken;
import dev.personaltokens.application.port.in.token.GetPersonalTokenUseCase;
import dev.personaltokens.application.port.in.token.ListPersonalTokensUseCase;
import dev.personaltokens.application.port.in.token.RevokeAllPersonalTokensUseCase;
import dev.personaltokens.application.port.in.token.RevokePersonalTokenUseCase;
import dev.personaltokens.application.port.in.token.RotatePersonalTokenUseCase;
import dev.personaltokens.application.port.in.verification.Principal;
import dev.personaltokens.domain.Page;
import dev.personaltokens.domain.PageRequest;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.token.AllowedIps;
import dev.personaltokens.domain.token.ExpiryText;
import dev.personaltokens.domain.token.PersonalToken;
import dev.personaltokens.domain.token.Scope;
import dev.personaltokens.domain.token.SecretKind;
import dev.personaltokens.domain.token.TokenDescription;
import dev.personaltokens.domain.token.TokenId;
import dev.personaltokens.domain.token.TokenName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** Azion's {@code iam/personal_tokens}: a caller sees and touches only their own tokens. */
@Path("/iam/personal_tokens")
@Authenticated
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class PersonalTokensResource {

  /** The calling personal token, where a uuid would go. */
  static final String SELF = "self";

  private static final Set<String> CREATE_FIELDS =
      Set.of("name", "expires_at", "description", "scope", AllowedIps.FIELD);
  private static final Set<String> ROTATE_FIELDS = Set.of("expires_at", AllowedIps.FIELD);
  private static final Set<String> REVOKE_ALL_FIELDS = Set.of("confirm");

  @Inject CreatePersonalTokenUseCase createPersonalToken;
  @Inject GetPersonalTokenUseCase getPersonalToken;
  @Inject ListPersonalTokensUseCase listPersonalTokens;
  @Inject RevokeAllPersonalTokensUseCase revokeAllPersonalTokens;
  @Inject RevokePersonalTokenUseCase revokePersonalToken;
  @Inject RotatePersonalTokenUseCase rotatePersonalToken;
  @Inject CurrentPolicyUseCase currentPolicy;

  @GET
  public PersonalTokenListResponse list(
      @QueryParam("page") String page,
      @QueryParam("page_size") String pageSize,
      @QueryParam("search") String search,
      @Context SecurityContext security,
      @Context UriInfo uri) {
    PageRequest request = Paging.request(page, pageSize);
    Page<PersonalToken> found =
        Parameters.read(() -> listPersonalTokens.list(owner(security), search, request));
    return PersonalTokenListResponse.from(
        found, Paging.links(uri, found, request), currentPolicy.current());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(
      InputStream body, @Context SecurityContext security, @Context UriInfo uri) {
    JsonBody json = JsonBody.read(body, CREATE_FIELDS);
    String expiresAt = json.optionalString("expires_at");
    String scope = json.optionalString("scope");
    var command =
        new CreatePersonalTokenCommand(
            owner(security),
            new TokenName(json.optionalString("name")),
            new TokenDescription(json.optionalString("description")),
            scope == null ? Scope.GLOBAL : Scope.fromCode(scope),
            expiresAt == null ? null : ExpiryText.parse(expiresAt),
            requestedAllowedIps(json));
    return created(createPersonalToken.create(command), uri);
  }

  /**
   * 201 with the new token and its address, as a create and a rotation both answer; the key is in
   * this answer only.
   */
  static Response created(CreatedPersonalToken created, UriInfo uri) {
    URI location =
        uri.getBaseUriBuilder()
            .path(PersonalTokensResource.class)
            .path(created.token().id().toString())
            .build();
    return Response.created(location).entity(CreatedPersonalTokenResponse.from(created)).build();
  }

  /**
   * {@code allowed_ips}, an array of addresses and CIDR ranges; empty when absent or null, so that
   * whoever decides (the create, the rotation) does.
   */
  private static Optional<AllowedIps> requestedAllowedIps(JsonBody json) {
    return Optional.ofNullable(json.optionalStrings(AllowedIps.FIELD)).map(AllowedIps::parse);
  }

  /**
   * What a rotation asks for: {@code {"expires_at", "allowed_ips"}}, both optional, the expiry in
   * any form a create takes; no body at all is fine.
   */
  record RotationRequest(Optional<Instant> expiresAt, Optional<AllowedIps> allowedIps) {

    static RotationRequest read(InputStream body) {
      JsonBody json = JsonBody.readOptional(body, ROTATE_FIELDS);
      return new RotationRequest(
          Optional.ofNullable(json.optionalString("expires_at")).map(ExpiryText::parse),
          requestedAllowedIps(json));
    }
  }

  @GET
  @Path(SELF)
  public PersonalTokenResponse getSelf(@Context SecurityContext security) {
    Principal caller = caller(security);
    return PersonalTokenResponse.from(
        getPersonalToken.get(caller.account(), caller.personalToken()), currentPolicy.current());
  }

  @DELETE
  @Path(SELF)
  public Response revokeSelf(@Context SecurityContext security) {
    Principal caller = caller(security);
    revokePersonalToken.revoke(caller.account(), caller.personalToken());
    return Response.noContent().build();
  }

  @POST
  @Path("{uuid}/rotate")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response rotate(
      @PathParam("uuid") String uuid,
      InputStream body,
      @Context SecurityContext security,
      @Context UriInfo uri) {
    TokenId id = Parameters.read(() -> TokenId.parse(uuid));
    RotationRequest asked = RotationRequest.read(body);
    var rotation =
        rotatePersonalToken.rotate(owner(security), id, asked.expiresAt(), asked.allowedIps());
    return created(rotation.successor(), uri);
  }

  /**
   * Says whether the credential of this very call was among the revoked, so that a client knows it
   * has signed itself out; a session never is.
   */
  @POST
  @Path("revoke_all")
  @Consumes(MediaType.APPLICATION_JSON)
  public RevokedAllResponse revokeAll(InputStream body, @Context SecurityContext security) {
    JsonBody json = JsonBody.read(body, REVOKE_ALL_FIELDS);
    Principal caller = caller(security);
    int revoked =
        revokeAllPersonalTokens.revokeAll(caller.account(), json.optionalString("confirm"));
    return new RevokedAllResponse(revoked, caller.credential() == SecretKind.PERSONAL_TOKEN);
  }

  @GET
  @Path("{uuid}")
  public PersonalTokenResponse get(
      @PathParam("uuid") String uuid, @Context SecurityContext security) {
    return PersonalTokenResponse.from(
        getPersonalToken.get(owner(security), Parameters.read(() -> TokenId.parse(uuid))),
        currentPolicy.current());
  }

  @DELETE
  @Path("{uuid}")
  public Response revoke(@PathParam("uuid") String uuid, @Context SecurityContext security) {
    revokePersonalToken.revoke(owner(security), Parameters.read(() -> TokenId.parse(uuid)));
    return Response.noContent().build();
  }

  @PUT
  @Path("{uuid}")
  public Response replace() {
    return immutable();
  }

  @PATCH
  @Path("{uuid}")
  public Response modify() {
    return immutable();
  }

  private static Response immutable() {
    return ApiExceptionMapper.answer(
            Status.METHOD_NOT_ALLOWED,
            "token.immutable",
            "a personal token can't be modified; revoke it and create a new one",
            null)
        .allow("GET", "DELETE", "OPTIONS")
        .build();
  }

  private static AccountId owner(SecurityContext security) {
    return caller(security).account();
  }

  private static Principal caller(SecurityContext security) {
    return CallerPrincipal.of(security).principal();
  }
}
