package dev.personaltokens.application.port.in.provisioning;

import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.InOneTransaction;
import java.util.UUID;

/**
 * Deletes a SCIM token: the provider's next call is refused. {@link ScimTokenNotFoundException}
 * when there is none with this id.
 */
@InOneTransaction
public interface RevokeScimTokenUseCase {

  void revoke(Actor actor, UUID id);
}
