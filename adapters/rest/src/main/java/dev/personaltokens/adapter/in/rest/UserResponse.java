package dev.personaltokens.adapter.in.rest;

import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.policy.InstancePolicy;
import dev.personaltokens.domain.token.Scope;
import java.util.List;

/**
 * {@code GET /user/me}: Azion's {@code client_id} and {@code email}, and ours, with the longest
 * lifetime a new token may have here and the scopes it may have, for the console's add dialog, and
 * whether the password must be changed before anything else (the console then asks for it first),
 * whether the account signs in with two factors, and whether the policy requires that and the
 * account has yet to set it up (a password session must, before anything else).
 */
public record UserResponse(Result results) {

  public record Result(
      String clientId,
      long id,
      String email,
      String created,
      long maxTokenLifetimeDays,
      List<String> allowedScopes,
      String role,
      boolean passwordChangeRequired,
      boolean twoFactor,
      boolean twoFactorRequired) {}

  static UserResponse from(Account account, boolean twoFactor, InstancePolicy policy) {
    return new UserResponse(
        new Result(
            account.id().toString(),
            account.id().value(),
            account.email().value(),
            Timestamps.format(account.created()),
            policy.maxTokenLifetime().toDays(),
            policy.allowedScopes().stream().sorted().map(Scope::code).toList(),
            account.role().code(),
            account.passwordChangeRequired(),
            twoFactor,
            policy.requireTwoFactor() && !twoFactor && account.hasPassword()));
  }
}
