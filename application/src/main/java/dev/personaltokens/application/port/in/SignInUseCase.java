package dev.personaltokens.application.port.in;

import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.account.Password;

/** Signs in with email and password and opens a session. */
public interface SignInUseCase {

  IssuedSession signIn(Email email, Password password);
}
