package dev.personaltokens.adapter.in.rest;

import dev.personaltokens.domain.policy.InstancePolicy;
import dev.personaltokens.domain.token.Scope;
import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;

/**
 * {@code /api/admin/policy}: every rule, a limit that is off as null.
 *
 * @param setAt when an admin set it; null while the server's settings give it
 */
@JsonbNillable
public record PolicyResponse(
    long maxTokenLifetimeDays,
    List<String> allowedScopes,
    Long inactivityDays,
    Integer maxTokensPerAccount,
    boolean requireTwoFactor,
    List<String> defaultAllowedIps,
    String setAt) {

  static PolicyResponse from(InstancePolicy policy) {
    return new PolicyResponse(
        policy.maxTokenLifetime().toDays(),
        policy.allowedScopes().stream().sorted().map(Scope::code).toList(),
        policy.inactivityLimit().map(limit -> limit.toDays()).orElse(null),
        policy.maxTokensPerAccount().isPresent() ? policy.maxTokensPerAccount().getAsInt() : null,
        policy.requireTwoFactor(),
        policy.defaultAllowedIps().texts(),
        policy.setAt().map(Timestamps::format).orElse(null));
  }
}
