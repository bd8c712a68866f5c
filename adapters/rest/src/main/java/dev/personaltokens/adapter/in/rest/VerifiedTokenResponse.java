package dev.personaltokens.adapter.in.rest;

import dev.personaltokens.application.port.in.verification.VerifiedToken;

/**
 * The body of a successful verification, for people trying it with curl; proxies read the {@code
 * X-Auth-Request-*} headers.
 */
public record VerifiedTokenResponse(
    String user, String email, String tokenId, String scope, String expiresAt) {

  static VerifiedTokenResponse from(VerifiedToken verified) {
    return new VerifiedTokenResponse(
        verified.token().owner().toString(),
        verified.email().value(),
        verified.token().id().toString(),
        verified.token().scope().code(),
        Timestamps.format(verified.token().expiresAt()));
  }
}
