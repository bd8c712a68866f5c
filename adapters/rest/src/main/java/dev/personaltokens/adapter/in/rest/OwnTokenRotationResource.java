package dev.personaltokens.adapter.in.rest;

import dev.personaltokens.application.Policies;
import dev.personaltokens.application.port.in.token.RotateOwnTokenUseCase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;

/**
 * {@code POST /api/iam/personal_tokens/self/rotate}: the calling token rotates itself. Not behind
 * the authentication filter, which would refuse a rotated-away key before the rotation could see
 * it: presenting such a key here is a reuse, and ends its whole family. The longer literal path
 * makes JAX-RS pick this class over {@code {uuid}/rotate}.
 */
@Path("/iam/personal_tokens/" + PersonalTokensResource.SELF + "/rotate")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class OwnTokenRotationResource {

  @Inject RotateOwnTokenUseCase rotateOwnToken;
  @Inject Policies policies;

  /** A session (header or the console's cookie) is answered 400: it is not a personal token. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response rotate(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      InputStream body,
      @Context ContainerRequestContext request,
      @Context UriInfo uri) {
    String sessionCookie = ConsoleCookie.of(policies).sessionSecret(request);
    String secret =
        sessionCookie != null ? sessionCookie : AuthorizationHeader.token(authorization);
    var asked = PersonalTokensResource.RotationRequest.read(body);
    var rotation = rotateOwnToken.rotateOwn(secret, asked.expiresAt(), asked.allowedIps());
    return PersonalTokensResource.created(rotation.successor(), uri);
  }
}
