package dev.personaltokens.adapter.in.rest;

import dev.personaltokens.application.port.in.verification.VerifiedToken;

/**
 * What a successful verification says, in its {@code X-Auth-Request-*} headers for proxies and, for
 * a caller that asks with {@code Accept: application/json}, as its body.
 */
public record VerifiedTokenResponse(
    String user, String email, String tokenId, String scope, String expiresAt) {

  static VerifiedTokenResponse from(VerifiedToken verified) {
    return new VerifiedTokenResponse(
        verified.token().owner().toString(),
        verified.email().value(),
        verified.token().id().toString(),
        verified.token().scope().code(),
        Timestamps.formatOften(verified.token().expiresAt()));
  }
}
