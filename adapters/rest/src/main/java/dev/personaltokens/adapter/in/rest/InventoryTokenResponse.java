package dev.personaltokens.adapter.in.rest;

import dev.personaltokens.application.port.out.InventoryEntry;
import dev.personaltokens.domain.policy.InstancePolicy;
import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;

/**
 * A token in the credentials inventory: what its owner's list shows (never more: no key, no digest)
 * and who the owner is.
 */
@JsonbNillable
public record InventoryTokenResponse(
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
    String blocked,
    Owner owner) {

  public record Owner(long id, String email) {}

  static InventoryTokenResponse from(InventoryEntry entry, InstancePolicy policy) {
    PersonalTokenResponse token = PersonalTokenResponse.from(entry.token(), policy);
    return new InventoryTokenResponse(
        token.uuid(),
        token.name(),
        token.description(),
        token.scope(),
        token.allowedIps(),
        token.hint(),
        token.created(),
        token.lastModified(),
        token.expiresAt(),
        token.lastUsedAt(),
        token.lastUsedIp(),
        token.blocked(),
        new Owner(entry.token().owner().value(), entry.ownerEmail().value()));
  }
}
