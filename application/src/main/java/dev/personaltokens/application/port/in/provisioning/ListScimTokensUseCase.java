package dev.personaltokens.application.port.in.provisioning;

import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.ReadsOnly;
import dev.personaltokens.domain.client.ScimToken;
import java.util.List;

/** The SCIM tokens, oldest first; an operator's call. */
@ReadsOnly
public interface ListScimTokensUseCase {

  List<ScimToken> list(Actor actor);
}
