package dev.personaltokens.adapter.in.rest;

import dev.personaltokens.application.port.in.client.ServiceCredentials;
import dev.personaltokens.application.port.in.verification.AuthenticationException;
import dev.personaltokens.application.port.in.verification.IntrospectTokenUseCase;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;

/** RFC 7662 token introspection, for registered services. */
@Path(IntrospectionResource.PATH)
@RequestScoped
public class IntrospectionResource {

  static final String PATH = "/auth/introspect";

  @Inject IntrospectTokenUseCase introspectToken;

  /** {@code token_type_hint} and any other field are ignored, as RFC 7662 allows. */
  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.APPLICATION_JSON)
  public IntrospectionResponse introspect(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      MultivaluedMap<String, String> form) {
    ServiceCredentials client =
        AuthorizationHeader.basic(authorization)
            .map(basic -> new ServiceCredentials(basic.user(), basic.password()))
            .orElseThrow(AuthenticationException::badClient);
    List<String> token = form == null ? null : form.get("token");
    if (token == null || token.size() != 1) {
      throw ApiException.inFormField(
          "token",
          "request.token.missing",
          "send the token to introspect once, as the form field token");
    }
    return IntrospectionResponse.from(introspectToken.introspect(client, token.get(0)));
  }
}
