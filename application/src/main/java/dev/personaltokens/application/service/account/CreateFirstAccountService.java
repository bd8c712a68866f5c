package dev.personaltokens.application.service.account;

import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.account.CreateFirstAccountUseCase;
import dev.personaltokens.application.port.in.account.FirstAccount;
import dev.personaltokens.application.port.out.Accounts;
import dev.personaltokens.application.port.out.PasswordHasher;
import dev.personaltokens.application.port.out.Randomness;
import dev.personaltokens.application.service.InTransaction;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.account.Password;
import dev.personaltokens.domain.account.PasswordHash;
import java.util.Optional;

/**
 * Runs at every start. A start whose admin's email has an account is not the first, and a look at
 * it costs nothing, so such a start hashes nothing. Otherwise the password is hashed, outside any
 * transaction, and the start claimed and the account added in a short one - where a start that only
 * looked like the first (the admin's email changed since, or another node came first) finds the
 * start claimed and adds nothing, having hashed for nothing.
 */
public final class CreateFirstAccountService implements CreateFirstAccountUseCase {

  static final int GENERATED_PASSWORD_LENGTH = 24;

  private final Accounts accounts;
  private final CreateAccountService createAccount;
  private final PasswordHasher hasher;
  private final Randomness randomness;
  private final InTransaction writes;

  public CreateFirstAccountService(
      Accounts accounts,
      CreateAccountService createAccount,
      PasswordHasher hasher,
      Randomness randomness,
      InTransaction writes) {
    this.accounts = accounts;
    this.createAccount = createAccount;
    this.hasher = hasher;
    this.randomness = randomness;
    this.writes = writes;
  }

  @Override
  public Optional<FirstAccount> createIfNoAccount(Email email, Optional<Password> password) {
    if (accounts.findByEmail(email).isPresent()) {
      return Optional.empty();
    }
    Optional<Password> generated =
        password.isPresent()
            ? Optional.empty()
            : Optional.of(Password.newPassword(randomness.base62(GENERATED_PASSWORD_LENGTH)));
    PasswordHash hash = hasher.hash(password.orElseGet(generated::get));
    return writes.run(
        () -> {
          if (!accounts.claimFirstStart()) {
            return Optional.empty();
          }
          Account account = createAccount.add(Actor.SERVER, email, hash);
          // A generated password was printed to the console, where others may read it: its person
          // must change it first. A configured one (PTK_ADMIN_PASSWORD) is the operator's
          // deliberate choice.
          if (generated.isPresent()) {
            accounts.requirePasswordChange(account.id());
          }
          return Optional.of(
              new FirstAccount(accounts.findById(account.id()).orElseThrow(), generated));
        });
  }
}
