package dev.personaltokens.adapter.in.rest;

import dev.personaltokens.application.Policies;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What SCIM says of itself (RFC 7644 4): the features it supports, its one resource type and its
 * one schema, as files beside this class with the public address filled in.
 */
@Path("")
@ScimAuthenticated
public class ScimDiscoveryResource {

  @Inject Policies policies;

  @GET
  @Path("ServiceProviderConfig")
  public Response serviceProviderConfig() {
    return answer(document("ServiceProviderConfig"));
  }

  @GET
  @Path("ResourceTypes")
  public Response resourceTypes() {
    return answer(ScimJson.list(List.of(document("ResourceType-User")), 1, 1));
  }

  @GET
  @Path("ResourceTypes/{id}")
  public Response resourceType(@PathParam("id") String id) {
    if (!id.equals("User")) {
      throw new ScimException(Response.Status.NOT_FOUND, null, "the one resource type is User");
    }
    return answer(document("ResourceType-User"));
  }

  @GET
  @Path("Schemas")
  public Response schemas() {
    return answer(ScimJson.list(List.of(document("Schema-User")), 1, 1));
  }

  @GET
  @Path("Schemas/{id}")
  public Response schema(@PathParam("id") String id) {
    if (!id.equals(ScimJson.USER)) {
      throw new ScimException(
          Response.Status.NOT_FOUND, null, "the one schema is " + ScimJson.USER);
    }
    return answer(document("Schema-User"));
  }

  private JsonObject document(String name) {
    String base = ScimJson.base(policies);
    try (InputStream in = getClass().getResourceAsStream("scim/" + name + ".json");
        JsonReader reader =
            JsonFactories.READERS.createReader(
                new StringReader(
                    new String(in.readAllBytes(), StandardCharsets.UTF_8)
                        .replace("{base}", base)))) {
      return reader.readObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Response answer(JsonObject body) {
    return Response.ok(body.toString(), ScimJson.MEDIA_TYPE).build();
  }
}
