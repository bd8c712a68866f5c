package dev.personaltokens.application.service.account;

import dev.personaltokens.application.port.in.account.GetAccountUseCase;
import dev.personaltokens.application.port.in.verification.AuthenticationException;
import dev.personaltokens.application.port.out.Accounts;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.account.AccountId;

public final class GetAccountService implements GetAccountUseCase {

  private final Accounts accounts;

  public GetAccountService(Accounts accounts) {
    this.accounts = accounts;
  }

  /** A principal whose account is gone holds a credential that no longer opens anything. */
  @Override
  public Account get(AccountId id) {
    return accounts.findById(id).orElseThrow(AuthenticationException::invalid);
  }
}
