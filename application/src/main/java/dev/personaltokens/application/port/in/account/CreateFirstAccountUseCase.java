package dev.personaltokens.application.port.in.account;

import dev.personaltokens.application.port.in.InOneTransaction;
import dev.personaltokens.application.port.in.OwnTransactions;
import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.account.Password;
import java.util.Optional;

/**
 * On first start, opens the first account; with no configured password it generates one, to be
 * shown once. Does nothing when any account exists. The password is hashed outside any transaction;
 * the first start is claimed and the account added in {@link Writes}.
 */
@OwnTransactions
public interface CreateFirstAccountUseCase {

  Optional<FirstAccount> createIfNoAccount(Email email, Optional<Password> password);

  @InOneTransaction
  interface Writes {}
}
