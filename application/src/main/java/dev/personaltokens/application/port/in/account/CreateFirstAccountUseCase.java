package dev.personaltokens.application.port.in.account;

import dev.personaltokens.application.port.in.InOneTransaction;
import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.account.Password;
import java.util.Optional;

/**
 * On first start, opens the first account; with no configured password it generates one, to be
 * shown once. Does nothing when any account exists.
 */
@InOneTransaction
public interface CreateFirstAccountUseCase {

  Optional<FirstAccount> createIfNoAccount(Email email, Optional<Password> password);
}
