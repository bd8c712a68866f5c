package dev.personaltokens.application.port.in.token;

import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.token.Scope;
import dev.personaltokens.domain.token.TokenDescription;
import dev.personaltokens.domain.token.TokenName;
import java.time.Instant;

/** What the owner asks for when creating a token. */
public record CreatePersonalTokenCommand(
    AccountId owner,
    TokenName name,
    TokenDescription description,
    Scope scope,
    Instant expiresAt) {}
