package dev.personaltokens.application.port.in.token;

import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.token.AllowedIps;
import dev.personaltokens.domain.token.Scope;
import dev.personaltokens.domain.token.TokenDescription;
import dev.personaltokens.domain.token.TokenName;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the owner asks for when creating a token.
 *
 * @param allowedIps the addresses it may be used from, when the owner said; empty when they didn't
 *     (the service decides: anywhere)
 */
public record CreatePersonalTokenCommand(
    AccountId owner,
    TokenName name,
    TokenDescription description,
    Scope scope,
    Instant expiresAt,
    Optional<AllowedIps> allowedIps) {

  public CreatePersonalTokenCommand {
    Objects.requireNonNull(allowedIps, "allowedIps");
  }

  /** No addresses asked for: the service decides where the token may be used from. */
  public CreatePersonalTokenCommand(
      AccountId owner,
      TokenName name,
      TokenDescription description,
      Scope scope,
      Instant expiresAt) {
    this(owner, name, description, scope, expiresAt, Optional.empty());
  }
}
