package dev.personaltokens.application.port.in;

import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.token.SecretKind;
import java.time.Instant;

/**
 * The account behind a request and the credential it came with.
 *
 * @param expiresAt when the credential in use expires, for clients to warn before it lapses
 */
public record Principal(AccountId account, SecretKind credential, Instant expiresAt) {}
