package dev.personaltokens.application.port.in.provisioning;

import dev.personaltokens.domain.DomainException;
import dev.personaltokens.domain.ErrorCategory;
import java.util.UUID;

/** No SCIM token with this id: never made, or revoked. */
public final class ScimTokenNotFoundException extends DomainException {

  public ScimTokenNotFoundException(UUID id) {
    super(ErrorCategory.NOT_FOUND, "scim_token.not_found", "no SCIM token " + id);
  }
}
