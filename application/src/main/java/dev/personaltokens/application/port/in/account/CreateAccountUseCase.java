package dev.personaltokens.application.port.in.account;

import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.InOneTransaction;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.account.Password;

/** Opens an account; {@link EmailTakenException} when the email is in use. */
@InOneTransaction
public interface CreateAccountUseCase {

  Account create(Actor actor, Email email, Password password);
}
