package dev.personaltokens.application.port.in.people;

import dev.personaltokens.application.port.in.InOneTransaction;
import dev.personaltokens.application.port.in.OwnTransactions;
import dev.personaltokens.domain.account.Password;

/**
 * A person sets their own password with the secret of their one-time link, which it uses up; the
 * account's sessions end, as after any reset. The new password is hashed outside any transaction;
 * the link is checked and used in {@link Writes}.
 */
@OwnTransactions
public interface SetPasswordUseCase {

  void set(String linkSecret, Password newPassword);

  @InOneTransaction
  interface Writes {}
}
