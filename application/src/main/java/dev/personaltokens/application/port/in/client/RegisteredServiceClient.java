package dev.personaltokens.application.port.in.client;

import dev.personaltokens.domain.client.ServiceClient;
import dev.personaltokens.domain.token.TokenSecret;

/** A client just registered, with its secret: the only time the secret is shown. */
public record RegisteredServiceClient(ServiceClient client, TokenSecret secret) {}
