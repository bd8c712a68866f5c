package dev.personaltokens.adapter.in.rest;

import dev.personaltokens.domain.account.Account;

/** {@code GET /user/me}: Azion's {@code client_id} and {@code email}, and ours. */
public record UserResponse(Result results) {

  public record Result(String clientId, long id, String email, String created) {}

  static UserResponse from(Account account) {
    return new UserResponse(
        new Result(
            account.id().toString(),
            account.id().value(),
            account.email().value(),
            Timestamps.format(account.created())));
  }
}
