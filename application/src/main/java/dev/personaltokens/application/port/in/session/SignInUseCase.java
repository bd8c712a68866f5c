package dev.personaltokens.application.port.in.session;

import dev.personaltokens.application.port.in.InOneTransaction;
import dev.personaltokens.application.port.in.OwnTransactions;
import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.account.Password;

/**
 * Signs in with email and password and opens a session. The password hash runs outside any
 * transaction; the session and the security log's entry are written by {@link SignInWrites}.
 */
@OwnTransactions
public interface SignInUseCase {

  IssuedSession signIn(Email email, Password password);

  /** The writes of a sign-in once its password was checked, in a transaction of their own. */
  @InOneTransaction
  interface SignInWrites {}
}
