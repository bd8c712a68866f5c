package dev.personaltokens.application.port.in.verification;

import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.token.PersonalToken;

/** A good personal token and whose it is, as another service needs to know. */
public record VerifiedToken(PersonalToken token, Email email) {}
