package dev.personaltokens.application.port.in.account;

import dev.personaltokens.application.port.in.InOneTransaction;
import dev.personaltokens.application.port.in.OwnTransactions;

/**
 * A signed-in person changes their own password, giving the current one; every other session of
 * theirs ends, their personal tokens stay. Ends a change the account was required to make. Both
 * passwords are hashed outside any transaction; the change is written by {@link Writes}.
 */
@OwnTransactions
public interface ChangePasswordUseCase {

  void change(ChangePasswordCommand command);

  /** The writes of a change, or of a wrong current password, in a transaction of their own. */
  @InOneTransaction
  interface Writes {}
}
