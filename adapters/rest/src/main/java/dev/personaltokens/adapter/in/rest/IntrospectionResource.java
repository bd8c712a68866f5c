package dev.personaltokens.adapter.in.rest;

import dev.personaltokens.application.port.in.client.ServiceCredentials;
import dev.personaltokens.application.port.in.verification.AuthenticationException;
import dev.personaltokens.application.port.in.verification.IntrospectTokenUseCase;
import dev.personaltokens.domain.network.IpAddress;
import jakarta.enterprise.context.ApplicationScoped;
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
import java.util.Optional;

/** RFC 7662 token introspection, for registered services. */
@Path(IntrospectionResource.PATH)
@ApplicationScoped
public class IntrospectionResource {

  static final String PATH = "/auth/introspect";

  @Inject IntrospectTokenUseCase introspectToken;

  /**
   * Our extension to RFC 7662: the address of the client that presented the token to the service.
   */
  static final String CLIENT_IP = "client_ip";

  /**
   * {@code token_type_hint} and any other field are ignored, as RFC 7662 allows. {@code client_ip},
   * when the service sends it, is where its own caller came from: a token bound to other addresses
   * is then not active.
   */
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
    return IntrospectionResponse.from(
        introspectToken.introspect(client, token.get(0), clientAddress(form)));
  }

  /** The {@code client_ip} field: empty when not sent; an IPv4 or IPv6 literal, once, if sent. */
  private static Optional<IpAddress> clientAddress(MultivaluedMap<String, String> form) {
    List<String> sent = form.get(CLIENT_IP);
    if (sent == null) {
      return Optional.empty();
    }
    if (sent.size() != 1) {
      throw ApiException.inFormField(
          CLIENT_IP, "request.client_ip.invalid", "send client_ip at most once");
    }
    return Optional.of(
        IpAddress.parse(sent.get(0))
            .orElseThrow(
                () ->
                    ApiException.inFormField(
                        CLIENT_IP,
                        "request.client_ip.invalid",
                        "client_ip must be the IPv4 or IPv6 address of the client that presented"
                            + " the token")));
  }
}
