package dev.personaltokens.adapter.in.rest;

import dev.personaltokens.application.port.in.session.IssuedSession;
import dev.personaltokens.application.port.in.session.SignInUseCase;
import dev.personaltokens.application.port.in.verification.AuthenticationException;
import dev.personaltokens.domain.InvalidValueException;
import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.account.Password;
import dev.personaltokens.domain.twofactor.SecondFactor;

/**
 * Signing in with an email and a password, and the second factor where the account has one, from
 * the API or the console.
 */
final class PasswordSignIn {

  private PasswordSignIn() {}

  /**
   * A malformed email or password is refused the same way as a wrong one: what was wrong is nobody
   * else's business.
   */
  static IssuedSession signIn(
      SignInUseCase signIn, String email, String password, String secondFactor) {
    if (email == null || password == null) {
      throw AuthenticationException.badCredentials();
    }
    try {
      return signIn.signIn(
          new Email(email), Password.presented(password), SecondFactor.presented(secondFactor));
    } catch (InvalidValueException malformed) {
      throw AuthenticationException.badCredentials();
    }
  }
}
