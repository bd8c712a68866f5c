package dev.personaltokens.adapter.in.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import java.util.Set;

/**
 * SCIM 2.0 (RFC 7643, 7644) for identity providers, at {@value #PATH}: an application of its own,
 * so that its errors are SCIM's ({@link ScimExceptionMapper}, listed here only) and not the API's.
 * It names its classes, so nothing of the API comes along; the API, which names none, is given
 * every resource of the WAR, these too - {@link ScimAuthenticationFilter} answers 404 there.
 */
@ApplicationPath(ScimApplication.PATH)
public class ScimApplication extends Application {

  public static final String PATH = "/scim/v2";

  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(
        ScimUsersResource.class,
        ScimDiscoveryResource.class,
        ScimAuthenticationFilter.class,
        ScimExceptionMapper.class);
  }

  @Override
  public Map<String, Object> getProperties() {
    return Map.of("jersey.config.server.wadl.disableWadl", true);
  }
}
