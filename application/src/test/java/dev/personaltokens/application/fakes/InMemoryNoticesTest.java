package dev.personaltokens.application.fakes;

import dev.personaltokens.application.port.out.Accounts;
import dev.personaltokens.application.port.out.Notices;
import dev.personaltokens.application.port.out.NoticesContract;
import dev.personaltokens.application.port.out.PersonalTokens;

/** The fake notices keep the contract the MariaDB ones keep. */
class InMemoryNoticesTest extends NoticesContract {

  private final InMemoryPersonalTokens tokens = new InMemoryPersonalTokens();
  private final InMemoryAccounts accounts = new InMemoryAccounts(tokens);
  private final InMemoryNotices notices = new InMemoryNotices(tokens);

  @Override
  protected Notices notices() {
    return notices;
  }

  @Override
  protected PersonalTokens tokens() {
    return tokens;
  }

  @Override
  protected Accounts accounts() {
    return accounts;
  }
}
