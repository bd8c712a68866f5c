package dev.personaltokens.application.port.in.provisioning;

import dev.personaltokens.domain.client.ScimToken;
import dev.personaltokens.domain.token.TokenSecret;

/** A SCIM token just made, with its secret: the only time the secret is shown. */
public record CreatedScimToken(ScimToken token, TokenSecret secret) {}
