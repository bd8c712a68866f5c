package dev.personaltokens.adapter.in.rest;

import dev.personaltokens.application.port.out.AccountSummary;
import dev.personaltokens.domain.account.Account;
import jakarta.json.bind.annotation.JsonbNillable;

/**
 * A person, as the admins' API shows an account; {@code live_tokens} in the list only, where it is
 * counted. {@code last_sign_in_at} is null until the first sign-in.
 */
public record PersonResponse(
    long id,
    String email,
    String role,
    String status,
    String created,
    @JsonbNillable String lastSignInAt,
    Long liveTokens) {

  static PersonResponse from(Account account) {
    return from(account, null);
  }

  static PersonResponse from(AccountSummary summary) {
    return from(summary.account(), summary.liveTokens());
  }

  private static PersonResponse from(Account account, Long liveTokens) {
    return new PersonResponse(
        account.id().value(),
        account.email().value(),
        account.role().code(),
        account.status().code(),
        Timestamps.format(account.created()),
        account.lastSignIn() == null ? null : Timestamps.format(account.lastSignIn()),
        liveTokens);
  }
}
