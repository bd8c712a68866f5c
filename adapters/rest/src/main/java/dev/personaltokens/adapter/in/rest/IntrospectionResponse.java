package dev.personaltokens.adapter.in.rest;

import dev.personaltokens.application.port.in.verification.Introspection;
import dev.personaltokens.application.port.in.verification.VerifiedToken;
import java.util.List;

/**
 * RFC 7662's answer: for a good token, who and what it is (times in epoch seconds) and, our
 * extension, the addresses it may be used from ({@code allowed_ips}, empty for anywhere); for any
 * other, exactly {@code {"active":false}} - the absent fields are left out, not null.
 */
public record IntrospectionResponse(
    boolean active,
    String scope,
    String clientId,
    String username,
    String sub,
    String tokenType,
    Long exp,
    Long iat,
    String jti,
    List<String> allowedIps) {

  static final String TOKEN_TYPE = "personal_token";

  static IntrospectionResponse from(Introspection introspection) {
    if (introspection.token().isEmpty()) {
      return new IntrospectionResponse(false, null, null, null, null, null, null, null, null, null);
    }
    VerifiedToken verified = introspection.token().get();
    return new IntrospectionResponse(
        true,
        verified.token().scope().code(),
        introspection.client().toString(),
        verified.email().value(),
        verified.token().owner().toString(),
        TOKEN_TYPE,
        verified.token().expiresAt().getEpochSecond(),
        verified.token().created().getEpochSecond(),
        verified.token().id().toString(),
        verified.token().allowedIps().texts());
  }
}
