package dev.personaltokens.application.service.account;

import dev.personaltokens.application.node.NodeCache;
import dev.personaltokens.application.port.in.account.GetAccountUseCase;
import dev.personaltokens.application.port.in.verification.AuthenticationException;
import dev.personaltokens.application.port.out.Accounts;
import dev.personaltokens.application.port.out.Clock;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.account.AccountId;
import java.time.Instant;

/** Who am I, as every client asks it: from this node's memory when it holds the account. */
public final class GetAccountService implements GetAccountUseCase {

  private final Accounts accounts;
  private final NodeCache cache;
  private final Clock clock;

  public GetAccountService(Accounts accounts, NodeCache cache, Clock clock) {
    this.accounts = accounts;
    this.cache = cache;
    this.clock = clock;
  }

  /** A principal whose account is gone holds a credential that no longer opens anything. */
  @Override
  public Account get(AccountId id) {
    return cache.account(
        id,
        clock.now(),
        Instant.MIN,
        () -> accounts.findById(id).orElseThrow(AuthenticationException::invalid));
  }
}
