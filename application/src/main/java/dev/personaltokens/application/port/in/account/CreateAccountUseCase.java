package dev.personaltokens.application.port.in.account;

import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.InOneTransaction;
import dev.personaltokens.application.port.in.OwnTransactions;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.account.Password;

/**
 * Opens an account; {@link EmailTakenException} when the email is in use. The password is hashed
 * outside any transaction; the account is added in {@link Writes}.
 */
@OwnTransactions
public interface CreateAccountUseCase {

  Account create(Actor actor, Email email, Password password);

  @InOneTransaction
  interface Writes {}
}
