package dev.personaltokens.adapter.in.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/** The HTTP API, wire-compatible with Azion's v3 {@code iam/personal_tokens}. */
@ApplicationPath("/api")
public class ApiApplication extends Application {

  /**
   * Jersey would answer OPTIONS with a WADL document (XML, describing every resource); the API's
   * description is the OpenAPI document. OPTIONS still answers 204 with the allowed methods.
   */
  @Override
  public Map<String, Object> getProperties() {
    return Map.of("jersey.config.server.wadl.disableWadl", true);
  }
}
