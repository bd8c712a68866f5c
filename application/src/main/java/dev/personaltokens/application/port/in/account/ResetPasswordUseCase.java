package dev.personaltokens.application.port.in.account;

import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.InOneTransaction;
import dev.personaltokens.application.port.in.OwnTransactions;
import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.account.Password;

/**
 * Gives an account a new password and signs out its sessions; {@link AccountNotFoundException} when
 * no account has this email. Personal tokens keep working: they are credentials of their own. The
 * new password is hashed outside any transaction; it is stored in {@link Writes}.
 */
@OwnTransactions
public interface ResetPasswordUseCase {

  void resetPassword(Actor actor, Email email, Password newPassword);

  @InOneTransaction
  interface Writes {}
}
