package dev.personaltokens.systemtests;

import com.unboundid.scim2.client.ScimService;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.glassfish.jersey.client.HttpUrlConnectorProvider;

/**
 * UnboundID's SCIM 2 client (nobody here wrote it) on Jersey's, as an identity provider calls
 * {@code /scim/v2} with its SCIM token; every answer is checked against the OpenAPI document.
 */
final class ScimClient implements AutoCloseable {

  private final Client client;
  private final ScimService service;

  ScimClient(URL deployment, String scimToken) {
    URI base = URI.create(deployment.toString().replaceAll("/?$", "/"));
    NoSecretInTheSecurityLog.secret(scimToken);
    client =
        ClientBuilder.newClient()
            // PATCH over HttpURLConnection (the failsafe JVM opens java.net for it).
            .property(HttpUrlConnectorProvider.SET_METHOD_WORKAROUND, true)
            .register(
                (jakarta.ws.rs.client.ClientRequestFilter)
                    request ->
                        request
                            .getHeaders()
                            .putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + scimToken))
            .register(
                (jakarta.ws.rs.client.ClientResponseFilter)
                    (request, response) ->
                        checked(base, request.getMethod(), request.getUri(), response));
    service = new ScimService(client.target(base.resolve("scim/v2")));
  }

  ScimService service() {
    return service;
  }

  private static void checked(URI base, String method, URI uri, ClientResponseContext response)
      throws IOException {
    byte[] body = response.hasEntity() ? response.getEntityStream().readAllBytes() : new byte[0];
    response.setEntityStream(new ByteArrayInputStream(body));
    Map<String, List<String>> headers = new HashMap<>();
    response.getHeaders().forEach(headers::put);
    OpenApiDocument.check(
        method,
        "/" + base.relativize(uri).getPath(),
        response.getStatus(),
        headers,
        new String(body, StandardCharsets.UTF_8));
  }

  @Override
  public void close() {
    client.close();
  }
}
