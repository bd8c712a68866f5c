package dev.personaltokens.adapter.in.cli.user;

import dev.personaltokens.domain.token.Scope;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;

/**
 * A personal token as the API describes it: listed, fetched, created or rotated. Times stay as the
 * server wrote them, so that a view shows one it cannot read as it is instead of failing.
 *
 * @param uuid "" when the answer leaves it out, as are {@code name}, {@code description} and {@code
 *     hint}
 * @param scope {@code global}, the API's default, when the answer leaves it out
 * @param created null when the answer leaves it out, as are {@code lastModified} and {@code
 *     expiresAt}
 * @param lastUsedAt null when it was never used
 * @param lastUsedIp null when it was never used
 * @param allowedIps the addresses and ranges it may be used from; empty for anywhere, or when the
 *     answer leaves them out
 * @param blocked why the instance's policy refuses it now; null while it allows it, and from a
 *     server older than the policy
 * @param key the token itself, in the answer to a create or a rotation only; null otherwise
 * @param json the answer as the server sent it, for {@code -o json}
 */
record ApiToken(
    String uuid,
    String name,
    String description,
    String scope,
    String hint,
    String created,
    String lastModified,
    String expiresAt,
    String lastUsedAt,
    String lastUsedIp,
    List<String> allowedIps,
    String blocked,
    String key,
    JsonObject json) {

  static ApiToken from(JsonObject json) {
    return new ApiToken(
        json.getString("uuid", ""),
        json.getString("name", ""),
        json.getString("description", ""),
        json.getString("scope", Scope.GLOBAL.code()),
        json.getString("hint", ""),
        json.getString("created", null),
        json.getString("last_modified", null),
        json.getString("expires_at", null),
        json.getString("last_used_at", null),
        json.getString("last_used_ip", null),
        strings(json.get("allowed_ips")),
        json.getString("blocked", null),
        json.getString("key", null),
        json);
  }

  /** The strings of a JSON array; none for anything else. */
  private static List<String> strings(JsonValue value) {
    if (!(value instanceof JsonArray array)) {
      return List.of();
    }
    return array.stream()
        .filter(JsonString.class::isInstance)
        .map(item -> ((JsonString) item).getString())
        .toList();
  }

  /** Never the key, which a record's own toString would put into any message or log. */
  @Override
  public String toString() {
    return "ApiToken[" + uuid + "]";
  }
}
