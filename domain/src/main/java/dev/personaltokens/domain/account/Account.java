package dev.personaltokens.domain.account;

import java.time.Instant;

/** A person who signs in with an email and a password and owns personal tokens. */
public record Account(AccountId id, Email email, PasswordHash passwordHash, Instant created) {}
