package dev.personaltokens.adapter.in.rest;

import dev.personaltokens.application.port.in.session.IssuedSession;

/** A new session token, as Azion's {@code POST /tokens} answers it. */
public record SessionTokenResponse(String token, String createdAt, String expiresAt) {

  static SessionTokenResponse from(IssuedSession issued) {
    return new SessionTokenResponse(
        issued.secret().reveal(),
        Timestamps.format(issued.session().created()),
        Timestamps.format(issued.session().expiresAt()));
  }

  @Override
  public String toString() {
    return "SessionTokenResponse[expiresAt=" + expiresAt + "]";
  }
}
