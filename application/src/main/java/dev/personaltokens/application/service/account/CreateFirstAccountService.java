package dev.personaltokens.application.service.account;

import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.account.CreateAccountUseCase;
import dev.personaltokens.application.port.in.account.CreateFirstAccountUseCase;
import dev.personaltokens.application.port.in.account.FirstAccount;
import dev.personaltokens.application.port.out.Accounts;
import dev.personaltokens.application.port.out.Randomness;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.account.Password;
import java.util.Optional;

public final class CreateFirstAccountService implements CreateFirstAccountUseCase {

  static final int GENERATED_PASSWORD_LENGTH = 24;

  private final Accounts accounts;
  private final CreateAccountUseCase createAccount;
  private final Randomness randomness;

  public CreateFirstAccountService(
      Accounts accounts, CreateAccountUseCase createAccount, Randomness randomness) {
    this.accounts = accounts;
    this.createAccount = createAccount;
    this.randomness = randomness;
  }

  @Override
  public Optional<FirstAccount> createIfNoAccount(Email email, Optional<Password> password) {
    if (!accounts.claimFirstStart()) {
      return Optional.empty();
    }
    Optional<Password> generated =
        password.isPresent()
            ? Optional.empty()
            : Optional.of(Password.newPassword(randomness.base62(GENERATED_PASSWORD_LENGTH)));
    Password chosen = password.orElseGet(generated::get);
    Account account = createAccount.create(Actor.SERVER, email, chosen);
    // A generated password was printed to the console, where others may read it: its person must
    // change it first. A configured one (PTK_ADMIN_PASSWORD) is the operator's deliberate choice.
    if (generated.isPresent()) {
      accounts.requirePasswordChange(account.id());
    }
    return Optional.of(new FirstAccount(accounts.findById(account.id()).orElseThrow(), generated));
  }
}
