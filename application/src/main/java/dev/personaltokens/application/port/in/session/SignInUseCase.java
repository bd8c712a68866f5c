package dev.personaltokens.application.port.in.session;

import dev.personaltokens.application.port.in.InOneTransaction;
import dev.personaltokens.application.port.in.OwnTransactions;
import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.account.Password;
import dev.personaltokens.domain.twofactor.SecondFactor;

/**
 * Signs in with email and password and opens a session; an account with two-factor sign-in needs
 * its second factor too, asked for only once the password is right. The password hash runs outside
 * any transaction; the session and the security log's entry are written by {@link SignInWrites}.
 */
@OwnTransactions
public interface SignInUseCase {

  IssuedSession signIn(Email email, Password password, SecondFactor code);

  /** Without a second factor: enough for an account without two-factor sign-in. */
  default IssuedSession signIn(Email email, Password password) {
    return signIn(email, password, SecondFactor.NONE);
  }

  /** The writes of a sign-in once its password was checked, in a transaction of their own. */
  @InOneTransaction
  interface SignInWrites {}
}
