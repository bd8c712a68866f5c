package dev.personaltokens.adapter.in.rest;

import dev.personaltokens.application.port.in.token.CreatedPersonalToken;
import dev.personaltokens.domain.token.PersonalToken;
import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;

/** The answer to a create: Azion's fields, with the {@code key} shown this once, and ours. */
@JsonbNillable
public record CreatedPersonalTokenResponse(
    String uuid,
    String name,
    String key,
    long userId,
    String created,
    String expiresAt,
    String description,
    String scope,
    List<String> allowedIps,
    String hint,
    String lastModified,
    String lastUsedAt,
    String lastUsedIp) {

  static CreatedPersonalTokenResponse from(CreatedPersonalToken created) {
    PersonalToken token = created.token();
    return new CreatedPersonalTokenResponse(
        token.id().toString(),
        token.name().value(),
        created.secret().reveal(),
        token.owner().value(),
        Timestamps.format(token.created()),
        Timestamps.format(token.expiresAt()),
        token.description().value(),
        token.scope().code(),
        token.allowedIps().texts(),
        token.hint().value(),
        Timestamps.format(token.lastModified()),
        Timestamps.format(token.lastUsedAt()),
        token.lastUsedIp());
  }

  @Override
  public String toString() {
    return "CreatedPersonalTokenResponse[" + uuid + "]";
  }
}
