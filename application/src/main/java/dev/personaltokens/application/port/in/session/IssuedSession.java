package dev.personaltokens.application.port.in.session;

import dev.personaltokens.domain.token.Session;
import dev.personaltokens.domain.token.TokenSecret;

/** A new session and its secret, handed to the client that signed in. */
public record IssuedSession(Session session, TokenSecret secret) {}
