package dev.personaltokens.adapter.in.rest;

import dev.personaltokens.application.Policies;
import dev.personaltokens.domain.account.Account;

/**
 * {@code GET /user/me}: Azion's {@code client_id} and {@code email}, and ours, with the longest
 * lifetime a new token may have here, for the console's date picker, and whether the account signs
 * in with two factors.
 */
public record UserResponse(Result results) {

  public record Result(
      String clientId,
      long id,
      String email,
      String created,
      long maxTokenLifetimeDays,
      String role,
      boolean twoFactor) {}

  static UserResponse from(Account account, boolean twoFactor, Policies policies) {
    return new UserResponse(
        new Result(
            account.id().toString(),
            account.id().value(),
            account.email().value(),
            Timestamps.format(account.created()),
            policies.expiryPolicy().maxLifetime().toDays(),
            account.role().code(),
            twoFactor));
  }
}
