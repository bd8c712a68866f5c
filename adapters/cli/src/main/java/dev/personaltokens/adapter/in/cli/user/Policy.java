package dev.personaltokens.adapter.in.cli.user;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;

/**
 * The instance's policy, as the admins' API describes it: every rule, a limit that is off as null.
 *
 * @param allowedScopes scope codes, as the server wrote them
 * @param inactivityDays null when no inactivity limit is set
 * @param maxTokensPerAccount null when there is no limit
 * @param defaultAllowedIps addresses and CIDR ranges, as the server wrote them; empty for anywhere
 * @param setAt when an admin set it, as the server wrote it; null while it is the server's default
 * @param json the policy as the server sent it, for {@code -o json}; null for one made here
 */
record Policy(
    int maxTokenLifetimeDays,
    List<String> allowedScopes,
    Integer inactivityDays,
    Integer maxTokensPerAccount,
    boolean requireTwoFactor,
    List<String> defaultAllowedIps,
    String setAt,
    JsonObject json) {

  static Policy from(JsonObject json) {
    return new Policy(
        json.getInt("max_token_lifetime_days"),
        strings(json, "allowed_scopes"),
        json.get("inactivity_days") instanceof JsonNumber days ? days.intValue() : null,
        json.get("max_tokens_per_account") instanceof JsonNumber most ? most.intValue() : null,
        json.getBoolean("require_two_factor", false),
        strings(json, "default_allowed_ips"),
        json.getString("set_at", null),
        json);
  }

  private static List<String> strings(JsonObject json, String field) {
    return json.getJsonArray(field).getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }
}
