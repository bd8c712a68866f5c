package dev.personaltokens.adapter.in.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * What {@code bench/run} measures against, present only with {@code PTK_BENCHMARK=on} (404
 * otherwise): one trivial handler, reachable without and with authentication, so that the ratio of
 * the two is the cost of authenticating and nothing else; and the switches of {@link
 * BenchmarkMode}.
 */
@Path("/benchmark")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class BenchmarkResource {

  private static final JsonObject OK =
      JsonFactories.BUILDERS.createObjectBuilder().add("ok", true).build();

  @Inject BenchmarkMode mode;

  @GET
  @Path("/plain")
  public JsonObject plain() {
    return handler();
  }

  @GET
  @Path("/authenticated")
  @Authenticated
  public JsonObject authenticated() {
    return handler();
  }

  /** {@code node_cache} or {@code last_used}, {@code on} or {@code off}. */
  @PUT
  @Path("/{switch}/{state}")
  public JsonObject set(@PathParam("switch") String name, @PathParam("state") String state) {
    requireEnabled();
    if (!state.equals("on") && !state.equals("off")) {
      throw new NotFoundException();
    }
    boolean on = state.equals("on");
    switch (name) {
      case "node_cache" -> mode.nodeCache(on);
      case "last_used" -> mode.lastUsedTracking(on);
      default -> throw new NotFoundException();
    }
    return JsonFactories.BUILDERS.createObjectBuilder().add(name, state).build();
  }

  private JsonObject handler() {
    requireEnabled();
    return OK;
  }

  private void requireEnabled() {
    if (!mode.enabled()) {
      throw new NotFoundException();
    }
  }
}
