package dev.personaltokens.adapter.in.rest;

import dev.personaltokens.domain.policy.InstancePolicy;
import dev.personaltokens.domain.token.PersonalToken;
import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;

/**
 * A token as listed and fetched: Azion's fields ({@code uuid, name, description, created,
 * expires_at}) and ours. Never the key.
 *
 * @param blocked why the instance's policy refuses the token now; null while it allows it
 */
@JsonbNillable
public record PersonalTokenResponse(
    String uuid,
    String name,
    String description,
    String scope,
    List<String> allowedIps,
    String hint,
    String created,
    String lastModified,
    String expiresAt,
    String lastUsedAt,
    String lastUsedIp,
    String blocked) {

  static PersonalTokenResponse from(PersonalToken token, InstancePolicy policy) {
    return new PersonalTokenResponse(
        token.id().toString(),
        token.name().value(),
        token.description().value(),
        token.scope().code(),
        token.allowedIps().texts(),
        token.hint().value(),
        Timestamps.format(token.created()),
        Timestamps.format(token.lastModified()),
        Timestamps.format(token.expiresAt()),
        Timestamps.format(token.lastUsedAt()),
        token.lastUsedIp(),
        policy.blocks(token).orElse(null));
  }
}
