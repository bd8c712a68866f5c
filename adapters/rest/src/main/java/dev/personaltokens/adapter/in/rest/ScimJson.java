package dev.personaltokens.adapter.in.rest;

import dev.personaltokens.application.Policies;
import dev.personaltokens.domain.account.Account;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** SCIM's JSON: the bodies it reads, and the users and lists it answers. */
final class ScimJson {

  static final MediaType MEDIA_TYPE = new MediaType("application", "scim+json");

  static final String USER = "urn:ietf:params:scim:schemas:core:2.0:User";
  static final String ENTERPRISE_USER =
      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
  static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
  static final String LIST_RESPONSE = "urn:ietf:params:scim:api:messages:2.0:ListResponse";

  /** Identity providers send a user in a few KiB; this leaves room and bounds the parse. */
  static final int MAX_BYTES = 64 * 1024;

  private ScimJson() {}

  /** The body as one JSON object; a SCIM error for anything else. */
  static JsonObject read(InputStream body) {
    byte[] bytes;
    try {
      bytes = body.readNBytes(MAX_BYTES + 1);
    } catch (IOException e) {
      // A body cut short, or one that stopped arriving (the container's read timeout).
      throw ScimException.invalidSyntax("the body did not arrive whole; send it again");
    }
    if (bytes.length > MAX_BYTES) {
      throw ScimException.invalidSyntax("the body is over " + MAX_BYTES / 1024 + " KiB");
    }
    if (bytes.length == 0) {
      throw ScimException.invalidSyntax("the body is empty; send a JSON object");
    }
    JsonValue value =
        JsonBody.parseWhole(
            bytes,
            where ->
                ScimException.invalidSyntax(
                    "the body is not valid JSON"
                        + where
                            .map(
                                at ->
                                    " (line "
                                        + at.getLineNumber()
                                        + ", column "
                                        + at.getColumnNumber()
                                        + ")")
                            .orElse("")));
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      throw ScimException.invalidSyntax("the body must be a JSON object");
    }
    return value.asJsonObject();
  }

  /** Where SCIM is for the provider: at the public address, as the console's links are. */
  static String base(Policies policies) {
    String url = policies.consoleUrl();
    return (url.endsWith("/") ? url : url + "/") + ScimApplication.PATH.substring(1) + "/";
  }

  /** The user that {@code account} is; its one email is its userName too. */
  static JsonObject user(Account account, String base) {
    String email = account.email().value();
    return JsonFactories.BUILDERS
        .createObjectBuilder()
        .add("schemas", JsonFactories.BUILDERS.createArrayBuilder().add(USER))
        .add("id", Long.toString(account.id().value()))
        .add("userName", email)
        .add(
            "emails",
            JsonFactories.BUILDERS
                .createArrayBuilder()
                .add(
                    JsonFactories.BUILDERS
                        .createObjectBuilder()
                        .add("value", email)
                        .add("type", "work")
                        .add("primary", true)))
        .add("active", account.isActive())
        .add(
            "meta",
            JsonFactories.BUILDERS
                .createObjectBuilder()
                .add("resourceType", "User")
                .add("created", Timestamps.format(account.created()))
                .add("location", base + "Users/" + account.id().value()))
        .build();
  }

  /** RFC 7644's ListResponse of one page of resources. */
  static JsonObject list(List<JsonObject> resources, long total, long startIndex) {
    JsonArrayBuilder items = JsonFactories.BUILDERS.createArrayBuilder();
    resources.forEach(items::add);
    return JsonFactories.BUILDERS
        .createObjectBuilder()
        .add("schemas", JsonFactories.BUILDERS.createArrayBuilder().add(LIST_RESPONSE))
        .add("totalResults", total)
        .add("startIndex", startIndex)
        .add("itemsPerPage", resources.size())
        .add("Resources", items)
        .build();
  }
}
