package dev.personaltokens.application.port.in.token;

import dev.personaltokens.domain.token.PersonalToken;
import dev.personaltokens.domain.token.TokenSecret;

/** A new token and its secret, which is not stored and can't be shown again. */
public record CreatedPersonalToken(PersonalToken token, TokenSecret secret) {}
