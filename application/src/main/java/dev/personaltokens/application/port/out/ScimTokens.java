package dev.personaltokens.application.port.out;

import dev.personaltokens.domain.client.ScimToken;
import dev.personaltokens.domain.token.TokenDigest;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The bearer tokens of identity providers' SCIM clients. */
public interface ScimTokens {

  void add(ScimToken token);

  Optional<ScimToken> findByDigest(TokenDigest digest);

  /** Every token, oldest first. */
  List<ScimToken> all();

  /** Deletes the token; false when there was none with this id. */
  boolean remove(UUID id);
}
